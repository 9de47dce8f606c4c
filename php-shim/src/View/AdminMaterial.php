<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

use Throwable;
use TrustOcean\Certificate;
use TrustOcean\Csr;
use TrustOcean\Whmcs\I18n\Translator;

/**
 * The order's CSR, certificate and chain on the admin service page: what each says, decoded by
 * the extension, above its PEM. Every value escaped; a text that cannot be read says so instead
 * of failing the page.
 */
final class AdminMaterial
{
    public function __construct(private readonly Translator $translator)
    {
    }

    /**
     * @param array<string, mixed> $order
     *
     * @return array<string, string> label => HTML, only for the material the order has
     */
    public function fields(array $order): array
    {
        $fields = [];
        if (is_string($order['csr'] ?? null) && $order['csr'] !== '') {
            $fields[$this->translator->get('admin.csr')] = $this->csr($order['csr']);
        }
        if (is_string($order['certificate'] ?? null) && $order['certificate'] !== '') {
            $fields[$this->translator->get('admin.certificate')] = $this->certificate($order['certificate']);
        }
        if (is_string($order['chain'] ?? null) && $order['chain'] !== '') {
            $fields[$this->translator->get('admin.chain')] = $this->chain($order['chain']);
        }
        return $fields;
    }

    private function csr(string $pem): string
    {
        try {
            $csr = Csr::parse($pem);
        } catch (Throwable) {
            return $this->unreadable($pem);
        }
        $subject = array_filter((array) $csr['subject'], static fn ($value): bool => is_string($value) && $value !== '');
        $lines = [];
        foreach ($subject as $field => $value) {
            $lines[] = "{$field}={$value}";
        }
        return $this->described([
            'admin.csr.subject' => implode(', ', $lines),
            'admin.csr.names' => implode(', ', (array) $csr['sans']),
            'admin.csr.key' => $csr['key_type'] . ' ' . ($csr['key_curve'] ?? $csr['key_bits']),
            'admin.csr.signature' => (string) $csr['signature_algorithm'],
        ], $pem);
    }

    private function certificate(string $pem): string
    {
        try {
            $certificate = Certificate::parse($pem);
        } catch (Throwable) {
            return $this->unreadable($pem);
        }
        return $this->described([
            'admin.certificate.subject' => (string) $certificate['subject'],
            'admin.certificate.issuer' => (string) $certificate['issuer'],
            'admin.certificate.validity' => DateFormat::unix($certificate['not_before_unix']) . ' – ' . DateFormat::unix($certificate['not_after_unix']),
            'admin.certificate.names' => implode(', ', array_merge((array) $certificate['dns_names'], (array) $certificate['ip_addresses'])),
            'admin.serial' => (string) $certificate['serial'],
            'admin.certificate.fingerprint' => (string) $certificate['sha256_fingerprint'],
        ], $pem);
    }

    private function chain(string $pem): string
    {
        try {
            $chain = Certificate::parseChain($pem);
        } catch (Throwable) {
            return $this->unreadable($pem);
        }
        $links = [];
        foreach ($chain['certificates'] as $certificate) {
            $links[] = $this->translator->get('admin.chain.link', [
                'subject' => (string) $certificate['subject'],
                'issuer' => (string) $certificate['issuer'],
            ]);
        }
        return $this->described(['admin.chain.certificates' => implode("\n", $links)], $pem);
    }

    /** @param array<string, string> $facts label key => value */
    private function described(array $facts, string $pem): string
    {
        // Fingerprints and names are long unbroken words: let them wrap on a narrow screen.
        $html = '<dl class="mb-1" style="overflow-wrap: anywhere">';
        foreach ($facts as $key => $value) {
            $html .= '<dt>' . self::escape($this->translator->get($key)) . '</dt><dd>' . nl2br(self::escape($value)) . '</dd>';
        }
        return $html . '</dl>' . self::pem($pem);
    }

    private function unreadable(string $pem): string
    {
        return '<p class="text-danger">' . self::escape($this->translator->get('admin.unreadable')) . '</p>' . self::pem($pem);
    }

    private static function pem(string $pem): string
    {
        // Wrapped, not scrolled, on a narrow screen; the line breaks of the PEM stay as they are.
        return '<pre class="small mb-0" style="white-space: pre-wrap; overflow-wrap: anywhere">' . self::escape(trim($pem)) . '</pre>';
    }

    private static function escape(string $value): string
    {
        return htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }
}
