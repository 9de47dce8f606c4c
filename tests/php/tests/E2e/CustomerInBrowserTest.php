<?php

declare(strict_types=1);

namespace TrustOcean\Tests\E2e;

use TrustOcean\Tests\Support\WebDriver\BrowserTestCase;
use TrustOcean\Tests\Support\WebDriver\Session;
use TrustOcean\Tests\Support\ZipReader;

/**
 * A customer in a real browser: orders a DV multi-domain certificate, makes the key and CSR in
 * the browser, picks one validation method of each kind, waits for issuance, downloads the
 * bundle and reissues with a new key; an OV order goes from its organisation step to issuance,
 * in Chinese on a phone. The stand-in has no cart, so "ordering" is WHMCS accepting the order
 * (CreateAccount).
 */
final class CustomerInBrowserTest extends BrowserTestCase
{
    public function testAMultiDomainOrderFromBrowserKeyToDownloadAndReissue(): void
    {
        $names = self::names(3);
        $serviceId = self::standIn()->order('dv_multi_ip', 0, 'Annually', 4);
        $session = self::browser();
        self::logInAsClient($session, 0);

        self::openService($session, $serviceId);
        self::checkOnDesktopAndPhone($session, 'configure');
        $key = self::makeCsrInBrowser($session, $names[0]);
        self::assertStringContainsString('-----BEGIN CERTIFICATE REQUEST-----', $session->find('#trustocean-csr')->value(), 'the generated CSR fills the form');
        self::assertNull($session->find('#trustocean-gen-key')->attribute('name'), 'the private key is never a form field');
        $session->find('#trustocean-domains')->fill(implode("\n", $names) . "\n" . self::publicIp());
        self::checkOnDesktopAndPhone($session, 'configure-generated-key');
        self::clickAndWait($session, self::buttonOf('configure'));
        self::assertNoDangerAlert($session);
        self::assertSame('awaiting_submission', self::standIn()->orderRow($serviceId)['state']);
        self::assertStringNotContainsString('PRIVATE KEY', (string) json_encode(self::standIn()->orderRow($serviceId)), 'the browser key never reached the server');

        self::checkOnDesktopAndPhone($session, 'dcv-methods');
        $emailChoice = self::firstApproverAddress($session, 2);
        $session->find('#trustocean-method-0')->choose('dns');
        $session->find('#trustocean-method-1')->choose('http');
        $session->find('#trustocean-method-2')->choose($emailChoice);
        $session->find('#trustocean-method-3')->choose('https');
        self::checkOnDesktopAndPhone($session, 'dcv-methods-chosen');
        // Submitted from the keyboard: Tab to the button, Enter.
        self::checks()->tabTo($session, self::buttonOf('submit'), 300);
        $session->navigate(fn () => $session->press("\u{E007}"), 'the validation page');
        self::assertNoDangerAlert($session);
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('validating', $row['state']);
        self::checkOnDesktopAndPhone($session, 'validating');
        self::assertStringContainsString('CNAME', $session->visibleText(), 'the DNS record to create is shown');

        self::approveOnTheSandboxPage($session, (int) $row['trustocean_id']);
        self::openService($session, $serviceId);
        self::clickAndWait($session, self::buttonOf('refresh'));
        self::assertSame('issued', self::standIn()->orderRow($serviceId)['state']);
        self::checkOnDesktopAndPhone($session, 'issued');

        $zip = self::downloadBundle($session, 'nginx', $key);
        $entries = ZipReader::entries((string) file_get_contents($zip));
        $pem = implode("\n", $entries);
        self::assertStringContainsString('-----BEGIN CERTIFICATE-----', $pem);
        self::assertStringContainsString(trim($key), $pem, 'the key pasted in the browser is in the bundle');
        $certificate = \TrustOcean\Certificate::parse((string) self::standIn()->orderRow($serviceId)['certificate']);
        self::assertSame($names, $certificate['dns_names']);

        $firstCertificate = (string) self::standIn()->orderRow($serviceId)['certificate'];
        $session->find('a[href*="view=reissue"]')->click();
        $session->waitFor(fn (): bool => $session->has('[data-csr-generator]:not(.d-none)'), 'the reissue form and its CSR generator');
        self::checkOnDesktopAndPhone($session, 'reissue');
        $newKey = self::makeCsrInBrowser($session, $names[0]);
        self::assertNotSame($key, $newKey);
        self::clickAndWait($session, self::buttonOf('reissue'));
        self::assertNoDangerAlert($session);
        $row = self::standIn()->orderRow($serviceId);
        self::sandbox()->approve((int) $row['trustocean_id']);
        if ($session->has(self::buttonOf('refresh'))) {
            self::clickAndWait($session, self::buttonOf('refresh'));
        }
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('issued', $row['state']);
        self::assertNotSame($firstCertificate, $row['certificate'], 'the reissued certificate replaced the first');
        self::assertTrue(\TrustOcean\Certificate::matchesKey((string) $row['certificate'], $newKey), 'the reissued certificate is for the new browser key');
        self::checkOnDesktopAndPhone($session, 'reissued');
    }

