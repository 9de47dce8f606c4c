<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database;

use WHMCS\Database\Capsule;

/**
 * Values that expire, stored as JSON in mod_trustocean_cache.
 */
final class Cache
{
    public const TABLE = 'mod_trustocean_cache';

    /**
     * The value stored under $key, or null when there is none or it expired.
     *
     * @return array<mixed>|null
     */
    public function get(string $key, int $now): ?array
    {
        $row = Capsule::table(self::TABLE)->where('key', $key)->first();
        if ($row === null || (int) $row->expires_at <= $now) {
            return null;
        }
        $value = json_decode((string) $row->value, true);
        return is_array($value) ? $value : null;
    }

    /**
     * Stores $value under $key until $now + $ttl seconds.
     *
     * @param array<mixed> $value
     */
    public function put(string $key, array $value, int $ttl, int $now): void
    {
        Capsule::table(self::TABLE)->updateOrInsert(
            ['key' => $key],
            ['value' => json_encode($value, JSON_THROW_ON_ERROR), 'expires_at' => $now + $ttl]
        );
    }
}
