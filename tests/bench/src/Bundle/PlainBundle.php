<?php

declare(strict_types=1);

namespace TrustOcean\Bench\Bundle;

use RuntimeException;
use ZipArchive;

/**
 * The baseline: the download zip a careful plain-PHP module builds, file for file as the
 * module's (Apache, Nginx, IIS PFX, Tomcat PKCS#12, HAProxy, PKCS#7, DER), with openssl_* and
 * ZipArchive. PHP has no call for a certificates-only PKCS#7, so it runs the openssl tool for
 * it, as such modules do.
 */
final class PlainBundle
{
    public function zip(
        string $certificate,
        string $chain,
        #[\SensitiveParameter] string $key,
        #[\SensitiveParameter] string $password,
        string $name,
        bool $withPkcs7 = true
    ): string {
        $x509 = openssl_x509_read($certificate);
        $privateKey = openssl_pkey_get_private($key);
        if ($x509 === false || $privateKey === false) {
            throw new RuntimeException('unreadable certificate or key');
        }
        $cas = self::split($chain);
        openssl_x509_export($x509, $leafPem);
        openssl_pkey_export($privateKey, $keyPem);
        $chainPem = implode('', $cas);

        if (
            !openssl_pkcs12_export($x509, $pfx, $privateKey, $password, ['extracerts' => $cas, 'friendly_name' => $name])
            || !openssl_pkcs12_export($x509, $p12, $privateKey, $password, ['extracerts' => $cas, 'friendly_name' => 'tomcat'])
        ) {
            throw new RuntimeException('openssl_pkcs12_export failed');
        }
        $der = base64_decode(preg_replace('/-----[^-]+-----|\s+/', '', $leafPem) ?? '', true);

        $file = (string) tempnam(sys_get_temp_dir(), 'bench-zip-');
        $zip = new ZipArchive();
        $zip->open($file, ZipArchive::OVERWRITE);
        $zip->addFromString("Apache/{$name}.crt", $leafPem);
        $zip->addFromString("Apache/{$name}.ca-bundle", $chainPem);
        $zip->addFromString("Apache/{$name}.key", $keyPem);
        $zip->addFromString("Nginx/{$name}.pem", $leafPem . $chainPem);
        $zip->addFromString("Nginx/{$name}.key", $keyPem);
        $zip->addFromString("IIS/{$name}.pfx", $pfx);
        $zip->addFromString("Tomcat/{$name}.p12", $p12);
        $zip->addFromString("HAProxy/{$name}.pem", $keyPem . $leafPem . $chainPem);
        if ($withPkcs7) {
            $zip->addFromString("Other/{$name}.p7b", self::pkcs7($leafPem . $chainPem));
        }
        $zip->addFromString("Other/{$name}.cer", (string) $der);
        $zip->addFromString('README.txt', "Apache, Nginx, IIS, Tomcat, HAProxy and other formats of {$name}.\n");
        $zip->close();
        $bytes = (string) file_get_contents($file);
        unlink($file);
        return $bytes;
    }

    /** @return list<string> the PEM certificates of a chain */
    private static function split(string $chain): array
    {
        preg_match_all('/-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----\s*/s', $chain, $matches);
        return $matches[0];
    }

    private static function pkcs7(string $certificates): string
    {
        $file = (string) tempnam(sys_get_temp_dir(), 'bench-p7-');
        file_put_contents($file, $certificates);
        $der = (string) shell_exec('openssl crl2pkcs7 -nocrl -certfile ' . escapeshellarg($file) . ' -outform DER 2>/dev/null');
        unlink($file);
        return $der;
    }
}
