<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Log;

use Throwable;
use TrustOcean\Client;

/**
 * Writes to WHMCS's module log (Utilities > Logs > Module Log, when enabled).
 *
 * Every TrustOcean call the extension made is one entry. The API token, private keys and any
 * other secret of the call go to logModuleCall()'s replacement list, so WHMCS masks them wherever
 * they might appear.
 */
final class ModuleLog
{
    public const MODULE = 'trustocean';

    /**
     * Logs and forgets the calls $client made since the last time.
     *
     * @param list<string> $secrets
     */
    public function writeCalls(Client $client, array $secrets): void
    {
        foreach ($client->takeJournal() as $call) {
            $error = $call['error'] ?? null;
            logModuleCall(
                self::MODULE,
                (string) ($call['method'] ?? 'unknown'),
                $call['request'] ?? [],
                $error ?? ($call['response'] ?? ''),
                sprintf('%d ms', (int) ($call['milliseconds'] ?? 0)),
                self::replacements($secrets)
            );
        }
    }

    /**
     * Logs a module function that failed. Only the exception's class, reason code and message
     * are written (the extension's messages never contain secrets); no trace, which could hold
     * arguments.
     *
     * @param array<string, scalar|null> $context what the call was about (service id, action)
     * @param list<string>               $secrets
     */
    public function writeFailure(string $function, array $context, Throwable $error, array $secrets): void
    {
        $reason = property_exists($error, 'reasonCode') ? (string) $error->reasonCode : '';
        logModuleCall(
            self::MODULE,
            $function,
            $context,
            $error->getMessage(),
            trim(get_class($error) . ' ' . $reason),
            self::replacements($secrets)
        );
    }

    /**
     * @param list<string> $secrets
     *
     * @return list<string>
     */
    private static function replacements(array $secrets): array
    {
        // An empty search string would make WHMCS mask nothing useful and warn.
        return array_values(array_unique(array_filter(array_map('trim', $secrets), static fn (string $s): bool => $s !== '')));
    }
}
