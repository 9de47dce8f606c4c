<?php

declare(strict_types=1);

namespace WhmcsStandIn\Security;

/**
 * Authenticated encryption behind encrypt()/decrypt(): libsodium's secretbox (XSalsa20-Poly1305)
 * with a key derived from the configuration's $cc_encryption_hash.
 *
 * WHMCS's own cipher is not documented; modules only rely on decrypt(encrypt($s)) === $s and on
 * the stored text being unreadable without the key, which this gives, plus tamper detection.
 */
final class Encryption
{
    private string $key;

    public function __construct(#[\SensitiveParameter] string $encryptionHash)
    {
        $this->key = sodium_crypto_generichash(
            'whmcs-stand-in encrypt() key:' . $encryptionHash,
            '',
            SODIUM_CRYPTO_SECRETBOX_KEYBYTES
        );
    }

    public function encrypt(#[\SensitiveParameter] string $plainText): string
    {
        $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        return base64_encode($nonce . sodium_crypto_secretbox($plainText, $nonce, $this->key));
    }

    /**
     * The plain text, or null when the value was not made by encrypt() with this key or was
     * altered since.
     */
    public function decrypt(string $cipherText): ?string
    {
        $raw = base64_decode($cipherText, true);
        if ($raw === false || strlen($raw) < SODIUM_CRYPTO_SECRETBOX_NONCEBYTES + SODIUM_CRYPTO_SECRETBOX_MACBYTES) {
            return null;
        }
        $plain = sodium_crypto_secretbox_open(
            substr($raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES),
            substr($raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES),
            $this->key
        );
        return $plain === false ? null : $plain;
    }
}
