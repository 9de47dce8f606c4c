<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database;

use WHMCS\Database\Capsule;

/**
 * The module's own named values in mod_trustocean_settings. Secrets are stored with WHMCS's
 * encrypt() by the caller (see putSecret()); nothing here logs or prints a value.
 */
final class Settings
{
    public const TABLE = 'mod_trustocean_settings';

    public function get(string $name): ?string
    {
        $value = Capsule::table(self::TABLE)->where('name', $name)->value('value');
        return is_string($value) ? $value : null;
    }

    public function put(string $name, string $value, int $now): void
    {
        Capsule::table(self::TABLE)->updateOrInsert(['name' => $name], ['value' => $value, 'updated_at' => $now]);
    }

    /** Stores a secret encrypted with WHMCS's encrypt(). */
    public function putSecret(string $name, #[\SensitiveParameter] string $secret, int $now): void
    {
        $this->put($name, encrypt($secret), $now);
    }

    /** A secret stored by putSecret(), decrypted; null when missing or unreadable. */
    public function secret(string $name): ?string
    {
        $stored = $this->get($name);
        if ($stored === null || $stored === '') {
            return null;
        }
        $plain = decrypt($stored);
        return is_string($plain) && $plain !== '' ? $plain : null;
    }

    public function delete(string $name): void
    {
        Capsule::table(self::TABLE)->where('name', $name)->delete();
    }

    /**
     * Sets $name to $now when it is missing or holds a time at least $interval seconds old, in
     * one statement, so concurrent requests cannot both win. Returns whether this call won.
     */
    public function claimAfter(string $name, int $interval, int $now): bool
    {
        Capsule::table(self::TABLE)->insertOrIgnore(['name' => $name, 'value' => '0', 'updated_at' => 0]);
        return Capsule::table(self::TABLE)
            ->where('name', $name)
            ->where('updated_at', '<=', $now - $interval)
            ->update(['value' => (string) $now, 'updated_at' => $now]) === 1;
    }
}
