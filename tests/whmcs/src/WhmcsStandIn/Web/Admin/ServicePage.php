<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Admin;

use Throwable;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Lifecycle\CommandResult;
use WhmcsStandIn\Lifecycle\ServiceCommands;
use WhmcsStandIn\Modules\ModuleParams;
use WhmcsStandIn\Modules\ServerModule;
use WhmcsStandIn\Modules\ServiceOptions;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * admin/clientsservices.php?userid=U&id=S: a service as the admin sees it. The module command
 * buttons (Create, Suspend, Unsuspend, Terminate, Change Package, Renew) post `modop`; the
 * module's own buttons post `modop=custom&ac=<function>`; `ajax=1` answers JSON
 * (`success`, `body`) as WHMCS 7.7+ does. Saving posts the service fields and runs
 * `_AdminServicesTabFieldsSave`. The module's `_AdminServicesTabFields` rows are shown as the
 * module returns them (the module escapes its values).
 */
final class ServicePage
{
    private const STATUSES = ['Pending', 'Active', 'Suspended', 'Terminated', 'Cancelled', 'Fraud', 'Completed'];

    private const CYCLES = ['Free Account', 'One Time', 'Monthly', 'Quarterly', 'Semi-Annually', 'Annually', 'Biennially', 'Triennially'];

    public function handle(Request $request): bool
    {
        if (AdminGuard::admin() === null) {
            return true;
        }
        $serviceId = $request->queryInt('id');
        $service = Capsule::table('tblhosting')->where('id', $serviceId)->first();
        if ($service === null) {
            return Response::notFound();
        }

        $result = null;
        if ($request->isPost()) {
            if (!$request->hasValidToken()) {
                return Response::invalidToken();
            }
            $result = $request->post('modop') !== '' ? $this->command($serviceId, $request) : $this->save($serviceId, $request);
            if ($request->post('ajax') === '1') {
                return Response::json(['success' => $result->success, 'body' => $result->message]);
            }
            $service = Capsule::table('tblhosting')->where('id', $serviceId)->first();
        }

        $product = Capsule::table('tblproducts')->where('id', $service->packageid)->first();
        $module = (string) $product->servertype !== '' ? ServerModule::load((string) $product->servertype) : null;
        return Response::html((new Layout())->page('admin/service', [
            'service' => $service,
            'client' => Capsule::table('tblclients')->where('id', $service->userid)->first(),
            'productName' => (string) $product->name,
            'moduleName' => (string) $product->servertype,
            'options' => ServiceOptions::of($serviceId),
            'statuses' => self::STATUSES,
            'cycles' => self::CYCLES,
            'commands' => $module === null ? [] : self::commands($module),
            'buttons' => $module?->adminButtons() ?? [],
            'tabFields' => $module === null ? [] : self::tabFields($module, $serviceId),
            'result' => $result,
        ], Lang::get('admin.service.title', ['id' => $serviceId]), 'admin'));
    }

    private function command(int $serviceId, Request $request): CommandResult
    {
        $commands = new ServiceCommands();
        try {
            return match ($request->post('modop')) {
                'create' => $commands->createAccount($serviceId),
                'suspend' => $commands->suspend($serviceId, $request->post('suspreason') ?: 'Suspended by the administrator'),
                'unsuspend' => $commands->unsuspend($serviceId),
                'terminate' => $commands->terminate($serviceId),
                'renew' => self::direct($serviceId, 'Renew'),
                'changepackage' => self::direct($serviceId, 'ChangePackage'),
                'custom' => $commands->custom($serviceId, $request->post('ac')),
                default => CommandResult::from(Lang::get('admin.service.unknown_command')),
            };
        } catch (Throwable $error) {
            return CommandResult::from($error->getMessage());
        }
    }

    /** Renew and Change Package as admin buttons: the module function alone, no billing. */
    private static function direct(int $serviceId, string $function): CommandResult
    {
        $module = (new ServiceCommands())->module($serviceId);
        if (!$module->has($function)) {
            return CommandResult::from(Lang::get('admin.service.unsupported', ['function' => $function]));
        }
        $result = CommandResult::from($module->call($function, ModuleParams::forService($serviceId)));
        logActivity("Module {$function} " . ($result->success ? 'Successful' : 'Failed - Error: ' . $result->message) . " - Service ID: {$serviceId}");
        return $result;
    }

    private function save(int $serviceId, Request $request): CommandResult
    {
        $changes = [];
        if (in_array($request->post('domainstatus'), self::STATUSES, true)) {
            $changes['domainstatus'] = $request->post('domainstatus');
        }
        if (in_array($request->post('billingcycle'), self::CYCLES, true)) {
            $changes['billingcycle'] = $request->post('billingcycle');
        }
        if (preg_match('/^\d{4}-\d{2}-\d{2}$/', $request->post('nextduedate')) === 1) {
            $changes['nextduedate'] = $request->post('nextduedate');
        }
        $changes['domain'] = mb_substr($request->post('domain'), 0, 255);
        Capsule::table('tblhosting')->where('id', $serviceId)->update($changes);

        $quantities = [];
        foreach ($request->postArray('configoption') as $optionId => $value) {
            if (is_string($value) && ctype_digit($value)) {
                $quantities[(int) $optionId] = (int) $value;
            }
        }
        ServiceOptions::apply($serviceId, $quantities);

        $module = (new ServiceCommands())->module($serviceId);
        if ($module->has('AdminServicesTabFieldsSave')) {
            $module->call('AdminServicesTabFieldsSave', ModuleParams::forService($serviceId));
        }
        return CommandResult::from('success');
    }

    /** @return array<string, string> label => module command */
    private static function commands(ServerModule $module): array
    {
        $commands = [];
        foreach (['create' => 'CreateAccount', 'suspend' => 'SuspendAccount', 'unsuspend' => 'UnsuspendAccount', 'terminate' => 'TerminateAccount', 'changepackage' => 'ChangePackage', 'renew' => 'Renew'] as $modop => $function) {
            if ($module->has($function)) {
                $commands[$modop] = Lang::get('admin.command.' . $modop);
            }
        }
        return $commands;
    }

    /** @return array<string, string> */
    private static function tabFields(ServerModule $module, int $serviceId): array
    {
        if (!$module->has('AdminServicesTabFields')) {
            return [];
        }
        $fields = $module->call('AdminServicesTabFields', ModuleParams::forService($serviceId));
        return is_array($fields) ? array_map('strval', $fields) : [];
    }
}
