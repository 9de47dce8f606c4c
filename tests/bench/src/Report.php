<?php

declare(strict_types=1);

namespace TrustOcean\Bench;

/**
 * The results as a Markdown table, and as the results document with the command that made
 * them and the machine they ran on. The document's measured part sits between two markers, so
 * a new run replaces it and keeps the written explanations around it.
 */
final class Report
{
    private const BEGIN = '<!-- measured: rewritten by make bench -->';
    private const END = '<!-- end of measured -->';

    /** @param list<Row> $rows */
    public static function table(array $rows): string
    {
        $lines = [
            '| Benchmark | Module | Baseline | Ratio | Target | Holds |',
            '|---|---|---|---|---|---|',
        ];
        foreach ($rows as $row) {
            $holds = match ($row->holds) {
                true => 'yes',
                false => 'no',
                null => '–',
            };
            $lines[] = "| {$row->benchmark} | {$row->module} | {$row->baseline} | {$row->ratio} | {$row->target} | {$holds}"
                . ($row->note === '' ? '' : " ({$row->note})") . ' |';
        }
        return implode("\n", $lines);
    }

    /**
     * The results document with this run's measured part: $previous with its measured part
     * replaced, or a new document when it has none.
     *
     * @param list<string> $argv
     */
    public static function document(string $table, array $argv, string $previous = ''): string
    {
        $measured = self::BEGIN . "\n" . self::measured($table, $argv) . self::END;
        $begin = strpos($previous, self::BEGIN);
        $end = strpos($previous, self::END);
        if ($begin === false || $end === false || $end < $begin) {
            return "# Benchmark results\n\n{$measured}\n";
        }
        return substr($previous, 0, $begin) . $measured . substr($previous, $end + strlen(self::END));
    }

    /** @param list<string> $argv */
    private static function measured(string $table, array $argv): string
    {
        $cpu = 'unknown CPU';
        foreach (@file('/proc/cpuinfo') ?: [] as $line) {
            if (str_starts_with($line, 'model name')) {
                $cpu = trim(substr($line, strpos($line, ':') + 1));
                break;
            }
        }
        $cores = (int) trim((string) @shell_exec('nproc'));
        $command = 'make bench' . (count($argv) > 1 ? ' BENCH_ARGS="' . implode(' ', array_slice($argv, 1)) . '"' : '');
        return "Made by `{$command}` on " . gmdate('Y-m-d') . ": {$cpu}, {$cores} cores, PHP " . PHP_VERSION . ', '
            . php_uname('s') . ' ' . php_uname('m') . ", trustocean extension " . (string) phpversion('trustocean') . ".\n"
            . "Medians of repeated runs; the baseline is the plain-PHP reference under `tests/bench/src`, run on\n"
            . "the same data in the same run.\n\n"
            . $table . "\n";
    }
}
