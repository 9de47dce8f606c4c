<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database;

use Illuminate\Database\Schema\Blueprint;
use TrustOcean\Whmcs\Database\Migrations\AddOrderClaimColumns;
use TrustOcean\Whmcs\Database\Migrations\AddOrderSyncColumn;
use TrustOcean\Whmcs\Database\Migrations\CreateCacheTable;
use TrustOcean\Whmcs\Database\Migrations\CreateEmailTemplates;
use TrustOcean\Whmcs\Database\Migrations\CreateOrdersTable;
use TrustOcean\Whmcs\Database\Migrations\CreateRemindersTable;
use TrustOcean\Whmcs\Database\Migrations\CreateSettingsTable;
use TrustOcean\Whmcs\Database\Migrations\MoveAddonSettings;
use WHMCS\Database\Capsule;

/**
 * Brings the module's tables up to date.
 *
 * A server module has no activation hook, so every entry point runs this first; when nothing is
 * pending it costs two small queries. Applied versions are kept in mod_trustocean_migrations.
 */
final class Migrator
{
    public const TABLE = 'mod_trustocean_migrations';

    /** @param list<Migration> $migrations in version order */
    public function __construct(private readonly array $migrations)
    {
    }

    /**
     * The module's migrations, oldest first.
     *
     * @param string $langDirectory the server module's lang/ folder (e-mail templates are seeded
     *                              from it)
     */
    public static function standard(string $langDirectory): self
    {
        return new self([
            new CreateOrdersTable(),
            new CreateCacheTable(),
            new AddOrderSyncColumn(),
            new CreateSettingsTable(),
            new CreateEmailTemplates($langDirectory),
            new CreateRemindersTable(),
            new MoveAddonSettings(),
            new AddOrderClaimColumns(),
        ]);
    }

    /**
     * Applies every migration that is not recorded yet.
     *
     * @return list<int> the versions applied by this call
     */
    public function migrate(): array
    {
        $schema = Capsule::schema();
        if (!$schema->hasTable(self::TABLE)) {
            $schema->create(self::TABLE, static function (Blueprint $table): void {
                $table->unsignedInteger('version')->primary();
                $table->unsignedBigInteger('applied_at');
            });
        }

        $done = array_map('intval', Capsule::table(self::TABLE)->pluck('version')->all());
        $applied = [];
        foreach ($this->migrations as $migration) {
            if (in_array($migration->version(), $done, true)) {
                continue;
            }
            $migration->up($schema);
            // insertOrIgnore: a concurrent request may have recorded the same version meanwhile.
            Capsule::table(self::TABLE)->insertOrIgnore([
                'version' => $migration->version(),
                'applied_at' => time(),
            ]);
            $applied[] = $migration->version();
        }
        return $applied;
    }
}
