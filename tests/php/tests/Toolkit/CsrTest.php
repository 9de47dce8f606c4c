<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Toolkit;

use PHPUnit\Framework\TestCase;
use TrustOcean\Csr;
use TrustOcean\InvalidArgumentException;

/**
 * TrustOcean\Csr: parsing fixture CSRs, linting against product rules, generating CSRs that
 * PHP's own OpenSSL reads, and a reason code for every kind of bad input.
 */
final class CsrTest extends TestCase
{
    private static function fixture(string $name): string
    {
        return (string) file_get_contents(dirname(__DIR__, 3) . '/fixtures/csr/' . $name);
    }

    public function testParseReturnsSubjectSansKeyAndSignature(): void
    {
        $csr = Csr::parse(self::fixture('rsa2048-sha256.pem'));

        self::assertSame('www.example.com', $csr['subject']['CN']);
        self::assertSame('Example Ltd', $csr['subject']['O']);
        self::assertSame('GB', $csr['subject']['C']);
        self::assertSame('admin@example.com', $csr['subject']['emailAddress']);
        self::assertSame(['www.example.com', 'example.com', '192.0.2.10', '2001:db8::1'], $csr['sans']);
        self::assertSame('rsa', $csr['key_type']);
        self::assertSame(2048, $csr['key_bits']);
        self::assertNull($csr['key_curve']);
        self::assertSame('sha256WithRSAEncryption', $csr['signature_algorithm']);
        self::assertTrue($csr['signature_valid']);
        self::assertSame(strtoupper(hash('sha256', self::fixture('rsa2048-sha256.der'))), $csr['der_sha256']);
        self::assertSame(strtoupper(md5(self::fixture('rsa2048-sha256.der'))), $csr['der_md5']);
    }

    public function testParseAcceptsDerBytes(): void
    {
        $fromDer = Csr::parse(self::fixture('rsa2048-sha256.der'));

        self::assertSame(Csr::parse(self::fixture('rsa2048-sha256.pem')), $fromDer);
    }

    public function testParseReadsEcKeys(): void
    {
        $csr = Csr::parse(self::fixture('ec-p384-sha384.pem'));

        self::assertSame('ec', $csr['key_type']);
        self::assertSame('P-384', $csr['key_curve']);
        self::assertSame('ecdsa-with-SHA384', $csr['signature_algorithm']);
    }

    /**
     * @return array<string, array{0: string, 1: string}>
     */
    public function badInput(): array
    {
        return [
            'empty' => ['', 'csr.empty'],
            'garbage' => ['hello, this is my csr', 'csr.not_pem'],
            'ten megabytes' => [str_repeat('A', 10 * 1024 * 1024), 'csr.too_large'],
            'private key' => [self::fixture('wrong-type-private-key.pem'), 'csr.wrong_pem_type'],
            'no END line' => [self::fixture('truncated.pem'), 'csr.truncated'],
            'lines missing' => [self::fixture('cut-body.pem'), 'csr.truncated'],
            'broken signature' => [self::fixture('broken-signature.pem'), 'csr.signature_invalid'],
        ];
    }

    /**
     * @dataProvider badInput
     */
    public function testBadInputGetsItsReasonCode(string $input, string $code): void
    {
        try {
            Csr::parse($input);
            self::fail('the input was accepted');
        } catch (InvalidArgumentException $e) {
            self::assertSame($code, $e->reasonCode);
            self::assertNotSame('', $e->getMessage());
        }
    }

    public function testLintListsWeakKeyAndSignatureFindings(): void
    {
        $codes = static fn (string $fixture): array => array_column(Csr::lint(self::fixture($fixture)), 'code');

        self::assertSame([], $codes('ec-p256-sha256.pem'));
        self::assertSame(['csr.rsa_key_too_small'], $codes('rsa1024-sha256.pem'));
        self::assertSame(['csr.weak_signature_md5'], $codes('rsa2048-md5.pem'));
        self::assertSame(['csr.weak_signature_sha1'], $codes('rsa2048-sha1.pem'));
        self::assertSame(['csr.curve_not_supported'], $codes('ec-secp256k1-sha256.pem'));
        self::assertSame(['csr.signature_invalid'], array_column(
            Csr::lint(self::fixture('broken-signature.pem'), ['multiDomain' => true, 'ipAllowed' => true]),
            'code'
        ));
        self::assertSame(['csr.missing_common_name'], $codes('no-cn.pem'));
    }

