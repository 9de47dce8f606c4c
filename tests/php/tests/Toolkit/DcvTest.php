<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Toolkit;

use PHPUnit\Framework\TestCase;
use TrustOcean\Dcv;
use TrustOcean\InvalidArgumentException;

/**
 * TrustOcean\Dcv: validation values cross-checked with PHP's own openssl and hash functions, the
 * original module's approver order, and the IP rules.
 */
final class DcvTest extends TestCase
{
    private const UNIQUE_ID = 'Order12345';

    private static function fixture(string $name): string
    {
        return (string) file_get_contents(dirname(__DIR__, 4) . '/tests/fixtures/domains/' . $name);
    }

    private static function derOf(string $pem): string
    {
        $body = preg_replace('/-----[A-Z ]+-----|\s+/', '', $pem);
        return (string) base64_decode((string) $body, true);
    }

    public function testValuesMatchOpensslHashesOfTheFixture(): void
    {
        $md5 = trim(self::fixture('api.example.com.csr.md5'));
        $sha = trim(self::fixture('api.example.com.csr.sha256'));

        $all = Dcv::artifacts(self::fixture('api.example.com.csr'), self::UNIQUE_ID, ['API.example.com']);

        self::assertSame(['api.example.com'], array_keys($all));
        $entry = $all['api.example.com'];
        self::assertSame("_{$md5}.api", $entry['dns_host']);
        self::assertSame('CNAME', $entry['dns_type']);
        self::assertSame(substr($sha, 0, 32) . '.' . substr($sha, 32) . '.order12345.comodoca.com', $entry['dns_value']);
        $file = strtoupper($md5) . '.txt';
        self::assertSame($file, $entry['http_filename']);
        self::assertSame($file, $entry['https_filename']);
        self::assertSame("http://api.example.com/.well-known/pki-validation/{$file}", $entry['http_verifylink']);
        self::assertSame("https://api.example.com/.well-known/pki-validation/{$file}", $entry['https_verifylink']);
        self::assertSame("{$sha}\r\ncomodoca.com\r\norder12345", $entry['http_filecontent']);
        self::assertSame($entry['http_filecontent'], $entry['https_filecontent']);
        self::assertSame('example.com', $entry['topdomain']);
        self::assertSame('api', $entry['subdomain']);
        self::assertFalse($entry['isip']);
        self::assertSame(['dns', 'http', 'https', 'email'], $entry['methods']);
    }

    public function testAFreshCsrFromPhpOpensslGivesItsOwnHashesAsPemOrDer(): void
    {
        $key = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
        self::assertNotFalse($key);
        $csr = openssl_csr_new(['commonName' => 'shop.example.com'], $key, ['digest_alg' => 'sha256']);
        self::assertNotFalse($csr);
        self::assertTrue(openssl_csr_export($csr, $pem));
        $der = self::derOf($pem);

        $fromPem = Dcv::artifacts($pem, 'abcd1234', ['*.shop.example.com']);
        $fromDer = Dcv::artifacts($der, 'abcd1234', ['*.shop.example.com']);

        self::assertSame($fromPem, $fromDer);
        $entry = $fromPem['*.shop.example.com'];
        self::assertSame('_' . md5($der) . '.shop', $entry['dns_host']);
        self::assertSame(hash('sha256', $der) . "\r\ncomodoca.com\r\nabcd1234", $entry['http_filecontent']);
        self::assertSame('shop.example.com', $entry['validation_host'], 'a wildcard validates at its base name');
        self::assertStringStartsWith('http://shop.example.com/', $entry['http_verifylink']);
    }

