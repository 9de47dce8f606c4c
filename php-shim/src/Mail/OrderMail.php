<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Mail;

use TrustOcean\Whmcs\Config\SystemUrl;

/**
 * Sends the module's e-mails about one service's order through WHMCS (localAPI SendEmail with a
 * product template, in the client's language). Each names the service and the primary domain;
 * none carries a private key. A failure goes to the activity log and never undoes the change the
 * mail is about.
 */
final class OrderMail
{
    public function __construct(private readonly SystemUrl $urls)
    {
    }

    /** The order waits for the customer's CSR, names and contact (a new order or a renewal). */
    public function configurationNeeded(int $serviceId, array $order): void
    {
        $this->send(MailTemplate::ConfigurationNeeded, $serviceId, $order);
    }

    /** The certificate is issued: its names, validity, and the certificate and chain in PEM. */
    public function issued(int $serviceId, array $order): void
    {
        $this->send(MailTemplate::Issued, $serviceId, $order, [
            'ssl_certificate' => (string) ($order['certificate'] ?? ''),
            'ssl_chain' => (string) ($order['chain'] ?? ''),
        ]);
    }

    /** The certificate ends in $daysLeft days (0: it has ended). */
    public function expiryReminder(int $serviceId, array $order, int $daysLeft): void
    {
        $this->send(MailTemplate::ExpiryReminder, $serviceId, $order, [
            'ssl_days_left' => $daysLeft,
            'ssl_expired' => $daysLeft <= 0,
        ]);
    }

    /** TrustOcean decided the refund: `finished` or `reject`. */
    public function refundResult(int $serviceId, array $order): void
    {
        $this->send(MailTemplate::RefundResult, $serviceId, $order, [
            'ssl_refund_status' => (string) ($order['refund_status'] ?? ''),
            'ssl_refund_finished' => ($order['refund_status'] ?? '') === 'finished',
        ]);
    }

    /**
     * @param array<string, mixed> $order the stored record
     * @param array<string, mixed> $extra merge fields of this template
     */
    private function send(MailTemplate $template, int $serviceId, array $order, array $extra = []): void
    {
        $domains = array_values(array_filter((array) ($order['domains'] ?? []), 'is_string'));
        $vars = $extra + [
            'ssl_primary_domain' => $domains[0] ?? '',
            'ssl_domains' => implode(', ', $domains),
            'ssl_valid_from' => isset($order['valid_from']) ? gmdate('Y-m-d', (int) $order['valid_from']) : '',
            'ssl_valid_to' => isset($order['valid_to']) ? gmdate('Y-m-d', (int) $order['valid_to']) : '',
            'ssl_manage_url' => $this->urls->serviceUrl($serviceId),
        ];

        $result = localAPI('SendEmail', [
            'messagename' => $template->value,
            'id' => $serviceId,
            'customvars' => base64_encode(serialize($vars)),
        ]);

        if (($result['result'] ?? '') !== 'success') {
            logActivity("TrustOcean: the e-mail \"{$template->value}\" for service #{$serviceId} was not sent: " . (string) ($result['message'] ?? 'unknown error'));
        }
    }
}
