<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Toolkit;

use PHPUnit\Framework\TestCase;
use TrustOcean\Bundle;
use TrustOcean\InvalidArgumentException;
use TrustOcean\Tests\Support\ZipReader;

/**
 * TrustOcean\Bundle: the zip's files read back with PHP's openssl extension
 * (openssl_pkcs12_read on every PFX/P12, openssl_x509_parse on the PEMs).
 */
final class BundleTest extends TestCase
{
    private const PFX_PASSWORD = 'pfx-php-pass-5e1d';

    private static function fixture(string $relative): string
    {
        $contents = file_get_contents(dirname(__DIR__, 3) . '/fixtures/' . $relative);
        self::assertIsString($contents, $relative);
        return $contents;
    }

    /**
     * @param array<string, mixed> $extra
     * @return array<string, string>
     */
    private static function bundle(array $extra = []): array
    {
        $zip = Bundle::zip(
            self::fixture('certs/rsa-leaf.pem'),
            self::fixture('chains/rsa-2level.pem'),
            $extra + ['key' => self::fixture('certs/rsa-leaf.key'), 'pfx_password' => self::PFX_PASSWORD]
        );
        self::assertStringStartsWith("PK\x03\x04", $zip);
        return ZipReader::entries($zip);
    }

    public function testZipHoldsEveryFormat(): void
    {
        $entries = self::bundle();

        self::assertSame(
            [
                'Apache/', 'Apache/www_example_com.crt', 'Apache/www_example_com.ca-bundle', 'Apache/www_example_com.key',
                'Nginx/', 'Nginx/www_example_com.pem', 'Nginx/www_example_com.key',
                'IIS/', 'IIS/www_example_com.pfx',
                'Tomcat/', 'Tomcat/www_example_com.p12',
                'HAProxy/', 'HAProxy/www_example_com.pem',
                'Other/', 'Other/www_example_com.p7b', 'Other/www_example_com.cer',
                'README.txt',
            ],
            array_keys($entries)
        );
        self::assertSame(self::fixture('certs/rsa-leaf.pem'), $entries['Apache/www_example_com.crt']);
        self::assertStringContainsString('Apache/www_example_com.crt', $entries['README.txt']);
    }

    public function testPemFilesParseWithOpenssl(): void
    {
        $entries = self::bundle();

        $leaf = openssl_x509_parse($entries['Apache/www_example_com.crt']);
        self::assertIsArray($leaf);
        self::assertSame('www.example.com', $leaf['subject']['CN']);
        self::assertSame('Fixture RSA Intermediate 1', openssl_x509_parse($entries['Apache/www_example_com.ca-bundle'])['subject']['CN'] ?? null);
        self::assertSame('www.example.com', openssl_x509_parse($entries['Nginx/www_example_com.pem'])['subject']['CN'] ?? null);
        self::assertTrue(openssl_x509_check_private_key($entries['Apache/www_example_com.crt'], $entries['Nginx/www_example_com.key']));
        self::assertTrue(openssl_x509_check_private_key($entries['HAProxy/www_example_com.pem'], $entries['HAProxy/www_example_com.pem']));

        $der = $entries['Other/www_example_com.cer'];
        $pem = "-----BEGIN CERTIFICATE-----\n" . chunk_split(base64_encode($der), 64, "\n") . "-----END CERTIFICATE-----\n";
        self::assertSame('www.example.com', openssl_x509_parse($pem)['subject']['CN'] ?? null);
    }

    /**
     * @return array<string, array{0: bool}>
     */
    public function pkcs12Modes(): array
    {
        return ['AES-256/SHA-256' => [false], 'legacy 3DES/SHA-1' => [true]];
    }

    /**
     * @dataProvider pkcs12Modes
     */
    public function testEveryPkcs12ReadsWithOpensslPkcs12Read(bool $legacy): void
    {
        $entries = self::bundle(['pfx_legacy' => $legacy, 'tomcat_alias' => 'shop']);

        foreach (['IIS/www_example_com.pfx', 'Tomcat/www_example_com.p12'] as $name) {
            $read = [];
            self::assertTrue(openssl_pkcs12_read($entries[$name], $read, self::PFX_PASSWORD), $name . ': ' . openssl_error_string());
            self::assertSame('www.example.com', openssl_x509_parse($read['cert'])['subject']['CN'] ?? null);
            self::assertTrue(openssl_x509_check_private_key($read['cert'], $read['pkey']));
            self::assertCount(2, $read['extracerts']);
            $wrong = [];
            self::assertFalse(openssl_pkcs12_read($entries[$name], $wrong, 'wrong password'));
        }
    }

