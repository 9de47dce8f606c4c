<?php

declare(strict_types=1);

namespace TrustOcean\Tests\E2e;

use TrustOcean\Tests\Support\WebDriver\BrowserTestCase;
use TrustOcean\Tests\Support\WebDriver\Session;
use WHMCS\Database\Capsule;

/**
 * The reseller's admin in a real browser: finds an order in the addon's list, opens its
 * service, syncs it, revokes another one from the module tab's control and looks at the system
 * page; then the same pages in Chinese, on a phone.
 */
final class AdminInBrowserTest extends BrowserTestCase
{
    public function testTheAdminFindsSyncsAndRevokesOrdersAndSeesTheSystemPage(): void
    {
        $names = self::names(1);
        [$kept] = self::orderIssued('dv_single', $names);
        [$revoked] = self::orderIssued('dv_single', self::names(1));
        $session = self::browser();
        self::logInAsAdmin($session);

        self::openAddon($session, 'orders');
        self::checks()->check($session, 'admin-orders');
        $session->find('#orders-domain')->fill($names[0]);
        self::clickAndWait($session, '#orders-search button[type=submit]');
        $rows = $session->findAll('#orders-table tbody tr');
        self::assertCount(1, $rows, 'the search finds the one order');
        self::assertStringContainsString($names[0], $rows[0]->text());
        self::checks()->check($session, 'admin-orders-found');

        self::clickAndWait($session, "#orders-table a[href*=\"id={$kept}\"]");
        self::assertStringContainsString("id={$kept}", $session->currentUrl());
        self::checks()->check($session, 'admin-service');
        $calls = self::sandbox()->callCount((int) self::standIn()->orderRow($kept)['trustocean_id'], 'getSSLDetails');
        self::clickAndWait($session, 'form:has(input[name="ac"][value="adminSync"]) button[type=submit]');
        self::assertSame($calls + 1, self::sandbox()->callCount((int) self::standIn()->orderRow($kept)['trustocean_id'], 'getSSLDetails'), 'the sync asked TrustOcean');
        self::assertNotSame([], $session->findAll('.alert-success'), 'the sync says it succeeded');
        self::checks()->check($session, 'admin-synced');

        $session->visit(self::standIn()->url . "/admin/clientsservices.php?id={$revoked}");
        $session->find('#trustocean-revocation-reason')->choose('key_compromise');
        $session->navigate(function () use ($session): void {
            $session->find('[data-trustocean-command="adminRevoke"]')->click();
            $session->acceptDialog();
        }, 'the service page after the revocation');
        self::assertSame('revoked', self::standIn()->orderRow($revoked)['state']);
        self::checks()->check($session, 'admin-revoked');

        self::openAddon($session, 'system');
        self::assertTrue($session->has('[id^="system-"]'), 'the system page lists what it checks');
        self::checks()->check($session, 'admin-system');
    }

    public function testTheAdminPagesInChineseOnAPhone(): void
    {
        [$serviceId] = self::orderIssued('dv_single', self::names(1));
        $admin = Capsule::table('tbladmins')->where('username', self::standIn()->seed->adminUsername);
        $admin->update(['language' => 'chinese']);
        try {
            $session = self::browser(self::PHONE);
            self::logInAsAdmin($session);

            self::openAddon($session, 'orders');
            self::assertStringContainsString('订单', $session->visibleText(), 'the orders page is in Chinese');
            self::checks()->check($session, 'admin-orders-zh-phone', true);
            $session->visit(self::standIn()->url . "/admin/clientsservices.php?id={$serviceId}");
            self::checks()->check($session, 'admin-service-zh-phone', true);
            foreach (['system', 'push', 'settings', 'data'] as $page) {
                self::openAddon($session, $page);
                self::checks()->check($session, "admin-{$page}-zh-phone", true);
            }
            self::checks()->tabTo($session, '#trustocean-settings-form button[type=submit], form button[type=submit]', 300);
        } finally {
            $admin->update(['language' => 'english']);
        }
    }

    private static function openAddon(Session $session, string $page): void
    {
        $session->visit(self::standIn()->url . '/admin/addonmodules.php?module=trustoceanssl&page=' . $page);
    }
}
