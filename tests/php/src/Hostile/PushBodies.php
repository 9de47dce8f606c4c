<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

use RuntimeException;
use TrustOcean\Whmcs\Push\PushKeyStore;

/**
 * Push bodies as TrustOcean sends them, or forged: an event (JSON) sealed as TrustOcean's PHP
 * seals it (openssl_public_encrypt per 117-byte block, each block base64) for the module's push
 * key or for another key, then damaged (a bit of one block flipped, cut off) and sent as the
 * `encrypted_data` form field or as the bare text. A 1024-bit pair (TrustOcean's block size) is
 * made for the module on first use; the test puts the settings back afterwards.
 *
 * Spec keys: `event` (object) or `plaintext` (text) to seal; `seal`: module, other or none
 * (the event's fields sent as a plain form); `tamper`: the block to flip a bit of; `truncate`:
 * the sealed text's length to keep; `encoding`: form (default) or raw; `field`: the form
 * field's name (encrypted_data).
 */
final class PushBodies
{
    private const SPEC_KEYS = ['event', 'plaintext', 'seal', 'tamper', 'truncate', 'encoding', 'field'];

    private ?string $moduleKey = null;

    private ?string $otherKey = null;

    /** @param array<string, mixed> $spec */
    public function body(array $spec): string
    {
        $unknown = array_diff(array_keys($spec), self::SPEC_KEYS);
        if ($unknown !== []) {
            throw new RuntimeException('$push: unknown keys ' . implode(', ', $unknown));
        }
        $seal = (string) ($spec['seal'] ?? 'module');
        if ($seal === 'none') {
            return http_build_query((array) ($spec['event'] ?? []));
        }
        $plaintext = isset($spec['plaintext'])
            ? (string) $spec['plaintext']
            : json_encode($spec['event'] ?? [], JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
        $sealed = self::seal($plaintext, $seal === 'other' ? $this->otherKey() : $this->moduleKey());
        if (isset($spec['tamper'])) {
            $sealed = self::tamper($sealed, (int) $spec['tamper']);
        }
        if (isset($spec['truncate'])) {
            $sealed = substr($sealed, 0, (int) $spec['truncate']);
        }
        return ($spec['encoding'] ?? 'form') === 'raw'
            ? $sealed
            : http_build_query([(string) ($spec['field'] ?? 'encrypted_data') => $sealed]);
    }

    /** The module's push public key, of a 1024-bit pair made on first use. */
    public function moduleKey(): string
    {
        if ($this->moduleKey === null) {
            $store = new PushKeyStore();
            $store->generate(1024, time());
            $this->moduleKey = (string) $store->publicKey();
        }
        return $this->moduleKey;
    }

    private function otherKey(): string
    {
        if ($this->otherKey === null) {
            $key = openssl_pkey_new(['private_key_bits' => 1024, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
            if ($key === false) {
                throw new RuntimeException('openssl could not make a key');
            }
            $this->otherKey = (string) openssl_pkey_get_details($key)['key'];
        }
        return $this->otherKey;
    }

    private static function seal(string $plaintext, string $publicKey): string
    {
        $sealed = '';
        foreach (str_split($plaintext, 117) as $chunk) {
            if (!openssl_public_encrypt($chunk, $block, $publicKey, OPENSSL_PKCS1_PADDING)) {
                throw new RuntimeException('openssl could not seal the push');
            }
            $sealed .= base64_encode($block);
        }
        return $sealed;
    }

    /** One bit of block $index flipped (172 base64 characters a block for a 1024-bit key). */
    private static function tamper(string $sealed, int $index): string
    {
        $block = (string) base64_decode(substr($sealed, 172 * $index, 172), true);
        $block[64] = chr(ord($block[64]) ^ 0x01);
        return substr($sealed, 0, 172 * $index) . base64_encode($block) . substr($sealed, 172 * ($index + 1));
    }
}
