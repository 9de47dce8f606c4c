<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\System;

use TrustOcean\ApiException;
use TrustOcean\Client;
use TrustOcean\Exception;
use TrustOcean\TransportException;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Log\ModuleLog;

/**
 * Whether the addon's API account works now, and its credit: `ping`, then `getProfileInfo`,
 * with short timeouts (the System page is waiting), both written to the module log with the
 * token masked.
 */
final class ApiStatus
{
    public const NOT_CONFIGURED = 'not_configured';
    public const REACHABLE = 'reachable';
    public const REFUSED = 'refused';
    public const UNREACHABLE = 'unreachable';

    private const CONNECT_TIMEOUT = 2.0;
    private const TIMEOUT = 4.0;

    /**
     * @return array{outcome: string, credit: ?string, message: string}
     */
    public function check(AddonSettings $settings): array
    {
        if (!$settings->hasApiAccount()) {
            return ['outcome' => self::NOT_CONFIGURED, 'credit' => null, 'message' => ''];
        }
        $token = $settings->apiToken();
        try {
            $client = new Client($settings->apiUsername(), $token, $settings->endpoint(), self::CONNECT_TIMEOUT, self::TIMEOUT);
        } catch (Exception $error) {
            return ['outcome' => self::REFUSED, 'credit' => null, 'message' => $error->getMessage()];
        }

        try {
            $client->ping();
            $credit = $client->getProfileInfo()['credit'] ?? null;
            return ['outcome' => self::REACHABLE, 'credit' => is_scalar($credit) ? (string) $credit : null, 'message' => ''];
        } catch (ApiException $error) {
            return ['outcome' => self::REFUSED, 'credit' => null, 'message' => $error->getMessage()];
        } catch (TransportException $error) {
            return ['outcome' => self::UNREACHABLE, 'credit' => null, 'message' => $error->getMessage()];
        } finally {
            (new ModuleLog())->writeCalls($client, [$token]);
        }
    }
}
