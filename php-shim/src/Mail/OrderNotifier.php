<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Mail;

/**
 * Decides, from a stored change of an order, which e-mail the customer gets: the certificate
 * was issued; a refund was decided; the order waits for configuration again (a new order, a
 * renewal). Called wherever a record is stored (customer and admin actions, pushes, the cron),
 * so every path tells the customer the same way and only once per change.
 */
final class OrderNotifier
{
    /** Workflow notices that mean the order now waits for the customer's configuration. */
    private const CONFIGURATION_NOTICES = ['order.created', 'order.renewal_started'];

    public function __construct(private readonly OrderMail $mail)
    {
    }

    /**
     * @param array<string, mixed>|null $before the record before the change (null: new)
     * @param array<string, mixed>      $after  the stored record
     */
    public function changed(int $serviceId, ?array $before, array $after, string $notice): void
    {
        if ($notice === 'order.issued') {
            $this->mail->issued($serviceId, $after);
        }
        if (in_array($notice, self::CONFIGURATION_NOTICES, true)) {
            $this->mail->configurationNeeded($serviceId, $after);
        }
        $refundBefore = $before['refund_status'] ?? null;
        $refundAfter = $after['refund_status'] ?? null;
        if ($refundBefore === 'processing' && in_array($refundAfter, ['finished', 'reject'], true)) {
            $this->mail->refundResult($serviceId, $after);
        }
    }
}
