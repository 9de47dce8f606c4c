<?php

declare(strict_types=1);

namespace TrustOcean\Bench;

/**
 * Timing: runs a job repeatedly and summarises the samples (median, 99th percentile).
 */
final class Stats
{
    /**
     * Seconds each run of $job took, after $warmup unmeasured runs.
     *
     * @param callable(): mixed $job
     *
     * @return list<float>
     */
    public static function sample(callable $job, int $runs, int $warmup = 1): array
    {
        for ($i = 0; $i < $warmup; $i++) {
            $job();
        }
        $samples = [];
        for ($i = 0; $i < $runs; $i++) {
            $started = hrtime(true);
            $job();
            $samples[] = (hrtime(true) - $started) / 1e9;
        }
        return $samples;
    }

    /**
     * Seconds each run of $first and of $second took, the two alternating run by run, so that a
     * machine that speeds up or slows down during the benchmark favours neither.
     *
     * @param callable(): mixed $first
     * @param callable(): mixed $second
     *
     * @return array{0: list<float>, 1: list<float>}
     */
    public static function alternate(callable $first, callable $second, int $runs, int $warmup = 2): array
    {
        $samples = [[], []];
        for ($i = 0; $i < $runs + $warmup; $i++) {
            foreach ([$first, $second] as $which => $job) {
                $started = hrtime(true);
                $job();
                if ($i >= $warmup) {
                    $samples[$which][] = (hrtime(true) - $started) / 1e9;
                }
            }
        }
        return $samples;
    }

    /** @param list<float> $samples */
    public static function median(array $samples): float
    {
        return self::percentile($samples, 50);
    }

    /** @param list<float> $samples */
    public static function percentile(array $samples, float $percent): float
    {
        sort($samples);
        $index = (int) ceil($percent / 100 * count($samples)) - 1;
        return $samples[max(0, min(count($samples) - 1, $index))];
    }
}
