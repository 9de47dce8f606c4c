<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Whmcs;

use RuntimeException;

/**
 * A small HTTP client with a cookie jar, enough to use the stand-in's pages as a browser would
 * (no JavaScript: every module page must work without it).
 */
class Browser
{
    private string $cookieJar;

    /** @var list<string> */
    private array $headers = [];

    public function __construct(protected readonly string $baseUrl)
    {
        $this->cookieJar = (string) tempnam(sys_get_temp_dir(), 'standin-cookies-');
    }

    public function __destruct()
    {
        @unlink($this->cookieJar);
    }

    /** Sends this header with every following request (e.g. a forged Host). */
    public function sendHeader(string $name, string $value): void
    {
        $this->headers[] = "{$name}: {$value}";
    }

    public function get(string $path): Page
    {
        return $this->request('GET', $path, null);
    }

    /**
     * The cookies this browser holds, as a Cookie request header value, for tools that replay
     * its session (the load benchmark's wrk threads).
     */
    public function cookieHeader(): string
    {
        $pairs = [];
        foreach (file($this->cookieJar, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
            // Netscape cookie file: comments start with '#', except the '#HttpOnly_' domain prefix.
            if ($line === '' || (str_starts_with($line, '#') && !str_starts_with($line, '#HttpOnly_'))) {
                continue;
            }
            $fields = explode("\t", $line);
            if (count($fields) === 7) {
                $pairs[] = $fields[5] . '=' . $fields[6];
            }
        }
        return implode('; ', $pairs);
    }

    /** @param array<string, mixed> $fields form fields; nested arrays become name[key] fields */
    public function post(string $path, array $fields): Page
    {
        return $this->request('POST', $path, http_build_query($fields));
    }

    private function request(string $method, string $path, ?string $body): Page
    {
        $handle = curl_init($this->baseUrl . '/' . ltrim($path, '/'));
        $headers = [];
        curl_setopt_array($handle, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_COOKIEJAR => $this->cookieJar,
            CURLOPT_COOKIEFILE => $this->cookieJar,
            CURLOPT_FOLLOWLOCATION => true,
            CURLOPT_TIMEOUT => 60,
            CURLOPT_HTTPHEADER => $this->headers,
            CURLOPT_HEADERFUNCTION => static function ($curl, string $line) use (&$headers): int {
                if (str_contains($line, ':')) {
                    [$name, $value] = explode(':', $line, 2);
                    $headers[strtolower(trim($name))] = trim($value);
                }
                return strlen($line);
            },
        ]);
        if ($method === 'POST') {
            curl_setopt($handle, CURLOPT_POST, true);
            curl_setopt($handle, CURLOPT_POSTFIELDS, (string) $body);
        }
        $response = curl_exec($handle);
        if ($response === false) {
            throw new RuntimeException("{$method} {$path}: " . curl_error($handle));
        }
        $status = (int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE);
        $finalUrl = (string) curl_getinfo($handle, CURLINFO_EFFECTIVE_URL);
        curl_close($handle);
        return new Page($status, $headers, (string) $response, $finalUrl);
    }
}
