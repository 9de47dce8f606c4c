<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

use TrustOcean\Whmcs\I18n\Translator;

/**
 * The domain table of the validation steps: per domain its status, the method in use, the
 * methods it may switch to, and the instructions of each method.
 */
final class DcvRows
{
    public function __construct(private readonly Translator $translator)
    {
    }

    /**
     * @param list<array<string, mixed>> $dcv the `dcv` list of the workflow's view
     *
     * @return list<array<string, mixed>>
     */
    public function build(array $dcv): array
    {
        $rows = [];
        foreach (array_values($dcv) as $index => $entry) {
            $domain = (string) $entry['domain'];
            $method = (string) ($entry['method'] ?? '');
            $chosenEmail = $entry['email'] ?? null;
            $selected = $method === 'email' && is_string($chosenEmail) ? $chosenEmail : $method;
            $status = (string) ($entry['status'] ?? 'needverification');
            $rows[] = [
                'index' => $index,
                'domain' => $domain,
                'isIp' => (bool) ($entry['is_ip'] ?? false),
                'verified' => $status === 'verified',
                'statusLabel' => $this->translator->get('dcv.status.' . $status),
                'method' => $method,
                'methodLabel' => $method === 'email' && is_string($chosenEmail)
                    ? $chosenEmail
                    : $this->translator->get('dcv.method.' . $method),
                'options' => $this->options($entry, $selected),
                'dns' => is_array($entry['dns'] ?? null) ? $entry['dns'] : null,
                'http' => is_array($entry['http'] ?? null) ? $entry['http'] : null,
                'emails' => array_values(array_map('strval', $entry['approver_emails'] ?? [])),
            ];
        }
        return $rows;
    }

    /**
     * The methods a domain may use: DNS (not for IP addresses), HTTP, HTTPS, then each approver
     * address.
     *
     * @param array<string, mixed> $entry
     *
     * @return list<array{value: string, label: string, selected: bool}>
     */
    private function options(array $entry, string $selected): array
    {
        $values = empty($entry['is_ip']) ? ['dns', 'http', 'https'] : ['http', 'https'];
        $options = [];
        foreach ($values as $value) {
            $options[] = ['value' => $value, 'label' => $this->translator->get('dcv.method.' . $value), 'selected' => $value === $selected];
        }
        foreach ($entry['approver_emails'] ?? [] as $email) {
            $options[] = ['value' => (string) $email, 'label' => (string) $email, 'selected' => $email === $selected];
        }
        return $options;
    }
}
