<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Migration;

/**
 * What the migration does (or did) with one row of the original module's table.
 */
final class LegacyRowResult
{
    public const MIGRATE = 'migrate';
    public const MIGRATED = 'migrated';
    public const ALREADY = 'already_migrated';
    public const FAILED = 'failed';

    /**
     * @param list<string> $warnings reason codes of what did not carry over as it was
     */
    public function __construct(
        public readonly int $serviceId,
        public readonly string $legacyStatus,
        public readonly string $outcome,
        public readonly ?string $state = null,
        public readonly bool $withServerKey = false,
        public readonly array $warnings = [],
        public readonly ?string $problem = null
    ) {
    }
}
