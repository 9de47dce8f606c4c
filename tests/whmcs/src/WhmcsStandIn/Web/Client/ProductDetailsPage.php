<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Client;

use Throwable;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ModuleParams;
use WhmcsStandIn\Modules\ServerModule;
use WhmcsStandIn\Modules\ServiceOptions;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\ModuleTemplate;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * clientarea.php?action=productdetails&id=N: the service's page with the module's client area
 * output (`_ClientArea`), and module custom functions (`modop=custom&a=<function>`), which must
 * be listed by the module as client functions. As in WHMCS, a POST needs the session's CSRF
 * token; a function returning a page array replaces the page, "success" shows a success message
 * and any other string is shown as the error.
 */
final class ProductDetailsPage
{
    /** Statuses whose services show the module's output. */
    private const MODULE_STATUSES = ['Active', 'Suspended', 'Completed'];

    public function handle(Request $request): bool
    {
        $clientId = ClientGuard::client();
        if ($clientId === null) {
            return true;
        }
        $serviceId = $request->queryInt('id') ?: (ctype_digit($request->post('id')) ? (int) $request->post('id') : 0);
        $service = ClientGuard::ownService($clientId, $serviceId);
        if ($service === null) {
            return Response::redirect('clientarea.php');
        }
        if ($request->isPost() && !$request->hasValidToken()) {
            return Response::invalidToken();
        }
        $product = Capsule::table('tblproducts')->where('id', $service->packageid)->first();
        $module = (string) $product->servertype !== '' ? ServerModule::load((string) $product->servertype) : null;

        $feedback = ['success' => null, 'error' => null];
        $modulePage = null;
        if ($module !== null && $request->input('modop') === 'custom') {
            $result = $this->custom($module, $serviceId, $request->input('a'));
            if (is_array($result)) {
                $modulePage = ModuleTemplate::fromPageArray($result);
            } elseif ($result === 'success') {
                $feedback['success'] = Lang::get('service.action_done');
            } else {
                $feedback['error'] = $result;
            }
        }

        if ($modulePage === null && $module !== null && in_array($service->domainstatus, self::MODULE_STATUSES, true) && $module->has('ClientArea')) {
            $output = $module->call('ClientArea', ModuleParams::forService($serviceId));
            $modulePage = is_array($output) ? ModuleTemplate::fromPageArray($output) : null;
        }
        $moduleOutput = $modulePage === null ? '' : ModuleTemplate::render($module->directory, $modulePage[0], $modulePage[1]);

        return Response::html((new Layout())->page('client/productdetails', [
            'service' => $service,
            'productName' => (string) $product->name,
            'options' => ServiceOptions::of($serviceId),
            'canUpgrade' => (bool) $product->configoptionsupgrade && $service->domainstatus === 'Active',
            'moduleOutput' => $moduleOutput,
            'feedback' => $feedback,
        ], (string) $product->name));
    }

    /** @return array<string, mixed>|string what the function returned, or the refusal */
    private function custom(ServerModule $module, int $serviceId, string $function): array|string
    {
        if ($function === '' || !in_array($function, $module->clientFunctions(), true)) {
            return Lang::get('error.function_not_allowed');
        }
        try {
            $result = $module->call($function, ModuleParams::forService($serviceId));
        } catch (Throwable $error) {
            return $error->getMessage();
        }
        return is_array($result) ? $result : (is_string($result) && $result !== '' ? $result : Lang::get('error.module_no_result'));
    }
}
