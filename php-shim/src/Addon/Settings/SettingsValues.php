<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Settings;

use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Database\Settings;
use WHMCS\Database\Capsule;

/**
 * The reseller's settings once the form has checked them, ready to be stored. The API token is
 * only here when one was typed in; otherwise the stored token stays.
 */
final class SettingsValues
{
    /** @param list<int> $reminderDays */
    public function __construct(
        public readonly string $apiUsername,
        #[\SensitiveParameter] private readonly ?string $newToken,
        public readonly string $endpoint,
        public readonly bool $sealEnabled,
        public readonly array $reminderDays,
        public readonly int $syncIntervalMinutes,
        public readonly int $syncConcurrency,
        public readonly int $syncRate,
        public readonly int $pushInterval,
        public readonly string $feedUrl
    ) {
    }

    /** Whether the addon keeps an API account (an empty username removes it). */
    public function hasApiAccount(): bool
    {
        return $this->apiUsername !== '';
    }

    /** The token the account would use: the one typed in, else the stored one. */
    public function token(AddonSettings $stored): string
    {
        return $this->newToken ?? $stored->apiToken();
    }

    /** Whether the username, token or endpoint differ from what is stored. */
    public function accountChangedFrom(AddonSettings $stored): bool
    {
        return $this->apiUsername !== $stored->apiUsername()
            || $this->endpoint !== $stored->endpoint()
            || ($this->newToken !== null && $this->newToken !== $stored->apiToken());
    }

    /** Stores every setting in one transaction, the token encrypted. */
    public function save(Settings $settings, int $now): void
    {
        Capsule::connection()->transaction(function () use ($settings, $now): void {
            if ($this->hasApiAccount()) {
                $settings->put(AddonSettings::API_USERNAME, $this->apiUsername, $now);
                if ($this->newToken !== null) {
                    $settings->putSecret(AddonSettings::API_TOKEN, $this->newToken, $now);
                }
            } else {
                $settings->delete(AddonSettings::API_USERNAME);
                $settings->delete(AddonSettings::API_TOKEN);
            }
            $settings->put(AddonSettings::ENDPOINT, $this->endpoint, $now);
            $settings->put(AddonSettings::SEAL_ENABLED, $this->sealEnabled ? '1' : '0', $now);
            $settings->put(AddonSettings::REMINDER_DAYS, implode(',', $this->reminderDays), $now);
            $settings->put(AddonSettings::SYNC_INTERVAL_MINUTES, (string) $this->syncIntervalMinutes, $now);
            $settings->put(AddonSettings::SYNC_CONCURRENCY, (string) $this->syncConcurrency, $now);
            $settings->put(AddonSettings::SYNC_RATE, (string) $this->syncRate, $now);
            $settings->put(AddonSettings::PUSH_INTERVAL, (string) $this->pushInterval, $now);
            $settings->put(AddonSettings::FEED_URL, $this->feedUrl, $now);
        });
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['apiUsername' => $this->apiUsername, 'endpoint' => $this->endpoint, 'newToken' => $this->newToken === null ? null : '(hidden)'];
    }
}
