<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Mail;

use TrustOcean\Whmcs\Config\SystemUrl;

/**
 * Tells the customer their certificate is issued, through WHMCS (localAPI SendEmail with the
 * module's product template, in the client's language). The mail names the domains, the end
 * date and the client-area page; it never carries a key.
 */
final class IssuedMail
{
    /** The name of the product e-mail template (seeded by a migration, editable by the admin). */
    public const TEMPLATE = 'TrustOcean SSL Certificate Issued';

    public function __construct(private readonly SystemUrl $urls)
    {
    }

    /**
     * Sends the mail for a service whose order just became issued. A failure is written to the
     * activity log and does not undo the issuance.
     *
     * @param array<string, mixed> $order the stored record
     */
    public function send(int $serviceId, array $order): void
    {
        $domains = array_values(array_filter((array) ($order['domains'] ?? []), 'is_string'));
        $validTo = isset($order['valid_to']) ? gmdate('Y-m-d', (int) $order['valid_to']) : '';
        $vars = [
            'ssl_domains' => implode(', ', $domains),
            'ssl_valid_to' => $validTo,
            'ssl_manage_url' => $this->urls->serviceUrl($serviceId),
        ];

        $result = localAPI('SendEmail', [
            'messagename' => self::TEMPLATE,
            'id' => $serviceId,
            'customvars' => base64_encode(serialize($vars)),
        ]);

        if (($result['result'] ?? '') !== 'success') {
            logActivity("TrustOcean: the issuance e-mail for service #{$serviceId} was not sent: " . (string) ($result['message'] ?? 'unknown error'));
        }
    }
}
