<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Cron;

/**
 * What a cron sync did so far: orders looked at, changed, failed, and the first failure.
 */
final class SyncTally
{
    public int $synced = 0;

    public int $changed = 0;

    public int $failed = 0;

    public ?string $firstFailure = null;

    public function failure(int $serviceId, string $message): void
    {
        $this->failed++;
        $this->firstFailure ??= "service #{$serviceId}: {$message}";
    }
}
