<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Settings;

use TrustOcean\ApiException;
use TrustOcean\Client;
use TrustOcean\InvalidArgumentException;
use TrustOcean\TransportException;
use TrustOcean\Whmcs\Log\ModuleLog;

/**
 * Checks an API account before the settings page stores it: one `ping`, written to the module
 * log with the token masked. The extension's messages never contain the token.
 */
final class AccountCheck
{
    /** Seconds to connect and for the whole call: an admin is waiting for the page. */
    private const CONNECT_TIMEOUT = 5.0;
    private const TIMEOUT = 10.0;

    public function run(string $username, #[\SensitiveParameter] string $token, string $endpoint): AccountCheckResult
    {
        try {
            $client = new Client($username, $token, $endpoint, self::CONNECT_TIMEOUT, self::TIMEOUT);
        } catch (InvalidArgumentException) {
            return new AccountCheckResult(AccountCheckResult::ENDPOINT_REFUSED);
        }

        try {
            $client->ping();
            return new AccountCheckResult(AccountCheckResult::ACCEPTED);
        } catch (ApiException $error) {
            return new AccountCheckResult(AccountCheckResult::REFUSED, (int) $error->getCode(), $error->getMessage());
        } catch (TransportException $error) {
            return new AccountCheckResult(AccountCheckResult::UNREACHABLE, (int) $error->getCode(), $error->getMessage());
        } finally {
            (new ModuleLog())->writeCalls($client, [$token]);
        }
    }
}
