<?php

/**
 * The module's WHMCS hooks, loaded by WHMCS on every page: the automation work on WHMCS's own
 * cron. AfterCronJob (every cron run) syncs the orders still in flight with TrustOcean;
 * DailyCronJob sends the expiry reminders and marks certificates past their end as expired.
 */

declare(strict_types=1);

use TrustOcean\Whmcs\Cron\CronRunner;
use TrustOcean\Whmcs\Module;

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

require_once __DIR__ . '/shim.php';

add_hook('AfterCronJob', 1, static function (): void {
    (new CronRunner(new Module(__DIR__)))->syncOrders(time());
});

add_hook('DailyCronJob', 1, static function (): void {
    (new CronRunner(new Module(__DIR__)))->sendReminders(time());
});
