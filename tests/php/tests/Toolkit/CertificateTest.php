<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Toolkit;

use PHPUnit\Framework\TestCase;
use TrustOcean\Certificate;
use TrustOcean\InvalidArgumentException;

/**
 * TrustOcean\Certificate against the fixture certificates, cross-checked with PHP's openssl
 * extension.
 */
final class CertificateTest extends TestCase
{
    /** 2026-06-01T00:00:00Z, inside the fixture leaves' validity. */
    private const NOW = 1780272000;

    private static function fixture(string $relative): string
    {
        $contents = file_get_contents(dirname(__DIR__, 3) . '/fixtures/' . $relative);
        self::assertIsString($contents, $relative);
        return $contents;
    }

    public function testParseMatchesOpensslX509Parse(): void
    {
        $pem = self::fixture('certs/rsa-leaf.pem');
        $info = Certificate::parse($pem, self::NOW);
        $openssl = openssl_x509_parse($pem);
        self::assertIsArray($openssl);

        self::assertSame('www.example.com', $info['common_name']);
        self::assertSame($openssl['serialNumberHex'], $info['serial']);
        self::assertSame($openssl['validTo_time_t'], $info['not_after_unix']);
        self::assertSame('2027-01-01T00:00:00Z', $info['not_after']);
        self::assertSame(214, $info['days_left']);
        self::assertFalse($info['expired']);
        self::assertSame(['www.example.com', 'example.com'], $info['dns_names']);
        self::assertSame(['algorithm' => 'RSA', 'bits' => 2048, 'curve' => null], $info['key']);
        self::assertSame(
            strtoupper((string) openssl_x509_fingerprint($pem, 'sha256')),
            str_replace(':', '', $info['sha256_fingerprint'])
        );
        self::assertSame(
            strtoupper((string) openssl_x509_fingerprint($pem, 'sha1')),
            str_replace(':', '', $info['sha1_fingerprint'])
        );
    }

    public function testIpSansAndEcKey(): void
    {
        $info = Certificate::parse(self::fixture('certs/ip-sans.pem'), self::NOW);

        self::assertSame(['192.0.2.10', '2001:db8::1'], $info['ip_addresses']);
        self::assertSame('P-256', $info['key']['curve']);
        self::assertSame(
            [['type' => 'ip', 'value' => '192.0.2.10'], ['type' => 'ip', 'value' => '2001:db8::1'], ['type' => 'dns', 'value' => 'host.example.com']],
            $info['subject_alt_names']
        );
    }

    public function testDerInputAndDefaultNow(): void
    {
        $info = Certificate::parse(self::fixture('certs/ec-leaf.der'));

        self::assertSame('shop.example.org', $info['common_name']);
        self::assertIsInt($info['days_left']);
    }

    public function testExpiredCertificate(): void
    {
        $info = Certificate::parse(self::fixture('certs/expired.pem'), self::NOW);

        self::assertTrue($info['expired']);
        self::assertLessThan(0, $info['days_left']);
    }

    public function testParseChainOrdersAndReports(): void
    {
        $report = Certificate::parseChain(self::fixture('chains/shuffled-3level-with-leaf.pem'), self::NOW);

        self::assertSame(
            ['deep.example.com', 'Fixture RSA Intermediate 2', 'Fixture RSA Intermediate 1', 'Fixture RSA Root'],
            array_column($report['certificates'], 'common_name')
        );
        self::assertSame([], $report['problems']);
        self::assertTrue($report['ends_at_root']);
        self::assertTrue($report['usable']);
        self::assertSame(4, substr_count($report['pem'], 'BEGIN CERTIFICATE'));
    }

    public function testParseChainReportsUnrelatedAndMissingLinks(): void
    {
        $unrelated = Certificate::parseChain(
            self::fixture('certs/rsa-leaf.pem') . self::fixture('chains/with-unrelated.pem'),
            self::NOW
        );
        $gap = Certificate::parseChain(self::fixture('certs/deep-leaf.pem') . self::fixture('chains/missing-link.pem'));

        self::assertSame(['chain.unrelated_certificate'], array_column($unrelated['problems'], 'code'));
        self::assertSame('warning', $unrelated['problems'][0]['severity']);
        self::assertTrue($unrelated['usable']);
        self::assertSame(['chain.incomplete'], array_column($gap['problems'], 'code'));
        self::assertSame('error', $gap['problems'][0]['severity']);
        self::assertFalse($gap['usable']);
    }