    public function testLintAppliesTheProductsWildcardRule(): void
    {
        $csr = self::fixture('wildcard-cn.pem');

        $forbidden = Csr::lint($csr, ['wildcard' => 'forbidden']);
        $allowed = Csr::lint($csr, ['wildcard' => 'allowed']);

        self::assertSame([[
            'code' => 'domain.wildcard_not_allowed',
            'severity' => 'error',
            'subject' => '*.example.com',
            'message' => $forbidden[0]['message'],
        ]], $forbidden);
        self::assertSame([], $allowed);
    }

    public function testLintRefusesUnknownRules(): void
    {
        $this->expectException(InvalidArgumentException::class);

        Csr::lint(self::fixture('ec-p256-sha256.pem'), ['wildcards' => 'allowed']);
    }

    public function testGeneratedCsrHasExactlyTheEnteredSubject(): void
    {
        $generated = Csr::generate(
            ['CN' => 'WWW.Example.com', 'O' => 'Example Ltd', 'OU' => '', 'C' => 'gb', 'emailAddress' => 'admin@example.com'],
            'ec-p256',
            ['example.com', '203.0.113.9']
        );

        $subject = openssl_csr_get_subject($generated['csr']);
        $parsed = Csr::parse($generated['csr']);

        self::assertSame(
            ['C' => 'GB', 'O' => 'Example Ltd', 'CN' => 'www.example.com', 'emailAddress' => 'admin@example.com'],
            $subject
        );
        self::assertSame(['www.example.com', 'example.com', '203.0.113.9'], $parsed['sans']);
        self::assertSame('ecdsa-with-SHA256', $parsed['signature_algorithm']);
        self::assertFalse($generated['encrypted']);
        self::assertNotFalse(openssl_pkey_get_private($generated['private_key']));
    }

    public function testGeneratedRsaKeyIsEncryptedWithThePassword(): void
    {
        $generated = Csr::generate(['CN' => 'shop.example.com'], 'rsa2048', null, 'open sesame');

        $key = openssl_pkey_get_private($generated['private_key'], 'open sesame');
        $details = $key === false ? [] : openssl_pkey_get_details($key);
        $public = openssl_csr_get_public_key($generated['csr']);

        self::assertStringStartsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----', $generated['private_key']);
        self::assertFalse(@openssl_pkey_get_private($generated['private_key'], 'wrong'));
        self::assertSame(2048, $details['bits'] ?? null);
        self::assertSame($details['key'] ?? null, $public === false ? null : openssl_pkey_get_details($public)['key']);
        self::assertSame('sha256WithRSAEncryption', Csr::parse($generated['csr'])['signature_algorithm']);
    }

    /**
     * @return array<string, array{0: array<string, string>, 1: string}>
     */
    public function badSubjects(): array
    {
        return [
            'no CN' => [['O' => 'Example'], 'csr.missing_common_name'],
            'country of three letters' => [['CN' => 'example.com', 'C' => 'GBR'], 'csr.country_invalid'],
            'bad e-mail' => [['CN' => 'example.com', 'emailAddress' => 'nobody'], 'csr.email_invalid'],
            'CN not a domain' => [['CN' => 'localhost'], 'domain.not_fqdn'],
        ];
    }

    /**
     * @dataProvider badSubjects
     *
     * @param array<string, string> $subject
     */
    public function testBadSubjectGetsItsReasonCode(array $subject, string $code): void
    {
        try {
            Csr::generate($subject, 'ec-p256');
            self::fail('the subject was accepted');
        } catch (InvalidArgumentException $e) {
            self::assertSame($code, $e->reasonCode);
        }
    }

    public function testUnknownSubjectFieldAndKeyTypeAreRefused(): void
    {
        foreach ([[['CN' => 'example.com', 'Org' => 'x'], 'rsa2048'], [['CN' => 'example.com'], 'dsa1024']] as [$subject, $type]) {
            try {
                Csr::generate($subject, $type);
                self::fail('accepted ' . json_encode($subject) . " {$type}");
            } catch (InvalidArgumentException $e) {
                self::assertNotSame('', $e->getMessage());
            }
        }
    }

    public function testPasswordNeverAppearsInAnError(): void
    {
        $password = 'hunter2-secret-7c1e';

        try {
            Csr::generate(['CN' => 'example.com', 'C' => 'XXX'], 'ec-p256', null, $password);
            self::fail('the subject was accepted');
        } catch (InvalidArgumentException $e) {
            self::assertStringNotContainsString($password, $e->getMessage());
        }
    }
}
