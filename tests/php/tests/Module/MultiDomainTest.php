<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ServiceOptions;

/**
 * The DV multi-domain product with IP addresses and a DomainCount quantity option (3 ordered):
 * names within the quota, IP validation, switching methods and removing names while validating,
 * retrying checks, buying more names through WHMCS's option upgrade, reissuing with them, and
 * termination under the revoke policy.
 */
final class MultiDomainTest extends ModuleTestCase
{
    public function testNamesAndAnIpAddressGoToIssuedWithTheIpAsAnIpSan(): void
    {
        $names = self::names(2);
        $ip = self::publicIp();
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();

        $page = self::configure($customer, $serviceId, [$names[0]], ['domains' => implode("\n", [...$names, $ip])]);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertSame(['http', 'https'], $page->options('methods[2]'), 'an IP is offered HTTP/HTTPS only, and no approver e-mail');
        self::assertContains('admin@example.com', $page->options('methods[0]'), 'a name is offered the approver addresses of its registrable domain');
        $page = $customer->act($serviceId, 'submit', ['methods' => ['dns', 'http', 'http']]);
        self::assertSame([], $page->alerts('danger'), $page->errors());

        self::issue($customer, $serviceId);
        $certificate = \TrustOcean\Certificate::parse((string) self::standIn()->orderRow($serviceId)['certificate']);
        self::assertSame($names, $certificate['dns_names']);
        self::assertSame([$ip], $certificate['ip_addresses']);
    }

    public function testAnIpAddressCannotBeValidatedByDnsAndNothingIsPlaced(): void
    {
        $names = self::names(1);
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, $names, ['domains' => $names[0] . "\n" . self::publicIp()]);

