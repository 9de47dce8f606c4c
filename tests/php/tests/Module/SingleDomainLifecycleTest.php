<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Tests\Support\ZipReader;

/**
 * The DV single-domain product, from CreateAccount to download, reissue, renewal and
 * termination, through the client area pages.
 */
final class SingleDomainLifecycleTest extends ModuleTestCase
{
    public function testCreateAccountStoresAnOrderAwaitingConfigurationAndCallsNothingRemote(): void
    {
        $logBefore = self::standIn()->moduleLogText();
        $serviceId = self::standIn()->order('dv_single');

        self::assertSame('Active', self::standIn()->serviceStatus($serviceId));
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);
        self::assertSame($logBefore, self::standIn()->moduleLogText(), 'CreateAccount must not call TrustOcean');

        $page = self::standIn()->customer()->service($serviceId);
        self::assertTrue($page->hasAction('configure'), $page->text());
        self::assertSame('Waiting for your configuration', $page->summary()['Status'] ?? null);
    }

    public function testUploadedCsrGoesToIssuedAndEveryPemIsShown(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();

        $page = self::configure($customer, $serviceId, [$name]);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertTrue($page->hasAction('submit'));
        self::assertSame([$name], json_decode((string) self::standIn()->orderRow($serviceId)['domains'], true));
        self::assertSame($name, (string) \WHMCS\Database\Capsule::table('tblhosting')->where('id', $serviceId)->value('domain'));

        $page = self::submit($customer, $serviceId, 1, 'dns');
        self::assertSame([], $page->alerts('danger'), $page->errors());
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('validating', $row['state']);
        self::assertGreaterThan(0, (int) $row['trustocean_id']);
        self::assertStringContainsString((string) $row['trustocean_id'], $page->summary()['Order number'] ?? '');

        $page = self::issue($customer, $serviceId);
        self::assertSame('Issued', $page->summary()['Status'] ?? null);
        $row = self::standIn()->orderRow($serviceId);
        self::assertStringContainsString('-----BEGIN CERTIFICATE-----', (string) $row['certificate']);
        $text = $page->text();
        self::assertStringContainsString($name, $text);
        foreach (['certificate', 'chain', 'csr'] as $pem) {
            self::assertStringContainsString(trim(explode("\n", trim((string) $row[$pem === 'csr' ? 'csr' : $pem]))[1]), $page->body, "the {$pem} PEM is on the page");
        }
        self::assertTrue($page->hasAction('download'));
        self::assertStringContainsString('seal.min.js', $page->body, 'the seal code is offered');
    }

    public function testDownloadsEveryFormatWithTheServerKey(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        $page = $customer->act($serviceId, 'configure', ['csr_source' => 'generate', 'key_type' => 'rsa2048', 'domains' => $name, 'contact_email' => 'ssl@example.com']);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        $key = (string) $page->value('//textarea[@id="trustocean-generated-key"]');
        self::assertStringContainsString('-----BEGIN PRIVATE KEY-----', $key, 'the generated key is shown once');
        $row = self::standIn()->orderRow($serviceId);
        self::assertStringNotContainsString('PRIVATE KEY', (string) $row['private_key'], 'the key is stored encrypted');
        self::assertSame(trim($key), trim(decrypt((string) $row['private_key'])));
        self::assertStringNotContainsString('PRIVATE KEY', $customer->service($serviceId)->body, 'the key is shown only once');

        self::submit($customer, $serviceId, 1);
        self::issue($customer, $serviceId);

        $expected = [
            'apache' => ['.crt', '.key', 'ca-bundle'],
            'nginx' => ['.pem', '.key'],
            'iis' => ['.pfx'],
            'tomcat' => ['.p12'],
            'haproxy' => ['.pem'],
            'pkcs7' => ['.p7b'],
            'der' => ['.cer'],
        ];
        foreach ($expected as $format => $parts) {
            $download = $customer->act($serviceId, 'download', ['format' => $format, 'key_source' => 'server', 'pfx_password' => 'Secret-123']);
            self::assertSame('application/zip', $download->headers['content-type'] ?? '', "{$format}: " . substr($download->body, 0, 300));
            self::assertStringContainsString('no-store', $download->headers['cache-control'] ?? '');
            $names = array_keys(ZipReader::entries($download->body));
            foreach ($parts as $part) {
                self::assertNotEmpty(array_filter($names, static fn (string $file): bool => str_contains(strtolower($file), $part)), "{$format} has a {$part}: " . implode(', ', $names));
            }
            self::assertNotEmpty(array_filter($names, static fn (string $file): bool => str_ends_with($file, 'README.txt')));
        }

        $iis = ZipReader::entries($customer->act($serviceId, 'download', ['format' => 'iis', 'key_source' => 'server', 'pfx_password' => 'Secret-123'])->body);
        $pfx = (string) current(array_filter($iis, static fn (string $file): bool => str_ends_with($file, '.pfx'), ARRAY_FILTER_USE_KEY));
        self::assertTrue(openssl_pkcs12_read($pfx, $certs, 'Secret-123'), 'PHP reads the PFX');
        self::assertSame(
            openssl_pkey_get_details(openssl_pkey_get_private($key))['key'],
            openssl_pkey_get_details(openssl_pkey_get_private($certs['pkey']))['key'],
            'the PFX holds the server key'
        );
        self::assertStringNotContainsString(trim($key), self::standIn()->moduleLogText(), 'the key never reaches the module log');
    }

    public function testDownloadWithAPastedKeyUsesItOnceAndRefusesAForeignKey(): void
    {
        [$name] = self::names(1);
        $csr = Csr::create([$name]);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        $customer->act($serviceId, 'configure', ['csr_source' => 'upload', 'csr' => $csr->csrPem, 'contact_email' => 'ssl@example.com']);
        self::submit($customer, $serviceId, 1);
        self::issue($customer, $serviceId);

        $download = $customer->act($serviceId, 'download', ['format' => 'apache', 'key_source' => 'pasted', 'key' => $csr->privateKeyPem]);
        $files = ZipReader::entries($download->body);
        $keyFile = (string) current(array_filter($files, static fn (string $file): bool => str_ends_with($file, '.key'), ARRAY_FILTER_USE_KEY));
        self::assertSame(openssl_pkey_get_details(openssl_pkey_get_private($csr->privateKeyPem))['key'], openssl_pkey_get_details(openssl_pkey_get_private($keyFile))['key']);
        self::assertNull(self::standIn()->orderRow($serviceId)['private_key'], 'a pasted key is never stored');

        $foreign = Csr::create([$name]);
        $refused = $customer->act($serviceId, 'download', ['format' => 'apache', 'key_source' => 'pasted', 'key' => $foreign->privateKeyPem]);
        self::assertTrue($refused->isHtml());
        self::assertNotSame([], $refused->alerts('danger'));
        $keyLine = explode("\n", trim($foreign->privateKeyPem))[1];
        self::assertStringNotContainsString($keyLine, $refused->body, 'the pasted key is not echoed back');
        self::assertStringNotContainsString(trim($foreign->privateKeyPem), self::standIn()->moduleLogText());
    }

    public function testReissueWithANewCsrIssuesANewCertificate(): void
    {
        [$serviceId, $customer] = self::orderIssued('dv_single', $names = self::names(1));
        $first = (string) self::standIn()->orderRow($serviceId)['certificate'];

        $form = $customer->service($serviceId, ['view' => 'reissue']);
        self::assertTrue($form->hasAction('reissue'), $form->text());
        $page = $customer->act($serviceId, 'reissue', ['csr_source' => 'upload', 'csr' => Csr::create($names)->csrPem, 'same_for_all' => 'http']);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('validating', $row['state']);
        self::assertSame(1, (int) $row['reissuing']);

        self::issue($customer, $serviceId);
        $row = self::standIn()->orderRow($serviceId);
        self::assertNotSame($first, (string) $row['certificate']);
        self::assertSame(0, (int) $row['reissuing']);
    }

    public function testReissueWithANewServerKeyReplacesTheStoredKeyOnceIssued(): void
    {
        [$serviceId, $customer] = self::orderIssued('dv_single', $names = self::names(1));

        $form = $customer->service($serviceId, ['view' => 'reissue']);
        self::assertSame($names[0], $form->value('//input[@name="domains"]/@value'), 'the form offers the current names');
        $page = $customer->act($serviceId, 'reissue', ['csr_source' => 'generate', 'key_type' => 'ecdsa-p256', 'domains' => $names[0], 'same_for_all' => 'http']);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        $key = (string) $page->value('//textarea[@id="trustocean-generated-key"]');
        self::assertStringContainsString('-----BEGIN PRIVATE KEY-----', $key, 'the new key is shown once');

        self::issue($customer, $serviceId);
        $row = self::standIn()->orderRow($serviceId);
        self::assertTrue(\TrustOcean\Certificate::matchesKey((string) $row['certificate'], $key), 'the new certificate is for the new key');
        self::assertSame(trim($key), trim(decrypt((string) $row['private_key'])));
    }

    public function testRenewalStartsANewCertificateLikeThePreviousOne(): void
    {
        [$serviceId, $customer] = self::orderIssued('dv_single', $names = self::names(1));
        $due = (string) \WHMCS\Database\Capsule::table('tblhosting')->where('id', $serviceId)->value('nextduedate');

        $result = self::standIn()->commands()->renewalPaid($serviceId);
        self::assertTrue($result->success, $result->message);
        self::assertGreaterThan($due, (string) \WHMCS\Database\Capsule::table('tblhosting')->where('id', $serviceId)->value('nextduedate'));
        self::assertSame('awaiting_configuration', self::standIn()->orderRow($serviceId)['state']);

        $page = $customer->service($serviceId);
        self::assertTrue($page->hasAction('acceptRenewal'), $page->text());
        self::assertStringContainsString($names[0], $page->text(), 'the renewal page names the previous certificate');
        $page = $customer->act($serviceId, 'acceptRenewal');
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertSame('awaiting_submission', self::standIn()->orderRow($serviceId)['state']);
        $page = self::submit($customer, $serviceId, 1);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertSame(1, (int) self::standIn()->orderRow($serviceId)['renew']);
        self::assertStringContainsString("[renew] => yes", self::standIn()->moduleLogText(), 'the renewal order is sent with renew=yes');
        self::issue($customer, $serviceId);
    }

    public function testTerminationKeepsAnIssuedCertificateUnderTheKeepPolicy(): void
    {
        [$serviceId] = self::orderIssued('dv_single', self::names(1));
        $trustoceanId = (int) self::standIn()->orderRow($serviceId)['trustocean_id'];

        $result = self::standIn()->commands()->terminate($serviceId);
        self::assertTrue($result->success, $result->message);
        self::assertSame('Terminated', self::standIn()->serviceStatus($serviceId));
        self::assertSame('issued_active', self::sandbox()->client()->getOrderStatus(['trustocean_id' => $trustoceanId])['cert_status']);
    }

    public function testTerminationBeforeSubmissionSendsNothing(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $before = self::standIn()->moduleLogText();
        $result = self::standIn()->commands()->terminate($serviceId);
        self::assertTrue($result->success, $result->message);
        self::assertSame('cancelled', self::standIn()->orderRow($serviceId)['state']);
        self::assertSame($before, self::standIn()->moduleLogText());
    }
}
