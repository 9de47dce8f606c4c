<?php

declare(strict_types=1);

namespace WhmcsStandIn\Modules;

/**
 * Loads the hooks.php of every server and addon module, as WHMCS does on every page load (for
 * modules in use; the stand-in loads all it finds).
 */
final class ModuleHooks
{
    public static function load(string $modulesDir): void
    {
        $files = array_merge(glob($modulesDir . '/servers/*/hooks.php') ?: [], glob($modulesDir . '/addons/*/hooks.php') ?: []);
        sort($files);
        foreach ($files as $file) {
            require_once $file;
        }
    }
}
