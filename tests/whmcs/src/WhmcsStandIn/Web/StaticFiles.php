<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web;

/**
 * Static files, answered before WHMCS boots: the stand-in's own CSS, Bootstrap 4 and jQuery from
 * Debian's libjs-bootstrap4 and libjs-jquery, and the non-PHP files under modules/ (a module's
 * assets). Nothing is loaded from the internet.
 */
final class StaticFiles
{
    private const TYPES = [
        'css' => 'text/css; charset=utf-8',
        'js' => 'text/javascript; charset=utf-8',
        'json' => 'application/json',
        'map' => 'application/json',
        'png' => 'image/png',
        'svg' => 'image/svg+xml',
        'gif' => 'image/gif',
        'ico' => 'image/x-icon',
        'woff' => 'font/woff',
        'woff2' => 'font/woff2',
    ];

    public static function serve(string $path, string $standInDir): bool
    {
        $roots = [
            '/assets/vendor/bootstrap/' => '/usr/share/javascript/bootstrap4/',
            '/assets/vendor/jquery/' => '/usr/share/javascript/jquery/',
            '/assets/' => $standInDir . '/public/assets/',
            '/modules/' => self::modulesDir($standInDir) . '/',
        ];
        foreach ($roots as $prefix => $root) {
            if (!str_starts_with($path, $prefix)) {
                continue;
            }
            $relative = substr($path, strlen($prefix));
            $file = realpath($root . $relative);
            $extension = strtolower(pathinfo($path, PATHINFO_EXTENSION));
            // Debian's libjs-bootstrap4 links its files into the nodejs package: for the packages'
            // folders a path without `..` is inside; elsewhere the resolved file must be.
            $inside = str_starts_with($prefix, '/assets/vendor/')
                ? preg_match('#(^|/)\.\.(/|$)#', $relative) !== 1
                : $file !== false && str_starts_with($file, realpath($root) . '/');
            if ($file === false || !$inside || !is_file($file) || !isset(self::TYPES[$extension])) {
                // A module's PHP entry points (its push receiver) are pages, not files.
                return false;
            }
            header('Content-Type: ' . self::TYPES[$extension]);
            header('Content-Length: ' . filesize($file));
            header('X-Content-Type-Options: nosniff');
            readfile($file);
            return true;
        }
        return false;
    }

    private static function modulesDir(string $standInDir): string
    {
        $configured = getenv('WHMCS_MODULES_DIR');
        return is_string($configured) && $configured !== '' ? rtrim($configured, '/') : dirname($standInDir, 2) . '/whmcs-module/modules';
    }
}
