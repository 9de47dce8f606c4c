<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\Browser;
use TrustOcean\Tests\Support\Whmcs\BulkOrders;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Tests\Support\Whmcs\Page;

/**
 * The addon's client area page, "My SSL certificates" (index.php?m=trustoceanssl): a client sees
 * only their own orders, each with product, primary domain, state, expiry and a link to its
 * service, can search by domain, must log in first; the Services menu links to it; both
 * languages render.
 */
final class AddonClientPageTest extends ModuleTestCase
{
    private const PAGE = 'index.php?m=trustoceanssl';

    private static string $label = '';

    /** @var array<string, int> fixture name => service id */
    private static array $services = [];

    public static function setUpBeforeClass(): void
    {
        self::standIn();
        self::$label = 'mine' . bin2hex(random_bytes(4));
        $label = self::$label;
        $alice = self::standIn()->seed->clients[0]['id'];
        $bob = self::standIn()->seed->clients[2]['id'];
        $issuedUntil = strtotime('2027-06-30 12:00:00 UTC');
        $orders = [
            'alice-issued' => ['client' => $alice, 'domains' => ["shop.{$label}.example.com", "www.shop.{$label}.example.com", "api.shop.{$label}.example.com"], 'state' => 'issued', 'valid_to' => $issuedUntil],
            'alice-validating' => ['client' => $alice, 'domains' => ["<b>bold</b>.{$label}.example.com"], 'state' => 'validating'],
            'alice-new' => ['client' => $alice, 'domains' => [], 'state' => 'awaiting_configuration'],
            'alice-idn' => ['client' => $alice, 'domains' => ["xn--fsqu00a.{$label}.example.com"], 'state' => 'validating'],
            'bob-issued' => ['client' => $bob, 'domains' => ["bob.{$label}.example.com"], 'state' => 'issued', 'valid_to' => $issuedUntil],
            'bob-cancelled' => ['client' => $bob, 'domains' => ["old.bob.{$label}.example.com"], 'state' => 'cancelled'],
        ];
        $specs = array_map(static fn (array $order): array => $order + ['remote_status' => null, 'trustocean_id' => null, 'vendor_id' => null, 'valid_to' => null], array_values($orders));
        self::$services = array_combine(array_keys($orders), BulkOrders::insert(self::standIn()->seed->products['dv_single']['id'], $specs));
    }

    public static function tearDownAfterClass(): void
    {
        BulkOrders::delete(array_values(self::$services), []);
    }

    public function testAClientSeesOnlyTheirOwnOrders(): void
    {
        $alice = self::standIn()->customer(0)->get(self::PAGE);
        $bob = self::standIn()->customer(2)->get(self::PAGE);

        self::assertSame(200, $alice->status, $alice->text());
        $aliceIds = self::serviceIds($alice);
        $bobIds = self::serviceIds($bob);
        foreach (['alice-issued', 'alice-validating', 'alice-new', 'alice-idn'] as $own) {
            self::assertContains(self::$services[$own], $aliceIds);
            self::assertNotContains(self::$services[$own], $bobIds);
        }
        foreach (['bob-issued', 'bob-cancelled'] as $own) {
            self::assertContains(self::$services[$own], $bobIds);
            self::assertNotContains(self::$services[$own], $aliceIds);
        }
        self::assertSame(
            [self::$services['bob-cancelled'], self::$services['bob-issued']],
            self::serviceIds(self::standIn()->customer(2)->get(self::PAGE . '&domain=' . self::$label)),
            'a search never reaches another client\'s orders'
        );
    }

    public function testARowShowsProductDomainStateAndExpiryAndLinksToItsService(): void
    {
        $page = self::standIn()->customer(0)->get(self::PAGE . '&domain=' . self::$label);

        $issued = self::row($page, self::$services['alice-issued']);
        self::assertSame(['DV SSL', 'shop.' . self::$label . '.example.com +2 more', 'Issued', '2027-06-30', 'Manage'], $issued);
        self::assertSame('clientarea.php?action=productdetails&id=' . self::$services['alice-issued'], $page->value('//tr[@data-service="' . self::$services['alice-issued'] . '"]//a/@href'));
        self::assertSame('In validation', self::row($page, self::$services['alice-validating'])[2]);
        self::assertSame('<b>bold</b>.' . self::$label . '.example.com', self::row($page, self::$services['alice-validating'])[1], 'shown as text');
        self::assertSame(0, $page->count('//table[@id="ssl-certificates"]//b'));
        self::assertSame('My SSL certificates', $page->value('//h1'));
        self::assertSame('/index.php?m=trustoceanssl', $page->value('//ol[@class="breadcrumb"]//a/@href'));
    }

