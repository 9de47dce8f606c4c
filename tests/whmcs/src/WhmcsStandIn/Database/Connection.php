<?php

declare(strict_types=1);

namespace WhmcsStandIn\Database;

use WHMCS\Database\Capsule;

/**
 * Opens the database named by WHMCS_DB and installs it as the global Capsule.
 *
 * Calling open() again replaces the global connection, which is how tests move to a fresh
 * database without starting a new PHP process.
 */
final class Connection
{
    /** Milliseconds SQLite waits for a lock held by the web server process before failing. */
    private const SQLITE_BUSY_TIMEOUT_MS = 5000;

    public static function open(string $url): Capsule
    {
        $config = DatabaseUrl::toConnectionConfig($url);
        if ($config['driver'] === 'sqlite') {
            self::ensureSqliteFile($config['database']);
        }

        $capsule = new Capsule();
        $capsule->addConnection($config);
        $capsule->setAsGlobal();
        $capsule->bootEloquent();

        if ($config['driver'] === 'sqlite') {
            $capsule->getConnection()->statement('PRAGMA busy_timeout = ' . self::SQLITE_BUSY_TIMEOUT_MS);
        }
        return $capsule;
    }

    private static function ensureSqliteFile(string $path): void
    {
        $directory = dirname($path);
        if (!is_dir($directory) && !mkdir($directory, 0700, true) && !is_dir($directory)) {
            throw new \RuntimeException("cannot create the database folder {$directory}");
        }
        if (!is_file($path)) {
            touch($path);
            chmod($path, 0600);
        }
    }
}
