<?php

declare(strict_types=1);

namespace TrustOcean\Bench;

/**
 * One line of the results table: what was measured, the module's figure, the baseline's (if
 * any), the target and whether it holds.
 */
final class Row
{
    public function __construct(
        public readonly string $benchmark,
        public readonly string $module,
        public readonly string $baseline,
        public readonly string $ratio,
        public readonly string $target,
        public readonly ?bool $holds,
        public readonly string $note = ''
    ) {
    }

    public static function seconds(float $seconds): string
    {
        return match (true) {
            $seconds >= 1 => sprintf('%.2f s', $seconds),
            $seconds >= 1e-3 => sprintf('%.2f ms', $seconds * 1e3),
            $seconds >= 1e-6 => sprintf('%.1f µs', $seconds * 1e6),
            default => sprintf('%.0f ns', $seconds * 1e9),
        };
    }
}
