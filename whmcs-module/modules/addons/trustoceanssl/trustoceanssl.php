<?php

/**
 * TrustOcean SSL addon: the reseller's side of the module. Admins get the order list, the system
 * status, the push key pair TrustOcean seals its notifications with, and the settings (the API
 * account for products without a server among them); customers get "My SSL certificates".
 *
 * The functions below are what WHMCS calls; each hands the call to the php-shim classes
 * (TrustOcean\Whmcs\Addon\...), shared with the server module in modules/servers/trustocean.
 *
 * @see https://developers.whmcs.com/addon-modules/
 */

declare(strict_types=1);

use TrustOcean\Whmcs\Addon\Addon;
use TrustOcean\Whmcs\Addon\Data\ModuleData;
use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\AdminArea;
use TrustOcean\Whmcs\Addon\AdminRequest;
use TrustOcean\Whmcs\Addon\Client\ClientOrdersPage;
use TrustOcean\Whmcs\Addon\Download;
use TrustOcean\Whmcs\Addon\Html;
use TrustOcean\Whmcs\Log\ModuleLog;

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

require_once dirname(__DIR__, 2) . '/servers/trustocean/shim.php';

/**
 * Called by WHMCS whenever it lists or loads the addon: its name, description and version. It
 * declares no settings fields; the settings are on the addon's own Settings tab.
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
 * Called by WHMCS when the admin deactivates the addon. Orders, settings and the push key stay
 * (certificates keep working, and a later activation finds everything as it was), unless the
 * admin chose on the Data page to drop the module's tables.
 *
 * @return array{status: string, description: string}
 */
function trustoceanssl_deactivate()
{
    $addon = new Addon(__DIR__);
    try {
        $data = new ModuleData();
        if (!$data->dropOnDeactivate()) {
            return ['status' => 'success', 'description' => $addon->lang()->get('addon.deactivated')];
        }
        $data->drop();
        return ['status' => 'success', 'description' => $addon->lang()->get('addon.deactivated_dropped')];
    } catch (Throwable $error) {
        return ['status' => 'error', 'description' => $addon->lang()->get('addon.failed', ['reason' => $error->getMessage()])];
    }
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
 * Called by WHMCS when an admin opens Addons > TrustOcean SSL; what it echoes goes into WHMCS's
 * admin layout: tabs for the orders, the system status, the push key and the settings, chosen
 * by the `page` query value. The orders' CSV export ends the request with the file instead.
 *
 * @param array<string, mixed> $vars modulelink, version, _lang
 */
function trustoceanssl_output($vars)
{
    $lang = new AddonLang(is_array($vars['_lang'] ?? null) ? $vars['_lang'] : []);
    if (!extension_loaded('trustocean')) {
        echo Html::alert('danger', $lang->get('addon.extension_missing'));
        return;
    }

    try {
        (new Addon(__DIR__))->serverModule()->migrate();
        $answer = (new AdminArea($lang))->handle(AdminRequest::fromGlobals((string) ($vars['modulelink'] ?? '')));
        if ($answer instanceof Download) {
            $answer->send();
        }
        echo $answer;
    } catch (Throwable $error) {
        // A token typed into the settings form is the only secret of the request in plain text.
        $typedToken = is_string($_POST['api_token'] ?? null) ? $_POST['api_token'] : '';
        (new ModuleLog())->writeFailure(__FUNCTION__, ['page' => is_string($_GET['page'] ?? null) ? $_GET['page'] : ''], $error, [$typedToken]);
        echo Html::alert('danger', $lang->get('addon.page_failed'));
    }
}

/**
 * Called by WHMCS for index.php?m=trustoceanssl in the client area: "My SSL certificates", the
 * logged-in client's own certificate orders, searchable by domain. WHMCS asks for a login before
 * it renders the page (requirelogin).
 *
 * @param array<string, mixed> $vars modulelink, _lang
 *
 * @return array<string, mixed> pagetitle, breadcrumb, templatefile, requirelogin, vars
 */
function trustoceanssl_clientarea($vars)
{
    $lang = new AddonLang(is_array($vars['_lang'] ?? null) ? $vars['_lang'] : []);
    $page = new ClientOrdersPage($lang, (string) ($vars['modulelink'] ?? 'index.php?m=' . Addon::NAME));
    $clientId = (int) ($_SESSION['uid'] ?? 0);

    try {
        (new Addon(__DIR__))->serverModule()->migrate();
        $query = static fn (string $name): string => is_string($_GET[$name] ?? null) ? trim($_GET[$name]) : '';
        return $page->page($clientId > 0 ? $clientId : null, $query, time());
    } catch (Throwable $error) {
        (new ModuleLog())->writeFailure(__FUNCTION__, ['userid' => $clientId], $error, []);
        return $page->failure();
    }
}
