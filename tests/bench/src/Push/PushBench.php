<?php

declare(strict_types=1);

namespace TrustOcean\Bench\Push;

use RuntimeException;
use TrustOcean\Bench\Row;
use TrustOcean\Bench\Stats;
use TrustOcean\Push;

/**
 * Benchmark 3: opening a 6 KB issuance push (certificate and chain inside) and finding the order
 * it names, per push, with 1024 and 2048-bit keys: the module's constant-time Push::read against
 * PHP's openssl_private_decrypt. What follows is not compared: the module then fetches the order
 * from the API (a push is only a hint), where the baseline would trust the push's content.
 */
final class PushBench
{
    public function __construct(private readonly int $runs)
    {
    }

    /** @return list<Row> */
    public function run(): array
    {
        $rows = [];
        foreach ([1024, 2048] as $bits) {
            $pair = Push::generateKeyPair($bits);
            $body = http_build_query(['encrypted_data' => Push::encrypt($pair['publicKey'], self::issuanceEvent())]);
            $plain = new PlainPushReceiver();

            $ours = null;
            $theirs = null;
            [$module, $baseline] = Stats::alternate(
                static function () use ($pair, $body, &$ours): void {
                    $ours = Push::read($pair['privateKey'], $body);
                },
                static function () use ($plain, $pair, $body, &$theirs): void {
                    $theirs = $plain->read($pair['privateKey'], $body);
                },
                $this->runs
            );
            if (($ours['trustocean_id'] ?? null) !== ($theirs['trustocean_id'] ?? false) || ($ours['event'] ?? null) !== $theirs['event']) {
                throw new RuntimeException('the receivers read different orders: ' . json_encode([$ours, $theirs]));
            }

            $ratio = Stats::median($module) / Stats::median($baseline);
            $rows[] = new Row(
                "push: open a 6 KB issuance push, {$bits}-bit key",
                Row::seconds(Stats::median($module)),
                Row::seconds(Stats::median($baseline)),
                sprintf('%.2f', $ratio),
                '≤ 1.0',
                $ratio <= 1.0,
                $ratio > 1.0 ? 'see RESULTS.md' : ''
            );
        }
        return $rows;
    }

    private static function issuanceEvent(): string
    {
        return (string) json_encode([
            'type' => 'cert_issued',
            'trustocean_id' => 100001,
            'cert_code' => str_repeat('MIIFazCCBFOgAwIBAgIQ', 150),
            'ca_code' => str_repeat('MIIGEzCCA/ugAwIBAgIQ', 140),
            'status' => 'issued_active',
            'domains' => ['shop.example.com'],
        ]);
    }
}
