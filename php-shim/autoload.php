<?php

/**
 * PSR-4 autoloader of the WHMCS glue classes (namespace TrustOcean\Whmcs\ in src/).
 *
 * The WHMCS module files require this file once; nothing else is loaded eagerly.
 */

declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
    $prefix = 'TrustOcean\\Whmcs\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
