<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Tests\Support\Whmcs\Page;
use TrustOcean\Whmcs\Addon\Addon;
use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\AdminRequest;
use TrustOcean\Whmcs\Addon\System\SystemPage;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Database\Cache;
use TrustOcean\Whmcs\Database\Settings;
use TrustOcean\Whmcs\Push\PushActivity;
use WHMCS\Database\Capsule;

/**
 * The addon's System page against the sandbox's module feed and API: versions (current, or a
 * newer one with its date, link and WHMCS versions), news shown as text only, the feed cached
 * for an hour and an unavailable feed for five minutes (a slow feed costs the short timeout
 * once), the API account's connection and credit, the last cron run, the push URL and the last
 * push, in English and Chinese.
 */
final class AddonSystemPageTest extends ModuleTestCase
{
    private const PAGE = 'admin/addonmodules.php?module=trustoceanssl&page=system';

    /** @var list<object> */
    private array $saved = [];

    public static function setUpBeforeClass(): void
    {
        require_once dirname(__DIR__, 4) . '/php-shim/autoload.php';
    }

    protected function setUp(): void
    {
        self::standIn();
        $rows = Capsule::table(Settings::TABLE)->where(static function ($query): void {
            $query->where('name', 'like', 'settings.%')->orWhere('name', 'like', 'cron.%')->orWhere('name', 'like', 'push.last%');
        });
        $this->saved = (clone $rows)->get()->all();
        $rows->delete();
        self::clearFeedCache();
        self::sandbox()->control('DELETE', '/_sandbox/module-feed');
        (new Settings())->put(AddonSettings::FEED_URL, self::sandbox()->url() . '/TrustOceanSSLModuleSyncInformation.php', time());
    }

    protected function tearDown(): void
    {
        self::sandbox()->control('DELETE', '/_sandbox/module-feed');
        Capsule::table(Settings::TABLE)->where(static function ($query): void {
            $query->where('name', 'like', 'settings.%')->orWhere('name', 'like', 'cron.%')->orWhere('name', 'like', 'push.last%');
        })->delete();
        foreach ($this->saved as $row) {
            Capsule::table(Settings::TABLE)->insert((array) $row);
        }
        self::clearFeedCache();
    }

    public function testTheVersionsAreShownAndAnUpToDateModuleSaysSo(): void
    {
        $page = self::page();

        self::assertSame('trustocean ' . phpversion('trustocean') . ', loaded', $page->value('//*[@id="system-extension"]'));
        self::assertSame(Addon::VERSION, $page->value('//*[@id="system-module-version"]'));
        self::assertSame(Addon::VERSION, phpversion('trustocean'), 'the module files and the extension are one release');
        self::assertSame('Up to date (the newest is 1.0.0).', $page->value('//*[@id="system-latest-version"]'));
        self::assertSame(0, $page->count('//a[@id="system-download"]'));
    }

    public function testANewerVersionShowsItsDateDownloadLinkAndWhmcsVersions(): void
    {
        self::feed(['current_version' => '9.9.9', 'publish_date' => '2027-01-02', 'download_url' => 'https://download.example.com/trustocean-9.9.9.zip', 'whmcs_version' => ['8.12', '8.13']]);

        $page = self::page();

        $latest = (string) $page->value('//*[@id="system-latest-version"]');
        self::assertStringContainsString('Version 9.9.9 is available (published 2027-01-02).', $latest);
        self::assertStringContainsString('For WHMCS 8.12, 8.13', $latest);
        self::assertSame('https://download.example.com/trustocean-9.9.9.zip', $page->value('//a[@id="system-download"]/@href'));
    }

    public function testADownloadLinkThatIsNotHttpIsNotShown(): void
    {
        self::feed(['current_version' => '9.9.9', 'download_url' => 'javascript:alert(1)']);

        $page = self::page();

        self::assertStringContainsString('Version 9.9.9 is available', (string) $page->value('//*[@id="system-latest-version"]'));
        self::assertSame(0, $page->count('//a[@id="system-download"]'));
        self::assertStringNotContainsString('javascript:alert', $page->body);
    }

