<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database\Migrations;

use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Schema\Builder;
use TrustOcean\Whmcs\Database\Cache;
use TrustOcean\Whmcs\Database\Migration;

/**
 * Version 2: mod_trustocean_cache, small values that expire (the TrustOcean product list).
 */
final class CreateCacheTable implements Migration
{
    public function version(): int
    {
        return 2;
    }

    public function up(Builder $schema): void
    {
        if ($schema->hasTable(Cache::TABLE)) {
            return;
        }
        $schema->create(Cache::TABLE, static function (Blueprint $table): void {
            $table->increments('id');
            // 191 characters: the longest unique index MariaDB allows on utf8mb4 with old row formats.
            $table->string('key', 191)->unique();
            $table->mediumText('value');
            $table->bigInteger('expires_at');
        });
    }
}
