<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Config;

use TrustOcean\Whmcs\Addon\Addon;
use WHMCS\Database\Capsule;

/**
 * The settings of the trustoceanssl addon module (tbladdonmodules), where the API account lives
 * when products have no server assigned.
 */
final class AddonSettings
{
    public const MODULE = Addon::NAME;

    /** @param array<string, string> $values */
    private function __construct(private readonly array $values)
    {
    }

    public static function load(): self
    {
        $values = Capsule::table('tbladdonmodules')
            ->where('module', self::MODULE)
            ->pluck('value', 'setting')
            ->all();
        return new self(array_map('strval', $values));
    }

    public function get(string $setting): string
    {
        return trim($this->values[$setting] ?? '');
    }

    /**
     * Whether customers are offered the site seal code. On unless the reseller switched it off
     * (the addon's siteSeal setting saved unticked).
     */
    public function sealEnabled(): bool
    {
        return !array_key_exists('siteSeal', $this->values) || $this->get('siteSeal') === 'on';
    }

    /** A setting stored with WHMCS encrypt(); '' when missing or unreadable. */
    public function decrypted(string $setting): string
    {
        $value = $this->get($setting);
        if ($value === '') {
            return '';
        }
        $plain = decrypt($value);
        return is_string($plain) ? trim($plain) : '';
    }
}
