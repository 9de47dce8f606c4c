<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Whmcs;

use PHPUnit\Framework\TestCase;
use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Orders;
use TrustOcean\Tests\Support\Sandbox;

/**
 * The common steps of the module tests: a customer configures, chooses validation methods,
 * the sandbox approves, the customer checks issuance.
 */
abstract class ModuleTestCase extends TestCase
{
    protected static function standIn(): StandIn
    {
        return StandIn::shared();
    }

    protected static function sandbox(): Sandbox
    {
        return Sandbox::shared();
    }

    /**
     * Fresh names under a random label of example.com.
     *
     * @return non-empty-list<string>
     */
    protected static function names(int $count): array
    {
        return Orders::domains($count);
    }

    /**
     * Step 1 with an uploaded CSR (made by PHP's openssl for $csrNames).
     *
     * @param non-empty-list<string> $csrNames
     * @param array<string, mixed>   $fields   more form fields (domains, organization, ...)
     */
    protected static function configure(Customer $customer, int $serviceId, array $csrNames, array $fields = []): Page
    {
        return $customer->act($serviceId, 'configure', $fields + [
            'csr_source' => 'upload',
            'csr' => Csr::create($csrNames)->csrPem,
            'contact_email' => 'ssl-admin@example.com',
        ]);
    }

    /** Step 2 with one method for every name. */
    protected static function submit(Customer $customer, int $serviceId, int $names, string $method = 'http'): Page
    {
        return $customer->act($serviceId, 'submit', ['methods' => array_fill(0, $names, $method)]);
    }

    /** The sandbox approves the order; the customer checks issuance. */
    protected static function issue(Customer $customer, int $serviceId): Page
    {
        $row = self::standIn()->orderRow($serviceId);
        self::assertNotNull($row['trustocean_id'] ?? null, 'the order was not placed');
        self::sandbox()->approve((int) $row['trustocean_id']);
        $page = $customer->act($serviceId, 'refresh');
        self::assertSame('issued', self::standIn()->orderRow($serviceId)['state'] ?? null, $page->errors() ?: $page->text());
        return $page;
    }

    /** Everything of an uploaded-CSR order of single names up to issuance. */
    protected static function orderIssued(string $product, array $names, array $fields = []): array
    {
        $serviceId = self::standIn()->order($product);
        $customer = self::standIn()->customer();
        $page = self::configure($customer, $serviceId, $names, $fields);
        self::assertSame([], $page->alerts('danger'), 'configure: ' . $page->errors());
        $page = self::submit($customer, $serviceId, count($names));
        self::assertSame([], $page->alerts('danger'), 'submit: ' . $page->errors());
        self::issue($customer, $serviceId);
        return [$serviceId, $customer];
    }
}
