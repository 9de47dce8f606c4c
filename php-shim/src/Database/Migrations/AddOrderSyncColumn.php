<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database\Migrations;

use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Schema\Builder;
use TrustOcean\Whmcs\Database\Migration;
use TrustOcean\Whmcs\Order\OrderRepository;

/**
 * Version 3: mod_trustocean_orders.synced_at, when a push last made the module fetch the order
 * (the per-order push rate limit claims it with a compare-and-set).
 */
final class AddOrderSyncColumn implements Migration
{
    public function version(): int
    {
        return 3;
    }

    public function up(Builder $schema): void
    {
        if ($schema->hasColumn(OrderRepository::TABLE, 'synced_at')) {
            return;
        }
        $schema->table(OrderRepository::TABLE, static function (Blueprint $table): void {
            $table->bigInteger('synced_at')->nullable();
        });
    }
}
