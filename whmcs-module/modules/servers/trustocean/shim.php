<?php

/**
 * Loads the module's PHP classes (php-shim): from `php-shim/` inside this folder in an installed
 * module, or from the repository's top-level `php-shim/` when WHMCS runs from a checkout.
 */

declare(strict_types=1);

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

(static function (): void {
    $candidates = [__DIR__ . '/php-shim/autoload.php', dirname(__DIR__, 4) . '/php-shim/autoload.php'];
    foreach ($candidates as $autoload) {
        if (is_file($autoload)) {
            require_once $autoload;
            return;
        }
    }
    throw new RuntimeException('trustocean: php-shim/autoload.php is missing; install php-shim/ into ' . __DIR__);
})();
