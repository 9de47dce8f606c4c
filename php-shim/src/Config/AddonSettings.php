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

    /** Minutes between two cron syncs of one order in flight (60 unless set). */
    public function syncIntervalMinutes(): int
    {
        $minutes = $this->get('syncInterval');
        return ctype_digit($minutes) && (int) $minutes > 0 ? (int) $minutes : 60;
    }

    /** TrustOcean calls the cron sync runs at once (8 unless set, 1 to 32). */
    public function syncConcurrency(): int
    {
        $calls = $this->get('syncConcurrency');
        return ctype_digit($calls) ? max(1, min(32, (int) $calls)) : 8;
    }

    /**
     * Days before the end of a certificate to remind the customer (90, 30, 7 and 1 unless set).
     *
     * @return list<int>
     */
    public function reminderDays(): array
    {
        $days = array_values(array_filter(array_map('trim', explode(',', $this->get('reminderDays'))), 'ctype_digit'));
        return $days === [] ? [90, 30, 7, 1] : array_map('intval', $days);
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
