<?php

/**
 * TrustOcean's push receiver: the callback URL of every order this module places
 * (`<System URL>/modules/servers/trustocean/push.php`) and the PUSH_URL to set in the TrustOcean
 * console.
 *
 * Called by TrustOcean with a POST when an order is issued, cancelled, revoked or its refund is
 * decided. A push is only a hint: the order it names is fetched again from the API and what the
 * API says is applied. Every POST within the size limit gets the same answer, whatever its body.
 */

declare(strict_types=1);

use TrustOcean\Whmcs\Module;
use TrustOcean\Whmcs\Push\PushReceiver;
use TrustOcean\Whmcs\Push\PushRequest;

if (!defined('WHMCS')) {
    // Requested directly, as TrustOcean does: boot WHMCS from its root, three folders up.
    require_once __DIR__ . '/../../../init.php';
}
require_once __DIR__ . '/shim.php';

$request = PushRequest::fromGlobals();
$receiver = new PushReceiver(new Module(__DIR__));
$response = $receiver->answer($request);
$response->send();

if ($response->isAccepted()) {
    $receiver->process($request, time());
}
