<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Testing;

/**
 * Named points in the order's steps (`submit:claimed`, `submit:answered`, `submit:stored`) where
 * the crash tests kill the PHP process, to prove that a crash at any of them loses no order and
 * places none twice. Dead code in production: a point fires only when the process defined
 * TRUSTOCEAN_TESTING (only the test harness does) and TRUSTOCEAN_CRASH_AT names it.
 */
final class FaultPoints
{
    /** Kills this process, with no shutdown of any kind, when the crash test asked for this point. */
    public function at(string $step, string $action): void
    {
        if (!defined('TRUSTOCEAN_TESTING') || constant('TRUSTOCEAN_TESTING') !== true) {
            return;
        }
        if (getenv('TRUSTOCEAN_CRASH_AT') !== "{$action}:{$step}") {
            return;
        }
        // SIGKILL: no finally block, destructor or shutdown function runs, as in a real crash.
        posix_kill(getmypid(), 9);
    }
}
