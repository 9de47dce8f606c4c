<?php

/**
 * Hooks of the TrustOcean SSL addon, which WHMCS loads on every page while the addon is active.
 *
 * @see https://developers.whmcs.com/hooks/
 */

declare(strict_types=1);

use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\Client\CertificatesMenu;
use WHMCS\View\Menu\Item;

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

/*
 * Called by WHMCS when it builds the client area's primary navigation bar: adds "My SSL
 * certificates" under Services. A hook that fails would break every client area page, so a
 * failure here only leaves the link out (each certificate is still reached from its service).
 */
add_hook('ClientAreaPrimaryNavbar', 1, static function (Item $primaryNavbar): void {
    try {
        require_once dirname(__DIR__, 2) . '/servers/trustocean/shim.php';
        CertificatesMenu::add($primaryNavbar, AddonLang::forSession(__DIR__ . '/lang'));
    } catch (Throwable) {
        return;
    }
});
