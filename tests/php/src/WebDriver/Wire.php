<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\WebDriver;

use RuntimeException;

/**
 * The W3C WebDriver wire: JSON over HTTP to chromedriver. An answer whose `value` holds an
 * `error` is a failed command and becomes an exception that names it.
 */
final class Wire
{
    /**
     * @param array<string, mixed>|null $body
     *
     * @return array<string, mixed>
     */
    public static function request(string $method, string $url, ?array $body = null, float $timeout = 60.0): array
    {
        $answer = self::send($method, $url, $body, $timeout);
        if ($answer === null) {
            throw new RuntimeException("WebDriver {$method} {$url}: no answer");
        }
        $value = $answer['value'] ?? null;
        if (is_array($value) && isset($value['error'])) {
            $message = strtok((string) ($value['message'] ?? ''), "\n");
            throw new WebDriverError((string) $value['error'], "WebDriver {$method} {$url}: {$value['error']}: {$message}");
        }
        return $answer;
    }

    /**
     * The same, but null instead of an exception when nothing answers (the driver starting).
     *
     * @return array<string, mixed>|null
     */
    public static function tryRequest(string $method, string $url): ?array
    {
        return self::send($method, $url, null, 2.0);
    }

    /**
     * @param array<string, mixed>|null $body
     *
     * @return array<string, mixed>|null
     */
    private static function send(string $method, string $url, ?array $body, float $timeout): ?array
    {
        $curl = curl_init($url);
        curl_setopt_array($curl, [
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT_MS => (int) ($timeout * 1000),
            CURLOPT_HTTPHEADER => ['Content-Type: application/json; charset=utf-8'],
        ]);
        if ($method === 'POST') {
            // WebDriver wants an object even for commands without parameters.
            curl_setopt($curl, CURLOPT_POSTFIELDS, json_encode($body === null || $body === [] ? new \stdClass() : $body, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES));
        }
        $text = curl_exec($curl);
        curl_close($curl);
        if (!is_string($text) || $text === '') {
            return null;
        }
        $decoded = json_decode($text, true);
        return is_array($decoded) ? $decoded : null;
    }
}
