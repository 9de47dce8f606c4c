<?php

/**
 * The router of `php -S`: serves the stand-in's pages at the paths WHMCS uses (clientarea.php,
 * upgrade.php, index.php?m=, admin/clientsservices.php, admin/addonmodules.php, ...), the
 * modules' public files, and the vendored Bootstrap and jQuery from Debian's packages.
 */

declare(strict_types=1);

require dirname(__DIR__) . '/src/WhmcsStandIn/Web/StaticFiles.php';

$path = rawurldecode((string) parse_url((string) ($_SERVER['REQUEST_URI'] ?? '/'), PHP_URL_PATH));

// WHMCS_BASE_PATH=/billing answers as a WHMCS installed in that sub-folder would: only paths
// under it exist, and the rest of the routing sees them from the installation's root.
$basePath = rtrim((string) getenv('WHMCS_BASE_PATH'), '/');
if ($basePath !== '') {
    if ($path !== $basePath && !str_starts_with($path, $basePath . '/')) {
        http_response_code(404);
        echo 'Not Found';
        return true;
    }
    $path = substr($path, strlen($basePath)) ?: '/';
}
if (WhmcsStandIn\Web\StaticFiles::serve($path, dirname(__DIR__))) {
    return true;
}

require dirname(__DIR__) . '/init.php';

(new WhmcsStandIn\Web\Router())->handle($path);
