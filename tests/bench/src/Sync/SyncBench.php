<?php

declare(strict_types=1);

namespace TrustOcean\Bench\Sync;

use RuntimeException;
use TrustOcean\Bench\Row;
use TrustOcean\Bench\Stats;
use TrustOcean\Csr;
use TrustOcean\Tests\Support\Orders;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Workflow;

/**
 * Benchmark 1: the cron's status sync of N orders in flight (half of them issued at the CA),
 * the module's Workflow::syncMany against the plain-PHP baseline, with the sandbox answering
 * every call after a fixed latency; the bound N × latency ÷ concurrency; and a run under a rate
 * limit, which must last as long as the rate demands and not much longer.
 */
final class SyncBench
{
    /** Orders and calls per second of the rate-limited run. */
    private const RATED_ORDERS = 200;
    private const RATE = 100;

    public function __construct(
        private readonly Sandbox $sandbox,
        private readonly int $orders,
        private readonly int $latencyMs,
        private readonly int $concurrency,
        private readonly int $runs
    ) {
    }

    /** @return list<Row> */
    public function run(): array
    {
        $records = $this->placeOrders();
        $this->sandbox->setFaults(['latency_ms' => $this->latencyMs]);
        try {
            $client = $this->sandbox->client(Sandbox::TOKEN, 120.0);
            $workflow = new Workflow($client);
            $moduleResult = [];
            $module = Stats::sample(function () use ($workflow, $records, &$moduleResult): void {
                $moduleResult = $workflow->syncMany($records, ['concurrency' => $this->concurrency]);
            }, $this->runs, 0);
            $rated = array_slice($records, 0, self::RATED_ORDERS);
            $rateStarted = microtime(true);
            $workflow->syncMany($rated, ['concurrency' => $this->concurrency, 'minIntervalMs' => intdiv(1000, self::RATE)]);
            $rateTime = microtime(true) - $rateStarted;
            $plain = new PlainSync($this->sandbox->url() . '/ssl/v5', Sandbox::USERNAME, Sandbox::TOKEN);
            $plainResult = [];
            $baseline = Stats::sample(static function () use ($plain, $records, &$plainResult): void {
                $plainResult = $plain->run($records);
            }, $this->runs, 0);
        } finally {
            $this->sandbox->clearFaults();
        }
        self::sameResults($moduleResult, $plainResult);

        $bound = $this->orders * $this->latencyMs / 1000 / $this->concurrency;
        $moduleTime = Stats::median($module);
        $baselineTime = Stats::median($baseline);
        return [
            new Row(
                "sync {$this->orders} orders ({$this->latencyMs} ms/call, {$this->concurrency} at once)",
                Row::seconds($moduleTime),
                Row::seconds($baselineTime),
                sprintf('%.1f× faster', $baselineTime / $moduleTime),
                '≥ 20× faster',
                $baselineTime / $moduleTime >= 20
            ),
            new Row(
                'sync against the bound N × latency ÷ concurrency',
                Row::seconds($moduleTime),
                Row::seconds($bound) . ' (bound)',
                sprintf('%.2f× the bound', $moduleTime / $bound),
                '≤ 1.3× the bound',
                $moduleTime / $bound <= 1.3
            ),
            $this->rateRow($rateTime),
        ];
    }

    /**
     * The rate limit honoured: its calls can start no faster than RATE a second, so the run takes
     * at least (N - 1) ÷ RATE, and should take little more.
     */
    private function rateRow(float $seconds): Row
    {
        $floor = (self::RATED_ORDERS - 1) / self::RATE;
        return new Row(
            'sync ' . self::RATED_ORDERS . ' orders limited to ' . self::RATE . ' calls/s',
            Row::seconds($seconds),
            Row::seconds($floor) . ' (floor)',
            sprintf('%.2f× the floor', $seconds / $floor),
            '≥ 1× and ≤ 1.3× the floor',
            $seconds >= $floor && $seconds / $floor <= 1.3
        );
    }

    /** @return list<array<string, mixed>> validating records of orders placed at the sandbox */
    private function placeOrders(): array
    {
        $client = $this->sandbox->client();
        $records = [];
        for ($i = 0; $i < $this->orders; $i++) {
            $name = sprintf('bench%d-%s.example.com', $i, bin2hex(random_bytes(3)));
            // A P-256 key: setting up a thousand orders must not take minutes of RSA key generation.
            $csr = Csr::generate(['CN' => $name], 'ec-p256')['csr'];
            $placed = $client->addSSLOrder([
                'pid' => 46,
                'csr_code' => $csr,
                'period' => 'Annually',
                'domains' => [$name],
                'dcv_method' => ['http'],
                'unique_id' => Orders::uniqueId($client),
                'contact_email' => 'ssl-admin@example.com',
                'callback' => 'https://billing.example.com/modules/servers/trustocean/push.php',
                'renew' => 'no',
            ]);
            if ($i % 2 === 0) {
                $this->sandbox->approve((int) $placed['trustocean_id']);
            }
            $records[] = [
                'service_id' => $i + 1,
                'state' => 'validating',
                'trustocean_id' => (int) $placed['trustocean_id'],
                'unique_id' => (string) $placed['unique_id'],
                'domains' => [$name],
                'dcv' => [$name => ['method' => 'http', 'status' => 'needverification']],
                'contact_email' => 'ssl-admin@example.com',
                'key_source' => 'customer',
                'domain_quota' => 1,
                'created_at' => time(),
                'updated_at' => time(),
            ];
        }
        return $records;
    }

    /**
     * Both syncs must leave every order the same: state, serial, end of validity.
     *
     * @param list<array<string, mixed>> $module   syncMany() items
     * @param list<array<string, mixed>> $baseline PlainSync records
     */
    private static function sameResults(array $module, array $baseline): void
    {
        foreach ($module as $index => $item) {
            if ($item['error'] !== null || isset($baseline[$index]['error'])) {
                throw new RuntimeException("order {$index} failed: " . json_encode([$item['error'], $baseline[$index]['error'] ?? null]));
            }
            $ours = $item['order'];
            $theirs = $baseline[$index];
            foreach (['state', 'serial', 'valid_to'] as $field) {
                if (($ours[$field] ?? null) !== ($theirs[$field] ?? null)) {
                    throw new RuntimeException("order {$index}: {$field} differs: " . json_encode([$ours[$field] ?? null, $theirs[$field] ?? null]));
                }
            }
        }
    }
}
