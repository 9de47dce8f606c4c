<?php

declare(strict_types=1);

namespace TrustOcean\Bench;

use TrustOcean\Bench\Bundle\BundleBench;
use TrustOcean\Bench\ClientArea\ClientAreaBench;
use TrustOcean\Bench\Extension\ExtensionBench;
use TrustOcean\Bench\Load\LoadBench;
use TrustOcean\Bench\Push\PushBench;
use TrustOcean\Bench\Sync\SyncBench;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\StandIn;

/**
 * `make bench`: starts a sandbox, runs the benchmarks asked for (all by default), prints the
 * table and writes it, with the command and the machine, to tests/bench/RESULTS.md. Figures are
 * reported, never asserted: a slow machine fails nothing.
 */
final class Runner
{
    private const BENCHMARKS = ['extension', 'client', 'push', 'bundle', 'sync', 'load'];

    public function __construct(private readonly string $root)
    {
    }

    /** @param list<string> $argv */
    public function run(array $argv): int
    {
        $options = self::options($argv);
        $only = $options['only'] === '' ? self::BENCHMARKS : explode(',', $options['only']);
        Sandbox::startShared($this->root);
        $sandbox = Sandbox::shared();
        $rows = [];
        try {
            foreach ($only as $name) {
                fwrite(STDERR, "running {$name} ...\n");
                $rows = array_merge($rows, match ($name) {
                    'extension' => (new ExtensionBench($this->root . '/target/release/libtrustocean.so'))->run(),
                    'client' => (new ClientAreaBench((int) $options['runs'] * 100))->run(),
                    'push' => (new PushBench((int) $options['runs'] * 20))->run(),
                    'bundle' => (new BundleBench((int) $options['runs'] * 10))->run(),
                    'sync' => (new SyncBench($sandbox, (int) $options['orders'], (int) $options['latency'], (int) $options['concurrency'], (int) $options['runs']))->run(),
                    'load' => (new LoadBench($this->root, (int) $options['seconds']))->run(),
                    default => throw new \InvalidArgumentException("no benchmark {$name}; choose from " . implode(', ', self::BENCHMARKS)),
                });
            }
        } finally {
            StandIn::stopShared();
            Sandbox::stopShared();
        }

        $table = Report::table($rows);
        echo $table, "\n";
        if ($options['write'] === '1') {
            $file = $this->root . '/tests/bench/RESULTS.md';
            file_put_contents($file, Report::document($table, $argv, is_file($file) ? (string) file_get_contents($file) : ''));
        }
        return 0;
    }

    /**
     * @param list<string> $argv
     *
     * @return array<string, string>
     */
    private static function options(array $argv): array
    {
        $options = ['only' => '', 'orders' => '1000', 'latency' => '50', 'concurrency' => '32', 'runs' => '3', 'seconds' => '5', 'write' => '1'];
        foreach (array_slice($argv, 1) as $argument) {
            if (preg_match('/^--([a-z]+)=(.*)$/', $argument, $match) === 1 && array_key_exists($match[1], $options)) {
                $options[$match[1]] = $match[2];
            }
        }
        return $options;
    }
}
