<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web;

use Throwable;
use WhmcsStandIn\Host;
use WhmcsStandIn\Web\Admin\AddonAdminPage;
use WhmcsStandIn\Web\Admin\AdminAuthPage;
use WhmcsStandIn\Web\Admin\AdminHomePage;
use WhmcsStandIn\Web\Admin\ModuleLogPage;
use WhmcsStandIn\Web\Admin\ServicePage;
use WhmcsStandIn\Web\Client\AddonClientPage;
use WhmcsStandIn\Web\Client\ClientAuthPage;
use WhmcsStandIn\Web\Client\ProductDetailsPage;
use WhmcsStandIn\Web\Client\ServicesPage;
use WhmcsStandIn\Web\Client\UpgradePage;

/**
 * Maps WHMCS's page paths to the stand-in's pages, after starting the session and applying a
 * `?language=` switch as WHMCS does on every client page.
 */
final class Router
{
    public function handle(string $path): void
    {
        Sessions::start(Host::get()->environment()->varDir . '/sessions');
        $request = Request::fromGlobals();
        if ($request->query('language') !== '') {
            Lang::switchTo($request->query('language'));
        }

        try {
            match ($path) {
                '/', '/index.php' => $request->query('m') !== ''
                    ? (new AddonClientPage())->handle($request)
                    : Response::redirect('clientarea.php'),
                '/login.php', '/dologin.php' => (new ClientAuthPage())->login($request),
                '/logout.php' => (new ClientAuthPage())->logout($request),
                '/clientarea.php' => $request->query('action') === 'productdetails'
                    ? (new ProductDetailsPage())->handle($request)
                    : (new ServicesPage())->handle($request),
                '/upgrade.php' => (new UpgradePage())->handle($request),
                '/admin', '/admin/', '/admin/index.php' => (new AdminHomePage())->handle($request),
                '/admin/login.php', '/admin/dologin.php' => (new AdminAuthPage())->login($request),
                '/admin/logout.php' => (new AdminAuthPage())->logout($request),
                '/admin/clientsservices.php' => (new ServicePage())->handle($request),
                '/admin/addonmodules.php', '/admin/configaddonmods.php' => (new AddonAdminPage())->handle($request, $path),
                '/admin/systemmodulelog.php' => (new ModuleLogPage())->handle($request),
                default => ModuleEntryPoint::run($path) || Response::notFound(),
            };
        } catch (Throwable $error) {
            // WHMCS shows an "Oops" page and logs; the stand-in does the same without the trace.
            error_log('[whmcs stand-in] ' . get_class($error) . ': ' . $error->getMessage() . ' at ' . $error->getFile() . ':' . $error->getLine());
            Response::html((new Layout())->page('error', ['message' => $error->getMessage()], Lang::get('error.title')), 500);
        }
    }
}
