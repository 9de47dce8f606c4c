<?php

declare(strict_types=1);

namespace WhmcsStandIn\Logging;

use WHMCS\Database\Capsule;

/**
 * logModuleCall(): the module debug log (tblmodulelog).
 *
 * As in WHMCS, nothing is written unless module logging is on (tblconfiguration
 * ModuleDebugMode = "on", Utilities > Logs > Module Log). Arrays are stored as print_r() text.
 * Every string of $replaceVars is masked in the request, the response and the processed data
 * before anything is written, so a secret the module names never reaches the table.
 */
final class ModuleLog
{
    public const MASK = '********';

    public static function isEnabled(): bool
    {
        return Capsule::table('tblconfiguration')->where('setting', 'ModuleDebugMode')->value('value') === 'on';
    }

    public static function enable(bool $enabled = true): void
    {
        Capsule::table('tblconfiguration')->updateOrInsert(['setting' => 'ModuleDebugMode'], ['value' => $enabled ? 'on' : '']);
    }

    /**
     * @param string|array<mixed> $request
     * @param string|array<mixed> $response
     * @param string|array<mixed> $processed
     * @param list<mixed>         $replaceVars
     */
    public function write(string $module, string $action, $request, $response, $processed, array $replaceVars): void
    {
        if (!self::isEnabled()) {
            return;
        }
        $secrets = array_values(array_filter(array_map('strval', array_filter($replaceVars, 'is_scalar')), static fn (string $s): bool => $s !== ''));
        Capsule::table('tblmodulelog')->insert([
            'date' => date('Y-m-d H:i:s'),
            'module' => $module,
            'action' => $action,
            'request' => self::mask(self::text($request), $secrets),
            'response' => self::mask(self::text($response), $secrets),
            'arrdata' => self::mask(self::text($processed), $secrets),
        ]);
    }

    /** @param mixed $value */
    private static function text($value): string
    {
        return is_string($value) ? $value : print_r($value, true);
    }

    /** @param list<string> $secrets */
    private static function mask(string $text, array $secrets): string
    {
        // Longest first, so a secret containing another is masked whole.
        usort($secrets, static fn (string $a, string $b): int => strlen($b) <=> strlen($a));
        foreach ($secrets as $secret) {
            $text = str_replace($secret, self::MASK, $text);
            // Form- and JSON-encoded copies of the secret are the same secret, whichever of the
            // usual JSON flags escaped it (PHP's defaults, or slashes and Unicode left as they are).
            $encoded = [rawurlencode($secret), urlencode($secret)];
            foreach ([0, JSON_UNESCAPED_SLASHES, JSON_UNESCAPED_UNICODE, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE] as $flags) {
                $encoded[] = substr((string) json_encode($secret, $flags), 1, -1);
            }
            $text = str_replace(array_values(array_filter(array_unique($encoded), static fn (string $s): bool => $s !== '')), self::MASK, $text);
        }
        return $text;
    }
}
