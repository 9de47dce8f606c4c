<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;

/**
 * The admin service page: the order's facts (escaped), the module buttons (sync, retry
 * validation, reset) and the module commands, each checked against the order's state.
 */
final class AdminServiceTest extends ModuleTestCase
{
    public function testTheServicePageShowsTheOrderFacts(): void
    {
        $names = self::names(1);
        [$serviceId] = self::orderIssued('dv_single', $names);
        $row = self::standIn()->orderRow($serviceId);

        $page = self::standIn()->admin()->service($serviceId);
        self::assertSame(200, $page->status);
        $text = $page->text();
        self::assertStringContainsString((string) $row['trustocean_id'], $text);
        self::assertStringContainsString($names[0], $text);
        self::assertStringContainsString((string) $row['serial'], $text);
        self::assertSame(1, $page->count('//input[@name="ac" and @value="adminSync"]'));
    }

    public function testSyncIssuesAnApprovedOrderWithoutTheCustomer(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, [$name]);
        self::submit($customer, $serviceId, 1);
        self::sandbox()->approve((int) self::standIn()->orderRow($serviceId)['trustocean_id']);

        $page = self::standIn()->admin()->button($serviceId, 'adminSync');
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertSame('issued', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testResetAfterSubmissionIsRefusedForAdminsToo(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, [$name]);
        self::submit($customer, $serviceId, 1);

        $page = self::standIn()->admin()->button($serviceId, 'adminReset');
        self::assertStringContainsString('not possible at the current step', $page->errors());
        self::assertSame('validating', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testRetryValidationAndSuspensionFromTheAdminPage(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, [$name]);
        self::submit($customer, $serviceId, 1);
        $admin = self::standIn()->admin();

        $page = $admin->button($serviceId, 'adminRetryDcv');
        self::assertSame([], $page->alerts('danger'), $page->errors());

        $page = $admin->command($serviceId, 'suspend');
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertSame('Suspended', self::standIn()->serviceStatus($serviceId));
        self::assertSame(1, (int) self::standIn()->orderRow($serviceId)['suspended']);

        $page = $admin->command($serviceId, 'unsuspend');
        self::assertSame('Active', self::standIn()->serviceStatus($serviceId));
        self::assertSame(0, (int) self::standIn()->orderRow($serviceId)['suspended']);
    }

    public function testCreatingTwiceIsRefused(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $page = self::standIn()->admin()->command($serviceId, 'create');
        self::assertStringContainsString('already has a certificate order', $page->errors());
    }
}
