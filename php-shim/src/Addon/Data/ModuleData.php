<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Data;

use TrustOcean\Whmcs\Cron\ReminderLog;
use TrustOcean\Whmcs\Database\Cache;
use TrustOcean\Whmcs\Database\Migrator;
use TrustOcean\Whmcs\Database\Settings;
use TrustOcean\Whmcs\Order\OrderRepository;
use WHMCS\Database\Capsule;

/**
 * The module's own tables, and the reseller's choice of what happens to them when the addon is
 * deactivated: kept (the default: certificates keep working, a later activation finds
 * everything) or dropped.
 */
final class ModuleData
{
    /** The setting holding the choice: '1' to drop the tables on deactivation. */
    public const DROP_ON_DEACTIVATE = 'deactivation.drop_tables';

    private const TABLES = [OrderRepository::TABLE, ReminderLog::TABLE, Cache::TABLE, Settings::TABLE, Migrator::TABLE];

    public function __construct(private readonly Settings $settings = new Settings())
    {
    }

    public function dropOnDeactivate(): bool
    {
        return Capsule::schema()->hasTable(Settings::TABLE) && $this->settings->get(self::DROP_ON_DEACTIVATE) === '1';
    }

    public function chooseDropOnDeactivate(bool $drop, int $now): void
    {
        $this->settings->put(self::DROP_ON_DEACTIVATE, $drop ? '1' : '0', $now);
    }

    /** Drops every table of the module; WHMCS's own tables and e-mail templates stay. */
    public function drop(): void
    {
        foreach (self::TABLES as $table) {
            Capsule::schema()->dropIfExists($table);
        }
    }
}
