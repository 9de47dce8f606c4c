<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Admin;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\AddonModule;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * admin/index.php: every service with its client, product and status, and the addons.
 */
final class AdminHomePage
{
    public function handle(Request $request): bool
    {
        if (AdminGuard::admin() === null) {
            return true;
        }
        $services = Capsule::table('tblhosting')
            ->join('tblproducts', 'tblproducts.id', '=', 'tblhosting.packageid')
            ->join('tblclients', 'tblclients.id', '=', 'tblhosting.userid')
            ->orderBy('tblhosting.id')
            ->get(['tblhosting.id', 'tblhosting.userid', 'tblhosting.domain', 'tblhosting.domainstatus', 'tblproducts.name', 'tblclients.firstname', 'tblclients.lastname', 'tblclients.companyname'])
            ->all();
        return Response::html((new Layout())->page('admin/index', [
            'services' => $services,
            'addons' => AddonModule::installed(),
        ], Lang::get('admin.home.title'), 'admin'));
    }
}
