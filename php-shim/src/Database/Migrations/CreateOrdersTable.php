<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database\Migrations;

use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Schema\Builder;
use TrustOcean\Whmcs\Database\Migration;
use TrustOcean\Whmcs\Order\OrderRepository;

/**
 * Version 1: mod_trustocean_orders, one row per WHMCS service holding its order record.
 *
 * Lists and maps are JSON text; times are unix seconds. No foreign keys to WHMCS core tables,
 * so WHMCS upgrades and service deletions never fail because of this table.
 */
final class CreateOrdersTable implements Migration
{
    public function version(): int
    {
        return 1;
    }

    public function up(Builder $schema): void
    {
        if ($schema->hasTable(OrderRepository::TABLE)) {
            return;
        }
        $schema->create(OrderRepository::TABLE, static function (Blueprint $table): void {
            $table->increments('id');
            $table->unsignedInteger('service_id')->unique();
            $table->string('state', 32);
            $table->boolean('suspended')->default(false);
            $table->string('remote_status', 64)->nullable();
            $table->unsignedBigInteger('trustocean_id')->nullable()->index();
            $table->string('unique_id', 32)->nullable();
            $table->string('vendor_id', 64)->nullable();
            $table->string('certificate_id', 64)->nullable();
            $table->mediumText('csr')->nullable();
            $table->string('key_source', 16)->nullable();
            $table->mediumText('domains');
            $table->mediumText('dcv');
            $table->string('contact_email', 254)->nullable();
            $table->text('organization')->nullable();
            $table->mediumText('certificate')->nullable();
            $table->mediumText('chain')->nullable();
            $table->bigInteger('valid_from')->nullable();
            $table->bigInteger('valid_to')->nullable();
            $table->string('serial', 128)->nullable();
            $table->boolean('renew')->default(false);
            $table->boolean('reissuing')->default(false);
            $table->bigInteger('dcv_retried_at')->nullable();
            $table->bigInteger('checked_at')->nullable();
            $table->string('refund_status', 32)->nullable();
            $table->unsignedInteger('domain_quota')->default(1);
            $table->mediumText('previous')->nullable();
            // WHMCS encrypt()ed PEM; only for keys the server generated.
            $table->text('private_key')->nullable();
            $table->bigInteger('created_at');
            $table->bigInteger('updated_at');
        });
    }
}