    public function testAnOvOrderFromItsOrganisationStepToIssuanceInChineseOnAPhone(): void
    {
        $serviceId = self::standIn()->order('ov_single', 1);
        $session = self::browser(self::PHONE);
        self::logInAsClient($session, 1);

        self::openService($session, $serviceId);
        self::assertTrue($session->find('#trustocean-org-organization_name')->isDisplayed(), 'the organisation fields are on the page');
        self::assertStringContainsString('组织', $session->visibleText(), 'the page is in Chinese');
        self::checks()->check($session, 'ov-organisation-zh-phone', true);

        self::makeCsrInBrowser($session, self::names(1)[0]);
        self::fillOrganisation($session, ['organization_name' => '<b>示例</b>']);
        self::clickAndWait($session, self::buttonOf('configure'));
        $refusal = implode("\n", array_map(static fn ($alert): string => $alert->text(), $session->findAll('.alert-danger')));
        self::assertStringContainsString('组织', $refusal, 'the refusal names the organisation field, in Chinese');
        self::checks()->check($session, 'ov-refused-zh-phone', true);
        self::assertNotSame('awaiting_submission', self::standIn()->orderRow($serviceId)['state'] ?? null, 'nothing was stored');

        self::fillOrganisation($session, ['organization_name' => '示例科技有限公司']);
        self::clickAndWait($session, self::buttonOf('configure'));
        self::assertNoDangerAlert($session);
        self::assertSame('awaiting_submission', self::standIn()->orderRow($serviceId)['state']);
        self::checks()->check($session, 'ov-methods-zh-phone', true);

        self::checks()->tabTo($session, self::buttonOf('submit'), 300);
        $session->navigate(fn () => $session->press("\u{E007}"), 'the validation page');
        self::assertNoDangerAlert($session);
        self::assertSame('validating', self::standIn()->orderRow($serviceId)['state']);
        self::checks()->check($session, 'ov-validating-zh-phone', true);

        self::sandbox()->approve((int) self::standIn()->orderRow($serviceId)['trustocean_id']);
        self::clickAndWait($session, self::buttonOf('refresh'));
        self::assertSame('issued', self::standIn()->orderRow($serviceId)['state']);
        self::assertStringContainsString('下载', $session->visibleText(), 'the issued page is in Chinese');
        self::checks()->check($session, 'ov-issued-zh-phone', true);
        $session->find('a[href="#trustocean-download"]')->click();
        self::checks()->check($session, 'ov-download-zh-phone', true);
    }

    /**
     * Approves the order's validation as a demo visitor does: on the sandbox's control page,
     * which must be a clean page too.
     */
    private static function approveOnTheSandboxPage(Session $session, int $trustoceanId): void
    {
        $session->visit(self::sandbox()->url() . '/_sandbox/');
        self::checkOnDesktopAndPhone($session, 'sandbox-control-page');
        self::clickAndWait($session, "form[action\$=\"/orders/{$trustoceanId}/approve\"] button");
        self::assertStringContainsString('issued', $session->visibleText());
        self::assertSame('issued_active', self::sandbox()->control('GET', "/_sandbox/orders/{$trustoceanId}")['cert_status'] ?? null, 'the sandbox issued the order');
    }


