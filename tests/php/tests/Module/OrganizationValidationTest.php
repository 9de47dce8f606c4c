<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Organization;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;

/**
 * OV and EV products: the organisation's details are required and checked, sent with the order,
 * and the customer is told the organisation is being validated.
 */
final class OrganizationValidationTest extends ModuleTestCase
{
    /** @return array<string, string> */
    private static function organization(): array
    {
        return Organization::fields();
    }

    public function testTheOvFormAsksForTheOrganisationWithACountryList(): void
    {
        $serviceId = self::standIn()->order('ov_single');
        $page = self::standIn()->customer()->service($serviceId);
        self::assertContains('GB', $page->options('organization[country]'));
        self::assertContains('CN', $page->options('organization[country]'));
        self::assertSame(1, $page->count('//input[@name="organization[organization_name]"]'));
    }

    public function testMissingOrInvalidOrganisationDetailsAreRefused(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('ov_single');
        $customer = self::standIn()->customer();

        $page = self::configure($customer, $serviceId, [$name], ['organization' => ['organization_name' => 'Example Ltd']]);
        self::assertStringContainsString('Fill in every organisation field', $page->errors());

        $page = self::configure($customer, $serviceId, [$name], ['organization' => ['country' => 'Britain'] + self::organization()]);
        self::assertStringContainsString("country from the list", $page->errors());
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testAnOvOrderIsPlacedWithTheOrganisationAndIssued(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('ov_single');
        $customer = self::standIn()->customer();

        $page = self::configure($customer, $serviceId, [$name], ['organization' => self::organization()]);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        $page = self::submit($customer, $serviceId, 1);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertStringContainsString('organisation', strtolower($page->text()), 'the customer learns the organisation is checked');

        $details = self::sandbox()->client()->getSSLDetails(['trustocean_id' => (int) self::standIn()->orderRow($serviceId)['trustocean_id']]);
        self::assertSame('Example Ltd', $details['org_info']['organization_name'] ?? null);
        self::assertSame('GB', $details['org_info']['country'] ?? null);
        self::issue($customer, $serviceId);
    }

    public function testAnEvMultiDomainOrderIsIssuedForItsNames(): void
    {
        $names = self::names(3);
        $serviceId = self::standIn()->order('ev_multi');
        $customer = self::standIn()->customer();

        $page = self::configure($customer, $serviceId, [$names[0]], ['domains' => implode("\n", $names), 'organization' => self::organization()]);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        $page = $customer->act($serviceId, 'submit', ['same_for_all' => 'https']);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::issue($customer, $serviceId);
        self::assertSame($names, \TrustOcean\Certificate::parse((string) self::standIn()->orderRow($serviceId)['certificate'])['dns_names']);
    }
}
