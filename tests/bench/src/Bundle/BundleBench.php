<?php

declare(strict_types=1);

namespace TrustOcean\Bench\Bundle;

use RuntimeException;
use TrustOcean\Bench\Row;
use TrustOcean\Bench\Stats;
use TrustOcean\Bundle;
use TrustOcean\Tests\Support\ZipReader;

/**
 * Benchmark 4: the download zip of one certificate in every format, with the key and a PFX,
 * the module's Bundle::zip against the openssl_* / ZipArchive baseline; both zips are checked
 * to hold the same certificates and key.
 */
final class BundleBench
{
    private const FIXTURES = __DIR__ . '/../../../fixtures';

    public function __construct(private readonly int $runs)
    {
    }

    /** @return list<Row> */
    public function run(): array
    {
        $certificate = (string) file_get_contents(self::FIXTURES . '/certs/rsa-leaf.pem');
        $chain = (string) file_get_contents(self::FIXTURES . '/chains/rsa-2level.pem');
        $key = (string) file_get_contents(self::FIXTURES . '/certs/rsa-leaf.key');
        $password = 'bench-pfx-password';
        $plain = new PlainBundle();

        $rows = [];
        foreach ([true, false] as $withPkcs7) {
            $formats = $withPkcs7 ? Bundle::formats() : array_values(array_diff(Bundle::formats(), ['pkcs7']));
            $ours = '';
            $theirs = '';
            [$module, $baseline] = Stats::alternate(
                static function () use ($certificate, $chain, $key, $password, $formats, &$ours): void {
                    $ours = Bundle::zip($certificate, $chain, ['key' => $key, 'pfx_password' => $password, 'formats' => $formats]);
                },
                static function () use ($plain, $certificate, $chain, $key, $password, $withPkcs7, &$theirs): void {
                    $theirs = $plain->zip($certificate, $chain, $key, $password, 'www_example_com', $withPkcs7);
                },
                $this->runs
            );
            self::same($ours, $theirs, $password);

            $ratio = Stats::median($module) / Stats::median($baseline);
            $rows[] = new Row(
                $withPkcs7 ? 'bundle: every format with PFX, one certificate' : 'bundle: every format but PKCS#7',
                Row::seconds(Stats::median($module)),
                Row::seconds(Stats::median($baseline)),
                sprintf('%.2f', $ratio),
                '≤ 1.0',
                $ratio <= 1.0,
                $withPkcs7
                    ? 'PHP has no certificates-only PKCS#7 call; the baseline runs the openssl tool for it'
                    : 'the module\'s two PKCS#12 files derive their keys with 10,000 rounds, PHP\'s with a fixed 2,048: five times the work; see below'
            );
        }
        return $rows;
    }

    /** Both zips hold the same files, and their PKCS#12 files the same certificate and key. */
    private static function same(string $ours, string $theirs, string $password): void
    {
        $mine = ZipReader::entries($ours);
        $other = ZipReader::entries($theirs);
        $files = static fn (array $entries): array => array_values(array_filter(array_keys($entries), static fn (string $name): bool => !str_ends_with($name, '/')));
        if ($files($mine) !== $files($other)) {
            throw new RuntimeException('different files: ' . json_encode([$files($mine), $files($other)]));
        }
        foreach (['IIS/www_example_com.pfx', 'Tomcat/www_example_com.p12'] as $name) {
            if (!openssl_pkcs12_read($mine[$name], $a, $password) || !openssl_pkcs12_read($other[$name], $b, $password)) {
                throw new RuntimeException("{$name} does not open");
            }
            if (trim($a['cert']) !== trim($b['cert']) || count($a['extracerts'] ?? []) !== count($b['extracerts'] ?? [])) {
                throw new RuntimeException("{$name} differs");
            }
        }
        if ($mine['Other/www_example_com.cer'] !== $other['Other/www_example_com.cer']) {
            throw new RuntimeException('the DER certificates differ');
        }
    }
}