    public function testNewsIsShownAsTextNeverAsHtml(): void
    {
        self::feed(['recent_news' => [
            ['title' => 'Sandbox news', 'body' => "<p>Maintenance on <b>Sunday</b>.</p><script>alert('sandbox')</script>", 'date' => '2026-11-21'],
            ['title' => '<img src=x onerror=alert(2)>Price &amp; terms', 'body' => '<a href="javascript:alert(3)">Read</a> 5 &lt; 6<style>body{display:none}</style>', 'date' => '2026-11-22'],
        ]]);

        $page = self::page();

        self::assertSame(0, $page->count('//*[@id="system-news"]//script | //*[@id="system-news"]//b | //*[@id="system-news"]//img | //*[@id="system-news"]//a | //*[@id="system-news"]//style'));
        self::assertStringNotContainsString("alert('sandbox')", $page->body);
        self::assertStringNotContainsString('javascript:alert(3)', $page->body);
        self::assertSame(['Sandbox news 2026-11-21', 'Price & terms 2026-11-22'], self::texts($page, '//*[@id="system-news"]//*[contains(@class, "news-title")]'));
        self::assertSame(['Maintenance on Sunday.', 'Read 5 < 6'], self::texts($page, '//*[@id="system-news"]//*[contains(@class, "news-body")]'));
    }

    public function testTheDefaultSandboxNewsLosesItsScript(): void
    {
        $page = self::page();

        self::assertSame(['Maintenance on Sunday.'], self::texts($page, '//*[@id="system-news"]//*[contains(@class, "news-body")]'));
        self::assertStringNotContainsString('<script>alert', $page->body);
    }

    public function testTheFeedIsReadOnceAnHour(): void
    {
        $first = self::page();
        self::feed(['current_version' => '9.9.9']);

        $second = self::page();
        self::clearFeedCache();
        $third = self::page();

        self::assertSame('Up to date (the newest is 1.0.0).', $first->value('//*[@id="system-latest-version"]'));
        self::assertSame('Up to date (the newest is 1.0.0).', $second->value('//*[@id="system-latest-version"]'), 'the cached answer');
        self::assertStringContainsString('Version 9.9.9 is available', (string) $third->value('//*[@id="system-latest-version"]'));
        $entry = Capsule::table(Cache::TABLE)->where('key', 'like', 'module_feed.%')->first();
        self::assertEqualsWithDelta(time() + 3600, (int) $entry->expires_at, 10);
    }

    public function testASlowFeedCostsTheShortTimeoutOnceAndShowsUnavailable(): void
    {
        self::feed(['delay_ms' => 5000]);

        $started = microtime(true);
        $slow = self::page();
        $elapsed = microtime(true) - $started;
        self::feed(['delay_ms' => 0]);
        $again = self::page();

        self::assertLessThan(4.0, $elapsed, 'the page did not wait for the 5 s feed');
        self::assertSame('unavailable', $slow->value('//*[@id="system-latest-version"]'));
        self::assertSame('unavailable', trim((string) $slow->value('//*[@id="system-news"]')));
        self::assertSame('unavailable', $again->value('//*[@id="system-latest-version"]'), 'the failure is remembered, so the page does not wait again');
        $entry = Capsule::table(Cache::TABLE)->where('key', 'like', 'module_feed.%')->first();
        self::assertEqualsWithDelta(time() + 300, (int) $entry->expires_at, 10, 'for five minutes');
    }

    public function testAnUnavailableFeedShowsUnavailable(): void
    {
        self::feed(['unavailable' => true]);

        $page = self::page();

        self::assertSame('unavailable', $page->value('//*[@id="system-latest-version"]'));
        self::assertSame('unavailable', trim((string) $page->value('//*[@id="system-news"]')));
        self::assertSame(200, $page->status);
    }

    public function testTheAddonsApiAccountIsReachableAndItsCreditShown(): void
    {
        self::account(Sandbox::TOKEN);
        $calls = substr_count(self::standIn()->moduleLogText(), "getProfileInfo\n");

        $page = self::page();

        self::assertSame('Reachable, the account is accepted.', $page->value('//*[@id="system-api-reachable"]'));
        self::assertSame(Sandbox::USERNAME . ' · ' . self::sandbox()->url(), $page->value('//*[@id="system-api-account"]'));
        self::assertSame((string) self::sandbox()->client()->getProfileInfo()['credit'], $page->value('//*[@id="system-api-credit"]'));
        self::assertSame($calls + 1, substr_count(self::standIn()->moduleLogText(), "getProfileInfo\n"), 'logged');
        self::assertStringNotContainsString(Sandbox::TOKEN, $page->body . self::standIn()->moduleLogText());
    }

    public function testARefusedAccountShowsTrustOceansMessageWithoutTheToken(): void
    {
        $wrong = 'wrong-token-' . bin2hex(random_bytes(8));
        self::account($wrong);

        $page = self::page();

        $status = (string) $page->value('//*[@id="system-api-reachable"]');
        self::assertStringContainsString('TrustOcean refused the account:', $status);
        self::assertStringContainsString('778804', $status);
        self::assertSame(0, $page->count('//*[@id="system-api-credit"]'));
        self::assertStringNotContainsString($wrong, $page->body . self::standIn()->moduleLogText());
    }

