<?php

declare(strict_types=1);

namespace TrustOcean\Tests;

use PHPUnit\Framework\TestCase;
use ReflectionClass;
use ReflectionMethod;
use TrustOcean\ApiException;
use TrustOcean\Client;
use TrustOcean\Exception;
use TrustOcean\InvalidArgumentException;
use TrustOcean\TransportException;
use TrustOcean\Tests\Support\Sandbox;

/**
 * The module itself: version, phpinfo, classes, constructor, and where the token may not appear.
 */
final class ExtensionTest extends TestCase
{
    private const SECRET = 'tok-7f3a9c1e5b2d4c6a8e0f';

    public function testPhpversionReportsTheCrateVersion(): void
    {
        $version = phpversion('trustocean');

        self::assertIsString($version);
        self::assertMatchesRegularExpression('/^\d+\.\d+\.\d+([-+].+)?$/', $version);
    }

    public function testPhpinfoHasATrustOceanSectionWithVersionTlsBackendAndProfile(): void
    {
        ob_start();
        phpinfo(INFO_MODULES);
        $info = (string) ob_get_clean();

        $section = strstr($info, "\ntrustocean\n");
        self::assertIsString($section, 'phpinfo() has no trustocean section');
        self::assertStringContainsString('Extension version => ' . phpversion('trustocean'), $section);
        self::assertMatchesRegularExpression('/TLS backend => \S+/', $section);
        self::assertMatchesRegularExpression('/Build profile => (release|debug)/', $section);
    }

    public function testExceptionHierarchy(): void
    {
        self::assertSame(\Exception::class, get_parent_class(Exception::class));
        foreach ([ApiException::class, TransportException::class, InvalidArgumentException::class] as $class) {
            self::assertSame(Exception::class, get_parent_class($class), $class);
        }
        self::assertTrue((new ReflectionClass(Client::class))->isFinal());
    }

    public function testExceptionsBehaveLikeUserlandExceptions(): void
    {
        $line = __LINE__ + 1;
        $exception = new ApiException('refused', 778804);

        self::assertSame('refused', $exception->getMessage());
        self::assertSame(778804, $exception->getCode());
        self::assertSame(__FILE__, $exception->getFile());
        self::assertSame($line, $exception->getLine());
        self::assertSame('', $exception->apiMethod);
    }

    public function testClientHasOneMethodPerApiCall(): void
    {
        $expected = [
            'ping', 'getProfileInfo', 'getProductList', 'getProductPriceList', 'getProductListWithPricing',
            'createNewUniqueId', 'checkUniqueId', 'getPreDomainValidationInformation', 'addSSLOrder',
            'getOrderStatus', 'getSSLDetails', 'getDomainValidationStatus', 'changeDCVMethod',
            'reTryDcvEmailOrDCVCheck', 'removeSanDomain', 'reissueSSLOrder', 'revokeSSL', 'cancelAndRefund',
            'checkRefundStatus',
        ];
        $actual = array_map(
            static fn (ReflectionMethod $m): string => $m->getName(),
            (new ReflectionClass(Client::class))->getMethods()
        );

        self::assertSame(
            array_merge(['__construct', 'endpoint', 'username', 'takeJournal'], $expected),
            array_merge(['__construct'], array_values(array_diff($actual, ['__construct'])))
        );
        foreach ($expected as $name) {
            $method = new ReflectionMethod(Client::class, $name);
            self::assertSame('array', (string) $method->getReturnType(), $name);
        }
    }

    public function testConstructorAcceptsRegionsUrlsAndLooseNumbers(): void
    {
        $beijing = new Client('reseller@example.com', self::SECRET);
        self::assertSame('reseller@example.com', $beijing->username());
        self::assertStringStartsWith('https://', $beijing->endpoint());
        self::assertStringEndsWith('/ssl/v5', $beijing->endpoint());

        $london = new Client('reseller@example.com', self::SECRET, 'UK-London', 3, 7.5);
        self::assertNotSame($beijing->endpoint(), $london->endpoint());

        $local = new Client('reseller@example.com', self::SECRET, 'http://127.0.0.1:8080', '2.5', timeout: '30');
        self::assertSame('http://127.0.0.1:8080/ssl/v5', $local->endpoint());
    }

