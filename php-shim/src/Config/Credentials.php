<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Config;

use TrustOcean\Client;

/**
 * The TrustOcean API account a call runs as.
 *
 * The token is private and never printed: __debugInfo() hides it from var_dump() and print_r().
 */
final class Credentials
{
    public function __construct(
        public readonly string $username,
        #[\SensitiveParameter] private readonly string $token,
        public readonly string $endpoint
    ) {
    }

    /** A client for this account; the constructor sends nothing. */
    public function client(): Client
    {
        return new Client($this->username, $this->token, $this->endpoint);
    }

    /**
     * Values that must never reach the module log, for logModuleCall()'s replacement list.
     *
     * @return list<string>
     */
    public function secrets(): array
    {
        return [$this->token];
    }

    /** @return array<string, string> */
    public function __debugInfo(): array
    {
        return ['username' => $this->username, 'endpoint' => $this->endpoint];
    }
}
