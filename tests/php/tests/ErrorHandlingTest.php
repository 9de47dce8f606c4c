<?php

declare(strict_types=1);

namespace TrustOcean\Tests;

use PHPUnit\Framework\TestCase;
use TrustOcean\ApiException;
use TrustOcean\Client;
use TrustOcean\InvalidArgumentException;
use TrustOcean\TransportException;
use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Orders;
use TrustOcean\Tests\Support\Sandbox;

/**
 * How failures reach PHP: the exception class, code, API method and an actionable message, and
 * never the token.
 */
final class ErrorHandlingTest extends TestCase
{
    private const WRONG_TOKEN = 'wrong-token-4b8d2f6a1c';

    private const UNKNOWN_ORDER = 987654321;

    protected function tearDown(): void
    {
        Sandbox::shared()->clearFaults();
    }

    public function testWrongTokenIsApiException778804WithoutTheToken(): void
    {
        $previous = ini_set('zend.exception_ignore_args', '0');
        try {
            $client = Sandbox::shared()->client(self::WRONG_TOKEN);
            $client->ping();
            self::fail('ping with a wrong token succeeded');
        } catch (ApiException $e) {
            self::assertSame(778804, $e->getCode());
            self::assertSame('ping', $e->apiMethod);
            self::assertStringContainsString('token', strtolower($e->getMessage()), 'the message says what to check');
            // Dumping the whole trace with its arguments would serialise PHPUnit's own objects
            // (gigabytes with every suite loaded); the trace is checked as text instead.
            $properties = (array) $e;
            unset($properties["\0Exception\0trace"]);
            foreach (
                [
                    'message' => $e->getMessage(),
                    'trace' => $e->getTraceAsString(),
                    'string' => (string) $e,
                    'var_export' => var_export($properties, true),
                    'print_r' => print_r($properties, true),
                ] as $where => $text
            ) {
                self::assertStringNotContainsString(self::WRONG_TOKEN, $text, $where);
                self::assertStringNotContainsString(Sandbox::TOKEN, $text, $where);
            }
        } finally {
            ini_set('zend.exception_ignore_args', (string) $previous);
        }
    }

    /**
     * @return array<string, array{0: string}>
     */
    public function orderMethods(): array
    {
        $methods = [
            'getOrderStatus', 'getSSLDetails', 'getDomainValidationStatus', 'reTryDcvEmailOrDCVCheck',
            'cancelAndRefund', 'checkRefundStatus',
        ];
        return array_combine($methods, array_map(static fn (string $m): array => [$m], $methods));
    }

    /**
     * @dataProvider orderMethods
     */
    public function testUnknownOrderIsApiException778807(string $method): void
    {
        try {
            Sandbox::shared()->client()->{$method}(['trustocean_id' => self::UNKNOWN_ORDER]);
            self::fail("{$method} of an unknown order succeeded");
        } catch (ApiException $e) {
            self::assertSame(778807, $e->getCode());
            self::assertSame($method, $e->apiMethod);
            self::assertStringContainsString('trustocean_id', $e->getMessage());
            self::assertStringNotContainsString(Sandbox::TOKEN, $e->getMessage() . $e->getTraceAsString());
        }
    }

    public function testUnknownOrderInOtherCallsIsApiException778807(): void
    {
        $client = Sandbox::shared()->client();
        $calls = [
            'changeDCVMethod' => static fn (): array => $client->changeDCVMethod(
                ['trustocean_id' => self::UNKNOWN_ORDER, 'domain' => 'www.example.com', 'method' => 'dns']
            ),
            'removeSanDomain' => static fn (): array => $client->removeSanDomain(
                ['trustocean_id' => self::UNKNOWN_ORDER, 'domain' => 'www.example.com']
            ),
            'revokeSSL' => static fn (): array => $client->revokeSSL(
                ['trustocean_id' => self::UNKNOWN_ORDER, 'revocationReason' => 'superseded']
            ),
        ];
        foreach ($calls as $method => $call) {
            try {
                $call();
                self::fail("{$method} of an unknown order succeeded");
            } catch (ApiException $e) {
                self::assertSame(778807, $e->getCode(), $method);
                self::assertSame($method, $e->apiMethod);
            }
        }
    }

    public function testUnreachableHostIsTransportExceptionWithAnActionableMessage(): void
    {
        $client = new Client(Sandbox::USERNAME, Sandbox::TOKEN, 'http://127.0.0.1:' . self::closedPort(), 2, 5);

        try {
            $client->ping();
            self::fail('ping of a closed port succeeded');
        } catch (TransportException $e) {
            self::assertSame('ping', $e->apiMethod);
            self::assertSame(0, $e->getCode());
            self::assertStringContainsString('127.0.0.1', $e->getMessage());
            self::assertMatchesRegularExpression('/refused|connect/i', $e->getMessage());
            self::assertMatchesRegularExpression('/check|endpoint|firewall/i', $e->getMessage());
            self::assertStringNotContainsString(Sandbox::TOKEN, $e->getMessage());
        }
    }

