<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Config;

/**
 * Finds the API account for a module call.
 *
 * A product's server wins when it has a username (server password = API token, server hostname =
 * "CN-Beijing", "UK-London" or a base URL). Otherwise the account saved on the addon's Settings
 * page applies (AddonSettings, token stored encrypted), so one account can serve every product.
 */
final class CredentialsResolver
{
    public const DEFAULT_ENDPOINT = AddonSettings::DEFAULT_ENDPOINT;

    /**
     * @param array<string, mixed> $params WHMCS module parameters (WHMCS has already decrypted
     *                                     serverpassword)
     *
     * @throws MissingCredentials when no account is configured anywhere
     */
    public function resolve(array $params): Credentials
    {
        $serverUsername = trim((string) ($params['serverusername'] ?? ''));
        if ($serverUsername !== '') {
            return self::build(
                $serverUsername,
                (string) ($params['serverpassword'] ?? ''),
                (string) ($params['serverhostname'] ?? '')
            );
        }

        $addon = AddonSettings::load();
        return self::build($addon->apiUsername(), $addon->apiToken(), $addon->endpoint());
    }

    private static function build(string $username, #[\SensitiveParameter] string $token, string $endpoint): Credentials
    {
        $token = trim($token);
        if ($username === '' || $token === '') {
            throw new MissingCredentials();
        }
        $endpoint = trim($endpoint);
        return new Credentials($username, $token, $endpoint === '' ? self::DEFAULT_ENDPOINT : $endpoint);
    }
}