    /**
     * @return array<string, array{0: callable(): Client, 1: string}>
     */
    public function invalidConstructorArguments(): array
    {
        return [
            'empty token' => [static fn (): Client => new Client('u@example.com', ''), 'token'],
            'empty username' => [static fn (): Client => new Client('', self::SECRET), 'username'],
            'unknown region' => [
                static fn (): Client => new Client('u@example.com', self::SECRET, 'Mars-1'),
                'endpoint',
            ],
            'plain http off loopback' => [
                static fn (): Client => new Client('u@example.com', self::SECRET, 'http://api.example.com'),
                'endpoint',
            ],
            'zero timeout' => [
                static fn (): Client => new Client('u@example.com', self::SECRET, 'CN-Beijing', 0),
                'connectTimeout',
            ],
            'negative timeout' => [
                static fn (): Client => new Client('u@example.com', self::SECRET, 'CN-Beijing', 5, -1),
                '$timeout',
            ],
            'non-numeric timeout' => [
                static fn (): Client => new Client('u@example.com', self::SECRET, 'CN-Beijing', 'soon'),
                'connectTimeout',
            ],
            'array timeout' => [
                static fn (): Client => new Client('u@example.com', self::SECRET, 'CN-Beijing', 5, []),
                '$timeout',
            ],
        ];
    }

    /**
     * @dataProvider invalidConstructorArguments
     *
     * @param callable(): Client $construct
     */
    public function testInvalidConstructorArgumentsNameTheParameter(callable $construct, string $named): void
    {
        try {
            $construct();
            self::fail('no exception was thrown');
        } catch (InvalidArgumentException $e) {
            self::assertStringContainsString($named, $e->getMessage());
            self::assertStringNotContainsString(self::SECRET, $e->getMessage());
        }
    }

    public function testTokenNeverAppearsInDumpsOfTheClient(): void
    {
        $client = new Client('reseller@example.com', self::SECRET, Sandbox::shared()->url());

        ob_start();
        var_dump($client);
        $dump = (string) ob_get_clean();
        $outputs = [
            'var_dump' => $dump,
            'print_r' => print_r($client, true),
            'var_export' => var_export($client, true),
            'array cast' => var_export((array) $client, true),
            'json' => (string) json_encode($client),
            'get_object_vars' => var_export(get_object_vars($client), true),
        ];

        foreach ($outputs as $how => $output) {
            self::assertStringNotContainsString(self::SECRET, $output, $how);
        }
        self::assertFalse(method_exists($client, 'token'));
    }

    public function testClientCannotBeSerializedOrCloned(): void
    {
        $client = new Client('reseller@example.com', self::SECRET, Sandbox::shared()->url());

        try {
            serialize($client);
            self::fail('serialize() succeeded');
        } catch (\Exception $e) {
            self::assertStringNotContainsString(self::SECRET, $e->getMessage());
        }
        $this->expectException(\Error::class);
        $this->expectExceptionMessage('uncloneable');
        clone $client;
    }

    public function testTokenIsASensitiveParameterHiddenFromTraces(): void
    {
        $previous = ini_set('zend.exception_ignore_args', '0');
        try {
            $parameter = (new ReflectionMethod(Client::class, '__construct'))->getParameters()[1];
            self::assertSame('token', $parameter->getName());
            self::assertCount(1, $parameter->getAttributes(\SensitiveParameter::class));

            try {
                new Client('reseller@example.com', self::SECRET, 'no-such-endpoint');
                self::fail('no exception was thrown');
            } catch (InvalidArgumentException $e) {
                self::assertStringNotContainsString(self::SECRET, $e->getTraceAsString());
                // Only the constructor frame: deeper frames hold PHPUnit's objects, huge to dump.
                self::assertStringNotContainsString(self::SECRET, var_export($e->getTrace()[0] ?? [], true));
                self::assertStringNotContainsString(self::SECRET, (string) $e);
                self::assertInstanceOf(\SensitiveParameterValue::class, $e->getTrace()[0]['args'][1] ?? null);
            }
        } finally {
            ini_set('zend.exception_ignore_args', (string) $previous);
        }
    }

    public function testEndpointSwappedWithTokenDoesNotEchoTheToken(): void
    {
        try {
            new Client('reseller@example.com', self::SECRET, self::SECRET);
            self::fail('no exception was thrown');
        } catch (InvalidArgumentException $e) {
            self::assertStringContainsString('endpoint', $e->getMessage());
            self::assertStringNotContainsString(self::SECRET, $e->getMessage());
        }
    }

    public function testNoClientStateLeaksBetweenInstances(): void
    {
        $a = new Client('a@example.com', self::SECRET, Sandbox::shared()->url());
        $b = new Client('b@example.com', self::SECRET, 'CN-Beijing');

        self::assertSame('a@example.com', $a->username());
        self::assertSame('b@example.com', $b->username());
        self::assertSame(Sandbox::shared()->url() . '/ssl/v5', $a->endpoint());
    }
}
