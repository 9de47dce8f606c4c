<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Whmcs\Browser;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ServerModule;

/**
 * The stand-in's pages over HTTP, as WHMCS guards them: logins that fail leave no session, a
 * POST without the session's CSRF token is refused with 403, a customer sees only their own
 * services and calls only the functions the module lists for the client area, the admin area
 * needs an admin login and its service page shows the module's commands and buttons,
 * `?language=` switches the chrome, static assets are served locally and module source is not.
 */
final class StandInPagesTest extends ModuleTestCase
{
    private const NOT_ALLOWED = 'This module function cannot be called from the client area.';

    public function testAClientLoginWithAWrongPasswordShowsAnErrorAndStartsNoSession(): void
    {
        $client = self::standIn()->seed->clients[0];
        foreach ([$client['email'] => 'wrong-' . $client['password'], 'nobody-' . bin2hex(random_bytes(3)) . '@example.com' => $client['password']] as $email => $password) {
            $browser = new Browser(self::standIn()->url);
            $form = $browser->get('login.php');

            $page = $browser->post('dologin.php', ['token' => $form->token(), 'username' => $email, 'password' => $password, 'goto' => 'clientarea.php']);

            self::assertSame(200, $page->status);
            self::assertSame(['The e-mail address or password is wrong.'], $page->alerts('danger'), 'the same answer for a wrong password and an unknown address');
            self::assertSame($email, $page->value('//input[@name="username"]/@value'), 'the address is kept for correction');
            $after = $browser->get('clientarea.php');
            self::assertStringContainsString('/login.php?goto=', $after->url, 'not logged in');
            self::assertStringNotContainsString($client['email'], $after->body);
        }
    }

    public function testALoginWithoutTheCsrfTokenIsRefused(): void
    {
        $client = self::standIn()->seed->clients[0];
        $browser = new Browser(self::standIn()->url);
        $browser->get('login.php');

        $page = $browser->post('dologin.php', ['username' => $client['email'], 'password' => $client['password'], 'goto' => 'clientarea.php']);

        self::assertSame(403, $page->status);
        self::assertStringContainsString('Invalid CSRF Protection Token', $page->text());
        self::assertStringContainsString('/login.php?goto=', $browser->get('clientarea.php')->url, 'not logged in');
    }

    public function testAnAdminLoginWithAWrongPasswordShowsAnErrorAndStartsNoSession(): void
    {
        $browser = new Browser(self::standIn()->url);
        $form = $browser->get('admin/login.php');

        $page = $browser->post('admin/dologin.php', ['token' => $form->token(), 'username' => self::standIn()->seed->adminUsername, 'password' => 'wrong-' . self::standIn()->seed->adminPassword, 'redirect' => 'index.php']);

        self::assertSame(200, $page->status);
        self::assertSame(['The e-mail address or password is wrong.'], $page->alerts('danger'));
        self::assertStringContainsString('/admin/login.php?redirect=', $browser->get('admin/index.php')->url, 'not logged in');
    }

