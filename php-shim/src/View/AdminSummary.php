<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

use TrustOcean\Whmcs\I18n\Translator;

/**
 * The order's facts on the admin service page (AdminServicesTabFields): label => HTML, every
 * value escaped.
 */
final class AdminSummary
{
    public function __construct(private readonly Translator $translator)
    {
    }

    /**
     * @param array<string, mixed> $order
     *
     * @return array<string, string>
     */
    public function fields(array $order): array
    {
        $plain = [
            'admin.state' => $this->translator->get('state.' . $order['state'])
                . (!empty($order['suspended']) ? ' (' . $this->translator->get('admin.suspended') . ')' : ''),
            'admin.remote_status' => (string) ($order['remote_status'] ?? ''),
            'admin.trustocean_id' => (string) ($order['trustocean_id'] ?? ''),
            'admin.unique_id' => (string) ($order['unique_id'] ?? ''),
            'admin.vendor_id' => (string) ($order['vendor_id'] ?? ''),
            'admin.certificate_id' => (string) ($order['certificate_id'] ?? ''),
            'admin.contact_email' => (string) ($order['contact_email'] ?? ''),
            'admin.key_source' => $order['key_source'] === null ? '' : $this->translator->get('admin.key_source.' . $order['key_source']),
            'admin.valid_from' => DateFormat::unix($order['valid_from'] ?? null),
            'admin.valid_to' => DateFormat::unix($order['valid_to'] ?? null),
            'admin.serial' => (string) ($order['serial'] ?? ''),
            'admin.flags' => $this->flags($order),
            'admin.refund_status' => (string) ($order['refund_status'] ?? ''),
        ];

        $fields = [];
        foreach ($plain as $label => $value) {
            if ($value !== '') {
                $fields[$this->translator->get($label)] = self::wrapping(self::escape($value));
            }
        }
        $fields[$this->translator->get('admin.domains')] = self::wrapping($this->domains($order));
        return $fields;
    }

    /**
     * One line per domain with its validation method and status.
     *
     * @param array<string, mixed> $order
     */
    private function domains(array $order): string
    {
        $lines = [];
        foreach ($order['domains'] ?? [] as $domain) {
            $dcv = $order['dcv'][$domain] ?? [];
            $method = ($dcv['method'] ?? '') === 'email' ? (string) ($dcv['email'] ?? '') : (string) ($dcv['method'] ?? '');
            $status = isset($dcv['status']) ? $this->translator->get('dcv.status.' . $dcv['status']) : '';
            $lines[] = self::escape(trim("{$domain} — {$method} {$status}", ' —'));
        }
        return $lines === [] ? self::escape($this->translator->get('admin.no_domains')) : implode('<br>', $lines);
    }

    /** @param array<string, mixed> $order */
    private function flags(array $order): string
    {
        $flags = [];
        foreach (['renew', 'reissuing'] as $flag) {
            if (!empty($order[$flag])) {
                $flags[] = $this->translator->get('admin.flag.' . $flag);
            }
        }
        return implode(', ', $flags);
    }

    /**
     * $html in a span that may break anywhere: serial numbers, ids and names are long unbroken
     * words that would push the table past a phone's screen.
     */
    private static function wrapping(string $html): string
    {
        return '<span style="overflow-wrap: anywhere">' . $html . '</span>';
    }

    private static function escape(string $value): string
    {
        return htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }
}
