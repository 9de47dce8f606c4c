<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Push;

use TrustOcean\Push;
use TrustOcean\Whmcs\Database\Settings;

/**
 * The reseller's push key pair: the private key only encrypted (WHMCS encrypt()), the public key
 * as it is pasted into the TrustOcean console.
 */
final class PushKeyStore
{
    private const PRIVATE_KEY = 'push.private_key';
    private const PUBLIC_KEY = 'push.public_key';
    private const BITS = 'push.key_bits';

    public function __construct(private readonly Settings $settings = new Settings())
    {
    }

    /** The private key, decrypted; null when none is configured. */
    public function privateKey(): ?string
    {
        return $this->settings->secret(self::PRIVATE_KEY);
    }

    public function publicKey(): ?string
    {
        $key = $this->settings->get(self::PUBLIC_KEY);
        return $key === null || $key === '' ? null : $key;
    }

    public function bits(): ?int
    {
        $bits = (int) ($this->settings->get(self::BITS) ?? 0);
        return $bits > 0 ? $bits : null;
    }

    /**
     * Makes and stores a new pair, replacing the old one.
     *
     * @throws \TrustOcean\InvalidArgumentException for a size that is not offered
     */
    public function generate(int $bits, int $now): void
    {
        $this->store(Push::generateKeyPair($bits), $now);
    }

    /**
     * Checks and stores a private key the reseller already has.
     *
     * @throws \TrustOcean\InvalidArgumentException when it is not a usable RSA key
     */
    public function import(#[\SensitiveParameter] string $privateKey, int $now): void
    {
        $this->store(Push::importKey($privateKey), $now);
    }

    /** @param array{privateKey: string, publicKey: string, bits: int} $pair */
    private function store(#[\SensitiveParameter] array $pair, int $now): void
    {
        $this->settings->putSecret(self::PRIVATE_KEY, $pair['privateKey'], $now);
        $this->settings->put(self::PUBLIC_KEY, $pair['publicKey'], $now);
        $this->settings->put(self::BITS, (string) $pair['bits'], $now);
    }
}
