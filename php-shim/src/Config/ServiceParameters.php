<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Config;

use RuntimeException;
use WHMCS\Database\Capsule;

/**
 * The module parameters of a service when WHMCS is not calling the module (a push from
 * TrustOcean): the service and its configurable options from localAPI GetClientsProducts, the
 * product's module settings, and the API account of its server (the password decrypted, as WHMCS
 * hands it to modules). Only the keys this module reads are built.
 */
final class ServiceParameters
{
    /**
     * @return array<string, mixed>
     *
     * @throws RuntimeException when WHMCS does not know the service
     */
    public static function forService(int $serviceId): array
    {
        $answer = localAPI('GetClientsProducts', ['serviceid' => $serviceId]);
        $service = $answer['products']['product'][0] ?? null;
        if (($answer['result'] ?? '') !== 'success' || !is_array($service)) {
            throw new RuntimeException("WHMCS has no service #{$serviceId}");
        }

        $params = [
            'serviceid' => $serviceId,
            'userid' => (int) ($service['clientid'] ?? 0),
            'pid' => (int) ($service['pid'] ?? 0),
            'serverid' => (int) ($service['serverid'] ?? 0),
            'domain' => (string) ($service['domain'] ?? ''),
            'configoptions' => self::options($service['configoptions']['configoption'] ?? []),
        ];
        $product = Capsule::table('tblproducts')->where('id', $params['pid'])->first();
        for ($number = 1; $number <= 24; $number++) {
            $params['configoption' . $number] = (string) ($product?->{'configoption' . $number} ?? '');
        }
        return $params + self::server($params['serverid']);
    }

    /**
     * @param mixed $options GetClientsProducts' configoption list
     *
     * @return array<string, string>
     */
    private static function options(mixed $options): array
    {
        $byName = [];
        foreach (is_array($options) ? $options : [] as $option) {
            if (is_array($option) && isset($option['option'])) {
                $byName[(string) $option['option']] = (string) ($option['value'] ?? '');
            }
        }
        return $byName;
    }

    /**
     * The server fields WHMCS passes to module functions, for the API account of $serverId
     * (0: none, the addon's account applies).
     *
     * @return array<string, string>
     */
    public static function server(int $serverId): array
    {
        $server = $serverId > 0 ? Capsule::table('tblservers')->where('id', $serverId)->first() : null;
        if ($server === null) {
            return ['serverhostname' => '', 'serverusername' => '', 'serverpassword' => ''];
        }
        $password = decrypt((string) $server->password);
        return [
            'serverhostname' => (string) $server->hostname,
            'serverusername' => (string) $server->username,
            'serverpassword' => is_string($password) ? $password : '',
        ];
    }
}