        $page = $customer->act($serviceId, 'submit', ['methods' => ['http', 'dns']]);
        self::assertStringContainsString('IP addresses can only be validated by HTTP or HTTPS file', $page->errors());
        self::assertSame('awaiting_submission', self::standIn()->orderRow($serviceId)['state']);
        self::assertNull(self::standIn()->orderRow($serviceId)['trustocean_id']);
    }

    public function testMoreNamesThanTheQuotaAreRefusedWithEveryProblemListed(): void
    {
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();
        $names = self::names(4);

        $page = self::configure($customer, $serviceId, [$names[0]], ['domains' => implode("\n", $names), 'contact_email' => 'not-an-address']);
        self::assertStringContainsString('more names than this service includes', $page->errors());
        self::assertStringContainsString('contact e-mail address is not valid', $page->errors());
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);
        self::assertStringContainsString($names[3], (string) $page->value('//textarea[@name="domains"]'), 'what the customer typed is kept');
    }

    public function testMethodsChangeAndNamesAreRemovedWhileValidating(): void
    {
        $names = self::names(3);
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, [$names[0]], ['domains' => implode("\n", $names)]);
        self::submit($customer, $serviceId, 3);
        $trustoceanId = (int) self::standIn()->orderRow($serviceId)['trustocean_id'];

        $page = $customer->act($serviceId, 'changeDcvMethod', ['domain' => '1', 'method' => 'dns']);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        $remote = self::sandbox()->client()->getDomainValidationStatus(['trustocean_id' => $trustoceanId]);
        $entries = $remote['dcvinfo'] ?? $remote['dcv_info'];
        self::assertSame('dns', self::entryFor($entries, $names[1])['method']);

        $page = $customer->act($serviceId, 'changeDcvMethod', ['domain' => '1', 'method' => 'admin@example.org']);
        self::assertStringContainsString('cannot approve the name', $page->errors());

        $page = $customer->act($serviceId, 'removeDomain', ['domain' => '0']);
        self::assertStringContainsString('primary name cannot be removed', $page->errors());

        $page = $customer->act($serviceId, 'removeDomain', ['domain' => '2']);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertSame([$names[0], $names[1]], json_decode((string) self::standIn()->orderRow($serviceId)['domains'], true));
        self::assertSame([$names[0], $names[1]], self::sandbox()->client()->getSSLDetails(['trustocean_id' => $trustoceanId])['domains']);
        self::assertStringNotContainsString($names[2], $page->text());
    }

    public function testRetryingChecksIsThrottledWithTheWaitShown(): void
    {
        $names = self::names(1);
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, $names, ['domains' => $names[0]]);
        self::submit($customer, $serviceId, 1, 'admin@example.com');

        $page = $customer->act($serviceId, 'retryDcv');
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertStringContainsString('resent', implode(' ', $page->alerts('success')));
        self::assertStringContainsString('reTryDcvEmailOrDCVCheck', self::standIn()->moduleLogText());

        $again = $customer->act($serviceId, 'retryDcv');
        self::assertMatchesRegularExpression('/wait \d+ seconds/', $again->errors());
        self::assertMatchesRegularExpression('/\d+ seconds/', $again->text(), 'the wait is shown on the page');
    }

    public function testMoreNamesAreBoughtThroughTheOptionUpgradeAndAddedByReissue(): void
    {
        $names = self::names(5);
        [$serviceId, $customer] = self::issuedWith(array_slice($names, 0, 3));

        $optionId = (int) ServiceOptions::optionId((int) Capsule::table('tblhosting')->where('id', $serviceId)->value('packageid'), 'DomainCount');
        $form = $customer->get("upgrade.php?type=configoptions&id={$serviceId}");
        self::assertSame(200, $form->status, $form->text());
        $page = $customer->post("upgrade.php?type=configoptions&id={$serviceId}", ['token' => $form->token(), 'configoption' => [$optionId => '5']]);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertSame(5, (int) self::standIn()->orderRow($serviceId)['domain_quota'], 'ChangePackage applied the new quota');

        $page = $customer->act($serviceId, 'reissue', ['csr_source' => 'keep', 'domains' => implode("\n", $names), 'same_for_all' => 'http']);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::issue($customer, $serviceId);
        self::assertSame($names, \TrustOcean\Certificate::parse((string) self::standIn()->orderRow($serviceId)['certificate'])['dns_names']);

        $page = $customer->act($serviceId, 'reissue', ['csr_source' => 'keep', 'domains' => implode("\n", [...$names, 'extra.' . $names[0]]), 'same_for_all' => 'http']);
        self::assertStringContainsString('more names than this service includes', $page->errors());
    }

    public function testAnUpgradeBelowTheOptionMinimumIsRefused(): void
    {
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();
        $optionId = (int) ServiceOptions::optionId((int) Capsule::table('tblhosting')->where('id', $serviceId)->value('packageid'), 'DomainCount');
        $form = $customer->get("upgrade.php?type=configoptions&id={$serviceId}");
        $page = $customer->post("upgrade.php?type=configoptions&id={$serviceId}", ['token' => $form->token(), 'configoption' => [$optionId => '0']]);
        self::assertStringContainsString('choose between 1 and 100', $page->errors());
        self::assertSame(3, (int) self::standIn()->orderRow($serviceId)['domain_quota']);
    }

    public function testTerminationRevokesAnIssuedCertificateUnderTheRevokePolicy(): void
    {
        [$serviceId] = self::issuedWith(self::names(1));
        $trustoceanId = (int) self::standIn()->orderRow($serviceId)['trustocean_id'];

        $result = self::standIn()->commands()->terminate($serviceId);
        self::assertTrue($result->success, $result->message);
        self::assertSame('revoked', self::standIn()->orderRow($serviceId)['state']);
        self::assertSame('revoked', self::sandbox()->client()->getOrderStatus(['trustocean_id' => $trustoceanId])['cert_status']);
    }

    /** @param non-empty-list<string> $names */
    private static function issuedWith(array $names): array
    {
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();
        $page = $customer->act($serviceId, 'configure', [
            'csr_source' => 'upload',
            'csr' => Csr::create([$names[0]])->csrPem,
            'domains' => implode("\n", $names),
            'contact_email' => 'ssl-admin@example.com',
        ]);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::submit($customer, $serviceId, count($names));
        self::issue($customer, $serviceId);
        return [$serviceId, $customer];
    }

    /** @param array<int|string, array<string, mixed>> $entries */
    private static function entryFor(array $entries, string $domain): array
    {
        foreach ($entries as $key => $entry) {
            if ($key === $domain || ($entry['domain'] ?? null) === $domain) {
                return $entry;
            }
        }
        self::fail("no DCV entry for {$domain}");
    }

    /** A public IPv4 address no other test uses. */
    private static function publicIp(): string
    {
        return '93.184.' . random_int(1, 254) . '.' . random_int(1, 254);
    }
}
