<?php

declare(strict_types=1);

namespace TrustOcean\Bench\ClientArea;

/**
 * The baseline: the data work behind a client-area page as a plain-PHP module does it on every
 * render: the CSR hash validation values of each name (MD5 and SHA-256 of the CSR's DER, as the
 * original module computes them), the certificate read with openssl_x509_parse for its dates,
 * days left and names, and the actions the state allows.
 */
final class PlainView
{
    private const ACTIONS = [
        'awaiting_configuration' => ['configure', 'reuse_previous', 'reset'],
        'awaiting_submission' => ['submit', 'change_dcv_method', 'remove_domain', 'reset'],
        'validating' => ['refresh', 'change_dcv_method', 'remove_domain', 'retry_dcv'],
        'issued' => ['refresh', 'reissue'],
    ];

    /**
     * @param array<string, mixed> $order the stored record
     *
     * @return array<string, mixed>
     */
    public function build(array $order, int $now): array
    {
        $view = ['state' => $order['state'], 'actions' => self::ACTIONS[$order['state']] ?? [], 'dcv' => []];

        $csr = (string) ($order['csr'] ?? '');
        if ($csr !== '' && ($order['unique_id'] ?? '') !== '') {
            $der = (string) base64_decode((string) preg_replace('/-----[^-]+-----|\s+/', '', $csr), true);
            $md5 = md5($der);
            $sha256 = hash('sha256', $der);
            $uniqueId = strtolower((string) $order['unique_id']);
            foreach ($order['domains'] as $domain) {
                $base = str_starts_with($domain, '*.') ? substr($domain, 2) : $domain;
                $view['dcv'][] = [
                    'domain' => $domain,
                    'dns' => ['host' => "_{$md5}.{$base}", 'value' => substr($sha256, 0, 32) . '.' . substr($sha256, 32) . ".{$uniqueId}.comodoca.com"],
                    'http' => ['filename' => strtoupper($md5) . '.txt', 'content' => "{$sha256}\ncomodoca.com\n{$uniqueId}"],
                ];
            }
        }

        $certificate = (string) ($order['certificate'] ?? '');
        if ($certificate !== '') {
            $parsed = openssl_x509_parse($certificate);
            if ($parsed !== false) {
                $view['certificate'] = [
                    'common_name' => $parsed['subject']['CN'] ?? null,
                    'not_after_unix' => (int) $parsed['validTo_time_t'],
                    'days_left' => (int) floor(((int) $parsed['validTo_time_t'] - $now) / 86400),
                    'names' => $parsed['extensions']['subjectAltName'] ?? '',
                ];
            }
        }
        return $view;
    }
}
