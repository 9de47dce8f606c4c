<?php

declare(strict_types=1);

namespace WhmcsStandIn\Lifecycle;

/**
 * What a module command returned, read as WHMCS reads it: exactly "success" succeeds, anything
 * else (an error string, null, an array) fails with that text.
 */
final class CommandResult
{
    private function __construct(public readonly bool $success, public readonly string $message)
    {
    }

    public static function from(mixed $returned): self
    {
        if ($returned === 'success') {
            return new self(true, 'success');
        }
        $message = is_string($returned) && $returned !== '' ? $returned : 'the module returned no result (' . get_debug_type($returned) . ')';
        return new self(false, $message);
    }
}
