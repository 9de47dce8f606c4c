<?php

declare(strict_types=1);

namespace WhmcsStandIn\Api\Commands;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Api\Command;
use WhmcsStandIn\Modules\ServiceOptions;

/**
 * GetClientsProducts: services filtered by `clientid`, `serviceid`, `pid`, `domain`, with
 * `limitstart`/`limitnum`, in WHMCS's shape: `products` => ['product' => [...]], each service with
 * its `configoptions` => ['configoption' => [...]] and `customfields` => ['customfield' => [...]].
 */
final class GetClientsProducts implements Command
{
    public function run(array $values): array
    {
        $query = Capsule::table('tblhosting')
            ->join('tblproducts', 'tblproducts.id', '=', 'tblhosting.packageid')
            ->select('tblhosting.*', 'tblproducts.name as productname', 'tblproducts.gid', 'tblproducts.servertype');
        foreach (['clientid' => 'tblhosting.userid', 'serviceid' => 'tblhosting.id', 'pid' => 'tblhosting.packageid', 'domain' => 'tblhosting.domain'] as $field => $column) {
            if (isset($values[$field]) && $values[$field] !== '') {
                $query->where($column, $values[$field]);
            }
        }
        $total = (clone $query)->count();
        $start = max(0, (int) ($values['limitstart'] ?? 0));
        $limit = max(1, (int) ($values['limitnum'] ?? 25));
        $rows = $query->orderBy('tblhosting.id')->offset($start)->limit($limit)->get();

        $products = [];
        foreach ($rows as $row) {
            $products[] = $this->product($row);
        }
        return [
            'clientid' => (int) ($values['clientid'] ?? 0),
            'serviceid' => (int) ($values['serviceid'] ?? 0),
            'pid' => (int) ($values['pid'] ?? 0),
            'domain' => (string) ($values['domain'] ?? ''),
            'totalresults' => $total,
            'startnumber' => $start,
            'numreturned' => count($products),
            'products' => ['product' => $products],
        ];
    }

    /** @return array<string, mixed> */
    private function product(object $row): array
    {
        $options = [];
        foreach (ServiceOptions::of((int) $row->id) as $option) {
            $options[] = [
                'id' => $option['id'],
                'option' => $option['name'],
                'type' => $option['typeName'],
                'value' => $option['value'],
            ];
        }
        $fields = [];
        foreach (ServiceOptions::customFields((int) $row->id, (int) $row->packageid) as $field) {
            $fields[] = ['id' => $field['id'], 'name' => $field['name'], 'translated_name' => $field['name'], 'value' => $field['value']];
        }
        return [
            'id' => (int) $row->id,
            'clientid' => (int) $row->userid,
            'orderid' => (int) $row->orderid,
            'pid' => (int) $row->packageid,
            'regdate' => (string) $row->regdate,
            'name' => (string) $row->productname,
            'translated_name' => (string) $row->productname,
            'groupname' => '',
            'domain' => (string) $row->domain,
            'serverid' => (int) $row->server,
            'firstpaymentamount' => (string) $row->firstpaymentamount,
            'recurringamount' => (string) $row->amount,
            'paymentmethod' => (string) $row->paymentmethod,
            'billingcycle' => (string) $row->billingcycle,
            'nextduedate' => (string) $row->nextduedate,
            'status' => (string) $row->domainstatus,
            'username' => (string) $row->username,
            'notes' => (string) $row->notes,
            'suspensionreason' => (string) $row->suspendreason,
            'customfields' => ['customfield' => $fields],
            'configoptions' => ['configoption' => $options],
        ];
    }
}