    public function testSinglePfxHelper(): void
    {
        $pfx = Bundle::pfx(
            self::fixture('certs/ec-leaf.pem'),
            self::fixture('chains/ecc-2level.pem'),
            self::fixture('certs/ec-leaf.key'),
            self::PFX_PASSWORD,
            null,
            true
        );
        $read = [];

        self::assertTrue(openssl_pkcs12_read($pfx, $read, self::PFX_PASSWORD));
        self::assertSame('shop.example.org', openssl_x509_parse($read['cert'])['subject']['CN'] ?? null);
    }

    public function testEncryptedKeyWithItsPassword(): void
    {
        $pfx = Bundle::pfx(
            self::fixture('certs/rsa-leaf.pem'),
            self::fixture('chains/rsa-2level.pem'),
            self::fixture('certs/rsa-leaf.encrypted.key'),
            self::PFX_PASSWORD,
            'fixture-key-pass'
        );
        $read = [];

        self::assertTrue(openssl_pkcs12_read($pfx, $read, self::PFX_PASSWORD));
    }

    public function testPkcs7PemListsTheChain(): void
    {
        $p7b = Bundle::pkcs7(self::fixture('certs/deep-leaf.pem'), self::fixture('chains/rsa-3level.pem'), true);
        $certificates = [];

        self::assertStringStartsWith('-----BEGIN PKCS7-----', $p7b);
        self::assertTrue(openssl_pkcs7_read($p7b, $certificates));
        self::assertCount(4, $certificates);
        self::assertStringStartsWith("\x30", Bundle::pkcs7(self::fixture('certs/deep-leaf.pem'), self::fixture('chains/rsa-3level.pem')));
    }

    public function testWithoutKeyTheKeyFormatsAreLeftOut(): void
    {
        $entries = ZipReader::entries(Bundle::zip(self::fixture('certs/wildcard.pem'), self::fixture('chains/rsa-2level.pem')));

        self::assertArrayHasKey('Apache/wildcard_example_net.crt', $entries);
        self::assertArrayNotHasKey('IIS/wildcard_example_net.pfx', $entries);
        self::assertArrayNotHasKey('Apache/wildcard_example_net.key', $entries);
        self::assertStringContainsString('No private key was given', $entries['README.txt']);
    }

    public function testSelectedFormats(): void
    {
        $entries = self::bundle(['formats' => ['der', 'nginx']]);

        self::assertSame(
            ['Nginx/', 'Nginx/www_example_com.pem', 'Nginx/www_example_com.key', 'Other/', 'Other/www_example_com.cer', 'README.txt'],
            array_keys($entries)
        );
        self::assertSame(['apache', 'nginx', 'iis', 'tomcat', 'haproxy', 'pkcs7', 'der'], Bundle::formats());
    }

    /**
     * @return array<string, array{0: array<string, mixed>, 1: string}>
     */
    public function refusals(): array
    {
        return [
            'key of another certificate' => [['key' => self::fixture('certs/wildcard.key')], 'bundle.key_mismatch'],
            'no PFX password' => [['pfx_password' => null], 'bundle.pfx_password_required'],
            'unknown format' => [['formats' => ['jks']], 'input.invalid'],
            'garbage key' => [['key' => 'not a key'], ''],
        ];
    }

    /**
     * @dataProvider refusals
     * @param array<string, mixed> $options
     */
    public function testRefusalsCarryReasonCodes(array $options, string $reason): void
    {
        try {
            self::bundle($options);
            self::fail('the bundle was built');
        } catch (InvalidArgumentException $e) {
            if ($reason === '') {
                self::assertStringStartsWith('key.', $e->reasonCode);
            } else {
                self::assertSame($reason, $e->reasonCode, $e->getMessage());
            }
            self::assertStringNotContainsString('PRIVATE KEY', $e->getMessage());
            self::assertStringNotContainsString(self::PFX_PASSWORD, $e->getMessage());
        }
    }

    public function testBadCertificatesAndOptions(): void
    {
        $chain = self::fixture('chains/rsa-2level.pem');
        $cases = [
            'certificate.empty' => static fn () => Bundle::zip('', $chain),
            'certificate.truncated' => static fn () => Bundle::zip(self::fixture('certs/truncated.pem'), $chain),
            'certificate.wrong_pem_type' => static fn () => Bundle::zip(self::fixture('certs/rsa-leaf.key'), $chain),
            'certificate.too_large' => static fn () => Bundle::zip(self::fixture('certs/rsa-leaf.pem'), str_repeat('A', 10 * 1024 * 1024)),
            'chain.incomplete' => static fn () => Bundle::zip(self::fixture('certs/deep-leaf.pem'), self::fixture('chains/missing-link.pem')),
            'input.invalid' => static fn () => Bundle::zip(self::fixture('certs/rsa-leaf.pem'), $chain, ['pfx_legacy' => 'yes']),
        ];
        foreach ($cases as $reason => $call) {
            try {
                $call();
                self::fail("expected {$reason}");
            } catch (InvalidArgumentException $e) {
                self::assertSame($reason, $e->reasonCode, $e->getMessage());
            }
        }
    }
}
