<?php

declare(strict_types=1);

namespace TrustOcean\Tests;

use PHPUnit\Framework\TestCase;
use TrustOcean\ApiException;
use TrustOcean\Client;
use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Orders;
use TrustOcean\Tests\Support\Sandbox;

/**
 * A certificate's whole life against the sandbox: pre-validation, order, DCV changes, SAN removal,
 * issuance, reissue, revocation, and cancellation with refund.
 */
final class OrderLifecycleTest extends TestCase
{
    private Client $client;

    protected function setUp(): void
    {
        $this->client = Sandbox::shared()->client();
    }

    public function testPreDomainValidationInformationDescribesEveryDomain(): void
    {
        $domains = Orders::domains(2);
        $csr = Csr::create($domains);

        $answer = $this->client->getPreDomainValidationInformation([
            'domains' => implode(',', $domains),
            'csr_code' => $csr->csrPem,
            'unique_id' => Orders::uniqueId($this->client),
        ]);

        self::assertSame($domains, array_keys($answer['pre_dcv_info']));
        $info = $answer['pre_dcv_info'][$domains[0]];
        self::assertSame('CNAME', $info['dns_cname']['dns_type']);
        self::assertStringEndsWith('.comodoca.com', $info['dns_cname']['dns_value']);
        self::assertStringEndsWith('.txt', $info['http']['http_filename']);
        self::assertContains('admin@example.com', $info['auth_email_addresses']);
    }

    public function testFullLifecycleFromOrderToRevocation(): void
    {
        $sandbox = Sandbox::shared();
        $domains = Orders::domains(4);
        $csr = Csr::create($domains);
        $methods = ['http', 'dns', 'https', 'http'];
        $params = Orders::addParams($this->client, $domains, $csr, Orders::MULTI_DOMAIN_PID, $methods);

        // addSSLOrder
        $order = $this->client->addSSLOrder($params);
        $id = (int) $order['trustocean_id'];
        self::assertGreaterThan(0, $id);
        self::assertSame('enroll_caprocessing', $order['cert_status']);
        self::assertSame($params['unique_id'], $order['unique_id']);
        self::assertSame($domains, $order['domains']);
        self::assertSame($domains, array_keys($order['dcv_info']));
        self::assertSame('dns', $order['dcv_info'][$domains[1]]['method']);
        self::assertSame('needverification', $order['dcv_info'][$domains[0]]['status']);

        // getOrderStatus
        self::assertSame('enroll_caprocessing', $this->client->getOrderStatus(['trustocean_id' => $id])['cert_status']);

        // changeDCVMethod, then getDomainValidationStatus shows it (normalised to dcv_info)
        $this->client->changeDCVMethod(
            ['trustocean_id' => $id, 'domain' => $domains[0], 'method' => 'admin@example.com']
        );
        $dcv = $this->client->getDomainValidationStatus(['trustocean_id' => $id]);
        self::assertArrayHasKey('dcv_info', $dcv);
        self::assertArrayNotHasKey('dcvinfo', $dcv);
        self::assertSame('email', $dcv['dcv_info'][$domains[0]]['method']);
        self::assertSame('admin@example.com', $dcv['dcv_info'][$domains[0]]['email']);
        self::assertSame('dns', $dcv['dcv_info'][$domains[1]]['method']);

        // reTryDcvEmailOrDCVCheck while validation is pending
        self::assertIsArray($this->client->reTryDcvEmailOrDCVCheck(['trustocean_id' => $id]));

        // removeSanDomain drops the last domain
        $this->client->removeSanDomain(['trustocean_id' => $id, 'domain' => $domains[3]]);
        $remaining = array_slice($domains, 0, 3);
        self::assertSame($remaining, $this->client->getSSLDetails(['trustocean_id' => $id])['domains']);

        // approve → issued_active with a certificate for exactly the remaining domains
        $sandbox->approve($id);
        self::assertSame('issued_active', $this->client->getOrderStatus(['trustocean_id' => $id])['cert_status']);
        $details = $this->client->getSSLDetails(['trustocean_id' => $id]);
        self::assertSame('issued_active', $details['cert_status']);
        self::assertSame($remaining, self::subjectAltNames($details['cert_code']));
        self::assertCertificateMatchesKey($details['cert_code'], $csr);
        self::assertStringContainsString('BEGIN CERTIFICATE', $details['ca_code']);
        foreach ($details['dcv_info'] as $entry) {
            self::assertSame('verified', $entry['status']);
        }

        // changeDCVMethod and removeSanDomain are refused once issued
        $this->assertApiError(
            fn (): array => $this->client->removeSanDomain(['trustocean_id' => $id, 'domain' => $remaining[2]]),
            'removeSanDomain'
        );

        // reissueSSLOrder with a new key, CSR and unique id, then approve again
        $newCsr = Csr::create($remaining);
        $reissued = $this->client->reissueSSLOrder([
            'trustocean_id' => $id,
            'csr_code' => $newCsr->csrPem,
            'domains' => $remaining,
            'dcv_method' => ['http', 'http', 'http'],
            'contact_email' => 'ssl-admin@example.com',
            'unique_id' => Orders::uniqueId($this->client),
        ]);
        self::assertSame('enroll_caprocessing', $reissued['cert_status']);
        $sandbox->approve($id);
        $details = $this->client->getSSLDetails(['trustocean_id' => $id]);
        self::assertSame('issued_active', $details['cert_status']);
        self::assertSame($remaining, self::subjectAltNames($details['cert_code']));
        self::assertCertificateMatchesKey($details['cert_code'], $newCsr);

        // revokeSSL, once
        $this->client->revokeSSL(['trustocean_id' => $id, 'revocationReason' => 'keyCompromise']);
        self::assertSame('revoked', $this->client->getOrderStatus(['trustocean_id' => $id])['cert_status']);
        $this->assertApiError(
            fn (): array => $this->client->revokeSSL(['trustocean_id' => $id, 'revocationReason' => 'superseded']),
            'revokeSSL'
        );
    }

