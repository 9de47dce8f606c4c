<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Toolkit;

use PHPUnit\Framework\TestCase;
use TrustOcean\Domain;
use TrustOcean\InvalidArgumentException;

/**
 * TrustOcean\Domain: normalisation, refusals with reason codes, and product rules as findings.
 */
final class DomainTest extends TestCase
{
    public function testNormalizeWritesTheAsciiFormAndDescribesTheName(): void
    {
        self::assertSame(
            [
                'name' => '*.xn--bcher-kva.example.com',
                'unicode' => '*.bücher.example.com',
                'type' => 'wildcard',
                'registrable_domain' => 'example.com',
                'subdomain' => 'xn--bcher-kva',
                'base_name' => 'xn--bcher-kva.example.com',
            ],
            Domain::normalize(" *.Bücher.EXAMPLE.com. ")
        );
        self::assertSame('www.example.com', Domain::normalize('WWW.example.com')['name'], 'www. is kept');
        self::assertSame('mywww.example.com', Domain::normalize('mywww.example.com')['name']);
    }

    public function testIpAddressesAreRecognised(): void
    {
        $v4 = Domain::normalize('203.0.113.9');
        self::assertSame('ipv4', $v4['type']);
        self::assertNull($v4['registrable_domain']);

        $v6 = Domain::normalize('[2001:DB8::0:1]');
        self::assertSame('ipv6', $v6['type']);
        self::assertSame('2001:db8::1', $v6['name']);
    }

    /**
     * @return array<string, array{0: string, 1: string}>
     */
    public function refusedNames(): array
    {
        return [
            'empty' => ['  ', 'domain.empty'],
            'underscore' => ['exa_mple.com', 'domain.invalid_character'],
            'full-width full stop' => ['example。com', 'domain.invalid_character'],
            'full-width comma' => ['a，example.com', 'domain.invalid_character'],
            'full-width parenthesis' => ['（example）.com', 'domain.invalid_character'],
            'URL' => ['https://example.com/', 'domain.invalid_character'],
            'misplaced wildcard' => ['a.*.example.com', 'domain.wildcard_misplaced'],
            'public suffix' => ['co.uk', 'domain.public_suffix'],
            'wildcard on a public suffix' => ['*.co.uk', 'domain.public_suffix'],
            'single label' => ['localhost', 'domain.not_fqdn'],
            'internal TLD' => ['intranet.local', 'domain.unknown_tld'],
            'bad IPv4' => ['1.2.3.256', 'domain.invalid_ip'],
            'long label' => [str_repeat('a', 64) . '.com', 'domain.label_too_long'],
            'long name' => [str_repeat('abcdefghi.', 26) . 'com', 'domain.too_long'],
            'ten megabytes' => [str_repeat('a', 10 * 1024 * 1024), 'domain.too_long'],
            'leading hyphen' => ['-example.com', 'domain.label_hyphen'],
            'double dot' => ['a..example.com', 'domain.empty_label'],
        ];
    }

    /**
     * @dataProvider refusedNames
     */
    public function testRefusalsCarryAReasonCodeAndNameTheInput(string $name, string $code): void
    {
        try {
            Domain::normalize($name);
            self::fail("{$name} was accepted");
        } catch (InvalidArgumentException $e) {
            self::assertSame($code, $e->reasonCode);
            if (trim($name) !== '' && strlen($name) < 80) {
                self::assertStringContainsString(trim($name), $e->getMessage());
            }
        }
    }

    public function testCheckReportsEveryBrokenRuleWithItsSubject(): void
    {
        $result = Domain::check(['example.com', 'EXAMPLE.com.', '*.example.com', '10.0.0.1', "\r\n"]);

        self::assertFalse($result['ok']);
        self::assertSame(['example.com', '*.example.com', '10.0.0.1'], $result['names']);
        self::assertSame(
            [
                ['domain.duplicate', 'EXAMPLE.com.'],
                ['domain.wildcard_not_allowed', '*.example.com'],
                ['domain.ip_not_allowed', '10.0.0.1'],
                ['domain.ip_not_public', '10.0.0.1'],
                ['domain.single_domain_only', null],
            ],
            array_map(static fn (array $f): array => [$f['code'], $f['subject']], $result['findings'])
        );
        foreach ($result['findings'] as $finding) {
            self::assertSame('error', $finding['severity']);
            self::assertNotSame('', $finding['message']);
        }
    }

    public function testRulesAcceptWhatPhpCodeWrites(): void
    {
        $rules = ['wildcard' => 'allowed', 'multiDomain' => 1, 'maxDomains' => '3', 'ipAllowed' => 'on'];
        $ok = Domain::check(['a.example.com', '*.example.com', '93.184.215.14'], $rules);
        self::assertTrue($ok['ok']);
        self::assertSame([], $ok['findings']);

        $tooMany = Domain::check(['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com'], $rules);
        self::assertSame(['domain.too_many'], array_column($tooMany['findings'], 'code'));

        $wildcardOnly = Domain::check(['example.com'], ['wildcard' => 'required']);
        self::assertSame(['domain.wildcard_required'], array_column($wildcardOnly['findings'], 'code'));

        $trustOceanProduct = Domain::check(['a.example.com', 'b.example.com'], ['multidomain' => 'on', 'wildcard' => 'off']);
        self::assertTrue($trustOceanProduct['ok']);

        self::assertSame(['domain.too_few'], array_column(Domain::check([])['findings'], 'code'));
    }

    public function testWwwPairIsAWarningThatRemovesNothing(): void
    {
        $result = Domain::check(['example.com', 'www.example.com'], ['multiDomain' => true, 'wwwCoversApex' => true]);

        self::assertTrue($result['ok']);
        self::assertSame(['example.com', 'www.example.com'], $result['names']);
        self::assertSame('domain.www_pair_redundant', $result['findings'][0]['code']);
        self::assertSame('warning', $result['findings'][0]['severity']);
    }

    public function testUnusableArgumentsThrow(): void
    {
        foreach (
            [
                [[['nested']], []],
                [['a.example.com'], ['maxDomain' => 2]],
                [['a.example.com'], ['wildcard' => 'sometimes']],
                [['a.example.com'], ['maxDomains' => -1]],
            ] as [$names, $rules]
        ) {
            try {
                Domain::check($names, $rules);
                self::fail('accepted ' . json_encode([$names, $rules]));
            } catch (InvalidArgumentException $e) {
                self::assertNotSame('', $e->getMessage());
            }
        }
    }

    public function testTheClassIsFinalAndStatic(): void
    {
        $class = new \ReflectionClass(Domain::class);
        self::assertTrue($class->isFinal());
        self::assertTrue($class->getMethod('normalize')->isStatic());
        self::assertTrue($class->getMethod('check')->isStatic());
    }
}