    public function testAnOrderNotConfiguredYetSaysSo(): void
    {
        $page = self::standIn()->customer(0)->get(self::PAGE);

        self::assertSame('Not configured yet', self::row($page, self::$services['alice-new'])[1]);
    }

    public function testTheSearchFindsAnyNameAndSaysWhenNothingMatches(): void
    {
        $customer = self::standIn()->customer(0);

        $found = $customer->get(self::PAGE . '&domain=' . rawurlencode('api.shop.' . self::$label));
        $none = $customer->get(self::PAGE . '&domain=' . rawurlencode('nothing.' . self::$label));
        $unicode = $customer->get(self::PAGE . '&domain=' . rawurlencode('例子.' . self::$label));

        self::assertSame([self::$services['alice-issued']], self::serviceIds($found));
        self::assertSame([self::$services['alice-idn']], self::serviceIds($unicode), 'a Unicode name finds its punycode form');
        self::assertSame('api.shop.' . self::$label, $found->value('//input[@name="domain"]/@value'));
        self::assertSame('trustoceanssl', $found->value('//form[@id="ssl-search"]//input[@name="m"]/@value'));
        self::assertSame('None of your certificates matches this domain.', $none->value('//*[@id="ssl-none"]'));
    }

    public function testAVisitorIsSentToTheLoginPage(): void
    {
        $page = (new Browser(self::standIn()->url))->get(self::PAGE);

        self::assertStringContainsString('/login.php?goto=', $page->url);
        self::assertStringNotContainsString(self::$label, $page->body);
    }

    public function testTheServicesMenuLinksToThePageForClientsOnly(): void
    {
        $page = self::standIn()->customer(0)->get('clientarea.php');
        $visitor = (new Browser(self::standIn()->url))->get('login.php');

        $link = '//li[@id="Primary_Navbar-Services"]//a[@id="Primary_Navbar-Services-TrustOcean_SSL_Certificates"]';
        self::assertSame('My SSL Certificates', $page->value($link));
        self::assertSame(self::PAGE, $page->value($link . '/@href'));
        self::assertSame(['My Services', 'My SSL Certificates'], self::menu($page, 'Primary_Navbar-Services'), 'after WHMCS\'s own entry');
        self::assertSame(0, $visitor->count('//a[@href="' . self::PAGE . '"]'));
    }

    public function testThePageAndTheMenuSpeakChinese(): void
    {
        $page = self::standIn()->customer(1)->get(self::PAGE);

        self::assertSame('我的 SSL 证书', $page->value('//h1'));
        self::assertSame('我的 SSL 证书', $page->value('//a[@id="Primary_Navbar-Services-TrustOcean_SSL_Certificates"]'));
        self::assertSame('搜索', trim((string) $page->value('//form[@id="ssl-search"]//button')));
    }

    /** @return list<int> */
    private static function serviceIds(Page $page): array
    {
        $ids = [];
        for ($row = 1; $row <= $page->count('//table[@id="ssl-certificates"]/tbody/tr'); $row++) {
            $ids[] = (int) $page->value("(//table[@id='ssl-certificates']/tbody/tr)[{$row}]/@data-service");
        }
        return $ids;
    }

    /** @return list<string> the cells of a service's row */
    private static function row(Page $page, int $serviceId): array
    {
        $cells = [];
        for ($cell = 1; $cell <= $page->count("//tr[@data-service='{$serviceId}']/td"); $cell++) {
            $cells[] = trim((string) preg_replace('/\s+/u', ' ', (string) $page->value("//tr[@data-service='{$serviceId}']/td[{$cell}]")));
        }
        return $cells;
    }

    /** @return list<string> the labels of a menu's entries, in the order shown */
    private static function menu(Page $page, string $id): array
    {
        $labels = [];
        for ($entry = 1; $entry <= $page->count("//li[@id='{$id}']//a[contains(@class, 'dropdown-item')]"); $entry++) {
            $labels[] = (string) $page->value("(//li[@id='{$id}']//a[contains(@class, 'dropdown-item')])[{$entry}]");
        }
        return $labels;
    }
}
