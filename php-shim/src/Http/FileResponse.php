<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Http;

/**
 * A file handed to the browser as a download, instead of a page.
 */
final class FileResponse
{
    public function __construct(
        public readonly string $filename,
        public readonly string $contentType,
        private readonly string $body
    ) {
    }

    public function body(): string
    {
        return $this->body;
    }

    /**
     * The HTTP headers of the download. Nothing may be cached on the way: a bundle can hold a
     * private key.
     *
     * @return list<string>
     */
    public function headers(): array
    {
        $ascii = preg_replace('/[^A-Za-z0-9._-]/', '_', $this->filename) ?? 'download';
        return [
            'Content-Type: ' . $this->contentType,
            'Content-Disposition: attachment; filename="' . $ascii . '"',
            'Content-Length: ' . strlen($this->body),
            'Cache-Control: no-store, private',
            'Pragma: no-cache',
            'X-Content-Type-Options: nosniff',
        ];
    }

    /**
     * Sends the file and ends the request, so WHMCS appends no page to it.
     */
    public function send(): never
    {
        // Output buffered so far (WHMCS buffers the page) must not precede the file.
        while (ob_get_level() > 0) {
            ob_end_clean();
        }
        foreach ($this->headers() as $header) {
            header($header);
        }
        echo $this->body;
        exit;
    }
}
