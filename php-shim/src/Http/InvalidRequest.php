<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Http;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * A customer request that cannot be used as sent: not a POST, no valid CSRF token, or a field of
 * the wrong type or size. Reason codes are `request.*`; the subject names the form field.
 */
final class InvalidRequest extends TranslatableException
{
    public static function postRequired(): self
    {
        return new self('request.post_required', 'this action must be sent as a POST form');
    }

    public static function badToken(): self
    {
        return new self('request.token_invalid', 'the form\'s CSRF token is missing or wrong');
    }

    public static function missing(string $field): self
    {
        return new self('request.field_missing', "the field {$field} is required", $field);
    }

    public static function invalid(string $field): self
    {
        return new self('request.field_invalid', "the field {$field} has a value of the wrong type or form", $field);
    }

    public static function tooLong(string $field, int $maxLength): self
    {
        return new self('request.field_too_long', "the field {$field} is longer than {$maxLength} characters", $field);
    }
}
