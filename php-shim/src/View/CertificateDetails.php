<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

use TrustOcean\Bundle;
use TrustOcean\Whmcs\I18n\Translator;

/**
 * The issued view: the certificate's facts, its PEM texts, the download formats and the seal.
 */
final class CertificateDetails
{
    /** The customer pastes this on their site; TrustOcean serves the seal for the certificate id. */
    private const SEAL_SNIPPET = '<script type="text/javascript" src="https://www.trustocean.com/app/seal.min.js?version=1.0.1" id="trustoceansealapp" data-sealid="%s"></script>';

    public function __construct(private readonly Translator $translator)
    {
    }

    /**
     * @param array<string, mixed>      $order
     * @param array<string, mixed>|null $certificate the parsed certificate of the workflow's view
     *
     * @return array<string, mixed>
     */
    public function vars(array $order, ?array $certificate): array
    {
        $certificateId = (string) ($order['certificate_id'] ?? '');
        return [
            'facts' => $certificate === null ? [] : $this->facts($certificate),
            'names' => $certificate === null ? [] : array_merge($certificate['dns_names'] ?? [], $certificate['ip_addresses'] ?? []),
            'pem' => [
                'certificate' => (string) ($order['certificate'] ?? ''),
                'chain' => (string) ($order['chain'] ?? ''),
                'csr' => (string) ($order['csr'] ?? ''),
            ],
            'formats' => array_map(fn (string $format): array => [
                'value' => $format,
                'label' => $this->translator->get('download.format.' . $format),
            ], Bundle::formats()),
            'sealCode' => $certificateId === '' ? '' : sprintf(self::SEAL_SNIPPET, rawurlencode($certificateId)),
            'isWildcard' => str_starts_with((string) ($order['domains'][0] ?? ''), '*.'),
        ];
    }

    /**
     * @param array<string, mixed> $certificate
     *
     * @return list<array{label: string, value: string}>
     */
    private function facts(array $certificate): array
    {
        $key = $certificate['key'] ?? [];
        $facts = [
            'certificate.common_name' => (string) ($certificate['common_name'] ?? ''),
            'certificate.issuer' => (string) ($certificate['issuer_common_name'] ?? $certificate['issuer'] ?? ''),
            'certificate.serial' => (string) ($certificate['serial'] ?? ''),
            'certificate.valid_from' => DateFormat::unix($certificate['not_before_unix'] ?? null),
            'certificate.valid_to' => DateFormat::unix($certificate['not_after_unix'] ?? null),
            'certificate.days_left' => $this->translator->get('certificate.days', ['days' => (int) ($certificate['days_left'] ?? 0)]),
            'certificate.key' => trim(strtoupper((string) ($key['algorithm'] ?? '')) . ' ' . ($key['curve'] ?? ($key['bits'] ?? ''))),
            'certificate.signature_algorithm' => (string) ($certificate['signature_algorithm'] ?? ''),
            'certificate.fingerprint' => (string) ($certificate['sha256_fingerprint'] ?? ''),
        ];
        $rows = [];
        foreach ($facts as $label => $value) {
            $rows[] = ['label' => $this->translator->get($label), 'value' => $value];
        }
        return $rows;
    }
}
