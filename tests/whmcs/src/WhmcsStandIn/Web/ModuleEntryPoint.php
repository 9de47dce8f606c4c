<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web;

use WhmcsStandIn\Host;

/**
 * A PHP file a module exposes to the web (e.g. a push receiver at
 * modules/servers/<name>/push.php): WHMCS's web server runs it directly; here it runs after
 * init.php, so WHMCS is already defined when the file checks for it. Only files directly in a
 * module's folder count; lib/, templates/ and the like are never run from a URL.
 */
final class ModuleEntryPoint
{
    public static function run(string $path): bool
    {
        if (preg_match('#^/modules/(servers|addons)/([a-z][a-z0-9_]*)/([a-zA-Z0-9_-]+\.php)$#', $path, $match) !== 1) {
            return false;
        }
        [, $kind, $module, $file] = $match;
        if ($file === $module . '.php' || $file === 'hooks.php') {
            // The module file itself and its hooks only define functions; WHMCS never serves them.
            return false;
        }
        $script = Host::get()->environment()->modulesDir . "/{$kind}/{$module}/{$file}";
        if (!is_file($script)) {
            return false;
        }
        (static function (string $script): void {
            require $script;
        })($script);
        return true;
    }
}
