<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Client;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * clientarea.php (action=services): the client's services with their status.
 */
final class ServicesPage
{
    public function handle(Request $request): bool
    {
        $clientId = ClientGuard::client();
        if ($clientId === null) {
            return true;
        }
        $services = Capsule::table('tblhosting')
            ->join('tblproducts', 'tblproducts.id', '=', 'tblhosting.packageid')
            ->where('tblhosting.userid', $clientId)
            ->orderBy('tblhosting.id')
            ->get(['tblhosting.id', 'tblproducts.name', 'tblhosting.domain', 'tblhosting.domainstatus', 'tblhosting.billingcycle', 'tblhosting.nextduedate'])
            ->all();
        return Response::html((new Layout())->page('client/services', ['services' => $services], Lang::get('services.title')));
    }
}