    public function testWithoutAnAccountThePageSaysSoAndLinksToTheSettings(): void
    {
        $page = self::page();

        self::assertStringContainsString('No API account is saved in the addon', (string) $page->value('//*[@id="system-api-reachable"]'));
        self::assertStringContainsString('page=settings', (string) $page->value('//*[@id="system-api-reachable"]/a/@href'));
    }

    public function testTheCronLineSaysNeverUntilTheCronRecordsARun(): void
    {
        $never = self::page();
        $settings = new Settings();
        $settings->put('cron.last_run_at', '1798761600', time());
        $settings->put('cron.last_result', '12 orders synced, 1 failed <b>', time());

        $ran = self::page();

        self::assertSame('never', $never->value('//*[@id="system-cron-last-run"]'));
        self::assertSame(0, $never->count('//*[@id="system-cron-last-result"]'));
        self::assertSame('2027-01-01 00:00 UTC', $ran->value('//*[@id="system-cron-last-run"]'));
        self::assertSame('12 orders synced, 1 failed <b>', $ran->value('//*[@id="system-cron-last-result"]'));
        self::assertSame(0, $ran->count('//*[@id="system-cron-last-result"]//b'));
    }

    public function testThePushUrlAndTheLastPushAreShown(): void
    {
        $none = self::page();
        (new PushActivity())->received('cert_issued', 100001, 1798761600);

        $pushed = self::page();

        self::assertSame(self::standIn()->url . '/modules/servers/trustocean/push.php', $none->value('//*[@id="system-push-url"]'));
        self::assertSame('None yet.', $none->value('//*[@id="system-push-last"]'));
        self::assertSame('2027-01-01 00:00 UTC, cert_issued #100001', $pushed->value('//*[@id="system-push-last"]'));
    }

    public function testThePageSpeaksChinese(): void
    {
        self::feed(['unavailable' => true]);
        $admin = self::standIn()->admin();
        $admin->get(self::PAGE . '&language=chinese');

        $page = $admin->get(self::PAGE);

        self::assertSame('暂不可用', $page->value('//*[@id="system-latest-version"]'));
        self::assertSame('从未运行', $page->value('//*[@id="system-cron-last-run"]'));
        self::assertStringContainsString('TrustOcean 公告', $page->text());
    }

    public function testAnExtensionOfAnotherReleaseThanTheModuleFilesIsReported(): void
    {
        $lang = new AddonLang(require dirname(__DIR__, 4) . '/whmcs-module/modules/addons/trustoceanssl/lang/english.php');
        $request = new AdminRequest('addonmodules.php?module=trustoceanssl', ['page' => 'system'], [], false, false, '', time());

        $html = (new SystemPage($lang, extensionVersion: '0.9.0'))->handle($request);

        self::assertStringContainsString('id="system-version-mismatch"', $html);
        self::assertStringContainsString('The extension is version 0.9.0 but the module files are version ' . Addon::VERSION, $html);
        self::assertStringNotContainsString('system-version-mismatch', (new SystemPage($lang))->handle($request), 'one release, no warning');
    }

    private static function page(): Page
    {
        $page = self::standIn()->admin()->get(self::PAGE);
        self::assertSame(200, $page->status, $page->text());
        return $page;
    }

    /** @param array<string, mixed> $changes what differs from the sandbox's default feed */
    private static function feed(array $changes): void
    {
        $feed = self::sandbox()->control('GET', '/_sandbox/module-feed');
        self::sandbox()->control('PUT', '/_sandbox/module-feed', $changes + $feed);
    }

    private static function account(string $token): void
    {
        $settings = new Settings();
        $settings->put(AddonSettings::API_USERNAME, Sandbox::USERNAME, time());
        $settings->putSecret(AddonSettings::API_TOKEN, $token, time());
        $settings->put(AddonSettings::ENDPOINT, self::sandbox()->url(), time());
    }

    private static function clearFeedCache(): void
    {
        Capsule::table(Cache::TABLE)->where('key', 'like', 'module_feed.%')->delete();
    }

    /** @return list<string> */
    private static function texts(Page $page, string $xpath): array
    {
        $texts = [];
        for ($i = 1; $i <= $page->count($xpath); $i++) {
            $texts[] = trim((string) preg_replace('/\s+/u', ' ', (string) $page->value("({$xpath})[{$i}]")));
        }
        return $texts;
    }
}
