<?php

declare(strict_types=1);

namespace TrustOcean\Bench\Load;

use RuntimeException;
use TrustOcean\Bench\Row;
use TrustOcean\Push;
use TrustOcean\Tests\Support\Whmcs\StandIn;
use TrustOcean\Whmcs\Push\PushKeyStore;

/**
 * Benchmark 6: requests per second of the push receiver and of the client area under php-fpm
 * (behind nginx, as in production), measured by wrk against a pool of one worker and a pool of
 * several: if throughput grows with the pool, no lock or shared file serialises the requests.
 */
final class LoadBench
{
    private const WORKERS = 4;

    public function __construct(private readonly string $root, private readonly int $seconds)
    {
    }

    /** @return list<Row> */
    public function run(): array
    {
        $standIn = StandIn::shared();
        $keys = new PushKeyStore();
        if ($keys->publicKey() === null) {
            $keys->generate(2048, time());
        }
        // A push for an order no service holds: all decryption, no API call to wait on.
        $push = http_build_query(['encrypted_data' => Push::encrypt((string) $keys->publicKey(), (string) json_encode([
            'type' => 'cert_issued',
            'trustocean_id' => 999999999,
            'cert_code' => str_repeat('MIIFazCCBFOgAwIBAgIQ', 300),
        ]))]);
        $pushScript = $this->script("wrk.method = \"POST\"\nwrk.body = \"{$push}\"\nwrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n");
        $serviceId = $standIn->order('dv_single');
        $cookies = [];
        for ($i = 0; $i < self::WORKERS; $i++) {
            $cookies[] = $standIn->customer()->cookieHeader();
        }
        $pageScript = $this->script($this->perThreadCookies($cookies));
        $targets = [
            'push receiver (6 KB push, 2048-bit key)' => ['/modules/servers/trustocean/push.php', $pushScript],
            'client area page' => ["/clientarea.php?action=productdetails&id={$serviceId}", $pageScript],
        ];

        // The same load (as many connections as the larger pool has workers) against a pool of
        // one worker and then a pool of several: the push receiver answers before it works, so
        // only the pool's size, not the client's connections, bounds how much runs at once.
        $throughput = [];
        foreach ([1, self::WORKERS] as $workers) {
            $stack = new FpmStack($this->root, $this->root . '/target/release/libtrustocean.so', [
                'WHMCS_VAR_DIR' => $standIn->varDir,
                'WHMCS_DB' => $standIn->databaseDsn,
            ], $workers);
            try {
                foreach ($targets as $label => [$path, $script]) {
                    $throughput[$label][$workers] = $this->wrk($stack->url . $path, $script, self::WORKERS);
                }
            } finally {
                $stack->stop();
            }
        }

        $cores = (int) trim((string) shell_exec('nproc'));
        $rows = [];
        foreach ($throughput as $label => [1 => $one, self::WORKERS => $many]) {
            $gain = $many / $one;
            $rows[] = new Row(
                "php-fpm {$label}: requests/s, 1 → " . self::WORKERS . ' workers',
                sprintf('%.0f → %.0f', $one, $many),
                '–',
                sprintf('%.2f×', $gain),
                '> 1.2× (nothing serialises)',
                $gain > 1.2,
                self::WORKERS . " connections, {$cores} cores shared with nginx and wrk"
            );
        }
        return $rows;
    }

    /** @param list<string> $cookies one session per wrk thread, so no session lock is shared */
    private function perThreadCookies(array $cookies): string
    {
        $list = implode(', ', array_map(static fn (string $cookie): string => '"' . $cookie . '"', $cookies));
        return "local cookies = { {$list} }\nlocal counter = 0\n"
            . "function setup(thread)\n counter = counter + 1\n thread:set(\"cookie\", cookies[counter])\nend\n"
            . "function init(args)\n wrk.headers[\"Cookie\"] = cookie\nend\n";
    }

    private function script(string $lua): string
    {
        $file = (string) tempnam(sys_get_temp_dir(), 'bench-wrk-');
        file_put_contents($file, $lua);
        return $file;
    }

    /** Requests per second wrk measured over the run. */
    private function wrk(string $url, string $script, int $connections): float
    {
        $output = (string) shell_exec(sprintf(
            'wrk -t %d -c %d -d %ds -s %s %s 2>&1',
            $connections,
            $connections,
            $this->seconds,
            escapeshellarg($script),
            escapeshellarg($url)
        ));
        if (preg_match('/Requests\/sec:\s+([\d.]+)/', $output, $match) !== 1 || str_contains($output, 'Non-2xx')) {
            throw new RuntimeException("wrk failed for {$url}: {$output}");
        }
        return (float) $match[1];
    }
}
