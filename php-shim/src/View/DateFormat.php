<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

/**
 * Dates as pages show them: UTC, so the customer's and the server's time zones never disagree.
 */
final class DateFormat
{
    public static function unix(mixed $seconds): string
    {
        return is_numeric($seconds) ? gmdate('Y-m-d H:i', (int) $seconds) . ' UTC' : '';
    }
}
