<?php

declare(strict_types=1);

namespace WhmcsStandIn\Lifecycle;

use DateTimeImmutable;
use RuntimeException;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ModuleParams;
use WhmcsStandIn\Modules\ServerModule;
use WhmcsStandIn\Modules\ServiceOptions;

/**
 * The module commands WHMCS runs on a service, with what WHMCS does around them: the Pre/After
 * hooks, the service status change on success, the activity log line, and for renewals and
 * upgrades the billing side (next due date, new option quantity) that WHMCS applies once the
 * invoice is paid. The stand-in has no invoices: these methods are the "invoice paid" moment.
 */
final class ServiceCommands
{
    private const STATUS_AFTER = [
        'CreateAccount' => 'Active',
        'SuspendAccount' => 'Suspended',
        'UnsuspendAccount' => 'Active',
        'TerminateAccount' => 'Terminated',
    ];

    private const HOOK_NAMES = [
        'CreateAccount' => 'Create',
        'SuspendAccount' => 'Suspend',
        'UnsuspendAccount' => 'Unsuspend',
        'TerminateAccount' => 'Terminate',
        'Renew' => 'Renew',
        'ChangePackage' => 'ChangePackage',
    ];

    private const CYCLE_MONTHS = [
        'Monthly' => 1, 'Quarterly' => 3, 'Semi-Annually' => 6, 'Annually' => 12, 'Biennially' => 24, 'Triennially' => 36,
    ];

    /** Order accepted (or first payment received): the module creates the service. */
    public function createAccount(int $serviceId): CommandResult
    {
        return $this->run($serviceId, 'CreateAccount');
    }

    /** Overdue invoice or an admin: the service is suspended. */
    public function suspend(int $serviceId, string $reason = 'Overdue on Payment'): CommandResult
    {
        $result = $this->run($serviceId, 'SuspendAccount', ['suspendreason' => $reason]);
        if ($result->success) {
            Capsule::table('tblhosting')->where('id', $serviceId)->update(['suspendreason' => $reason]);
        }
        return $result;
    }

    /** Invoice paid or an admin: the suspension is lifted. */
    public function unsuspend(int $serviceId): CommandResult
    {
        $result = $this->run($serviceId, 'UnsuspendAccount');
        if ($result->success) {
            Capsule::table('tblhosting')->where('id', $serviceId)->update(['suspendreason' => '']);
        }
        return $result;
    }

    /** Cancellation request processed or an admin: the service is terminated. */
    public function terminate(int $serviceId): CommandResult
    {
        $result = $this->run($serviceId, 'TerminateAccount');
        if ($result->success) {
            Capsule::table('tblhosting')->where('id', $serviceId)->update(['termination_date' => date('Y-m-d')]);
        }
        return $result;
    }

    /**
     * A renewal invoice was paid: the next due date moves on by one billing cycle (WHMCS's
     * billing does this whether or not the module succeeds), then the module's Renew runs.
     */
    public function renewalPaid(int $serviceId): CommandResult
    {
        $service = Capsule::table('tblhosting')->where('id', $serviceId)->first() ?? throw new RuntimeException("no service {$serviceId}");
        $months = self::CYCLE_MONTHS[(string) $service->billingcycle] ?? 0;
        if ($months > 0) {
            $from = new DateTimeImmutable((string) ($service->nextduedate ?: date('Y-m-d')));
            $next = $from->modify("+{$months} months")->format('Y-m-d');
            Capsule::table('tblhosting')->where('id', $serviceId)->update(['nextduedate' => $next, 'nextinvoicedate' => $next]);
        }
        return $this->run($serviceId, 'Renew');
    }

    /**
     * A configurable-option upgrade was paid: the new quantities are stored, then the module's
     * ChangePackage runs.
     *
     * @param array<string, int> $quantities option name => new quantity or sub-option id
     */
    public function optionsUpgradePaid(int $serviceId, array $quantities): CommandResult
    {
        $productId = (int) Capsule::table('tblhosting')->where('id', $serviceId)->value('packageid');
        $choices = [];
        foreach ($quantities as $name => $value) {
            $optionId = ServiceOptions::optionId($productId, $name) ?? throw new RuntimeException("the product has no configurable option {$name}");
            $choices[$optionId] = $value;
        }
        ServiceOptions::apply($serviceId, $choices);
        return $this->run($serviceId, 'ChangePackage');
    }

    /** An admin module button (AdminCustomButtonArray), or a module command by name. */
    public function custom(int $serviceId, string $function): CommandResult
    {
        $module = $this->module($serviceId);
        $allowed = array_values($module->adminButtons());
        if (!in_array($function, $allowed, true)) {
            return CommandResult::from("Invalid module command: {$function}");
        }
        $params = ModuleParams::forService($serviceId);
        $result = CommandResult::from($module->call($function, $params));
        run_hook('AfterModuleCustom', ['params' => $params, 'function' => $function, 'result' => $result->message]);
        logActivity(($result->success ? 'Module Custom Command Successful' : 'Module Custom Command Failed')
            . " - {$function} - Service ID: {$serviceId}" . ($result->success ? '' : ' - Error: ' . $result->message), $params['userid']);
        return $result;
    }

    public function module(int $serviceId): ServerModule
    {
        $name = (string) Capsule::table('tblhosting')
            ->join('tblproducts', 'tblproducts.id', '=', 'tblhosting.packageid')
            ->where('tblhosting.id', $serviceId)
            ->value('tblproducts.servertype');
        if ($name === '') {
            throw new RuntimeException("service {$serviceId} has no module");
        }
        return ServerModule::load($name);
    }

    /** @param array<string, mixed> $extraParams */
    private function run(int $serviceId, string $function, array $extraParams = []): CommandResult
    {
        $module = $this->module($serviceId);
        $params = ModuleParams::forService($serviceId) + $extraParams;
        $hook = self::HOOK_NAMES[$function];
        run_hook('PreModule' . $hook, ['params' => $params]);

        $result = $module->has($function)
            ? CommandResult::from($module->call($function, $params))
            : CommandResult::from('success');

        if ($result->success) {
            if (isset(self::STATUS_AFTER[$function])) {
                Capsule::table('tblhosting')->where('id', $serviceId)->update(['domainstatus' => self::STATUS_AFTER[$function]]);
            }
            run_hook('AfterModule' . $hook, ['params' => $params]);
            logActivity("Module {$hook} Successful - Service ID: {$serviceId}", $params['userid']);
        } else {
            run_hook('AfterModule' . $hook . 'Failed', ['params' => $params, 'failureResponseMessage' => $result->message]);
            logActivity("Module {$hook} Failed - Service ID: {$serviceId} - Error: {$result->message}", $params['userid']);
        }
        return $result;
    }
}
