<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Push;

use TrustOcean\Push;

/**
 * A request to the push receiver: its method, declared size, content type and body, read at
 * most up to the size limit (one byte more, to tell a body that is too large).
 */
final class PushRequest
{
    private ?string $body = null;

    /**
     * @param \Closure(int): string $readBody reads up to n bytes of the raw body
     * @param string|null          $uniqueId the `uid` of the push URL: the unique id of the
     *                                       order whose push URL it is (a hint, like the body)
     */
    public function __construct(
        public readonly string $method,
        public readonly ?int $contentLength,
        public readonly string $contentType,
        private readonly \Closure $readBody,
        public readonly ?string $uniqueId = null
    ) {
    }

    public static function fromGlobals(): self
    {
        $length = $_SERVER['CONTENT_LENGTH'] ?? null;
        return new self(
            strtoupper((string) ($_SERVER['REQUEST_METHOD'] ?? 'GET')),
            is_numeric($length) ? (int) $length : null,
            (string) ($_SERVER['CONTENT_TYPE'] ?? ''),
            static function (int $limit): string {
                $input = fopen('php://input', 'rb');
                $body = $input === false ? '' : (string) stream_get_contents($input, $limit);
                if ($input !== false) {
                    fclose($input);
                }
                // A multipart body is parsed by PHP and not left in php://input.
                if ($body === '' && $_POST !== []) {
                    $body = http_build_query($_POST);
                }
                return $body;
            },
            self::uniqueId($_GET['uid'] ?? null)
        );
    }

    /** A unique id as TrustOcean makes them (letters and digits), or null for anything else. */
    private static function uniqueId(mixed $value): ?string
    {
        return is_string($value) && preg_match('/^[A-Za-z0-9]{8,20}$/', $value) === 1 ? $value : null;
    }

    /** Whether the body is over the limit (declared, or found while reading). */
    public function tooLarge(): bool
    {
        if ($this->contentLength !== null && $this->contentLength > Push::MAX_BODY) {
            return true;
        }
        return strlen($this->body()) > Push::MAX_BODY;
    }

    /** The raw body, at most one byte over the limit. */
    public function body(): string
    {
        return $this->body ??= ($this->readBody)(Push::MAX_BODY + 1);
    }

    /** The content type to read the body as; a multipart body was re-encoded as a form. */
    public function bodyType(): string
    {
        return stripos($this->contentType, 'multipart/') === 0 ? 'application/x-www-form-urlencoded' : $this->contentType;
    }
}