    public function testIpAddressesHaveOnlyFileValidation(): void
    {
        $all = Dcv::artifacts(self::fixture('api.example.com.csr'), self::UNIQUE_ID, ['198.51.100.4', '[2001:db8::5]']);

        self::assertSame(['198.51.100.4', '2001:db8::5'], array_keys($all));
        foreach ($all as $entry) {
            self::assertTrue($entry['isip']);
            self::assertNull($entry['dns_host']);
            self::assertNull($entry['dns_type']);
            self::assertNull($entry['dns_value']);
            self::assertSame([], $entry['emails']);
            self::assertSame(['http', 'https'], $entry['methods']);
        }
        self::assertStringStartsWith('https://[2001:db8::5]/', $all['2001:db8::5']['https_verifylink']);
        self::assertSame([], Dcv::approverEmails('198.51.100.4'));
    }

    public function testApproverEmailsFollowTheOriginalOrder(): void
    {
        $levels = ['example.co.uk', 'a.b.example.co.uk', 'b.example.co.uk'];
        $expected = [];
        foreach ($levels as $level) {
            foreach (['admin', 'administrator', 'hostmaster', 'postmaster', 'webmaster'] as $local) {
                $expected[] = "{$local}@{$level}";
            }
        }

        self::assertSame($expected, Dcv::approverEmails('A.B.Example.co.uk'));
        self::assertSame($expected, Dcv::approverEmails('*.a.b.example.co.uk'));
    }

    public function testCheckMethod(): void
    {
        self::assertSame('dns', Dcv::checkMethod('example.com', 'DNS'));
        self::assertSame('admin@example.com', Dcv::checkMethod('www.example.com', 'Admin@Example.com'));
        self::assertSame('https', Dcv::checkMethod('198.51.100.4', 'https'));

        foreach (
            [
                ['198.51.100.4', 'dns', 'dcv.method_not_for_ip'],
                ['198.51.100.4', 'admin@198.51.100.4', 'dcv.method_not_for_ip'],
                ['example.com', 'info@example.com', 'dcv.email_not_approver'],
                ['example.com', 'fax', 'dcv.method_unknown'],
                ['co.uk', 'dns', 'domain.public_suffix'],
            ] as [$domain, $method, $code]
        ) {
            try {
                Dcv::checkMethod($domain, $method);
                self::fail("{$method} accepted for {$domain}");
            } catch (InvalidArgumentException $e) {
                self::assertSame($code, $e->reasonCode);
            }
        }
    }

    /**
     * @return array<string, array{0: string, 1: string, 2: list<string>, 3: string}>
     */
    public function badInput(): array
    {
        $csr = self::fixture('api.example.com.csr');
        return [
            'empty CSR' => ['', 'abcd1234', ['example.com'], 'input.invalid'],
            'garbage CSR' => ['hello', 'abcd1234', ['example.com'], 'input.invalid'],
            'truncated PEM' => [substr($csr, 0, 200), 'abcd1234', ['example.com'], 'input.invalid'],
            'wrong PEM type' => [str_replace('CERTIFICATE REQUEST', 'CERTIFICATE', $csr), 'abcd1234', ['example.com'], 'input.invalid'],
            'ten megabytes' => [str_repeat('A', 10 * 1024 * 1024), 'abcd1234', ['example.com'], 'input.invalid'],
            'short unique_id' => [$csr, 'abc', ['example.com'], 'input.invalid'],
            'unique_id with a dot' => [$csr, 'abcd1234.evil', ['example.com'], 'input.invalid'],
            'no domain' => [$csr, 'abcd1234', [], 'input.invalid'],
            'bad domain' => [$csr, 'abcd1234', ['exa_mple.com'], 'domain.invalid_character'],
            'duplicate' => [$csr, 'abcd1234', ['example.com', 'Example.com.'], 'domain.duplicate'],
        ];
    }

    /**
     * @dataProvider badInput
     *
     * @param list<string> $domains
     */
    public function testBadInputThrowsWithAReasonCode(string $csr, string $uniqueId, array $domains, string $code): void
    {
        try {
            Dcv::artifacts($csr, $uniqueId, $domains);
            self::fail('accepted');
        } catch (InvalidArgumentException $e) {
            self::assertSame($code, $e->reasonCode);
        }
    }
}
