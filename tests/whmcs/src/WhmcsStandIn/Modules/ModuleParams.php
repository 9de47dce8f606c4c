<?php

declare(strict_types=1);

namespace WhmcsStandIn\Modules;

use RuntimeException;
use WHMCS\Database\Capsule;
use WHMCS\Service\Service;

/**
 * The $params array WHMCS passes to every provisioning module function of a service, with the
 * keys the module parameters documentation lists (serviceid, userid, pid, serverid, domain,
 * username, password, producttype, moduletype, configoption1..24, clientsdetails, customfields,
 * configoptions, server*, model).
 */
final class ModuleParams
{
    /** @return array<string, mixed> */
    public static function forService(int $serviceId): array
    {
        $service = Capsule::table('tblhosting')->where('id', $serviceId)->first()
            ?? throw new RuntimeException("service {$serviceId} does not exist");
        $product = Capsule::table('tblproducts')->where('id', $service->packageid)->first()
            ?? throw new RuntimeException("service {$serviceId} has no product");

        $params = [
            'accountid' => (int) $service->id,
            'serviceid' => (int) $service->id,
            'addonId' => 0,
            'userid' => (int) $service->userid,
            'pid' => (int) $product->id,
            'serverid' => (int) $service->server,
            'domain' => (string) $service->domain,
            'username' => (string) $service->username,
            'password' => decrypt((string) $service->password),
            'producttype' => (string) $product->type,
            'moduletype' => (string) $product->servertype,
            'status' => (string) $service->domainstatus,
        ];
        for ($number = 1; $number <= 24; $number++) {
            $params['configoption' . $number] = (string) $product->{'configoption' . $number};
        }
        $params['customfields'] = [];
        foreach (ServiceOptions::customFields((int) $service->id, (int) $product->id) as $field) {
            $params['customfields'][$field['name']] = $field['value'];
        }
        $params['configoptions'] = ServiceOptions::byName((int) $service->id);
        $params['clientsdetails'] = self::client((int) $service->userid);
        $params += self::server((int) $service->server);
        $params['model'] = Service::find((int) $service->id);
        return $params;
    }

    /** @return array<string, mixed> */
    private static function client(int $clientId): array
    {
        $client = Capsule::table('tblclients')->where('id', $clientId)->first();
        if ($client === null) {
            return [];
        }
        $details = (array) $client;
        unset($details['password']);
        $details['userid'] = (int) $client->id;
        $details['client_id'] = (int) $client->id;
        $details['fullname'] = trim($client->firstname . ' ' . $client->lastname);
        $details['countrycode'] = (string) $client->country;
        $details['fullstate'] = (string) $client->state;
        $details['phonenumberformatted'] = (string) $client->phonenumber;
        return $details;
    }

    /** @return array<string, mixed> */
    private static function server(int $serverId): array
    {
        $server = $serverId > 0 ? Capsule::table('tblservers')->where('id', $serverId)->first() : null;
        if ($server === null) {
            return [
                'server' => false,
                'serverip' => '',
                'serverhostname' => '',
                'serverusername' => '',
                'serverpassword' => '',
                'serveraccesshash' => '',
                'serversecure' => false,
                'serverport' => '',
            ];
        }
        return [
            'server' => true,
            'serverip' => (string) $server->ipaddress,
            'serverhostname' => (string) $server->hostname,
            'serverusername' => (string) $server->username,
            // WHMCS stores server passwords encrypted and hands modules the plain text.
            'serverpassword' => decrypt((string) $server->password),
            'serveraccesshash' => (string) $server->accesshash,
            'serversecure' => $server->secure === 'on',
            'serverport' => (string) $server->port,
        ];
    }

    /**
     * The parameters of TestConnection: the server's fields only, as WHMCS passes them from the
     * server configuration page.
     *
     * @return array<string, mixed>
     */
    public static function forServer(int $serverId): array
    {
        return self::server($serverId) + ['serverid' => $serverId];
    }
}
