<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Push;

use TrustOcean\Whmcs\Database\Settings;

/**
 * What the push receiver writes to WHMCS's activity log and keeps for the system page. Lines
 * name the event, the order and the service, never the body or a key. Pushes that change
 * nothing (unreadable, unknown order, rate-limited) are noted at most once a minute, so a flood
 * cannot flood the log.
 */
final class PushActivity
{
    /** Seconds between two notes of pushes that changed nothing. */
    private const QUIET_SECONDS = 60;

    private const LAST_RECEIVED = 'push.last_received_at';
    private const LAST_EVENT = 'push.last_event';
    private const QUIET_CLAIM = 'push.log_quiet';

    public function __construct(private readonly Settings $settings = new Settings())
    {
    }

    /** A push that named an order arrived (for the system page). */
    public function received(string $event, int $trustoceanId, int $now): void
    {
        $this->settings->put(self::LAST_RECEIVED, (string) $now, $now);
        $this->settings->put(self::LAST_EVENT, "{$event} #{$trustoceanId}", $now);
    }

    /** When a push naming an order last arrived, and which; null before the first. */
    public function last(): ?array
    {
        $at = (int) ($this->settings->get(self::LAST_RECEIVED) ?? 0);
        return $at > 0 ? ['at' => $at, 'event' => (string) $this->settings->get(self::LAST_EVENT)] : null;
    }

    /** A line that always goes to the activity log (an order changed, a sync failed). */
    public function note(string $line): void
    {
        logActivity('TrustOcean push: ' . $line);
    }

    /** A line about a push that changed nothing; dropped when one was written in the last minute. */
    public function noteQuietly(string $line, int $now): void
    {
        if ($this->settings->claimAfter(self::QUIET_CLAIM, self::QUIET_SECONDS, $now)) {
            $this->note($line . ' (further pushes like it in the next minute are not logged)');
        }
    }
}