    public function testAProductDetailsPostWithoutOrWithAWrongTokenIsRefusedWith403(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        $customer->service($serviceId);
        $before = self::snapshot($serviceId);
        $path = 'clientarea.php?action=productdetails&id=' . $serviceId;
        $fields = ['id' => $serviceId, 'modop' => 'custom', 'a' => 'configure', 'csr_source' => 'upload', 'csr' => Csr::create([$name])->csrPem, 'contact_email' => 'ssl@example.com'];

        foreach (['no token' => [], 'a wrong token' => ['token' => str_repeat('0', 40)], 'an empty token' => ['token' => ''], 'an array' => ['token' => [$customer->token()]]] as $case => $token) {
            $page = $customer->post($path, $fields + $token);
            self::assertSame(403, $page->status, $case);
            self::assertStringContainsString('Invalid CSRF Protection Token', $page->text(), $case);
            self::assertSame($before, self::snapshot($serviceId), "{$case}: the order is unchanged");
        }

        $accepted = $customer->post($path, $fields + ['token' => $customer->token()]);
        self::assertSame(200, $accepted->status, 'the same form with the token goes through');
        self::assertSame('awaiting_submission', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testACustomerCannotOpenAnotherClientsService(): void
    {
        $serviceId = self::standIn()->order('dv_single', 0);
        $domain = 'private-' . bin2hex(random_bytes(4)) . '.example.com';
        Capsule::table('tblhosting')->where('id', $serviceId)->update(['domain' => $domain]);
        $before = self::snapshot($serviceId);
        $bob = self::standIn()->customer(2);

        $page = $bob->service($serviceId);

        self::assertSame(200, $page->status);
        self::assertMatchesRegularExpression('#/clientarea\.php$#', $page->url, 'sent to the services list');
        self::assertSame('My services', $page->value('//h1'));
        self::assertStringNotContainsString($domain, $page->body);
        self::assertStringNotContainsString('&amp;id=' . $serviceId . '"', $page->body, 'no link to the service');
        self::assertSame(0, $page->count('//section[contains(@class, "module-output")]'));

        foreach (['reset', 'configure', 'refresh'] as $function) {
            $posted = $bob->act($serviceId, $function, ['csr_source' => 'upload', 'csr' => Csr::create([$domain])->csrPem]);
            self::assertMatchesRegularExpression('#/clientarea\.php$#', $posted->url, $function);
            self::assertStringNotContainsString($domain, $posted->body, $function);
        }
        self::assertSame($before, self::snapshot($serviceId), 'nothing changed');
    }

    public function testFunctionsTheModuleDoesNotListAreRefusedInTheClientArea(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        $customer->service($serviceId);
        $before = self::snapshot($serviceId);
        $log = self::standIn()->moduleLogText();
        $listed = ServerModule::load('trustocean')->clientFunctions();

        foreach (['CreateAccount', 'TerminateAccount', 'SuspendAccount', 'adminSync', 'adminReset', 'ClientArea', 'AdminServicesTabFields', 'standInNoSuchFunction'] as $function) {
            self::assertNotContains($function, $listed);
            $page = $customer->act($serviceId, $function);
            self::assertSame(200, $page->status, $function);
            self::assertStringContainsString(self::NOT_ALLOWED, $page->errors(), $function);

            $linked = $customer->service($serviceId, ['modop' => 'custom', 'a' => $function]);
            self::assertStringContainsString(self::NOT_ALLOWED, $linked->errors(), "{$function} as a link");
        }
        self::assertSame($before, self::snapshot($serviceId), 'nothing changed');
        self::assertSame('Active', self::standIn()->serviceStatus($serviceId));
        self::assertSame($log, self::standIn()->moduleLogText(), 'no module function called out');
    }

    public function testTheAdminAreaNeedsAnAdminLogin(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $domain = 'admin-only-' . bin2hex(random_bytes(4)) . '.example.com';
        Capsule::table('tblhosting')->where('id', $serviceId)->update(['domain' => $domain]);
        $anonymous = new Browser(self::standIn()->url);
        $customer = self::standIn()->customer();

        foreach (['admin/index.php', "admin/clientsservices.php?id={$serviceId}", 'admin/systemmodulelog.php', 'admin/configaddonmods.php', 'admin/addonmodules.php?module=standin'] as $path) {
            foreach (['anonymous' => $anonymous, 'a customer' => $customer] as $who => $browser) {
                $page = $browser->get($path);
                self::assertStringContainsString('/admin/login.php?redirect=', $page->url, "{$who}: {$path}");
                self::assertSame(1, $page->count('//form[@action="/admin/dologin.php"]'), "{$who}: {$path}");
                self::assertStringNotContainsString($domain, $page->body);
            }
        }

        $page = $anonymous->post("admin/clientsservices.php?id={$serviceId}", ['modop' => 'suspend']);
        self::assertStringContainsString('/admin/login.php?redirect=', $page->url);
        self::assertSame('Active', self::standIn()->serviceStatus($serviceId), 'nothing ran without a login');
    }

    public function testTheAdminServicePageListsTheModuleCommandsAndButtons(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $admin = self::standIn()->admin();

        $page = $admin->service($serviceId);

        self::assertSame(200, $page->status);
        $commands = ['create' => 'Create', 'suspend' => 'Suspend', 'unsuspend' => 'Unsuspend', 'terminate' => 'Terminate', 'changepackage' => 'Change package', 'renew' => 'Renew'];
        foreach ($commands as $modop => $label) {
            self::assertSame(1, $page->count("//form[.//input[@name='modop' and @value='{$modop}']]//button[normalize-space()='{$label}']"), "the {$label} command");
        }
        $buttons = ServerModule::load('trustocean')->adminButtons();
        self::assertContains('adminSync', $buttons);
        foreach ($buttons as $label => $function) {
            self::assertSame(1, $page->count("//form[.//input[@name='modop' and @value='custom'] and .//input[@name='ac' and @value='{$function}']]//button[normalize-space()='{$label}']"), "the {$label} button");
        }
        self::assertSame(count($commands) + count($buttons), $page->count('//form[.//input[@name="modop"]]'), 'no other module forms');
        self::assertSame(count($commands) + count($buttons) + 1, $page->count('//form[@method="post"][.//input[@name="token" and @value="' . $page->token() . '"]]'), 'every form carries the token');
    }

    public function testTheLanguageSwitchChangesTheChromeAndIsRemembered(): void
    {
        $customer = self::standIn()->customer();

        $chinese = $customer->get('clientarea.php?language=chinese');
        self::assertSame('zh-CN', $chinese->value('//html/@lang'));
        self::assertSame('我的产品服务', $chinese->value('//h1'));
        self::assertStringContainsString('退出', $chinese->text());

        $remembered = $customer->get('clientarea.php');
        self::assertSame('我的产品服务', $remembered->value('//h1'), 'the session keeps the language');

        $ignored = $customer->get('clientarea.php?language=klingon');
        self::assertSame('我的产品服务', $ignored->value('//h1'), 'an unknown language changes nothing');

        $english = $customer->get('clientarea.php?language=english');
        self::assertSame('en', $english->value('//html/@lang'));
        self::assertSame('My services', $english->value('//h1'));

        $anonymous = (new Browser(self::standIn()->url))->get('login.php?language=chinese');
        self::assertSame('登录', $anonymous->value('//h1'));
        self::assertSame('zh-CN', $anonymous->value('//html/@lang'));
    }

    public function testTheChineseClientGetsChineseChromeAfterLogin(): void
    {
        $page = self::standIn()->customer(1)->get('clientarea.php');
        self::assertSame('我的产品服务', $page->value('//h1'));
    }

    public function testBootstrapAndJqueryAreServedLocallyWithTheirTypes(): void
    {
        $browser = new Browser(self::standIn()->url);
        $assets = [
            'assets/vendor/bootstrap/css/bootstrap.min.css' => ['text/css', 'Bootstrap v4'],
            'assets/vendor/jquery/jquery.min.js' => ['text/javascript', 'jQuery v3'],
            'assets/vendor/bootstrap/js/bootstrap.bundle.min.js' => ['text/javascript', 'Bootstrap'],
            'assets/css/standin.css' => ['text/css', ''],
            'modules/servers/trustocean/assets/css/trustocean.css' => ['text/css', ''],
        ];
        foreach ($assets as $path => [$type, $marker]) {
            $page = $browser->get($path);
            self::assertSame(200, $page->status, $path);
            self::assertStringStartsWith($type, $page->headers['content-type'] ?? '', $path);
            self::assertSame('nosniff', $page->headers['x-content-type-options'] ?? null, $path);
            self::assertSame((string) strlen($page->body), $page->headers['content-length'] ?? null, $path);
            self::assertStringContainsString($marker, $page->body, $path);
        }
        $layout = $browser->get('login.php');
        self::assertSame(1, $layout->count('//link[@href="/assets/vendor/bootstrap/css/bootstrap.min.css"]'));
        self::assertSame(1, $layout->count('//script[@src="/assets/vendor/jquery/jquery.min.js"]'));
        self::assertSame(0, $layout->count('//*[starts-with(@src, "http") or starts-with(@href, "http")]'), 'nothing from the internet');
    }

    public function testModuleSourceIsNeverServed(): void
    {
        $browser = new Browser(self::standIn()->url);
        $paths = [
            'modules/servers/trustocean/trustocean.php',
            'modules/servers/trustocean/hooks.php',
            'modules/servers/trustocean/lib/Module.php',
            'modules/servers/trustocean/lang/english.php',
            'modules/servers/trustocean/templates/configure.tpl',
            'modules/servers/trustocean/shim.php',
            'modules/servers/trustocean/%2e%2e/%2e%2e/%2e%2e/tests/whmcs/init.php',
            'assets/%2e%2e/%2e%2e/init.php',
            'assets/vendor/jquery/%2e%2e/%2e%2e/%2e%2e/init.php',
        ];
        foreach ($paths as $path) {
            $page = $browser->get($path);
            self::assertStringNotContainsString('<?php', $page->body, $path);
            self::assertStringNotContainsString('function trustocean_', $page->body, $path);
            self::assertStringNotContainsString('declare(strict_types=1)', $page->body, $path);
            self::assertStringNotContainsString('{$', $page->body, "{$path}: no template source");
            if ($path !== 'modules/servers/trustocean/shim.php') {
                self::assertSame(404, $page->status, $path);
            }
        }
    }

    /** @return array<string, mixed> the service and its module record, to compare before and after */
    private static function snapshot(int $serviceId): array
    {
        return [
            'service' => (array) Capsule::table('tblhosting')->where('id', $serviceId)->first(),
            'order' => self::standIn()->orderRow($serviceId),
        ];
    }
}
