<?php

declare(strict_types=1);

namespace WhmcsStandIn\Cron;

use WHMCS\Database\Capsule;

/**
 * One run of WHMCS's automation (crons/cron.php): the PreCronJob hook, the daily tasks once per
 * calendar day (DailyCronJob), then AfterCronJob. The stand-in has no billing, so its only daily
 * work is the modules' hooks.
 */
final class Cron
{
    /** @return list<string> what ran */
    public function run(?string $today = null): array
    {
        $today ??= date('Y-m-d');
        $ran = [];
        run_hook('PreCronJob', []);
        $ran[] = 'PreCronJob';

        $lastDaily = (string) Capsule::table('tblconfiguration')->where('setting', 'lastDailyCronInvocationTime')->value('value');
        if (substr($lastDaily, 0, 10) !== $today) {
            run_hook('DailyCronJob', []);
            Capsule::table('tblconfiguration')->updateOrInsert(['setting' => 'lastDailyCronInvocationTime'], ['value' => $today . ' ' . date('H:i:s')]);
            $ran[] = 'DailyCronJob';
        }

        run_hook('AfterCronJob', []);
        $ran[] = 'AfterCronJob';
        Capsule::table('tblconfiguration')->updateOrInsert(['setting' => 'lastCronInvocationTime'], ['value' => date('Y-m-d H:i:s')]);
        return $ran;
    }
}
