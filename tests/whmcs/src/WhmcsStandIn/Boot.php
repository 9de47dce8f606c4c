<?php

declare(strict_types=1);

namespace WhmcsStandIn;

use WhmcsStandIn\Database\Connection;
use WhmcsStandIn\Database\Schema;
use WhmcsStandIn\Modules\ModuleHooks;

/**
 * The boot sequence of init.php: environment, ROOTDIR, database, core tables, module hooks.
 */
final class Boot
{
    private static bool $booted = false;

    public static function once(): Host
    {
        if (self::$booted) {
            return Host::get();
        }
        self::$booted = true;

        $environment = Environment::fromProcess();
        if (!defined('ROOTDIR')) {
            define('ROOTDIR', $environment->whmcsRoot());
        }
        $host = Host::install($environment);
        Connection::open($environment->databaseDsn);
        Schema::migrate();
        ModuleHooks::load($environment->modulesDir);
        return $host;
    }

    /**
     * Moves the running process to another database (tests use a fresh one per test class):
     * the connection, the core tables and the services are renewed; hooks stay loaded.
     */
    public static function switchDatabase(string $databaseDsn): Host
    {
        putenv('WHMCS_DB=' . $databaseDsn);
        $host = Host::get();
        $host->rebind(Environment::fromProcess());
        Connection::open($databaseDsn);
        Schema::migrate();
        return $host;
    }
}
