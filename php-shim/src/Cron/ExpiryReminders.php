<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Cron;

use Throwable;
use TrustOcean\Whmcs\Mail\OrderMail;
use TrustOcean\Whmcs\Order\OrderRepository;
use TrustOcean\Workflow;

/**
 * The daily expiry work: each certificate due a reminder (the extension decides which, once per
 * threshold and certificate) gets one e-mail, and certificates past their end are stored as
 * expired.
 */
final class ExpiryReminders
{
    private const DAY = 86400;

    public function __construct(
        private readonly OrderRepository $orders,
        private readonly OrderMail $mail,
        private readonly ReminderLog $log = new ReminderLog()
    ) {
    }

    /**
     * @param list<int> $days the reminder thresholds, in days before the end
     *
     * @return array{reminded: int, expired: int}
     */
    public function run(int $now, array $days): array
    {
        $counts = ['reminded' => 0, 'expired' => 0];
        $horizon = $now + (max([0, ...$days]) + 1) * self::DAY;

        foreach ($this->orders->endingBefore($horizon) as $order) {
            $serviceId = (int) $order['service_id'];
            try {
                $counts['reminded'] += $this->remind($order, $days, $now) ? 1 : 0;
                $counts['expired'] += $this->settle($order, $now) ? 1 : 0;
            } catch (Throwable $error) {
                logActivity("TrustOcean cron: the expiry check of service #{$serviceId} failed: {$error->getMessage()}");
            }
        }
        return $counts;
    }

    /**
     * @param array<string, mixed> $order
     * @param list<int>            $days
     */
    private function remind(array $order, array $days, int $now): bool
    {
        $serviceId = (int) $order['service_id'];
        $serial = (string) ($order['serial'] ?? '');
        if ($serial === '') {
            return false;
        }
        $due = Workflow::reminderDue($order, $days, $this->log->sent($serviceId, $serial), $now);
        if ($due === null || !$this->log->claim($serviceId, $serial, (int) $due['threshold'], $now)) {
            return false;
        }
        $this->mail->expiryReminder($serviceId, $order, (int) $due['days_left']);
        return true;
    }

    /** Stores an issued order past its end as expired; true when it did. */
    private function settle(array $order, int $now): bool
    {
        $settled = Workflow::settle($order, $now);
        if ($settled['state'] === $order['state']) {
            return false;
        }
        $settled['updated_at'] = $now;
        return $this->orders->saveOver($settled, (int) $order['version']);
    }
}
