<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Config;

use Illuminate\Database\QueryException;
use TrustOcean\Whmcs\Database\Settings;
use WHMCS\Database\Capsule;

/**
 * The reseller's settings, as the addon's Settings page saves them in mod_trustocean_settings:
 * the API account for products without a server (the token stored with WHMCS's encrypt()), the
 * site seal, expiry reminders, the cron sync, the push fetch interval and the module feed.
 *
 * Every accessor returns a usable value: a setting never saved, or one outside its rules
 * (SettingRules), reads as its default.
 */
final class AddonSettings
{
    public const API_USERNAME = 'settings.api_username';
    public const API_TOKEN = 'settings.api_token';
    public const ENDPOINT = 'settings.endpoint';
    public const SEAL_ENABLED = 'settings.seal_enabled';
    public const REMINDER_DAYS = 'settings.reminder_days';
    public const SYNC_INTERVAL_MINUTES = 'settings.sync_interval_minutes';
    public const SYNC_CONCURRENCY = 'settings.sync_concurrency';
    public const SYNC_RATE = 'settings.sync_rate';
    public const PUSH_INTERVAL = 'settings.push_interval';
    public const FEED_URL = 'settings.feed_url';

    public const DEFAULT_ENDPOINT = 'CN-Beijing';
    public const DEFAULT_REMINDER_DAYS = [90, 30, 7, 1];
    public const DEFAULT_SYNC_INTERVAL_MINUTES = 60;
    public const DEFAULT_SYNC_CONCURRENCY = 8;
    public const DEFAULT_SYNC_RATE = 0;
    public const DEFAULT_PUSH_INTERVAL = 10;
    public const DEFAULT_FEED_URL = 'https://console.trustocean.com/TrustOceanSSLModuleSyncInformation.php';

    private const NAMES = [
        self::API_USERNAME, self::API_TOKEN, self::ENDPOINT, self::SEAL_ENABLED, self::REMINDER_DAYS,
        self::SYNC_INTERVAL_MINUTES, self::SYNC_CONCURRENCY, self::SYNC_RATE, self::PUSH_INTERVAL, self::FEED_URL,
    ];

    /** @param array<string, string> $values stored values by name (the token still encrypted) */
    private function __construct(private readonly array $values)
    {
    }

    /** The stored settings, in one query. */
    public static function load(): self
    {
        try {
            $values = Capsule::table(Settings::TABLE)->whereIn('name', self::NAMES)->pluck('value', 'name')->all();
        } catch (QueryException $error) {
            // Before the module's first migration nothing can have been saved: the defaults apply.
            if (Capsule::schema()->hasTable(Settings::TABLE)) {
                throw $error;
            }
            $values = [];
        }
        return new self(array_map('strval', $values));
    }

    /** The API username; '' when the addon holds no API account. */
    public function apiUsername(): string
    {
        return $this->text(self::API_USERNAME);
    }

    /** The API token, decrypted; '' when none is stored or it cannot be decrypted. */
    public function apiToken(): string
    {
        $stored = $this->text(self::API_TOKEN);
        $token = $stored === '' ? '' : decrypt($stored);
        return is_string($token) ? trim($token) : '';
    }

    /** Whether an API username and token are stored. */
    public function hasApiAccount(): bool
    {
        return $this->apiUsername() !== '' && $this->text(self::API_TOKEN) !== '';
    }

    /** "CN-Beijing", "UK-London" or a base URL. */
    public function endpoint(): string
    {
        $endpoint = $this->text(self::ENDPOINT);
        return SettingRules::isEndpoint($endpoint) ? $endpoint : self::DEFAULT_ENDPOINT;
    }

    /** Whether customers are offered the site seal code (on unless the reseller hid it). */
    public function sealEnabled(): bool
    {
        return $this->text(self::SEAL_ENABLED) !== '0';
    }

    /**
     * Days before expiry at which the customer is reminded, largest first; [] for none.
     *
     * @return list<int>
     */
    public function reminderDays(): array
    {
        if (!array_key_exists(self::REMINDER_DAYS, $this->values)) {
            return self::DEFAULT_REMINDER_DAYS;
        }
        return SettingRules::reminderDays($this->text(self::REMINDER_DAYS)) ?? self::DEFAULT_REMINDER_DAYS;
    }

    /** Minutes between two cron syncs of the orders. */
    public function syncIntervalMinutes(): int
    {
        return $this->integer(self::SYNC_INTERVAL_MINUTES, SettingRules::SYNC_INTERVAL_MINUTES, self::DEFAULT_SYNC_INTERVAL_MINUTES);
    }

    /** How many orders the cron sync fetches at the same time. */
    public function syncConcurrency(): int
    {
        return $this->integer(self::SYNC_CONCURRENCY, SettingRules::SYNC_CONCURRENCY, self::DEFAULT_SYNC_CONCURRENCY);
    }

    /** Most API calls per second the cron sync makes; 0 when only its concurrency bounds it. */
    public function syncRate(): int
    {
        return $this->integer(self::SYNC_RATE, SettingRules::SYNC_RATE, self::DEFAULT_SYNC_RATE);
    }

    /**
     * The cron sync's options for TrustOcean\Workflow::syncMany: how many calls at once, and the
     * least time between two call starts that keeps it under the rate.
     *
     * @return array{concurrency: int, minIntervalMs: int}
     */
    public function syncOptions(): array
    {
        $rate = $this->syncRate();
        return [
            'concurrency' => $this->syncConcurrency(),
            'minIntervalMs' => $rate === 0 ? 0 : (int) ceil(1000 / $rate),
        ];
    }

    /** Seconds between two fetches of one order prompted by push notifications. */
    public function pushInterval(): int
    {
        return $this->integer(self::PUSH_INTERVAL, SettingRules::PUSH_INTERVAL_SECONDS, self::DEFAULT_PUSH_INTERVAL);
    }

    /** Where the module information feed (newest version, reseller news) is read from. */
    public function feedUrl(): string
    {
        $url = $this->text(self::FEED_URL);
        return SettingRules::isServiceUrl($url) ? $url : self::DEFAULT_FEED_URL;
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['apiUsername' => $this->apiUsername(), 'endpoint' => $this->endpoint(), 'apiToken' => '(hidden)'];
    }

    private function text(string $name): string
    {
        return trim($this->values[$name] ?? '');
    }

    /** @param array{0: int, 1: int} $range */
    private function integer(string $name, array $range, int $default): int
    {
        return SettingRules::integer($this->text($name), $range) ?? $default;
    }
}
