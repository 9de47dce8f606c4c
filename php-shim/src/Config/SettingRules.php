<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Config;

/**
 * What each of the reseller's settings accepts: the ranges, the endpoint and URL rules and the
 * list of reminder days. Shared by AddonSettings (a stored value outside the rules reads as the
 * default) and the addon's settings form (input outside them is refused), so both agree.
 */
final class SettingRules
{
    /** The named API endpoints the extension knows; anything else must be a base URL. */
    public const ENDPOINTS = ['CN-Beijing', 'UK-London'];

    /** Days before expiry a reminder may be sent at (certificates last at most 398 days). */
    public const REMINDER_DAYS = [1, 365];

    /** Minutes between two cron syncs of the orders. */
    public const SYNC_INTERVAL_MINUTES = [5, 1440];

    /** Orders the cron sync fetches at the same time. */
    public const SYNC_CONCURRENCY = [1, 32];

    /** Most API calls per second the cron sync makes; 0 for no limit beyond its concurrency. */
    public const SYNC_RATE = [0, 1000];

    /** Seconds between two push-prompted fetches of one order. */
    public const PUSH_INTERVAL_SECONDS = [1, 3600];

    /** Hosts plain http is allowed to: the extension refuses it elsewhere, as tokens travel in the body. */
    private const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]', '::1'];

    /**
     * A whole number within [min, max], or null.
     *
     * @param array{0: int, 1: int} $range
     */
    public static function integer(string $text, array $range): ?int
    {
        $text = trim($text);
        if (preg_match('/^\d{1,9}$/', $text) !== 1) {
            return null;
        }
        $value = (int) $text;
        return $value >= $range[0] && $value <= $range[1] ? $value : null;
    }

    /**
     * The reminder days of a comma-separated list ("90, 30, 7, 1"), largest first without
     * repeats; [] for an empty list (no reminders); null when an entry is not a whole number of
     * days within REMINDER_DAYS.
     *
     * @return list<int>|null
     */
    public static function reminderDays(string $text): ?array
    {
        $text = trim($text);
        if ($text === '') {
            return [];
        }
        $days = [];
        foreach (preg_split('/\s*,\s*/', $text) ?: [] as $entry) {
            $day = self::integer($entry, self::REMINDER_DAYS);
            if ($day === null) {
                return null;
            }
            $days[$day] = $day;
        }
        rsort($days);
        return array_values($days);
    }

    /** Whether $endpoint is a named endpoint or a base URL the extension accepts. */
    public static function isEndpoint(string $endpoint): bool
    {
        return in_array($endpoint, self::ENDPOINTS, true) || self::isServiceUrl($endpoint);
    }

    /**
     * Whether $url is an absolute https URL, or http to this machine (a local sandbox), with no
     * credentials, spaces or fragment in it, only characters RFC 3986 allows unencoded, and a
     * host that is a DNS name (ASCII; IDNs as punycode) or an IP address.
     */
    public static function isServiceUrl(string $url): bool
    {
        if ($url === '' || strlen($url) > 2000 || preg_match('/[^\x21-\x7e]|["<>\\\\^`{|}]/', $url) === 1) {
            return false;
        }
        $parts = parse_url($url);
        if (!is_array($parts) || !isset($parts['scheme'], $parts['host']) || isset($parts['user']) || isset($parts['fragment'])) {
            return false;
        }
        $scheme = strtolower($parts['scheme']);
        $host = strtolower($parts['host']);
        if (!self::isHost($host)) {
            return false;
        }
        return $scheme === 'https' || ($scheme === 'http' && in_array($host, self::LOOPBACK_HOSTS, true));
    }

    /** Whether $host (lower case, as parse_url gives it) is a DNS name or an IP address. */
    private static function isHost(string $host): bool
    {
        if (str_starts_with($host, '[') && str_ends_with($host, ']')) {
            return filter_var(substr($host, 1, -1), FILTER_VALIDATE_IP, FILTER_FLAG_IPV6) !== false;
        }
        if (filter_var($host, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4) !== false) {
            return true;
        }
        $label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
        return strlen($host) <= 253 && preg_match('/^' . $label . '(?:\.' . $label . ')*$/', $host) === 1;
    }
}
