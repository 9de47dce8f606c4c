<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Toolkit;

use PHPUnit\Framework\TestCase;
use TrustOcean\Csr;
use TrustOcean\InvalidArgumentException;
use TrustOcean\PrivateKey;

/**
 * TrustOcean\PrivateKey: generated keys PHP's OpenSSL opens, fixture keys of every format, key
 * and CSR matching, and reason codes that never carry the key or the password.
 */
final class PrivateKeyTest extends TestCase
{
    private const FIXTURE_PASSWORD = 'correct-horse-battery';

    private static function fixture(string $name): string
    {
        return (string) file_get_contents(dirname(__DIR__, 3) . '/fixtures/keys/' . $name);
    }

    /**
     * @return array<string, array{0: string, 1: int, 2: int}>
     */
    public function keyTypes(): array
    {
        return [
            'rsa2048' => ['rsa2048', OPENSSL_KEYTYPE_RSA, 2048],
            'rsa3072' => ['rsa3072', OPENSSL_KEYTYPE_RSA, 3072],
            'rsa4096' => ['rsa4096', OPENSSL_KEYTYPE_RSA, 4096],
            'ec-p256' => ['ec-p256', OPENSSL_KEYTYPE_EC, 256],
            'ec-p384' => ['ec-p384', OPENSSL_KEYTYPE_EC, 384],
        ];
    }

    /**
     * @dataProvider keyTypes
     */
    public function testGeneratedKeyOpensInPhpOpenssl(string $type, int $opensslType, int $bits): void
    {
        $pem = PrivateKey::generate($type);

        $key = openssl_pkey_get_private($pem);
        $details = $key === false ? [] : openssl_pkey_get_details($key);

        self::assertStringStartsWith('-----BEGIN PRIVATE KEY-----', $pem);
        self::assertSame($opensslType, $details['type'] ?? null);
        self::assertSame($bits, $details['bits'] ?? null);
        self::assertSame($type, PrivateKey::inspect($pem)['name']);
    }

    public function testDefaultIsRsa2048(): void
    {
        self::assertSame('rsa2048', PrivateKey::inspect(PrivateKey::generate())['name']);
    }

    public function testEncryptedKeyOpensOnlyWithThePassword(): void
    {
        $pem = PrivateKey::generate('ec-p256', 'pässword');

        self::assertStringStartsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----', $pem);
        self::assertNotFalse(openssl_pkey_get_private($pem, 'pässword'));
        self::assertFalse(@openssl_pkey_get_private($pem, 'wrong'));
        self::assertSame('ec', PrivateKey::inspect($pem, 'pässword')['type']);
    }

    public function testInspectReadsEveryFormat(): void
    {
        $cases = [
            'rsa2048-pkcs8.pem' => 'rsa2048',
            'rsa2048-pkcs1.pem' => 'rsa2048',
            'rsa2048-pkcs8.der' => 'rsa2048',
            'ec-p256-sec1.pem' => 'ec-p256',
            'ec-p384-pkcs8.pem' => 'ec-p384',
            'rsa2048-pkcs8-encrypted-aes256.pem' => 'rsa2048',
            'ec-p384-pkcs8-encrypted-scrypt.pem' => 'ec-p384',
        ];

        foreach ($cases as $fixture => $name) {
            self::assertSame($name, PrivateKey::inspect(self::fixture($fixture), self::FIXTURE_PASSWORD)['name'], $fixture);
        }
    }

    public function testPublicKeyFingerprintMatchesPhpOpenssl(): void
    {
        $pem = self::fixture('ec-p256-pkcs8.pem');
        $key = openssl_pkey_get_private($pem);
        $publicPem = $key === false ? '' : openssl_pkey_get_details($key)['key'];
        $der = base64_decode(preg_replace('/-----[^-]+-----|\s/', '', $publicPem) ?? '', true);

        self::assertSame(hash('sha256', (string) $der), PrivateKey::inspect($pem)['public_key_sha256']);
    }

    public function testMatchesCsrOnlyForItsOwnKey(): void
    {
        $generated = Csr::generate(['CN' => 'www.example.com'], 'ec-p256', null, 'pw');
        $other = PrivateKey::generate('ec-p256');

        self::assertTrue(PrivateKey::matchesCsr($generated['private_key'], $generated['csr'], 'pw'));
        self::assertFalse(PrivateKey::matchesCsr($other, $generated['csr']));
        self::assertSame(
            Csr::parse($generated['csr'])['public_key_sha256'],
            PrivateKey::inspect($generated['private_key'], 'pw')['public_key_sha256']
        );
    }

    /**
     * @return array<string, array{0: string, 1: ?string, 2: string}>
     */
    public function badKeys(): array
    {
        $encrypted = self::fixture('rsa2048-pkcs8-encrypted-aes256.pem');
        return [
            'empty' => ['', null, 'key.empty'],
            'garbage' => ['not a key at all', null, 'key.unreadable'],
            'ten megabytes' => [str_repeat('A', 10 * 1024 * 1024), null, 'key.too_large'],
            'csr instead of key' => [(string) file_get_contents(dirname(__DIR__, 3) . '/fixtures/csr/rsa2048-sha256.pem'), null, 'key.wrong_pem_type'],
            'no END line' => [self::fixture('rsa2048-pkcs8-truncated.pem'), null, 'key.truncated'],
            'no password' => [$encrypted, null, 'key.password_required'],
            'wrong password' => [$encrypted, 'wrong-password-5d1a', 'key.wrong_password'],
            'legacy encryption' => [self::fixture('rsa2048-pkcs1-legacy-encrypted.pem'), self::FIXTURE_PASSWORD, 'key.legacy_encryption'],
            'RSA 1024' => [self::fixture('rsa1024-pkcs8.pem'), null, 'key.rsa_too_small'],
            'secp256k1' => [self::fixture('ec-secp256k1-sec1.pem'), null, 'key.unsupported_curve'],
            'Ed25519' => [self::fixture('ed25519-pkcs8.pem'), null, 'key.unsupported_type'],
        ];
    }

    /**
     * @dataProvider badKeys
     */
    public function testBadKeyGetsItsReasonCodeWithoutEchoingSecrets(string $key, ?string $password, string $code): void
    {
        try {
            PrivateKey::inspect($key, $password);
            self::fail('the key was accepted');
        } catch (InvalidArgumentException $e) {
            self::assertSame($code, $e->reasonCode);
            if ($password !== null) {
                self::assertStringNotContainsString($password, $e->getMessage());
            }
            foreach (array_slice(explode("\n", $key), 1, 3) as $line) {
                if (strlen($line) > 20 && !str_contains($line, ':')) {
                    self::assertStringNotContainsString($line, $e->getMessage());
                }
            }
        }
    }

    public function testUnknownKeyTypeIsRefused(): void
    {
        try {
            PrivateKey::generate('rsa1024');
            self::fail('rsa1024 was generated');
        } catch (InvalidArgumentException $e) {
            self::assertSame('key.unsupported_type', $e->reasonCode);
        }
    }
}
