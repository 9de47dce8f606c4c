<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Http;

/**
 * What a customer asked to download. Secrets are private and hidden from var_dump().
 */
final class DownloadRequest
{
    public const KEY_SOURCES = ['none', 'server', 'pasted'];

    public function __construct(
        public readonly string $format,
        public readonly string $keySource,
        #[\SensitiveParameter] private readonly ?string $pastedKey,
        #[\SensitiveParameter] private readonly ?string $keyPassword,
        #[\SensitiveParameter] private readonly ?string $pfxPassword,
        public readonly bool $pfxLegacy
    ) {
    }

    /**
     * The options of TrustOcean\Bundle::zip() for this request.
     *
     * @return array<string, mixed>
     */
    public function bundleOptions(#[\SensitiveParameter] ?string $serverKey): array
    {
        $key = match ($this->keySource) {
            'server' => $serverKey,
            'pasted' => $this->pastedKey,
            default => null,
        };
        return [
            'formats' => [$this->format],
            'key' => $key,
            'key_password' => $this->keyPassword,
            'pfx_password' => $this->pfxPassword,
            'pfx_legacy' => $this->pfxLegacy,
        ];
    }

    /**
     * The secrets of this request, for the module log's replacement list.
     *
     * @return list<string>
     */
    public function secrets(): array
    {
        return array_values(array_filter([$this->pastedKey, $this->keyPassword, $this->pfxPassword], 'is_string'));
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['format' => $this->format, 'keySource' => $this->keySource, 'pfxLegacy' => $this->pfxLegacy];
    }
}
