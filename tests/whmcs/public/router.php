<?php

/**
 * The router of `php -S`: serves the stand-in's pages at the paths WHMCS uses (clientarea.php,
 * upgrade.php, index.php?m=, admin/clientsservices.php, admin/addonmodules.php, ...), the
 * modules' public files, and the vendored Bootstrap and jQuery from Debian's packages.
 */

declare(strict_types=1);

require dirname(__DIR__) . '/src/WhmcsStandIn/Web/StaticFiles.php';

$path = rawurldecode((string) parse_url((string) ($_SERVER['REQUEST_URI'] ?? '/'), PHP_URL_PATH));
if (WhmcsStandIn\Web\StaticFiles::serve($path, dirname(__DIR__))) {
    return true;
}

require dirname(__DIR__) . '/init.php';

(new WhmcsStandIn\Web\Router())->handle($path);
