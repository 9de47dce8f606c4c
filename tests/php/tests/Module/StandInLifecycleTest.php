<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use DateTimeImmutable;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Cron\Cron;
use WhmcsStandIn\Lifecycle\CommandResult;

/**
 * What WHMCS does around module commands (ServiceCommands): the Pre/After hooks, the status
 * change and activity log line on success only, "success" as the only successful answer, the
 * next due date moved by the billing cycle when a renewal is paid; and the automation run
 * (Cron::run) with PreCronJob and AfterCronJob every time and DailyCronJob once per day.
 */
final class StandInLifecycleTest extends ModuleTestCase
{
    private const WATCHED_POINTS = [
        'PreModuleCreate', 'AfterModuleCreate', 'AfterModuleCreateFailed',
        'PreModuleSuspend', 'AfterModuleSuspend', 'AfterModuleSuspendFailed',
        'PreModuleUnsuspend', 'AfterModuleUnsuspend', 'AfterModuleUnsuspendFailed',
        'PreModuleRenew', 'AfterModuleRenew', 'AfterModuleRenewFailed',
        'AfterModuleCustom',
    ];

    /** @var array<int, list<array{point: string, vars: array<string, mixed>}>> hook calls by watched service */
    private static array $events = [];

    /** @var list<string> cron hook points in the order they ran, while $cronArmed */
    private static array $cronRuns = [];

    private static bool $cronArmed = false;

    private static bool $hooksAdded = false;

    public function testSuspendSetsTheStatusAndReasonAndRunsTheHooks(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        self::watch($serviceId);
        $reason = 'Stand-in test suspension ' . bin2hex(random_bytes(3));

        $result = self::standIn()->commands()->suspend($serviceId, $reason);

        self::assertTrue($result->success, $result->message);
        self::assertSame('success', $result->message);
        $row = Capsule::table('tblhosting')->where('id', $serviceId)->first();
        self::assertSame('Suspended', $row->domainstatus);
        self::assertSame($reason, $row->suspendreason);
        self::assertSame(['PreModuleSuspend', 'AfterModuleSuspend'], self::points($serviceId));
        self::assertSame($reason, self::$events[$serviceId][0]['vars']['params']['suspendreason'], 'the module is told why');
        self::assertSame('trustocean', self::$events[$serviceId][0]['vars']['params']['moduletype']);
        self::assertSame(1, Capsule::table('tblactivitylog')->where('description', "Module Suspend Successful - Service ID: {$serviceId}")->where('userid', self::standIn()->seed->clients[0]['id'])->count());
    }

    public function testUnsuspendMakesTheServiceActiveAgain(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        self::assertTrue(self::standIn()->commands()->suspend($serviceId)->success);
        self::assertSame('Overdue on Payment', Capsule::table('tblhosting')->where('id', $serviceId)->value('suspendreason'), "WHMCS's default reason");
        self::watch($serviceId);

        $result = self::standIn()->commands()->unsuspend($serviceId);

        self::assertTrue($result->success, $result->message);
        $row = Capsule::table('tblhosting')->where('id', $serviceId)->first();
        self::assertSame('Active', $row->domainstatus);
        self::assertSame('', $row->suspendreason);
        self::assertSame(['PreModuleUnsuspend', 'AfterModuleUnsuspend'], self::points($serviceId));
    }

    public function testAFailingModuleCommandChangesNoStatusAndRunsTheFailedHook(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        self::assertTrue(self::standIn()->commands()->suspend($serviceId)->success);
        self::watch($serviceId);

        // The module refuses a second CreateAccount: the service already has its order.
        $result = self::standIn()->commands()->createAccount($serviceId);

        self::assertFalse($result->success);
        self::assertNotSame('success', $result->message);
        self::assertNotSame('', $result->message);
        self::assertSame('Suspended', self::standIn()->serviceStatus($serviceId), 'a failed Create does not make the service Active');
        self::assertSame(['PreModuleCreate', 'AfterModuleCreateFailed'], self::points($serviceId));
        self::assertSame($result->message, self::$events[$serviceId][1]['vars']['failureResponseMessage']);
        self::assertSame(1, Capsule::table('tblactivitylog')->where('description', "Module Create Failed - Service ID: {$serviceId} - Error: {$result->message}")->count());
    }

    public function testOnlyTheStringSuccessIsASuccessfulResult(): void
    {
        self::assertTrue(CommandResult::from('success')->success);
        foreach (['null' => null, 'empty string' => '', 'capitalised' => 'Success', 'padded' => ' success', 'true' => true, 'one' => 1, 'array' => ['success'], 'page array' => ['templatefile' => 'x']] as $label => $returned) {
            $result = CommandResult::from($returned);
            self::assertFalse($result->success, $label);
            self::assertNotSame('', $result->message, "{$label}: a failure says what was returned");
        }
        self::assertSame('The certificate authority is down', CommandResult::from('The certificate authority is down')->message, 'an error string is the message');
        self::assertStringContainsString('null', CommandResult::from(null)->message);
        self::assertStringContainsString('array', CommandResult::from(['success'])->message);
    }

