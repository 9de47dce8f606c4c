<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use RuntimeException;
use TrustOcean\Csr;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Tests\Support\ZipReader;

/**
 * The CSR generator that runs in the customer's browser (assets/js/pkcs10.js on WebCrypto), run
 * under Node's WebCrypto: its CSRs are valid SHA-256 CSRs with the entered subject, the module
 * accepts them, and the key it hands the customer matches the issued certificate. The key never
 * reaches the server.
 */
final class BrowserCsrTest extends ModuleTestCase
{
    /** @return array{csr: string, privateKey: string} */
    private static function generate(string $keyType, array $subject): array
    {
        $node = trim((string) shell_exec('command -v node'));
        if ($node === '') {
            throw new RuntimeException('node is needed to run the browser CSR generator (make deps installs it)');
        }
        $assets = dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean/assets/js';
        $command = [$node, __DIR__ . '/fixtures/browser-csr.js', $assets, $keyType, json_encode($subject, JSON_THROW_ON_ERROR)];
        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $output = (string) stream_get_contents($pipes[1]);
        $errors = (string) stream_get_contents($pipes[2]);
        self::assertSame(0, proc_close($process), $errors);
        return json_decode($output, true, 512, JSON_THROW_ON_ERROR);
    }

    /** @return iterable<string, array{string, string}> */
    public static function keyTypes(): iterable
    {
        yield 'RSA 2048' => ['rsa2048', 'rsa'];
        yield 'ECDSA P-256' => ['ecdsa-p256', 'ec'];
    }

    /** @dataProvider keyTypes */
    public function testTheBrowserCsrIsAValidSha256CsrWithTheEnteredSubject(string $keyType, string $expectedKey): void
    {
        [$name] = self::names(1);
        $made = self::generate($keyType, ['CN' => $name, 'O' => 'Example Ltd', 'C' => 'GB', 'L' => 'London']);

        $parsed = Csr::parse($made['csr']);
        self::assertSame($name, $parsed['subject']['CN']);
        self::assertSame('Example Ltd', $parsed['subject']['O']);
        self::assertSame('GB', $parsed['subject']['C']);
        self::assertSame($expectedKey, $parsed['key_type']);
        self::assertStringContainsString('SHA256', strtoupper((string) $parsed['signature_algorithm']));
        self::assertSame([$name], $parsed['dns_names'], 'the CN is also the CSR\'s SAN');
        self::assertTrue($parsed['signature_valid']);

        $file = tempnam(sys_get_temp_dir(), 'browser-csr-');
        file_put_contents($file, $made['csr']);
        exec('openssl req -verify -noout -in ' . escapeshellarg($file) . ' 2>&1', $lines, $status);
        unlink($file);
        self::assertSame(0, $status, implode("\n", $lines));
    }

    public function testTheModuleIssuesABrowserCsrAndTheBrowserKeyFitsTheCertificate(): void
    {
        [$name] = self::names(1);
        $made = self::generate('ecdsa-p256', ['CN' => $name]);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();

        $page = $customer->act($serviceId, 'configure', ['csr_source' => 'upload', 'csr' => $made['csr'], 'contact_email' => 'ssl@example.com']);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::submit($customer, $serviceId, 1);
        self::issue($customer, $serviceId);

        $certificate = (string) self::standIn()->orderRow($serviceId)['certificate'];
        self::assertTrue(\TrustOcean\Certificate::matchesKey($certificate, $made['privateKey']));
        $download = $customer->act($serviceId, 'download', ['format' => 'haproxy', 'key_source' => 'pasted', 'key' => $made['privateKey']]);
        self::assertSame('application/zip', $download->headers['content-type'] ?? '', $download->body);
        self::assertNotSame([], ZipReader::entries($download->body));
        self::assertNull(self::standIn()->orderRow($serviceId)['private_key'], 'the browser key never reached the server');
    }
}
