<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

use OpenSSLAsymmetricKey;
use RuntimeException;

/**
 * The CSRs and private keys the corpus pastes, made with PHP's openssl: weak keys, weak digests,
 * unsupported curves and key types, markup in the subject, and damaged forms (cut off, a
 * changed signature, the wrong PEM block).
 */
final class HostileMaterial
{
    private const KEYS = [
        'rsa2048' => ['private_key_type' => OPENSSL_KEYTYPE_RSA, 'private_key_bits' => 2048],
        'rsa1024' => ['private_key_type' => OPENSSL_KEYTYPE_RSA, 'private_key_bits' => 1024],
        'rsa1536' => ['private_key_type' => OPENSSL_KEYTYPE_RSA, 'private_key_bits' => 1536],
        'ec-p256' => ['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1'],
        'ec-p521' => ['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'secp521r1'],
        'ec-secp256k1' => ['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'secp256k1'],
        'dsa2048' => ['private_key_type' => OPENSSL_KEYTYPE_DSA, 'private_key_bits' => 2048],
    ];

    private const CSR_KEYS = ['cn', 'sans', 'key', 'digest', 'subject', 'form'];

    private const KEY_KEYS = ['type', 'form', 'password'];

    /** @var array<string, string> spec => PEM, so each distinct CSR or key is made once a run */
    private static array $made = [];

    /**
     * A CSR: `cn` (null for none), `sans`, `key` (a name of KEYS), `digest` (sha256, sha1, md5),
     * `subject` (more DN fields by OpenSSL name), `form`: pem, truncated, tampered (one bit of
     * the signature flipped), certificate (a self-signed certificate instead), key (its private
     * key instead), public_key (its public key instead), crlf (Windows line ends), doubled (two
     * CSRs one after the other), der_in_armour (the binary DER between the PEM lines),
     * garbage (random base64 between the PEM lines), no_armour (the base64 alone),
     * legacy_label (BEGIN NEW CERTIFICATE REQUEST), junk_around (text before and after).
     * `sans` is a list or a text of one name a line.
     *
     * @param array<string, mixed> $spec
     */
    public static function csr(array $spec): string
    {
        self::refuseUnknown($spec, self::CSR_KEYS, '$csr');
        $id = 'csr' . json_encode($spec);
        return self::$made[$id] ??= self::makeCsr($spec);
    }

    /**
     * A private key: `type` (a name of KEYS), `form`: pem, encrypted (PKCS#8 with AES-256 and
     * `password`), encrypted_3des (PKCS#8 with triple DES, PHP's default), truncated, public
     * (the public key instead).
     *
     * @param array<string, mixed> $spec
     */
    public static function key(array $spec): string
    {
        self::refuseUnknown($spec, self::KEY_KEYS, '$key');
        $id = 'key' . json_encode($spec);
        return self::$made[$id] ??= self::makeKey($spec);
    }

    /** @param array<string, mixed> $spec */
    private static function makeCsr(array $spec): string
    {
        $digest = (string) ($spec['digest'] ?? 'sha256');
        $key = self::newKey((string) ($spec['key'] ?? 'rsa2048'));
        $subject = (array) ($spec['subject'] ?? []);
        if (array_key_exists('cn', $spec) && $spec['cn'] !== null) {
            $subject = ['commonName' => (string) $spec['cn']] + $subject;
        }
        if ($subject === []) {
            $subject = ['organizationName' => 'No Common Name Ltd'];
        }
        $sans = $spec['sans'] ?? [];
        $sans = array_map('strval', is_string($sans) ? explode("\n", $sans) : (array) $sans);
        $config = self::config($sans);
        try {
            $options = ['config' => $config, 'digest_alg' => $digest] + ($sans === [] ? [] : ['req_extensions' => 'v3_req']);
            $csr = openssl_csr_new($subject, $key, $options);
            if ($csr === false || !openssl_csr_export($csr, $pem)) {
                throw new RuntimeException('openssl could not make the CSR: ' . openssl_error_string());
            }
            return match ($spec['form'] ?? 'pem') {
                'pem' => $pem,
                'truncated' => substr($pem, 0, intdiv(strlen($pem), 2)),
                'tampered' => self::tamper($pem),
                'certificate' => self::certificate($csr, $key, $digest),
                'key' => self::export($key),
                'public_key' => (string) openssl_pkey_get_details($key)['key'],
                'crlf' => str_replace("\n", "\r\n", $pem),
                'doubled' => $pem . self::makeCsr(['cn' => 'other.example.com']),
                'der_in_armour' => self::armour(self::der($pem)),
                'garbage' => self::armour(chunk_split(base64_encode(hash('sha512', $pem, true) . hash('sha512', $digest, true)), 64, "\n")),
                'no_armour' => (string) preg_replace('/-----[A-Z ]+-----\n?/', '', $pem),
                'legacy_label' => str_replace('CERTIFICATE REQUEST-----', 'NEW CERTIFICATE REQUEST-----', $pem),
                'junk_around' => "Here is my CSR:\n" . $pem . "Thanks!\n",
                default => throw new RuntimeException('unknown CSR form ' . json_encode($spec['form'])),
            };
        } finally {
            @unlink($config);
        }
    }

    /** @param array<string, mixed> $spec */
    private static function makeKey(array $spec): string
    {
        $key = self::newKey((string) ($spec['type'] ?? 'rsa2048'));
        return match ($spec['form'] ?? 'pem') {
            'pem' => self::export($key),
            'encrypted' => self::export($key, (string) ($spec['password'] ?? 'secret'), OPENSSL_CIPHER_AES_256_CBC),
            'encrypted_3des' => self::export($key, (string) ($spec['password'] ?? 'secret'), OPENSSL_CIPHER_3DES),
            'truncated' => substr(self::export($key), 0, 300),
            'public' => (string) openssl_pkey_get_details($key)['key'],
            default => throw new RuntimeException('unknown key form ' . json_encode($spec['form'])),
        };
    }

    private static function newKey(string $type): OpenSSLAsymmetricKey
    {
        $options = self::KEYS[$type] ?? throw new RuntimeException("unknown key type {$type}");
        $key = openssl_pkey_new($options);
        if ($key === false) {
            throw new RuntimeException("openssl could not make a {$type} key: " . openssl_error_string());
        }
        return $key;
    }

    private static function export(OpenSSLAsymmetricKey $key, ?string $password = null, ?int $cipher = null): string
    {
        if (!openssl_pkey_export($key, $pem, $password, $cipher === null ? [] : ['encrypt_key_cipher' => $cipher])) {
            throw new RuntimeException('openssl could not export the key: ' . openssl_error_string());
        }
        return $pem;
    }

    /** The CSR with one bit of its signature (the end of the DER) flipped. */
    private static function tamper(string $pem): string
    {
        $der = self::der($pem);
        $der[strlen($der) - 5] = chr(ord($der[strlen($der) - 5]) ^ 0x01);
        return self::armour(chunk_split(base64_encode($der), 64, "\n"));
    }

    /** The binary DER of a PEM block. */
    private static function der(string $pem): string
    {
        return (string) base64_decode((string) preg_replace('/-----[A-Z ]+-----|\s+/', '', $pem), true);
    }

    /** A body between CSR PEM lines. */
    private static function armour(string $body): string
    {
        return "-----BEGIN CERTIFICATE REQUEST-----\n" . rtrim($body, "\n") . "\n-----END CERTIFICATE REQUEST-----\n";
    }

    private static function certificate(\OpenSSLCertificateSigningRequest $csr, OpenSSLAsymmetricKey $key, string $digest): string
    {
        $certificate = openssl_csr_sign($csr, null, $key, 30, ['digest_alg' => $digest]);
        if ($certificate === false || !openssl_x509_export($certificate, $pem)) {
            throw new RuntimeException('openssl could not sign the certificate: ' . openssl_error_string());
        }
        return $pem;
    }

    /** @param list<string> $sans */
    private static function config(array $sans): string
    {
        $path = (string) tempnam(sys_get_temp_dir(), 'hostile-csr-');
        $text = "[req]\ndistinguished_name = dn\n[dn]\n";
        if ($sans !== []) {
            $text .= "[v3_req]\nsubjectAltName = " . implode(',', array_map(static fn (string $san): string => 'DNS:' . $san, $sans)) . "\n";
        }
        file_put_contents($path, $text);
        return $path;
    }

    /**
     * @param array<string, mixed> $spec
     * @param list<string>         $known
     */
    private static function refuseUnknown(array $spec, array $known, string $generator): void
    {
        $unknown = array_diff(array_keys($spec), $known);
        if ($unknown !== []) {
            throw new RuntimeException("{$generator}: unknown keys " . implode(', ', $unknown));
        }
    }
}
