<?php

/**
 * The stand-in's init.php: what WHMCS's own init.php gives a module, in the same order.
 *
 * Defines WHMCS and ROOTDIR, loads WHMCS's libraries (Illuminate Database, Smarty), opens the
 * database as WHMCS\Database\Capsule, creates the core tables that are missing, and defines the
 * global functions modules call (logModuleCall, localAPI, add_hook, encrypt, ...). Module hooks
 * (hooks.php of every server and addon module) are loaded last, as WHMCS loads them on every
 * page. Requiring it twice is harmless.
 */

declare(strict_types=1);

use WhmcsStandIn\Boot;

if (!defined('WHMCS')) {
    define('WHMCS', true);
}

// The module's crash points (TrustOcean\Whmcs\Testing\FaultPoints) fire only in a stand-in
// served for a crash test; WHMCS itself never defines this.
if (!defined('TRUSTOCEAN_TESTING') && (string) getenv('TRUSTOCEAN_CRASH_AT') !== '') {
    define('TRUSTOCEAN_TESTING', true);
}

require_once '/usr/share/php/Illuminate/Database/autoload.php';
require_once '/usr/share/php/smarty4/bootstrap.php';

spl_autoload_register(static function (string $class): void {
    foreach (['WhmcsStandIn\\', 'WHMCS\\'] as $prefix) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = __DIR__ . '/src/' . str_replace('\\', '/', $class) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});

require_once __DIR__ . '/includes/functions.php';

Boot::once();
