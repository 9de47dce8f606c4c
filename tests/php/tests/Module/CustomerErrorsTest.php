<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WHMCS\Database\Capsule;

/**
 * What a customer meets when something is wrong: a bad CSR, an action at the wrong step, a
 * suspended service, the certificate authority unreachable or refusing the account, and input
 * that tries to inject markup. Each gives a message that says what to do, and nothing is stored
 * or sent.
 */
final class CustomerErrorsTest extends ModuleTestCase
{
    public function testAGarbageCsrIsRefusedBeforeAnythingIsSent(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        $before = self::standIn()->moduleLogText();

        $page = $customer->act($serviceId, 'configure', ['csr_source' => 'upload', 'csr' => 'hello, I am not a CSR', 'contact_email' => 'ssl@example.com']);
        self::assertStringContainsString('This is not a CSR in PEM format', $page->errors());
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);
        self::assertStringNotContainsString('createNewUniqueId', substr(self::standIn()->moduleLogText(), strlen($before)), 'no unique id was requested');
        self::assertStringContainsString('hello, I am not a CSR', (string) $page->value('//textarea[@name="csr"]'), 'the input is kept for correction');
    }

    public function testACsrWithATooSmallKeyIsRefusedWithTheReason(): void
    {
        [$name] = self::names(1);
        $key = openssl_pkey_new(['private_key_bits' => 1024, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
        openssl_csr_export(openssl_csr_new(['commonName' => $name], $key, ['digest_alg' => 'sha256']), $pem);
        $serviceId = self::standIn()->order('dv_single');

        $page = self::standIn()->customer()->act($serviceId, 'configure', ['csr_source' => 'upload', 'csr' => $pem, 'contact_email' => 'ssl@example.com']);
        self::assertStringContainsString('RSA key is too small; use at least 2048 bits', $page->errors());
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testActionsAtTheWrongStepAreRefusedOnTheServer(): void
    {
        [$serviceId, $customer] = self::orderIssued('dv_single', self::names(1));
        $certificate = self::standIn()->orderRow($serviceId)['certificate'];

        foreach (['submit' => ['methods' => ['http']], 'reset' => [], 'retryDcv' => [], 'configure' => ['csr_source' => 'upload', 'csr' => Csr::create(self::names(1))->csrPem]] as $function => $fields) {
            $page = $customer->act($serviceId, $function, $fields);
            self::assertStringContainsString('not possible at the current step', $page->errors(), $function);
        }
        self::assertSame('issued', self::standIn()->orderRow($serviceId)['state']);
        self::assertSame($certificate, self::standIn()->orderRow($serviceId)['certificate']);
    }

    public function testResetReturnsToStepOneOnlyBeforeTheOrderIsPlaced(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, [$name]);
        $uniqueId = (string) self::standIn()->orderRow($serviceId)['unique_id'];

        $page = $customer->act($serviceId, 'reset');
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertTrue($page->hasAction('configure'));
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);

        self::configure($customer, $serviceId, [$name]);
        self::assertSame($uniqueId, (string) self::standIn()->orderRow($serviceId)['unique_id'], 'an unspent unique id is reused, not requested again');
        self::submit($customer, $serviceId, 1);
        $page = $customer->act($serviceId, 'reset');
        self::assertStringContainsString('not possible at the current step', $page->errors());
        self::assertSame('validating', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testASuspendedServiceCanBeViewedButNotChanged(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::assertTrue(self::standIn()->commands()->suspend($serviceId)->success);

        $page = $customer->service($serviceId);
        self::assertStringContainsString('suspended', strtolower(implode(' ', $page->alerts('warning'))));
        $page = self::configure($customer, $serviceId, [$name]);
        self::assertStringContainsString('This service is suspended', $page->errors());

        self::assertTrue(self::standIn()->commands()->unsuspend($serviceId)->success);
        $page = self::configure($customer, $serviceId, [$name]);
        self::assertSame([], $page->alerts('danger'), $page->errors());
    }

    public function testAnUnreachableCertificateAuthorityLeavesTheOrderUnchanged(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::sandbox()->setFaults(['drop_rate' => 1.0]);
        try {
            $page = self::configure($customer, $serviceId, [$name]);
        } finally {
            self::sandbox()->clearFaults();
        }
        self::assertStringContainsString('cannot be reached at the moment', $page->errors());
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);

        $page = self::configure($customer, $serviceId, [$name]);
        self::assertSame([], $page->alerts('danger'), 'works again once the API is back: ' . $page->errors());
    }

    public function testARefusedApiAccountNeverShowsItsToken(): void
    {
        $wrongToken = 'wrong-token-' . bin2hex(random_bytes(6));
        $serverId = (int) Capsule::table('tblservers')->insertGetId([
            'name' => 'Wrong account', 'type' => 'trustocean', 'hostname' => self::sandbox()->url(),
            'username' => Sandbox::USERNAME, 'password' => encrypt($wrongToken), 'active' => true,
        ]);
        $serviceId = self::standIn()->order('dv_single');
        Capsule::table('tblhosting')->where('id', $serviceId)->update(['server' => $serverId]);

        $page = self::configure(self::standIn()->customer(), $serviceId, self::names(1));
        self::assertStringContainsString('refused', $page->errors());
        self::assertStringNotContainsString($wrongToken, $page->body);
        self::assertStringNotContainsString($wrongToken, self::standIn()->moduleLogText());
        self::assertStringNotContainsString(Sandbox::TOKEN, self::standIn()->moduleLogText());
    }

    public function testMarkupInTheInputIsShownEscaped(): void
    {
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();
        $page = $customer->act($serviceId, 'configure', [
            'csr_source' => 'upload',
            'csr' => Csr::create(self::names(1))->csrPem,
            'domains' => '<script>alert(1)</script>.example.com',
            'contact_email' => '"><img src=x onerror=alert(1)>@example.com',
        ]);
        self::assertNotSame('', $page->errors());
        self::assertStringNotContainsString('<script>alert(1)</script>', $page->body);
        self::assertStringNotContainsString('<img src=x', $page->body);
        self::assertStringContainsString('&lt;script&gt;', $page->body);
    }

    public function testAChineseCustomerSeesTheModuleInChinese(): void
    {
        $serviceId = self::standIn()->order('dv_single', 1);
        $page = self::standIn()->customer(1)->service($serviceId);
        self::assertArrayHasKey('状态', $page->summary(), $page->text());
        $page = self::standIn()->customer(1)->act($serviceId, 'configure', ['csr_source' => 'upload', 'csr' => 'garbage', 'contact_email' => 'wei@example.cn']);
        self::assertMatchesRegularExpression('/\p{Han}/u', $page->errors(), 'errors are translated too');
    }
}
