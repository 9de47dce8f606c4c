<?php

declare(strict_types=1);

namespace TrustOcean\Bench\Push;

/**
 * The baseline: how a plain-PHP module opens a TrustOcean push (the original's reading): the key
 * loaded, the body cut into one base64 piece per RSA block, each piece opened with
 * openssl_private_decrypt (PKCS#1 v1.5, not constant-time), the JSON decoded and the order named
 * by it picked out.
 */
final class PlainPushReceiver
{
    /** @return array{trustocean_id: int, event: string}|null */
    public function read(#[\SensitiveParameter] string $privateKey, string $body): ?array
    {
        parse_str($body, $fields);
        $sealed = is_string($fields['encrypted_data'] ?? null) ? $fields['encrypted_data'] : '';
        $key = openssl_pkey_get_private($privateKey);
        if ($key === false || $sealed === '') {
            return null;
        }
        $bytes = (int) openssl_pkey_get_details($key)['bits'] / 8;
        $piece = (int) (ceil($bytes / 3) * 4);
        $plain = '';
        foreach (str_split(str_replace(['-----BEGIN TRUSTOCEAN ENCRYPTED DATA-----', '-----END TRUSTOCEAN ENCRYPTED DATA-----', "\n"], '', $sealed), $piece) as $chunk) {
            if (!openssl_private_decrypt((string) base64_decode($chunk, true), $part, $key, OPENSSL_PKCS1_PADDING)) {
                return null;
            }
            $plain .= $part;
        }
        $event = json_decode($plain, true);
        if (!is_array($event) || !isset($event['trustocean_id'])) {
            return null;
        }
        return ['trustocean_id' => (int) $event['trustocean_id'], 'event' => (string) ($event['type'] ?? '')];
    }
}
