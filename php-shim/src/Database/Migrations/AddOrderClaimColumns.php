<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database\Migrations;

use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Schema\Builder;
use TrustOcean\Whmcs\Database\Migration;
use TrustOcean\Whmcs\Order\OrderRepository;

/**
 * Version 8: what keeps one service to one order. mod_trustocean_orders.version, counted up by
 * every change and checked by it (compare-and-set), so concurrent requests never overwrite each
 * other; pending and pending_since, the action recorded before its call to TrustOcean, so a
 * crash or a lost answer is settled by asking, never by ordering again.
 */
final class AddOrderClaimColumns implements Migration
{
    public function version(): int
    {
        return 8;
    }

    public function up(Builder $schema): void
    {
        if ($schema->hasColumn(OrderRepository::TABLE, 'version')) {
            return;
        }
        $schema->table(OrderRepository::TABLE, static function (Blueprint $table): void {
            $table->unsignedBigInteger('version')->default(0);
            $table->string('pending', 32)->nullable();
            $table->bigInteger('pending_since')->nullable();
        });
    }
}
