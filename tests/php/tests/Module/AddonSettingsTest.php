<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Config\CredentialsResolver;
use TrustOcean\Whmcs\Database\Migrations\MoveAddonSettings;
use TrustOcean\Whmcs\Database\Settings;
use WHMCS\Database\Capsule;

/**
 * The reseller's settings as the module reads them (AddonSettings over mod_trustocean_settings):
 * defaults when nothing is saved, typed values when something is, defaults again for values
 * outside the rules, the token decrypted only on request and hidden from dumps; and the move of
 * the settings version 1.0.0 kept in WHMCS's addon configuration.
 */
final class AddonSettingsTest extends ModuleTestCase
{
    /** @var list<object> the settings rows before this test */
    private array $saved = [];

    public static function setUpBeforeClass(): void
    {
        require_once dirname(__DIR__, 4) . '/php-shim/autoload.php';
    }

    protected function setUp(): void
    {
        self::standIn();
        $this->saved = Capsule::table(Settings::TABLE)->where('name', 'like', 'settings.%')->get()->all();
        Capsule::table(Settings::TABLE)->where('name', 'like', 'settings.%')->delete();
    }

    protected function tearDown(): void
    {
        Capsule::table(Settings::TABLE)->where('name', 'like', 'settings.%')->delete();
        foreach ($this->saved as $row) {
            Capsule::table(Settings::TABLE)->insert((array) $row);
        }
        Capsule::table('tbladdonmodules')->where('module', 'trustoceanssl')
            ->whereIn('setting', ['apiUsername', 'apiToken', 'endpoint', 'siteSeal', 'pushInterval'])->delete();
    }

    public function testNothingSavedReadsAsTheDefaults(): void
    {
        $settings = AddonSettings::load();

        self::assertSame('', $settings->apiUsername());
        self::assertSame('', $settings->apiToken());
        self::assertFalse($settings->hasApiAccount());
        self::assertSame('CN-Beijing', $settings->endpoint());
        self::assertTrue($settings->sealEnabled());
        self::assertSame([90, 30, 7, 1], $settings->reminderDays());
        self::assertSame(60, $settings->syncIntervalMinutes());
        self::assertSame(8, $settings->syncConcurrency());
        self::assertSame(0, $settings->syncRate());
        self::assertSame(['concurrency' => 8, 'minIntervalMs' => 0], $settings->syncOptions());
        self::assertSame(10, $settings->pushInterval());
        self::assertSame('https://console.trustocean.com/TrustOceanSSLModuleSyncInformation.php', $settings->feedUrl());
    }

    public function testSavedValuesAreReadTypedAndTheTokenDecrypted(): void
    {
        $token = 'token-' . bin2hex(random_bytes(8));
        $store = new Settings();
        $store->put(AddonSettings::API_USERNAME, 'reseller@example.com', time());
        $store->putSecret(AddonSettings::API_TOKEN, $token, time());
        $store->put(AddonSettings::ENDPOINT, 'https://api.example.net/ssl', time());
        $store->put(AddonSettings::SEAL_ENABLED, '0', time());
        $store->put(AddonSettings::REMINDER_DAYS, '45,3', time());
        $store->put(AddonSettings::SYNC_INTERVAL_MINUTES, '15', time());
        $store->put(AddonSettings::SYNC_CONCURRENCY, '32', time());
        $store->put(AddonSettings::SYNC_RATE, '3', time());
        $store->put(AddonSettings::PUSH_INTERVAL, '2', time());
        $store->put(AddonSettings::FEED_URL, 'http://127.0.0.1:9/feed.php', time());

        $settings = AddonSettings::load();

        self::assertSame('reseller@example.com', $settings->apiUsername());
        self::assertSame($token, $settings->apiToken());
        self::assertTrue($settings->hasApiAccount());
        self::assertSame('https://api.example.net/ssl', $settings->endpoint());
        self::assertFalse($settings->sealEnabled());
        self::assertSame([45, 3], $settings->reminderDays());
        self::assertSame(15, $settings->syncIntervalMinutes());
        self::assertSame(32, $settings->syncConcurrency());
        self::assertSame(['concurrency' => 32, 'minIntervalMs' => 334], $settings->syncOptions(), 'a third of a second, rounded up');
        self::assertSame(2, $settings->pushInterval());
        self::assertSame('http://127.0.0.1:9/feed.php', $settings->feedUrl());
        self::assertStringNotContainsString($token, (string) Capsule::table(Settings::TABLE)->where('name', AddonSettings::API_TOKEN)->value('value'), 'stored encrypted');
        ob_start();
        var_dump($settings);
        self::assertStringNotContainsString($token, print_r($settings, true) . (string) ob_get_clean());
        self::assertSame('reseller@example.com', (new CredentialsResolver())->resolve([])->username, 'products without a server use this account');
    }

    public function testValuesOutsideTheRulesReadAsTheDefaults(): void
    {
        $store = new Settings();
        $outside = [
            AddonSettings::ENDPOINT => 'http://api.example.net',
            AddonSettings::REMINDER_DAYS => '30,0',
            AddonSettings::SYNC_INTERVAL_MINUTES => '1',
            AddonSettings::SYNC_CONCURRENCY => '33',
            AddonSettings::SYNC_RATE => '-1',
            AddonSettings::PUSH_INTERVAL => 'ten',
            AddonSettings::FEED_URL => 'ftp://example.com/feed',
        ];
        foreach ($outside as $name => $value) {
            $store->put($name, $value, time());
        }

        $settings = AddonSettings::load();

        self::assertSame('CN-Beijing', $settings->endpoint(), 'plain http is only for this machine');
        self::assertSame([90, 30, 7, 1], $settings->reminderDays());
        self::assertSame(60, $settings->syncIntervalMinutes());
        self::assertSame(8, $settings->syncConcurrency());
        self::assertSame(0, $settings->syncRate());
        self::assertSame(10, $settings->pushInterval());
        self::assertSame(AddonSettings::DEFAULT_FEED_URL, $settings->feedUrl());
    }

    public function testAnEmptyReminderListMeansNoReminders(): void
    {
        (new Settings())->put(AddonSettings::REMINDER_DAYS, '', time());

        self::assertSame([], AddonSettings::load()->reminderDays());
    }

    public function testTheSettingsOfVersion100MoveOutOfTheAddonConfigurationOnce(): void
    {
        $token = 'legacy-' . bin2hex(random_bytes(8));
        foreach (['apiUsername' => 'old@example.com', 'apiToken' => encrypt($token), 'endpoint' => 'UK-London', 'siteSeal' => '', 'pushInterval' => '30'] as $setting => $value) {
            Capsule::table('tbladdonmodules')->insert(['module' => 'trustoceanssl', 'setting' => $setting, 'value' => $value]);
        }
        (new Settings())->put(AddonSettings::PUSH_INTERVAL, '5', time());

        (new MoveAddonSettings())->up(Capsule::schema());
        (new MoveAddonSettings())->up(Capsule::schema());

        $settings = AddonSettings::load();
        self::assertSame('old@example.com', $settings->apiUsername());
        self::assertSame($token, $settings->apiToken());
        self::assertSame('UK-London', $settings->endpoint());
        self::assertFalse($settings->sealEnabled(), 'an unticked yesno field hid the seal');
        self::assertSame(5, $settings->pushInterval(), 'a value saved on the settings page wins');
        self::assertSame(0, Capsule::table('tbladdonmodules')->where('module', 'trustoceanssl')
            ->whereIn('setting', ['apiUsername', 'apiToken', 'endpoint', 'siteSeal', 'pushInterval'])->count(), 'no stale copy of the token stays');
    }
}
