<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database\Migrations;

use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Schema\Builder;
use TrustOcean\Whmcs\Database\Migration;
use TrustOcean\Whmcs\Database\Settings;

/**
 * Version 4: mod_trustocean_settings, the module's own settings and records (the push key pair,
 * the last push received). Kept apart from tbladdonmodules, which WHMCS rewrites when the addon's
 * configuration is saved.
 */
final class CreateSettingsTable implements Migration
{
    public function version(): int
    {
        return 4;
    }

    public function up(Builder $schema): void
    {
        if ($schema->hasTable(Settings::TABLE)) {
            return;
        }
        $schema->create(Settings::TABLE, static function (Blueprint $table): void {
            $table->increments('id');
            $table->string('name', 191)->unique();
            $table->mediumText('value');
            $table->bigInteger('updated_at');
        });
    }
}
