<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web;

/**
 * The request, read defensively: every accessor returns a string ('' when absent or not a
 * string), so no page trips over `field[]=` tricks.
 */
final class Request
{
    /**
     * @param array<string, mixed> $query
     * @param array<string, mixed> $post
     */
    public function __construct(public readonly string $method, private readonly array $query, private readonly array $post)
    {
    }

    public static function fromGlobals(): self
    {
        return new self(strtoupper((string) ($_SERVER['REQUEST_METHOD'] ?? 'GET')), $_GET, $_POST);
    }

    public function isPost(): bool
    {
        return $this->method === 'POST';
    }

    public function query(string $name): string
    {
        $value = $this->query[$name] ?? '';
        return is_string($value) ? trim($value) : '';
    }

    public function post(string $name): string
    {
        $value = $this->post[$name] ?? '';
        return is_string($value) ? trim($value) : '';
    }

    /** A field from the body, else from the query string (WHMCS reads $_REQUEST). */
    public function input(string $name): string
    {
        $posted = $this->post($name);
        return $posted !== '' ? $posted : $this->query($name);
    }

    public function queryInt(string $name): int
    {
        $value = $this->query($name);
        return ctype_digit($value) ? (int) $value : 0;
    }

    /** @return array<string, mixed> the raw body, for forms with nested fields */
    public function postArray(string $name): array
    {
        $value = $this->post[$name] ?? [];
        return is_array($value) ? $value : [];
    }

    /** Whether the body's token is the session's CSRF token. */
    public function hasValidToken(): bool
    {
        return check_token('WHMCS.default', $this->post('token'));
    }
}