    public function testMalformedJsonBodyIsTransportException(): void
    {
        $sandbox = Sandbox::shared();
        $sandbox->setFaults(['malformed_rate' => 1.0]);

        try {
            $sandbox->client()->getProfileInfo();
            self::fail('a malformed body was accepted');
        } catch (TransportException $e) {
            self::assertSame('getProfileInfo', $e->apiMethod);
            self::assertSame(200, $e->getCode(), 'getCode() is the HTTP status of an undecodable answer');
            self::assertStringContainsString('getProfileInfo', $e->getMessage());
            self::assertStringNotContainsString(Sandbox::TOKEN, $e->getMessage());
        }
    }

    public function testInjectedErrorEnvelopeIsApiException(): void
    {
        $sandbox = Sandbox::shared();
        $sandbox->setFaults(['error_rate' => 1.0, 'error_mode' => 'envelope']);

        $this->expectException(ApiException::class);
        $this->expectExceptionCode(770008);

        $sandbox->client()->getProductList();
    }

    public function testTimeoutIsTransportException(): void
    {
        $sandbox = Sandbox::shared();
        $sandbox->setFaults(['latency_ms' => 3000]);
        $client = new Client(Sandbox::USERNAME, Sandbox::TOKEN, $sandbox->url(), 2, 0.5);

        $started = microtime(true);
        try {
            $client->ping();
            self::fail('a call slower than the timeout succeeded');
        } catch (TransportException $e) {
            self::assertLessThan(2.5, microtime(true) - $started, 'the timeout was not applied');
            self::assertMatchesRegularExpression('/within|time/i', $e->getMessage());
        }
    }

    /**
     * @return array<string, array{0: callable(Client): array<string, mixed>, 1: string}>
     */
    public function badArgumentShapes(): array
    {
        return [
            'list instead of map' => [
                static fn (Client $c): array => $c->getOrderStatus([123]),
                'associative array',
            ],
            'non-numeric id' => [
                static fn (Client $c): array => $c->getSSLDetails(['trustocean_id' => 'abc']),
                'trustocean_id',
            ],
            'missing id' => [
                static fn (Client $c): array => $c->cancelAndRefund([]),
                'trustocean_id',
            ],
            'object value' => [
                static fn (Client $c): array => $c->checkRefundStatus(['trustocean_id' => new \stdClass()]),
                'trustocean_id',
            ],
            'nested object' => [
                static fn (Client $c): array => $c->removeSanDomain(
                    ['trustocean_id' => 1, 'domain' => ['x' => new \DateTimeImmutable()]]
                ),
                'domain.x',
            ],
            'infinite number' => [
                static fn (Client $c): array => $c->getOrderStatus(['trustocean_id' => INF]),
                'trustocean_id',
            ],
            'unknown field' => [
                static fn (Client $c): array => $c->getOrderStatus(['trustocean_id' => 1, 'trustoceanid' => 2]),
                'trustoceanid',
            ],
            'bad dcv method' => [
                static fn (Client $c): array => $c->changeDCVMethod(
                    ['trustocean_id' => 1, 'domain' => 'www.example.com', 'method' => 'carrier-pigeon']
                ),
                'method',
            ],
            'missing reason' => [
                static fn (Client $c): array => $c->revokeSSL(['trustocean_id' => 1]),
                'revocationReason',
            ],
            'missing csr' => [
                static fn (Client $c): array => $c->getPreDomainValidationInformation(
                    ['domains' => 'www.example.com', 'unique_id' => 'abcdefgh12']
                ),
                'csr_code',
            ],
            'domains and methods differ' => [
                static fn (Client $c): array => $c->addSSLOrder(
                    ['dcv_method' => ['http']]
                    + Orders::addParams($c, Orders::domains(3), Csr::create(['www.example.com']))
                ),
                'dcv_method',
            ],
            'reissue without csr' => [
                static fn (Client $c): array => $c->reissueSSLOrder(
                    ['trustocean_id' => 1, 'domains' => 'www.example.com']
                ),
                'csr_code',
            ],
            'invalid utf-8' => [
                static fn (Client $c): array => $c->checkUniqueId(['unique_id' => "\xff\xfe"]),
                'unique_id',
            ],
        ];
    }

    /**
     * @dataProvider badArgumentShapes
     *
     * @param callable(Client): array<string, mixed> $call
     */
    public function testBadArgumentShapesAreInvalidArgumentExceptionsNamingTheField(callable $call, string $field): void
    {
        $client = Sandbox::shared()->client();

        try {
            $call($client);
            self::fail('the call was accepted');
        } catch (InvalidArgumentException $e) {
            self::assertStringContainsString($field, $e->getMessage());
            self::assertNotSame('', $e->apiMethod);
        }
    }

    public function testNonArrayParamsIsATypeError(): void
    {
        $this->expectException(\TypeError::class);

        $params = 'trustocean_id=1';
        Sandbox::shared()->client()->getOrderStatus($params);
    }

    private static function closedPort(): int
    {
        $server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
        self::assertNotFalse($server, "could not reserve a port: {$errstr}");
        $name = (string) stream_socket_get_name($server, false);
        fclose($server);
        return (int) substr($name, strrpos($name, ':') + 1);
    }
}
