<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Whmcs;

use WHMCS\Database\Capsule;

/**
 * Many orders at once, written straight into the stand-in's tables (a client, its services in
 * tblhosting, their records in mod_trustocean_orders) for the list tests: placing hundreds of
 * orders through the sandbox would take minutes and test nothing more.
 */
final class BulkOrders
{
    /**
     * Creates a client with these names.
     *
     * @param array{firstname: string, lastname: string, companyname: string, email: string} $client
     */
    public static function client(array $client): int
    {
        return (int) Capsule::table('tblclients')->insertGetId($client + ['country' => 'GB', 'datecreated' => date('Y-m-d')]);
    }

    /**
     * Inserts one service and order record per entry, in one transaction, and returns the service
     * ids in the order of $orders.
     *
     * @param list<array{client: int, domains: list<string>, state: string, remote_status: ?string,
     *                   trustocean_id: ?int, vendor_id: ?string, valid_to: ?int}> $orders
     *
     * @return list<int>
     */
    public static function insert(int $productId, array $orders): array
    {
        return Capsule::connection()->transaction(static function () use ($productId, $orders): array {
            $serviceIds = [];
            foreach ($orders as $order) {
                $serviceIds[] = (int) Capsule::table('tblhosting')->insertGetId([
                    'userid' => $order['client'],
                    'packageid' => $productId,
                    'regdate' => date('Y-m-d'),
                    'domain' => $order['domains'][0] ?? '',
                    'billingcycle' => 'Annually',
                    'domainstatus' => 'Active',
                ]);
            }
            $now = time();
            $rows = [];
            foreach ($orders as $index => $order) {
                $rows[] = [
                    'service_id' => $serviceIds[$index],
                    'state' => $order['state'],
                    'remote_status' => $order['remote_status'],
                    'trustocean_id' => $order['trustocean_id'],
                    'vendor_id' => $order['vendor_id'],
                    'domains' => json_encode($order['domains'], JSON_UNESCAPED_SLASHES),
                    'dcv' => '{}',
                    'valid_to' => $order['valid_to'],
                    'domain_quota' => max(1, count($order['domains'])),
                    'created_at' => $now,
                    'updated_at' => $now,
                ];
            }
            foreach (array_chunk($rows, 100) as $chunk) {
                Capsule::table('mod_trustocean_orders')->insert($chunk);
            }
            return $serviceIds;
        });
    }

    /**
     * Removes what insert() and client() made.
     *
     * @param list<int> $serviceIds
     * @param list<int> $clientIds
     */
    public static function delete(array $serviceIds, array $clientIds): void
    {
        foreach (array_chunk($serviceIds, 200) as $chunk) {
            Capsule::table('mod_trustocean_orders')->whereIn('service_id', $chunk)->delete();
            Capsule::table('tblhosting')->whereIn('id', $chunk)->delete();
        }
        Capsule::table('tblclients')->whereIn('id', $clientIds)->delete();
    }
}