    public function testOrderChainOutputVerifiesWithOpenssl(): void
    {
        $ordered = Certificate::orderChain(self::fixture('chains/shuffled-3level-with-leaf.pem'));
        preg_match_all('/-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----\n/s', $ordered, $blocks);
        self::assertCount(4, $blocks[0]);

        [$leaf, $int2, $int1, $root] = $blocks[0];
        self::assertSame('deep.example.com', openssl_x509_parse($leaf)['subject']['CN'] ?? null);
        self::assertSame(1, openssl_x509_verify($leaf, (string) openssl_pkey_get_details(openssl_pkey_get_public($int2))['key']));
        self::assertSame(1, openssl_x509_verify($int2, (string) openssl_pkey_get_details(openssl_pkey_get_public($int1))['key']));
        self::assertSame(1, openssl_x509_verify($int1, (string) openssl_pkey_get_details(openssl_pkey_get_public($root))['key']));
    }

    public function testOrderChainRefusesAMissingLink(): void
    {
        $this->expectReason('chain.incomplete', static fn () => Certificate::orderChain(
            self::fixture('certs/deep-leaf.pem') . self::fixture('chains/missing-link.pem')
        ));
    }

    public function testMatchesKey(): void
    {
        $leaf = self::fixture('certs/rsa-leaf.pem');

        self::assertTrue(Certificate::matchesKey($leaf, self::fixture('certs/rsa-leaf.key')));
        self::assertTrue(Certificate::matchesKey($leaf, self::fixture('certs/rsa-leaf.encrypted.key'), 'fixture-key-pass'));
        self::assertFalse(Certificate::matchesKey($leaf, self::fixture('certs/wildcard.key')));
        self::assertSame(
            openssl_x509_check_private_key($leaf, self::fixture('certs/ec-leaf.key')),
            Certificate::matchesKey($leaf, self::fixture('certs/ec-leaf.key'))
        );
    }

    public function testWrongKeyPasswordIsAnExceptionWithoutThePassword(): void
    {
        try {
            Certificate::matchesKey(self::fixture('certs/rsa-leaf.pem'), self::fixture('certs/rsa-leaf.encrypted.key'), 'not-the-pass-93f1');
            self::fail('a wrong password was accepted');
        } catch (InvalidArgumentException $e) {
            self::assertStringStartsWith('key.', $e->reasonCode);
            self::assertStringNotContainsString('not-the-pass-93f1', $e->getMessage());
        }
    }

    public function testMatchesCsr(): void
    {
        $leaf = self::fixture('certs/ec-leaf.pem');

        self::assertTrue(Certificate::matchesCsr($leaf, self::fixture('certs/ec-leaf.csr')));
        self::assertFalse(Certificate::matchesCsr($leaf, self::fixture('certs/rsa-leaf.csr')));
    }

    /**
     * @return array<string, array{0: string, 1: string}>
     */
    public function badInputs(): array
    {
        $leaf = self::fixture('certs/rsa-leaf.pem');
        return [
            'empty' => ['', 'certificate.empty'],
            'garbage' => ['this is not a certificate', 'certificate.unparsable'],
            'truncated' => [self::fixture('certs/truncated.pem'), 'certificate.truncated'],
            'truncated der' => [substr(self::fixture('certs/rsa-leaf.der'), 0, 300), 'certificate.truncated'],
            'private key' => [self::fixture('certs/rsa-leaf.key'), 'certificate.wrong_pem_type'],
            'csr' => [self::fixture('certs/rsa-leaf.csr'), 'certificate.wrong_pem_type'],
            '10 MB' => [$leaf . str_repeat('A', 10 * 1024 * 1024), 'certificate.too_large'],
        ];
    }

    /**
     * @dataProvider badInputs
     */
    public function testBadInputGivesItsReasonCode(string $input, string $reason): void
    {
        $this->expectReason($reason, static fn () => Certificate::parse($input, self::NOW));
        $this->expectReason($reason, static fn () => Certificate::parseChain($input));
    }

    public function testKeyInTheCertificateFieldIsNotEchoed(): void
    {
        $key = self::fixture('certs/rsa-leaf.key');
        $line = explode("\n", $key)[1];
        try {
            Certificate::parse($key);
            self::fail('a key was accepted as a certificate');
        } catch (InvalidArgumentException $e) {
            self::assertStringNotContainsString($line, $e->getMessage());
        }
    }

    private function expectReason(string $reason, callable $call): void
    {
        try {
            $call();
            self::fail("expected {$reason}");
        } catch (InvalidArgumentException $e) {
            self::assertSame($reason, $e->reasonCode, $e->getMessage());
        }
    }
}
