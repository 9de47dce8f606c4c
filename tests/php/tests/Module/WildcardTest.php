<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;

/**
 * Wildcard names: required on the wildcard product and refused on the single-name product;
 * a wildcard validates at its base name.
 */
final class WildcardTest extends ModuleTestCase
{
    public function testTheWildcardProductIssuesAWildcardValidatedAtItsBaseName(): void
    {
        [$base] = self::names(1);
        $wildcard = '*.' . $base;
        $serviceId = self::standIn()->order('dv_wildcard');
        $customer = self::standIn()->customer();

        $page = self::configure($customer, $serviceId, [$wildcard]);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertStringContainsString("http://{$base}/.well-known/pki-validation/", $page->text(), 'the file goes on the base name');
        self::assertStringNotContainsString('http://*.', $page->text());

        self::submit($customer, $serviceId, 1, 'dns');
        $page = self::issue($customer, $serviceId);
        self::assertSame([$wildcard], \TrustOcean\Certificate::parse((string) self::standIn()->orderRow($serviceId)['certificate'])['dns_names']);

        $download = $customer->act($serviceId, 'download', ['format' => 'nginx', 'key_source' => 'none']);
        self::assertStringNotContainsString('*', $download->headers['content-disposition'] ?? '', 'no * in file names');
    }

    public function testTheWildcardProductRefusesAPlainName(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_wildcard');
        $page = self::configure(self::standIn()->customer(), $serviceId, [$name]);
        self::assertStringContainsString('for a wildcard name such as *.example.com', $page->errors());
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testASingleNameProductRefusesAWildcard(): void
    {
        [$base] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $page = self::configure(self::standIn()->customer(), $serviceId, ['*.' . $base]);
        self::assertStringContainsString('does not cover wildcard names', $page->errors());
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);
    }
}
