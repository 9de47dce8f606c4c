<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

/**
 * LIKE patterns that match typed text literally: `%`, `_` and the escape character itself are
 * escaped, and the escape character is `!` rather than `\`, which MariaDB reads as an escape in
 * string literals and SQLite does not, so one SQL text means the same on both. A `\` typed by
 * the user is then an ordinary character too.
 */
final class LikePattern
{
    /** The ESCAPE clause to append to `column LIKE ?`. */
    public const ESCAPE_CLAUSE = "ESCAPE '!'";

    /** A pattern matching values that contain $text. */
    public static function contains(string $text): string
    {
        return '%' . strtr($text, ['!' => '!!', '%' => '!%', '_' => '!_']) . '%';
    }
}
