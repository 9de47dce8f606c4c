<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Client;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Auth\Session;
use WhmcsStandIn\Web\Response;

/**
 * The client area's access rules: a logged-in client, and only their own services.
 */
final class ClientGuard
{
    /** The logged-in client, or null after redirecting to the login page. */
    public static function client(): ?int
    {
        $clientId = Session::clientId();
        if ($clientId === null) {
            $page = ltrim((string) ($_SERVER['REQUEST_URI'] ?? 'clientarea.php'), '/');
            Response::redirect('login.php?goto=' . rawurlencode($page));
        }
        return $clientId;
    }

    /** The service if the client owns it. */
    public static function ownService(int $clientId, int $serviceId): ?object
    {
        return Capsule::table('tblhosting')->where('id', $serviceId)->where('userid', $clientId)->first();
    }
}
