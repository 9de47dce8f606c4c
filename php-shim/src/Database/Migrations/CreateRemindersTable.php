<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database\Migrations;

use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Schema\Builder;
use TrustOcean\Whmcs\Cron\ReminderLog;
use TrustOcean\Whmcs\Database\Migration;

/**
 * Version 6: mod_trustocean_reminders, the expiry reminders sent, one row per service,
 * certificate serial and threshold, so each goes out once and a new certificate (reissue,
 * renewal) starts afresh.
 */
final class CreateRemindersTable implements Migration
{
    public function version(): int
    {
        return 6;
    }

    public function up(Builder $schema): void
    {
        if ($schema->hasTable(ReminderLog::TABLE)) {
            return;
        }
        $schema->create(ReminderLog::TABLE, static function (Blueprint $table): void {
            $table->increments('id');
            $table->unsignedInteger('service_id');
            $table->string('serial', 128);
            $table->unsignedInteger('threshold');
            $table->bigInteger('sent_at');
            $table->unique(['service_id', 'serial', 'threshold']);
        });
    }
}
