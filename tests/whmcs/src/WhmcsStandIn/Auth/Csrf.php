<?php

declare(strict_types=1);

namespace WhmcsStandIn\Auth;

/**
 * generate_token() and check_token(): one random token per session, sent back by every form in
 * its `token` field, as WHMCS does for the client and admin areas.
 */
final class Csrf
{
    private const SESSION_KEY = 'tkval';

    public function token(): string
    {
        if (!is_string($_SESSION[self::SESSION_KEY] ?? null) || $_SESSION[self::SESSION_KEY] === '') {
            $_SESSION[self::SESSION_KEY] = bin2hex(random_bytes(20));
        }
        return $_SESSION[self::SESSION_KEY];
    }

    /** 'plain' the token, 'form' a hidden input, 'link' a `&token=` query part. */
    public function render(string $type): string
    {
        $token = $this->token();
        return match ($type) {
            'plain' => $token,
            'link' => '&token=' . $token,
            default => '<input type="hidden" name="token" value="' . $token . '" />',
        };
    }

    /** Whether $token (or the request's `token` field when empty) is the session's token. */
    public function check(string $token = ''): bool
    {
        if ($token === '') {
            $field = $_POST['token'] ?? $_GET['token'] ?? '';
            $token = is_string($field) ? $field : '';
        }
        $expected = $_SESSION[self::SESSION_KEY] ?? null;
        return is_string($expected) && $expected !== '' && $token !== '' && hash_equals($expected, $token);
    }
}
