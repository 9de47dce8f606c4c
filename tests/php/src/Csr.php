<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support;

use RuntimeException;

/**
 * An RSA key and a SHA-256 certificate signing request made with PHP's openssl extension.
 */
final class Csr
{
    private function __construct(
        public readonly string $csrPem,
        public readonly string $privateKeyPem
    ) {
    }

    /**
     * @param non-empty-list<string> $domains The first is the common name; all are subjectAltNames.
     */
    public static function create(array $domains): self
    {
        $config = self::writeConfig($domains);
        try {
            $options = [
                'config' => $config,
                'digest_alg' => 'sha256',
                'private_key_bits' => 2048,
                'private_key_type' => OPENSSL_KEYTYPE_RSA,
                'req_extensions' => 'v3_req',
            ];
            $key = openssl_pkey_new($options);
            if ($key === false) {
                throw new RuntimeException('openssl_pkey_new failed: ' . self::opensslErrors());
            }
            $csr = openssl_csr_new(['commonName' => $domains[0]], $key, $options);
            if (!$csr instanceof \OpenSSLCertificateSigningRequest) {
                throw new RuntimeException('openssl_csr_new failed: ' . self::opensslErrors());
            }
            if (!openssl_csr_export($csr, $csrPem) || !openssl_pkey_export($key, $keyPem, null, $options)) {
                throw new RuntimeException('exporting the CSR or key failed: ' . self::opensslErrors());
            }
            return new self($csrPem, $keyPem);
        } finally {
            @unlink($config);
        }
    }

    /**
     * @param non-empty-list<string> $domains
     */
    private static function writeConfig(array $domains): string
    {
        $names = implode(',', array_map(static fn (string $d): string => 'DNS:' . $d, $domains));
        $path = (string) tempnam(sys_get_temp_dir(), 'trustocean-csr-');
        file_put_contents(
            $path,
            "[req]\ndistinguished_name = dn\nreq_extensions = v3_req\nprompt = no\n[dn]\n"
            . "[v3_req]\nsubjectAltName = {$names}\n"
        );
        return $path;
    }

    private static function opensslErrors(): string
    {
        $errors = [];
        while (($error = openssl_error_string()) !== false) {
            $errors[] = $error;
        }
        return $errors === [] ? 'no OpenSSL error reported' : implode('; ', $errors);
    }
}