    public function testAnAdminCommandTheModuleDoesNotListIsRefused(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        self::watch($serviceId);

        foreach (['TerminateAccount', 'configure', 'standInNoSuchButton'] as $function) {
            $result = self::standIn()->commands()->custom($serviceId, $function);
            self::assertFalse($result->success, $function);
            self::assertStringContainsString($function, $result->message);
        }
        self::assertSame('Active', self::standIn()->serviceStatus($serviceId));
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state'] ?? null);
        self::assertSame([], self::points($serviceId), 'no module function ran');
    }

    public function testAPaidRenewalMovesTheNextDueDateByTheBillingCycle(): void
    {
        $cases = ['Annually' => '2031-01-15', 'Quarterly' => '2030-04-15', 'Monthly' => '2030-02-15', 'Semi-Annually' => '2030-07-15', 'Biennially' => '2032-01-15'];
        foreach ($cases as $cycle => $expected) {
            // The cycle is set after the order: the module sells some cycles only.
            $serviceId = self::standIn()->order('dv_single');
            Capsule::table('tblhosting')->where('id', $serviceId)->update(['billingcycle' => $cycle, 'nextduedate' => '2030-01-15', 'nextinvoicedate' => '2030-01-15']);
            self::watch($serviceId);

            self::standIn()->commands()->renewalPaid($serviceId);

            $row = Capsule::table('tblhosting')->where('id', $serviceId)->first();
            self::assertSame($expected, substr((string) $row->nextduedate, 0, 10), $cycle);
            self::assertSame($expected, substr((string) $row->nextinvoicedate, 0, 10), $cycle);
            self::assertSame('PreModuleRenew', self::points($serviceId)[0] ?? null, "{$cycle}: the module's Renew ran");
        }
    }

    public function testARenewalOfAOneTimeServiceKeepsItsDueDate(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        Capsule::table('tblhosting')->where('id', $serviceId)->update(['billingcycle' => 'One Time', 'nextduedate' => '2030-01-15']);

        self::standIn()->commands()->renewalPaid($serviceId);

        self::assertSame('2030-01-15', substr((string) Capsule::table('tblhosting')->where('id', $serviceId)->value('nextduedate'), 0, 10));
    }

    public function testCronRunsPreAndAfterEveryTimeAndTheDailyJobOncePerDay(): void
    {
        self::standIn();
        self::addHooks();
        // A day no other run has used yet, and the day after it.
        $day = (new DateTimeImmutable('today'))->modify('+' . random_int(5000, 50000) . ' days');
        $today = $day->format('Y-m-d');
        $tomorrow = $day->modify('+1 day')->format('Y-m-d');
        $cron = new Cron();

        self::$cronRuns = [];
        self::$cronArmed = true;
        try {
            self::assertSame(['PreCronJob', 'DailyCronJob', 'AfterCronJob'], $cron->run($today));
            self::assertSame(['PreCronJob', 'DailyCronJob', 'AfterCronJob'], self::$cronRuns, 'the hooks ran, in this order');

            self::$cronRuns = [];
            self::assertSame(['PreCronJob', 'AfterCronJob'], $cron->run($today), 'the daily job ran already today');
            self::assertSame(['PreCronJob', 'AfterCronJob'], self::$cronRuns);

            self::$cronRuns = [];
            self::assertSame(['PreCronJob', 'DailyCronJob', 'AfterCronJob'], $cron->run($tomorrow));
            self::assertSame(['PreCronJob', 'DailyCronJob', 'AfterCronJob'], self::$cronRuns);
        } finally {
            self::$cronArmed = false;
        }
        $lastDaily = (string) Capsule::table('tblconfiguration')->where('setting', 'lastDailyCronInvocationTime')->value('value');
        self::assertStringStartsWith($tomorrow, $lastDaily);
        self::assertNotSame('', (string) Capsule::table('tblconfiguration')->where('setting', 'lastCronInvocationTime')->value('value'));
    }

    /** Records the hook calls of one service from now on. */
    private static function watch(int $serviceId): void
    {
        self::addHooks();
        self::$events[$serviceId] = [];
    }

    /** @return list<string> the hook points that ran for a watched service */
    private static function points(int $serviceId): array
    {
        return array_column(self::$events[$serviceId] ?? [], 'point');
    }

    /**
     * Adds the recording hooks once per process. They stay registered (WHMCS has no
     * remove_hook), so they record only watched services and armed cron runs, and return
     * nothing, which leaves every other test undisturbed.
     */
    private static function addHooks(): void
    {
        if (self::$hooksAdded) {
            return;
        }
        self::$hooksAdded = true;
        foreach (self::WATCHED_POINTS as $point) {
            add_hook($point, 0, static function (array $vars) use ($point): void {
                $serviceId = (int) ($vars['params']['serviceid'] ?? 0);
                if (isset(self::$events[$serviceId])) {
                    self::$events[$serviceId][] = ['point' => $point, 'vars' => $vars];
                }
            });
        }
        foreach (['PreCronJob', 'DailyCronJob', 'AfterCronJob'] as $point) {
            add_hook($point, 0, static function (array $vars) use ($point): void {
                if (self::$cronArmed) {
                    self::$cronRuns[] = $point;
                }
            });
        }
    }
}
