<?php

/**
 * TrustOcean SSL addon: the reseller's side of the module. It holds the TrustOcean API account
 * for products without a server, and the push key pair TrustOcean seals its notifications with.
 *
 * The functions below are what WHMCS calls; each hands the call to the php-shim classes
 * (TrustOcean\Whmcs\Addon\...), shared with the server module in modules/servers/trustocean.
 *
 * @see https://developers.whmcs.com/addon-modules/
 */

declare(strict_types=1);

use TrustOcean\Whmcs\Addon\Addon;
use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\PushKeyPage;

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

require_once dirname(__DIR__, 2) . '/servers/trustocean/shim.php';

/**
 * The addon's name, description and settings, read by WHMCS on the addon configuration page.
 *
 * @return array<string, mixed>
 */
function trustoceanssl_config()
{
    return (new Addon(__DIR__))->config();
}

/**
 * Called by WHMCS when the admin activates the addon: creates the module's tables.
 *
 * @return array{status: string, description: string}
 */
function trustoceanssl_activate()
{
    $addon = new Addon(__DIR__);
    try {
        $addon->serverModule()->migrate();
        return ['status' => 'success', 'description' => $addon->lang()->get('addon.activated')];
    } catch (Throwable $error) {
        return ['status' => 'error', 'description' => $addon->lang()->get('addon.failed', ['reason' => $error->getMessage()])];
    }
}

/**
 * Called by WHMCS when the admin deactivates the addon. Orders and the push key stay: certificates
 * keep working, and a later activation finds everything as it was.
 *
 * @return array{status: string, description: string}
 */
function trustoceanssl_deactivate()
{
    return ['status' => 'success', 'description' => (new Addon(__DIR__))->lang()->get('addon.deactivated')];
}

/**
 * Called by WHMCS when the installed version differs from the one _config declares: brings the
 * tables up to date (migrations are versioned and idempotent).
 *
 * @param array<string, mixed> $vars
 */
function trustoceanssl_upgrade($vars)
{
    (new Addon(__DIR__))->serverModule()->migrate();
}

/**
 * The addon's admin page (Addons > TrustOcean SSL), echoed into WHMCS's admin layout: the push
 * settings, with generating or importing the push key pair.
 *
 * @param array<string, mixed> $vars modulelink, version, _lang and the settings
 */
function trustoceanssl_output($vars)
{
    $lang = new AddonLang(is_array($vars['_lang'] ?? null) ? $vars['_lang'] : []);
    if (!extension_loaded('trustocean')) {
        echo '<div class="alert alert-danger">' . htmlspecialchars($lang->get('addon.extension_missing'), ENT_QUOTES) . '</div>';
        return;
    }
    (new Addon(__DIR__))->serverModule()->migrate();
    $page = new PushKeyPage($lang, (string) ($vars['modulelink'] ?? ''));

    $message = null;
    if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
        $message = check_token('WHMCS.admin.default')
            ? $page->act($_POST, time())
            : ['error', $lang->get('push.token_invalid')];
    }
    echo $page->render($message, generate_token('form'));
}
