<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web;

/**
 * Writing the answer: a page, a redirect, JSON or a 404; each returns true so it can end a match.
 */
final class Response
{
    public static function html(string $body, int $status = 200): bool
    {
        http_response_code($status);
        header('Content-Type: text/html; charset=utf-8');
        header('X-Frame-Options: SAMEORIGIN');
        header('X-Content-Type-Options: nosniff');
        header('Referrer-Policy: same-origin');
        echo $body;
        return true;
    }

    public static function redirect(string $location): bool
    {
        http_response_code(302);
        header('Location: ' . $location);
        return true;
    }

    /** @param array<string, mixed> $data */
    public static function json(array $data, int $status = 200): bool
    {
        http_response_code($status);
        header('Content-Type: application/json');
        echo json_encode($data, JSON_UNESCAPED_SLASHES | JSON_HEX_TAG | JSON_HEX_AMP);
        return true;
    }

    public static function notFound(): bool
    {
        return self::html((new Layout())->page('error', ['message' => Lang::get('error.not_found')], Lang::get('error.title')), 404);
    }

    /** Refuses a POST without the session's CSRF token, with WHMCS's message. */
    public static function invalidToken(): bool
    {
        return self::html((new Layout())->page('error', ['message' => Lang::get('error.csrf')], Lang::get('error.title')), 403);
    }
}