    public function testReissueIsRefusedBeforeIssuance(): void
    {
        $order = Orders::place($this->client, Orders::domains(3));
        $domains = $order['domains'];

        $e = $this->assertApiError(fn (): array => $this->client->reissueSSLOrder([
            'trustocean_id' => $order['trustocean_id'],
            'csr_code' => Csr::create($domains)->csrPem,
            'domains' => $domains,
            'dcv_method' => 'http,http,http',
            'contact_email' => 'ssl-admin@example.com',
            'unique_id' => Orders::uniqueId($this->client),
        ]), 'reissueSSLOrder');
        self::assertSame(770020, $e->getCode());
    }

    public function testCancelAndRefundThenCheckRefundStatus(): void
    {
        $sandbox = Sandbox::shared();
        $order = Orders::place($this->client, Orders::domains(1), Orders::SINGLE_DOMAIN_PID);
        $id = (int) $order['trustocean_id'];
        $creditBefore = (float) $this->client->getProfileInfo()['credit'];

        // No refund requested yet.
        $this->assertApiError(
            fn (): array => $this->client->checkRefundStatus(['trustocean_id' => $id]),
            'checkRefundStatus'
        );

        $this->client->cancelAndRefund(['trustocean_id' => $id]);
        $pending = $this->client->checkRefundStatus(['trustocean_id' => $id]);
        self::assertSame('processing', $pending['refund_status']);
        self::assertNotEmpty($pending['refund_requested_at']);

        // A second request while one is pending is refused.
        $this->assertApiError(
            fn (): array => $this->client->cancelAndRefund(['trustocean_id' => $id]),
            'cancelAndRefund'
        );

        $sandbox->decideRefund($id, 'finished');
        $finished = $this->client->checkRefundStatus(['trustocean_id' => $id]);
        self::assertSame('finished', $finished['refund_status']);
        self::assertNotEmpty($finished['refund_at']);
        self::assertSame('cancelled', $this->client->getOrderStatus(['trustocean_id' => $id])['cert_status']);
        self::assertGreaterThan($creditBefore, (float) $this->client->getProfileInfo()['credit']);
    }

    public function testRetryDcvCheckIsRefusedOnceIssued(): void
    {
        $order = Orders::place($this->client, Orders::domains(3));
        $id = (int) $order['trustocean_id'];
        Sandbox::shared()->approve($id);

        $this->assertApiError(
            fn (): array => $this->client->reTryDcvEmailOrDCVCheck(['trustocean_id' => $id]),
            'reTryDcvEmailOrDCVCheck'
        );
        $this->assertApiError(
            fn (): array => $this->client->changeDCVMethod(
                ['trustocean_id' => $id, 'domain' => $order['domains'][0], 'method' => 'dns']
            ),
            'changeDCVMethod'
        );
    }

    /**
     * @param callable(): array<string, mixed> $call
     */
    private function assertApiError(callable $call, string $method): ApiException
    {
        try {
            $call();
        } catch (ApiException $e) {
            self::assertSame($method, $e->apiMethod);
            self::assertGreaterThan(0, $e->getCode());
            self::assertStringContainsString($method, $e->getMessage());
            return $e;
        }
        self::fail("{$method} did not throw an ApiException");
    }

    /**
     * @return list<string>
     */
    private static function subjectAltNames(string $certificatePem): array
    {
        $parsed = openssl_x509_parse($certificatePem);
        self::assertIsArray($parsed, 'cert_code is not a parseable certificate');
        $names = [];
        foreach (explode(',', (string) ($parsed['extensions']['subjectAltName'] ?? '')) as $entry) {
            $entry = trim($entry);
            if (str_starts_with($entry, 'DNS:')) {
                $names[] = substr($entry, 4);
            }
        }
        return $names;
    }

    private static function assertCertificateMatchesKey(string $certificatePem, Csr $csr): void
    {
        self::assertTrue(
            openssl_x509_check_private_key($certificatePem, $csr->privateKeyPem),
            'the certificate does not belong to the CSR key'
        );
    }
}
