<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\FreePort;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\Administrator;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Tests\Support\Whmcs\Page;
use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\AdminArea;
use TrustOcean\Whmcs\Addon\AdminRequest;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Database\Settings;
use WHMCS\Database\Capsule;

/**
 * The addon's Settings page through the admin area: a working API account is checked with ping
 * and stored with its token encrypted; a refused one stores nothing; an unreachable endpoint is
 * stored with a warning; wrong fields are each named and store nothing; an empty token field
 * keeps the stored token. The token never appears in a page, the module log, the activity log
 * or the web server's error log. Also the tabs of the admin area and its page whitelist.
 */
final class AddonSettingsPageTest extends ModuleTestCase
{
    private const PAGE = 'admin/addonmodules.php?module=trustoceanssl&page=settings';

    /** @var list<object> */
    private array $saved = [];

    /** @var list<string> every page body this test saw */
    private array $bodies = [];

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
    }

    public function testAWorkingAccountIsCheckedWithPingAndStoredWithItsTokenEncrypted(): void
    {
        $pings = self::pings();

        $page = $this->save(self::admin(), self::form());

        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertSame(['Settings saved. TrustOcean accepted the API account.'], $page->alerts('success'));
        self::assertSame($pings + 1, self::pings(), 'one ping');
        $settings = AddonSettings::load();
        self::assertSame(Sandbox::USERNAME, $settings->apiUsername());
        self::assertSame(Sandbox::TOKEN, $settings->apiToken());
        self::assertSame(self::sandbox()->url(), $settings->endpoint());
        self::assertSame([90, 30, 7, 1], $settings->reminderDays());
        self::assertSame(7, $settings->pushInterval());
        self::assertSame(16, $settings->syncConcurrency());
        self::assertSame(25, $settings->syncRate());
        self::assertSame(30, $settings->syncIntervalMinutes());
        self::assertNotSame(Sandbox::TOKEN, Capsule::table(Settings::TABLE)->where('name', AddonSettings::API_TOKEN)->value('value'));
        self::assertSame('', $page->value('//input[@name="api_token"]/@value'));
        self::assertSame(Sandbox::USERNAME, $page->value('//input[@name="api_username"]/@value'));
        self::assertStringContainsString('A token is stored', (string) $page->value('//*[@id="settings-api_token-help"]'));
        $this->assertSecretNowhere(Sandbox::TOKEN);
    }

    public function testAWrongTokenIsRefusedWithTrustOceansMessageAndNothingIsStored(): void
    {
        $wrong = 'wrong-token-' . bin2hex(random_bytes(8));
        $before = self::stored();

        $page = $this->save(self::admin(), ['api_token' => $wrong] + self::form());

        self::assertStringContainsString('TrustOcean refused this API account, so nothing was saved', $page->errors());
        self::assertStringContainsString('778804', $page->errors());
        self::assertStringContainsString('copy the API token again', $page->errors());
        self::assertSame($before, self::stored());
        self::assertSame(Sandbox::USERNAME, $page->value('//input[@name="api_username"]/@value'), 'the form keeps what was typed');
        $this->assertSecretNowhere($wrong);
    }

    public function testAnUnreachableEndpointIsStoredWithAWarning(): void
    {
        $closed = 'http://127.0.0.1:' . FreePort::pick();

        $page = $this->save(self::admin(), ['endpoint_url' => $closed] + self::form());

        self::assertSame([], $page->alerts('danger'), $page->errors());
        $warning = implode(' ', $page->alerts('warning'));
        self::assertStringContainsString('Settings saved, but TrustOcean could not be reached', $warning);
        self::assertSame($closed, AddonSettings::load()->endpoint());
        self::assertSame(Sandbox::TOKEN, AddonSettings::load()->apiToken());
        self::assertSame('custom', $page->value('//select[@name="endpoint"]/option[@selected]/@value'));
        $this->assertSecretNowhere(Sandbox::TOKEN);
    }

    public function testEveryWrongFieldIsNamedAndNothingIsStoredOrSent(): void
    {
        $before = self::stored();
        $pings = self::pings();

        $page = $this->save(self::admin(), [
            'api_username' => 'not-an-address',
            'endpoint_url' => 'http://api.example.com/ssl',
            'reminder_days' => '90,abc,7',
            'sync_interval' => '2',
            'sync_concurrency' => '33',
            'sync_rate' => '1001',
            'push_interval' => '0',
            'feed_url' => 'javascript:alert(1)',
        ] + self::form());

        $errors = $page->errors();
        self::assertStringContainsString('Nothing was saved. Correct these fields:', $errors);
        $messages = [
            'API username: enter the e-mail address',
            'Custom base URL: enter an https:// address',
            'Expiry reminder days: enter whole numbers of days from 1 to 365',
            'Cron sync interval (minutes): enter a whole number from 5 to 1440',
            'Cron sync concurrency: enter a whole number from 1 to 32',
            'Cron sync rate limit: enter a whole number from 0 to 1000',
            'Push fetch interval (seconds): enter a whole number from 1 to 3600',
            'Module feed URL: enter an https:// address',
        ];
        foreach ($messages as $message) {
            self::assertStringContainsString($message, $errors);
        }
        self::assertSame($before, self::stored());
        self::assertSame($pings, self::pings(), 'no account was sent anywhere');
        self::assertSame('90,abc,7', $page->value('//input[@name="reminder_days"]/@value'), 'the form keeps what was typed');
        self::assertSame('', $page->value('//input[@name="api_token"]/@value'), 'but never the token');
        $this->assertSecretNowhere(Sandbox::TOKEN);
    }

    public function testAnEmptyTokenFieldKeepsTheStoredTokenAndAnUnchangedAccountIsNotPingedAgain(): void
    {
        $admin = self::admin();
        $this->save($admin, self::form());
        $stored = Capsule::table(Settings::TABLE)->where('name', AddonSettings::API_TOKEN)->value('value');
        $pings = self::pings();

        $page = $this->save($admin, ['api_token' => '', 'seal' => 'hidden', 'reminder_days' => '60, 14, 14, 3'] + self::form());

        self::assertSame(['Settings saved.'], $page->alerts('success'), $page->errors());
        self::assertSame($pings, self::pings());
        self::assertSame($stored, Capsule::table(Settings::TABLE)->where('name', AddonSettings::API_TOKEN)->value('value'));
        self::assertFalse(AddonSettings::load()->sealEnabled());
        self::assertSame([60, 14, 3], AddonSettings::load()->reminderDays());
        self::assertSame('60,14,3', $page->value('//input[@name="reminder_days"]/@value'));
    }

    public function testAUsernameWithoutAStoredOrTypedTokenIsRefused(): void
    {
        $page = $this->save(self::admin(), ['api_token' => ''] + self::form());

        self::assertStringContainsString('API token: enter the API token from the TrustOcean console; none is stored yet.', $page->errors());
        self::assertSame([], self::stored());
    }

    public function testClearingTheUsernameRemovesTheAccount(): void
    {
        $admin = self::admin();
        $this->save($admin, self::form());

        $page = $this->save($admin, ['api_username' => '', 'api_token' => ''] + self::form());

        self::assertSame(['Settings saved.'], $page->alerts('success'), $page->errors());
        self::assertFalse(AddonSettings::load()->hasApiAccount());
        self::assertNull(Capsule::table(Settings::TABLE)->where('name', AddonSettings::API_TOKEN)->value('value'));
    }

    public function testAPostWithoutTheSessionsTokenActsOnNothing(): void
    {
        $request = new AdminRequest('addonmodules.php?module=trustoceanssl', ['page' => 'settings'], self::form(), true, false, '', time());
        $pings = self::pings();

        $html = (string) (new AdminArea(new AddonLang(require self::langFile('english'))))->handle($request);

        self::assertStringContainsString('The form has expired, so nothing was changed.', $html);
        self::assertStringContainsString('id="trustocean-settings"', $html, 'the form is shown again');
        self::assertSame([], self::stored());
        self::assertSame($pings, self::pings());
    }

    public function testTheTabsMarkTheCurrentPageAndOnlyKnownPagesAreOpened(): void
    {
        $admin = self::admin();

        $settings = $admin->get(self::PAGE);
        $default = $admin->get('admin/addonmodules.php?module=trustoceanssl');
        $unknown = $admin->get('admin/addonmodules.php?module=trustoceanssl&page=' . rawurlencode('../../configuration'));
        $method = $admin->get('admin/addonmodules.php?module=trustoceanssl&page=handle');
        $array = $admin->get('admin/addonmodules.php?module=trustoceanssl&page[]=settings');

        self::assertSame(['orders', 'system', 'push', 'settings', 'data'], self::tabs($settings));
        self::assertSame('settings', $settings->value('//ul[@id="trustocean-nav"]//a[contains(@class, "active")]/@data-page'));
        foreach ([$default, $unknown, $method, $array] as $page) {
            self::assertSame(200, $page->status);
            self::assertSame('orders', $page->value('//ul[@id="trustocean-nav"]//a[contains(@class, "active")]/@data-page'));
            self::assertSame(1, $page->count('//table[@id="orders-table"]'));
        }
    }

    public function testThePageSpeaksChinese(): void
    {
        $admin = self::admin();
        $admin->get(self::PAGE . '&language=chinese');

        $page = $this->save($admin, ['sync_concurrency' => '0'] + self::form());

        self::assertStringContainsString('API 令牌', $page->text());
        self::assertStringContainsString('计划任务同步并发数：请输入 1 至 32 之间的整数。', $page->errors());
        self::assertSame(['订单', '系统', '推送通知', '设置'], array_map('trim', array_map(
            static fn (string $tab): string => (string) $page->value('//ul[@id="trustocean-nav"]//a[@data-page="' . $tab . '"]'),
            ['orders', 'system', 'push', 'settings']
        )));
    }

    /** @param array<string, string> $fields */
    private function save(Administrator $admin, array $fields): Page
    {
        $form = $admin->get(self::PAGE);
        $this->bodies[] = $form->body;
        $page = $admin->post(self::PAGE, ['token' => $form->token()] + $fields);
        $this->bodies[] = $page->body;
        self::assertSame(200, $page->status, $page->text());
        return $page;
    }

    /** A secret is in no page seen, no log table and no error log line. */
    private function assertSecretNowhere(string $secret): void
    {
        foreach ($this->bodies as $body) {
            self::assertStringNotContainsString($secret, $body);
        }
        self::assertStringNotContainsString($secret, self::standIn()->moduleLogText());
        self::assertStringNotContainsString($secret, Capsule::table('tblactivitylog')->pluck('description')->implode("\n"));
        self::assertStringNotContainsString($secret, (string) @file_get_contents(self::standIn()->varDir . '/web.log'));
        self::assertStringNotContainsString($secret, Capsule::table(Settings::TABLE)->pluck('value')->implode("\n"));
    }

    /** @return array<string, string> a form every field of which is right */
    private static function form(): array
    {
        return [
            'api_username' => Sandbox::USERNAME,
            'api_token' => Sandbox::TOKEN,
            'endpoint' => 'custom',
            'endpoint_url' => self::sandbox()->url(),
            'seal' => 'shown',
            'reminder_days' => '90,30,7,1',
            'sync_interval' => '30',
            'sync_concurrency' => '16',
            'sync_rate' => '25',
            'push_interval' => '7',
            'feed_url' => self::sandbox()->url() . '/TrustOceanSSLModuleSyncInformation.php',
        ];
    }

    private static function admin(): Administrator
    {
        return self::standIn()->admin();
    }

    /** @return array<string, string> the stored settings */
    private static function stored(): array
    {
        return Capsule::table(Settings::TABLE)->where('name', 'like', 'settings.%')->orderBy('name')->pluck('value', 'name')->all();
    }

    private static function pings(): int
    {
        return substr_count(self::standIn()->moduleLogText(), "ping\n");
    }

    /** @return list<string> */
    private static function tabs(Page $page): array
    {
        $tabs = [];
        for ($i = 1; $i <= $page->count('//ul[@id="trustocean-nav"]//a'); $i++) {
            $tabs[] = (string) $page->value('(//ul[@id="trustocean-nav"]//a)[' . $i . ']/@data-page');
        }
        return $tabs;
    }

    private static function langFile(string $language): string
    {
        return dirname(__DIR__, 4) . "/whmcs-module/modules/addons/trustoceanssl/lang/{$language}.php";
    }
}
