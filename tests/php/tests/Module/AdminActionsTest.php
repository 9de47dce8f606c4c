<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Organization;
use TrustOcean\Tests\Support\Orders;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\Administrator;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Tests\Support\Whmcs\Page;
use WHMCS\Database\Capsule;

/**
 * The admin's actions on one order, through the admin service page as WHMCS runs them: sync,
 * refund and its status, domain validation and the OV/EV verification retry, renewal marking,
 * revocation with a reason, the decoded CSR, certificate and chain, name removal, reset, the
 * issuance e-mail again, and import by order number. Each in a state that allows it and in one
 * that does not; none leaks the API token.
 */
final class AdminActionsTest extends ModuleTestCase
{
    public function testSyncFetchesTheIssuedCertificateAndIsRefusedBeforeSubmission(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single');
        self::sandbox()->approve($trustoceanId);
        $admin = self::standIn()->admin();

        self::assertDone($admin->button($serviceId, 'adminSync'));
        self::assertSame('issued', self::standIn()->orderRow($serviceId)['state']);

        $fresh = self::standIn()->order('dv_single');
        self::assertRefused($admin->button($fresh, 'adminSync'), 'not possible');
    }

    public function testARefundIsRequestedItsStatusShownAndItsResultMailed(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single');
        $admin = self::standIn()->admin();

        self::assertDone($admin->button($serviceId, 'adminRefund'));
        self::assertSame('processing', self::standIn()->orderRow($serviceId)['refund_status']);
        self::assertStringContainsString('processing', $admin->service($serviceId)->text());

        self::sandbox()->decideRefund($trustoceanId, 'finished');
        $mails = self::mailCount($serviceId);
        self::assertDone($admin->button($serviceId, 'adminSync'));
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame(['cancelled', 'finished'], [$row['state'], $row['refund_status']]);
        self::assertSame($mails + 1, self::mailCount($serviceId), 'the refund result e-mail');
        self::assertStringContainsString('cancelled and refunded', self::lastMail($serviceId)->message);

        $fresh = self::standIn()->order('dv_single');
        self::assertRefused($admin->button($fresh, 'adminRefund'), 'not possible');
    }

    public function testValidationIsRetriedAndTheOvVerificationResentWithTheNoteSaysHow(): void
    {
        [$serviceId, $trustoceanId] = self::placed('ov_single');
        $admin = self::standIn()->admin();
        $retries = self::sandbox()->callCount($trustoceanId, 'reTryDcvEmailOrDCVCheck');

        self::assertStringContainsString('no separate call', $admin->service($serviceId)->text());
        self::assertDone($admin->button($serviceId, 'adminRetryDcv'));
        self::assertDone($admin->button($serviceId, 'adminResendVerification'), 'the admin is not throttled');
        self::assertSame($retries + 2, self::sandbox()->callCount($trustoceanId, 'reTryDcvEmailOrDCVCheck'));

        self::sandbox()->approve($trustoceanId);
        self::assertDone($admin->button($serviceId, 'adminSync'));
        self::assertRefused($admin->button($serviceId, 'adminResendVerification'), 'not possible');
    }

