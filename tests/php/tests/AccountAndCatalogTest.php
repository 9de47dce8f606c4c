<?php

declare(strict_types=1);

namespace TrustOcean\Tests;

use PHPUnit\Framework\TestCase;
use TrustOcean\ApiException;
use TrustOcean\Client;
use TrustOcean\InvalidArgumentException;
use TrustOcean\Tests\Support\Orders;
use TrustOcean\Tests\Support\Sandbox;

/**
 * The account, catalog and unique-id methods against the sandbox.
 */
final class AccountAndCatalogTest extends TestCase
{
    private Client $client;

    protected function setUp(): void
    {
        $this->client = Sandbox::shared()->client();
    }

    public function testPingSucceedsWithValidCredentials(): void
    {
        $answer = $this->client->ping();

        self::assertArrayNotHasKey('status', $answer, 'the envelope status is removed');
    }

    public function testGetProfileInfoReportsTheCredit(): void
    {
        $profile = $this->client->getProfileInfo();

        self::assertArrayHasKey('credit', $profile);
        self::assertIsNumeric($profile['credit']);
        self::assertGreaterThan(0, (float) $profile['credit']);
    }

    public function testGetProductListIsKeyedByPid(): void
    {
        $products = $this->client->getProductList()['products'];

        self::assertIsArray($products);
        self::assertArrayHasKey(Orders::MULTI_DOMAIN_PID, $products);
        $product = $products[Orders::MULTI_DOMAIN_PID];
        self::assertEquals(Orders::MULTI_DOMAIN_PID, $product['pid']);
        self::assertStringContainsString('Multi-Domain', $product['name']);
        foreach ($products as $pid => $entry) {
            self::assertEquals($pid, $entry['pid']);
        }
    }

    public function testGetProductPriceListListsTheSameProducts(): void
    {
        $plain = $this->client->getProductList()['products'];
        $priced = $this->client->getProductPriceList()['products'];

        self::assertSame(array_keys($plain), array_keys($priced));
    }

    public function testGetProductListWithPricingHasPricesPerPeriod(): void
    {
        $products = $this->client->getProductListWithPricing()['products'];
        $product = $products[Orders::MULTI_DOMAIN_PID];

        self::assertIsArray($product['pricing']);
        self::assertArrayHasKey('annually', array_change_key_case($product['pricing']));
    }

    public function testCreateNewUniqueIdReturnsFreshIds(): void
    {
        $first = $this->client->createNewUniqueId()['unique_id'];
        $second = $this->client->createNewUniqueId()['unique_id'];

        self::assertIsString($first);
        self::assertMatchesRegularExpression('/^[0-9a-z]{8,20}$/i', $first);
        self::assertNotSame($first, $second);
    }

    public function testCheckUniqueIdAcceptsAFreeId(): void
    {
        $answer = $this->client->checkUniqueId(['unique_id' => 'free' . bin2hex(random_bytes(4))]);

        self::assertArrayNotHasKey('status', $answer);
    }

    public function testCheckUniqueIdRejectsAnIdUsedByAnOrder(): void
    {
        $order = Orders::place($this->client, Orders::domains(3));

        try {
            $this->client->checkUniqueId(['unique_id' => $order['unique_id']]);
            self::fail('a used unique_id was accepted');
        } catch (ApiException $e) {
            self::assertSame('checkUniqueId', $e->apiMethod);
            self::assertGreaterThan(0, $e->getCode());
        }
    }

    public function testCheckUniqueIdNamesAMissingField(): void
    {
        $this->expectException(InvalidArgumentException::class);
        $this->expectExceptionMessage('unique_id');

        $this->client->checkUniqueId([]);
    }
}
