<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Cron;

use TrustOcean\Whmcs\Database\Settings;
use WHMCS\Database\Capsule;

/**
 * Keeps two cron runs of the module from working at once. The lock is a row holding the
 * holder's token and when it was taken; a run that died without releasing it holds it only
 * until it is older than the lease, so a crash never leaves it stuck.
 */
final class CronLock
{
    private const NAME = 'cron.lock';

    /** Seconds a run may hold the lock before another may take it over. */
    public const LEASE_SECONDS = 1800;

    private ?string $token = null;

    public function __construct(private readonly int $leaseSeconds = self::LEASE_SECONDS)
    {
    }

    /** Takes the lock if it is free or its lease ran out; false when another run holds it. */
    public function acquire(int $now): bool
    {
        Capsule::table(Settings::TABLE)->insertOrIgnore(['name' => self::NAME, 'value' => '', 'updated_at' => 0]);
        $token = bin2hex(random_bytes(16));
        $taken = Capsule::table(Settings::TABLE)
            ->where('name', self::NAME)
            ->where(function ($query) use ($now): void {
                $query->where('value', '')->orWhere('updated_at', '<=', $now - $this->leaseSeconds);
            })
            ->update(['value' => $token, 'updated_at' => $now]);
        if ($taken !== 1) {
            return false;
        }
        $this->token = $token;
        return true;
    }

    /** Gives the lock back, if this run still holds it. */
    public function release(): void
    {
        if ($this->token === null) {
            return;
        }
        Capsule::table(Settings::TABLE)
            ->where('name', self::NAME)
            ->where('value', $this->token)
            ->update(['value' => '', 'updated_at' => 0]);
        $this->token = null;
    }
}