    /** Checks the page in the desktop window, then again at a phone's width. */
    private static function checkOnDesktopAndPhone(Session $session, string $name): void
    {
        self::checks()->check($session, $name);
        $session->resize(self::PHONE[0], self::PHONE[1]);
        try {
            self::checks()->check($session, "{$name}-phone", true);
        } finally {
            $session->resize(self::DESKTOP[0], self::DESKTOP[1]);
        }
    }

    /**
     * Fills every organisation field with a plausible company, then $values over it.
     *
     * @param array<string, string> $values
     */
    private static function fillOrganisation(Session $session, array $values): void
    {
        $fields = $values + [
            'organization_name' => '示例科技有限公司',
            'organizationalUnitName' => '信息技术部',
            'registered_address_line1' => '朝阳区建国路 1 号',
            'registered_no' => '91110000000000000X',
            'state' => '北京',
            'city' => '北京',
            'postal_code' => '100000',
            'organization_phone' => '+86 10 0000 0000',
            'contact_name' => '王伟',
            'contact_title' => '经理',
            'contact_phone' => '+86 10 0000 0001',
        ];
        foreach ($fields as $name => $value) {
            $session->find("#trustocean-org-{$name}")->fill($value);
        }
        $session->find('#trustocean-org-country')->choose('CN');
        // A date field takes typing in the browser's own order; setting its value is what a picker does.
        $session->script('arguments[0].value = "2016-03-18";', [$session->find('#trustocean-org-date_of_incorporation')]);
    }

    private static function publicIp(): string
    {
        return '93.184.' . random_int(1, 254) . '.' . random_int(1, 254);
    }

    /**
     * Runs the in-browser generator for $commonName and returns the private key it shows.
     */
    private static function makeCsrInBrowser(Session $session, string $commonName): string
    {
        $session->waitFor(fn (): bool => $session->has('[data-csr-generator]:not(.d-none)'), 'the CSR generator (it needs WebCrypto)');
        $session->find('#trustocean-gen-cn')->fill($commonName);
        $session->find('#trustocean-gen-o')->fill('Example Ltd');
        $session->find('#trustocean-gen-c')->choose('GB');
        $session->find('#trustocean-gen-algorithm')->choose('ecdsa-p256');
        $session->find('[data-generator-run]')->click();
        return $session->waitFor(function () use ($session): ?string {
            $key = $session->find('#trustocean-gen-key')->value();
            return str_contains($key, 'PRIVATE KEY') ? $key : null;
        }, 'the key and CSR made in the browser');
    }

    /** The first approver address offered for name $index. */
    private static function firstApproverAddress(Session $session, int $index): string
    {
        $values = $session->script(
            'return Array.from(document.querySelectorAll(arguments[0])).map(function (o) { return o.value; });',
            ["#trustocean-method-{$index} option"]
        );
        foreach ((array) $values as $value) {
            if (str_contains((string) $value, '@')) {
                return (string) $value;
            }
        }
        self::fail("no approver address is offered for name {$index}");
    }

    /** Downloads the bundle in $format with $key pasted and returns the saved zip's path. */
    private static function downloadBundle(Session $session, string $format, string $key): string
    {
        foreach (glob(self::downloads() . '/*') ?: [] as $old) {
            unlink($old);
        }
        $session->find('a[href="#trustocean-download"]')->click();
        $session->find('#trustocean-format')->choose($format);
        $session->find('#trustocean-key-pasted')->click();
        // Checked before the key is in: a screenshot holds no key, not even a test's.
        self::checks()->check($session, 'download');
        $session->find('#trustocean-pasted-key')->fill($key);
        $session->find(self::buttonOf('download'))->click();

        return $session->waitFor(function (): ?string {
            $files = glob(self::downloads() . '/*.zip') ?: [];
            $partial = glob(self::downloads() . '/*.crdownload') ?: [];
            return $files !== [] && $partial === [] ? $files[0] : null;
        }, 'the downloaded zip', 30.0);
    }

    private static function assertNoDangerAlert(Session $session): void
    {
        $alerts = array_map(static fn ($alert): string => $alert->text(), $session->findAll('.alert-danger'));
        self::assertSame([], $alerts, 'no error on ' . $session->currentUrl());
    }
}