    public function testAnOrderIsMarkedAsARenewalBeforeSubmissionAndSentSo(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $admin = self::standIn()->admin();

        self::assertDone($admin->button($serviceId, 'adminMarkRenewal'));
        self::assertSame(1, (int) self::standIn()->orderRow($serviceId)['renew']);
        self::assertStringContainsString('renewal', $admin->service($serviceId)->text());
        self::assertDone($admin->button($serviceId, 'adminMarkRenewal'));
        self::assertSame(0, (int) self::standIn()->orderRow($serviceId)['renew'], 'the button switches it off again');
        self::assertDone($admin->button($serviceId, 'adminMarkRenewal'));

        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, self::names(1));
        self::submit($customer, $serviceId, 1);
        $trustoceanId = (int) self::standIn()->orderRow($serviceId)['trustocean_id'];
        self::assertSame('yes', self::sandbox()->client()->getSSLDetails(['trustocean_id' => $trustoceanId])['renew'] ? 'yes' : 'no');
        self::assertRefused($admin->button($serviceId, 'adminMarkRenewal'), 'not possible');
    }

    public function testRevocationNeedsAReasonAndAnIssuedCertificate(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single');
        $admin = self::standIn()->admin();
        self::assertRefused($admin->button($serviceId, 'adminRevoke'), 'Please fill in');
        self::assertRefused(self::revoke($admin, $serviceId, 'phishing'), 'not possible');

        self::sandbox()->approve($trustoceanId);
        self::assertDone($admin->button($serviceId, 'adminSync'));
        $tab = $admin->service($serviceId);
        self::assertSame(8, $tab->count('//select[@id="trustocean-revocation-reason"]/option'));
        self::assertRefused(self::revoke($admin, $serviceId, 'because'), 'invalid value');
        self::assertDone(self::revoke($admin, $serviceId, 'key_compromise'));

        self::assertSame('revoked', self::standIn()->orderRow($serviceId)['state']);
        self::assertSame('revoked', self::sandbox()->client()->getSSLDetails(['trustocean_id' => $trustoceanId])['cert_status']);
    }

    public function testTheTabShowsTheCsrCertificateAndChainDecodedAndAsPem(): void
    {
        [$serviceId, $trustoceanId, $names] = self::placed('dv_single');
        self::sandbox()->approve($trustoceanId);
        $admin = self::standIn()->admin();
        self::assertDone($admin->button($serviceId, 'adminSync'));

        $text = $admin->service($serviceId)->text();

        self::assertStringContainsString('CN=' . $names[0], $text, 'the CSR subject');
        self::assertStringContainsString('BEGIN CERTIFICATE REQUEST', $text);
        self::assertStringContainsString('TrustOcean Sandbox DV CA', $text, 'the issuer');
        self::assertStringContainsString('SHA-256 fingerprint', $text);
        self::assertStringContainsString('TrustOcean Sandbox Root CA', $text, 'the chain up to the root');
        self::assertGreaterThanOrEqual(3, substr_count($text, 'BEGIN CERTIFICATE-----'), 'leaf and chain PEM');
        self::assertStringNotContainsString('PRIVATE KEY-----', $text);
    }

    public function testANameThatCannotValidateIsRemovedButNeverThePrimaryOrAValidatedOne(): void
    {
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();
        $names = self::names(3);
        self::configure($customer, $serviceId, [$names[0]], ['domains' => implode("\n", $names)]);
        self::submit($customer, $serviceId, 3);
        $admin = self::standIn()->admin();

        $tab = $admin->service($serviceId);
        self::assertSame(2, $tab->count('//button[@data-trustocean-command="adminRemoveDomain"]'), 'not for the primary');
        self::assertDone(self::removeDomain($admin, $serviceId, $names[2]));
        self::assertSame([$names[0], $names[1]], json_decode((string) self::standIn()->orderRow($serviceId)['domains'], true));
        self::assertRefused(self::removeDomain($admin, $serviceId, $names[0]), 'primary');
        self::assertRefused(self::removeDomain($admin, $serviceId, 'not-in-the-order.example.com'), 'not part of the order');
    }

    public function testResetOnlyBeforeSubmission(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, self::names(1));
        $admin = self::standIn()->admin();

        self::assertDone($admin->button($serviceId, 'adminReset'));
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);

        [$placed] = self::placed('dv_single');
        self::assertRefused($admin->button($placed, 'adminReset'), 'not possible');
    }

    public function testTheIssuanceMailIsSentAgainOnlyForAnIssuedCertificate(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single');
        $admin = self::standIn()->admin();
        self::assertRefused($admin->button($serviceId, 'adminResendIssuedEmail'), 'not possible');

        self::sandbox()->approve($trustoceanId);
        self::assertDone($admin->button($serviceId, 'adminSync'));
        $mails = self::mailCount($serviceId);
        self::assertDone($admin->button($serviceId, 'adminResendIssuedEmail'));

        self::assertSame($mails + 1, self::mailCount($serviceId));
        self::assertStringContainsString('BEGIN CERTIFICATE', self::lastMail($serviceId)->message, 'the certificate comes with it');
    }

    public function testAnOrderPlacedElsewhereIsImportedIntoANewServiceOnce(): void
    {
        $name = self::names(1)[0];
        $placedElsewhere = Orders::place(self::sandbox()->client(), [$name], 46);
        $trustoceanId = (int) $placedElsewhere['trustocean_id'];
        self::sandbox()->approve($trustoceanId);
        $serviceId = self::standIn()->order('dv_single');
        $admin = self::standIn()->admin();

        self::assertRefused(self::import($admin, $serviceId, 'abc'), 'invalid value');
        self::assertDone(self::import($admin, $serviceId, (string) $trustoceanId));

        $row = self::standIn()->orderRow($serviceId);
        self::assertSame(['issued', $trustoceanId], [$row['state'], (int) $row['trustocean_id']]);
        self::assertSame($name, Capsule::table('tblhosting')->where('id', $serviceId)->value('domain'), 'the service shows the certificate\'s name');
        $other = self::standIn()->order('dv_single');
        self::assertRefused(self::import($admin, $other, (string) $trustoceanId), 'already belongs to service #' . $serviceId);
        self::assertRefused(self::import($admin, $serviceId, (string) $trustoceanId), 'not possible');
    }

    public function testTheApiTokenAppearsInNoPageAndNoLog(): void
    {
        [$serviceId] = self::placed('dv_single');
        $admin = self::standIn()->admin();
        $page = $admin->service($serviceId);
        $admin->button($serviceId, 'adminSync');

        self::assertStringNotContainsString(Sandbox::TOKEN, $page->body);
        self::assertStringNotContainsString(Sandbox::TOKEN, self::standIn()->moduleLogText());
        self::assertStringNotContainsString(Sandbox::TOKEN, implode("\n", Capsule::table('tblactivitylog')->pluck('description')->all()));
    }

    /**
     * A service of $product configured with an uploaded CSR and placed with HTTP validation.
     *
     * @return array{0: int, 1: int, 2: list<string>}
     */
    private static function placed(string $product): array
    {
        $serviceId = self::standIn()->order($product);
        $customer = self::standIn()->customer();
        $names = self::names(1);
        $fields = $product === 'ov_single' ? ['organization' => Organization::fields()] : [];
        $page = self::configure($customer, $serviceId, $names, $fields);
        self::assertSame([], $page->alerts('danger'), 'configure: ' . $page->errors());
        $page = self::submit($customer, $serviceId, 1);
        self::assertSame([], $page->alerts('danger'), 'submit: ' . $page->errors());
        return [$serviceId, (int) self::standIn()->orderRow($serviceId)['trustocean_id'], $names];
    }

    private static function revoke(Administrator $admin, int $serviceId, string $reason): Page
    {
        return $admin->command($serviceId, 'custom', ['ac' => 'adminRevoke', 'revocation_reason' => $reason]);
    }

    private static function removeDomain(Administrator $admin, int $serviceId, string $domain): Page
    {
        return $admin->command($serviceId, 'custom', ['ac' => 'adminRemoveDomain', 'domain' => $domain]);
    }

    private static function import(Administrator $admin, int $serviceId, string $trustoceanId): Page
    {
        return $admin->command($serviceId, 'custom', ['ac' => 'adminImport', 'trustocean_id' => $trustoceanId]);
    }

    private static function assertDone(Page $page, string $message = ''): void
    {
        self::assertSame([], $page->alerts('danger'), trim($message . ' ' . $page->errors()));
        self::assertNotSame([], $page->alerts('success'), $message);
    }

    private static function assertRefused(Page $page, string $expected): void
    {
        self::assertStringContainsString($expected, $page->errors());
    }

    private static function mailCount(int $serviceId): int
    {
        return count(self::mails($serviceId));
    }

    private static function lastMail(int $serviceId): object
    {
        $mails = self::mails($serviceId);
        return end($mails);
    }

    /** @return list<object> */
    private static function mails(int $serviceId): array
    {
        $clientId = (int) Capsule::table('tblhosting')->where('id', $serviceId)->value('userid');
        return Capsule::table('tblemails')->where('userid', $clientId)->where('subject', 'like', "[#{$serviceId}]%")->orderBy('id')->get()->all();
    }
}
