<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Client;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Lifecycle\ServiceCommands;
use WhmcsStandIn\Modules\ServiceOptions;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * upgrade.php?type=configoptions&id=N: the customer changes a service's quantity options
 * (a certificate's DomainCount) within the option's limits. WHMCS would invoice the difference
 * and run ChangePackage once the invoice is paid; the stand-in has no billing, so the upgrade is
 * paid the moment it is ordered.
 */
final class UpgradePage
{
    public function handle(Request $request): bool
    {
        $clientId = ClientGuard::client();
        if ($clientId === null) {
            return true;
        }
        $serviceId = $request->queryInt('id');
        $service = ClientGuard::ownService($clientId, $serviceId);
        $product = $service === null ? null : Capsule::table('tblproducts')->where('id', $service->packageid)->first();
        if ($service === null || $request->query('type') !== 'configoptions' || !(bool) $product->configoptionsupgrade || $service->domainstatus !== 'Active') {
            return Response::html((new Layout())->page('error', ['message' => Lang::get('upgrade.not_available')], Lang::get('upgrade.title')), 403);
        }

        $options = self::quantityOptions($serviceId);
        $errors = [];
        $result = null;
        if ($request->isPost()) {
            if (!$request->hasValidToken()) {
                return Response::invalidToken();
            }
            $posted = $request->postArray('configoption');
            $changes = [];
            foreach ($options as $option) {
                $value = $posted[$option['id']] ?? null;
                if (!is_string($value) || !ctype_digit(trim($value))) {
                    $errors[] = Lang::get('upgrade.not_a_number', ['option' => $option['label']]);
                    continue;
                }
                $quantity = (int) $value;
                if ($quantity < $option['min'] || ($option['max'] > 0 && $quantity > $option['max'])) {
                    $errors[] = Lang::get('upgrade.out_of_range', ['option' => $option['label'], 'min' => $option['min'], 'max' => $option['max']]);
                } elseif ($quantity !== $option['value']) {
                    $changes[$option['name']] = $quantity;
                }
            }
            if ($errors === [] && $changes === []) {
                $errors[] = Lang::get('upgrade.nothing_changed');
            }
            if ($errors === []) {
                $result = (new ServiceCommands())->optionsUpgradePaid($serviceId, $changes);
                $options = self::quantityOptions($serviceId);
            }
        }
        return Response::html((new Layout())->page('client/upgrade', [
            'service' => $service,
            'productName' => (string) $product->name,
            'options' => $options,
            'errors' => $errors,
            'result' => $result,
        ], Lang::get('upgrade.title')));
    }

    /** @return list<array{id: int, name: string, label: string, value: int, min: int, max: int}> */
    private static function quantityOptions(int $serviceId): array
    {
        $options = [];
        foreach (ServiceOptions::of($serviceId) as $option) {
            if ($option['type'] !== ServiceOptions::QUANTITY) {
                continue;
            }
            $row = Capsule::table('tblproductconfigoptions')->where('id', $option['id'])->first();
            $label = explode('|', (string) $row->optionname, 2);
            $options[] = [
                'id' => $option['id'],
                'name' => $option['name'],
                'label' => trim($label[1] ?? $label[0]),
                'value' => (int) $option['value'],
                'min' => (int) $row->qtyminimum,
                'max' => (int) $row->qtymaximum,
            ];
        }
        return $options;
    }
}
