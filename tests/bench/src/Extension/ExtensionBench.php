<?php

declare(strict_types=1);

namespace TrustOcean\Bench\Extension;

use TrustOcean\Bench\Row;
use TrustOcean\Bench\Stats;
use TrustOcean\Client;
use TrustOcean\Workflow;

/**
 * Benchmark 5: the extension itself: a trivial call (a getter of TrustOcean\Client), converting
 * arrays in and out per element (a record with N names through Workflow::settle), what loading
 * the module adds to PHP's start and to a worker's memory, and the size of the .so.
 */
final class ExtensionBench
{
    private const CALLS = 1_000_000;

    public function __construct(private readonly string $extension)
    {
    }

    /** @return list<Row> */
    public function run(): array
    {
        return [$this->trivialCall(), $this->perElement(), $this->startup(), $this->memory(), $this->size()];
    }

    private function trivialCall(): Row
    {
        $client = new Client('bench@example.com', 'bench-token', 'http://127.0.0.1:9');
        [$call, $loop] = Stats::alternate(
            static function () use ($client): void {
                for ($i = 0; $i < self::CALLS; $i++) {
                    $client->endpoint();
                }
            },
            static function () use ($client): void {
                for ($i = 0; $i < self::CALLS; $i++) {
                    $client;
                }
            },
            5,
            1
        );
        $perCall = (Stats::median($call) - Stats::median($loop)) / self::CALLS;
        return new Row('extension: a trivial call (Client::endpoint)', Row::seconds($perCall), '–', '–', '< 100 ns', $perCall < 100e-9, 'the loop\'s own cost subtracted');
    }

    private function perElement(): Row
    {
        $record = static fn (int $names): array => [
            'service_id' => 1,
            'state' => 'validating',
            'domains' => array_map(static fn (int $i): string => "n{$i}.example.com", range(1, $names)),
        ];
        $small = $record(10);
        $large = $record(1010);
        [$few, $many] = Stats::alternate(
            static fn () => Workflow::settle($small),
            static fn () => Workflow::settle($large),
            200
        );
        $perElement = (Stats::median($many) - Stats::median($few)) / 1000;
        return new Row('extension: array in and out, per element', Row::seconds($perElement), '–', '–', '–', null, 'a list of names through Workflow::settle');
    }

    private function startup(): Row
    {
        $with = Stats::sample(fn () => $this->php(['-d', "extension={$this->extension}", '-r', '']), 30, 3);
        $without = Stats::sample(fn () => $this->php(['-r', '']), 30, 3);
        $added = Stats::median($with) - Stats::median($without);
        return new Row('extension: added to PHP\'s start', Row::seconds(max(0.0, $added)), '–', '–', '< 1 ms', $added < 0.001, 'php -n -r \'\' with and without the module');
    }

    private function memory(): Row
    {
        $rss = fn (array $extra): int => (int) $this->php([...$extra, '-r', 'preg_match("/VmRSS:\s+(\d+)/", file_get_contents("/proc/self/status"), $m); echo $m[1];']);
        $added = max(0, $rss(['-d', "extension={$this->extension}"]) - $rss([])) * 1024;
        return new Row('extension: memory added to a PHP process', sprintf('%.1f MB', $added / 1048576), '–', '–', '< 10 MB', $added < 10 * 1048576, 'resident set after start, with and without the module');
    }

    private function size(): Row
    {
        return new Row('extension: size of libtrustocean.so', sprintf('%.1f MB', (int) filesize($this->extension) / 1048576), '–', '–', '–', null);
    }

    /** @param list<string> $arguments runs `php -n` with them and returns what it printed */
    private function php(array $arguments): string
    {
        $command = array_merge([PHP_BINARY, '-n'], $arguments);
        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $output = (string) stream_get_contents($pipes[1]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        proc_close($process);
        return $output;
    }
}
