<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Push;

/**
 * The receiver's answer: JSON as TrustOcean's own receivers answer. It depends only on the method
 * and the size of the request, never on what the body held, so it tells a sender nothing about
 * whether a push could be opened.
 */
final class PushResponse
{
    /** @param array<string, string> $headers */
    private function __construct(
        public readonly int $status,
        public readonly array $payload,
        public readonly array $headers = []
    ) {
    }

    public static function accepted(): self
    {
        return new self(200, ['status' => 'success']);
    }

    public static function methodNotAllowed(): self
    {
        return new self(405, ['status' => 'error', 'message' => 'Only POST is accepted here.'], ['Allow' => 'POST']);
    }

    public static function tooLarge(): self
    {
        return new self(413, ['status' => 'error', 'message' => 'The request body is too large.']);
    }

    public function isAccepted(): bool
    {
        return $this->status === 200;
    }

    /** Sends the answer and, where the server allows, closes the connection before any work. */
    public function send(): void
    {
        http_response_code($this->status);
        header('Content-Type: application/json');
        header('Cache-Control: no-store');
        foreach ($this->headers as $name => $value) {
            header("{$name}: {$value}");
        }
        echo json_encode($this->payload, JSON_THROW_ON_ERROR);

        if (function_exists('fastcgi_finish_request')) {
            fastcgi_finish_request();
        } elseif (function_exists('litespeed_finish_request')) {
            litespeed_finish_request();
        }
    }
}
