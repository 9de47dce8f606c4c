<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Cron;

use WHMCS\Database\Capsule;

/**
 * The expiry reminders already sent, per service and certificate serial.
 */
final class ReminderLog
{
    public const TABLE = 'mod_trustocean_reminders';

    /** @return list<int> the thresholds sent for this certificate */
    public function sent(int $serviceId, string $serial): array
    {
        return array_map('intval', Capsule::table(self::TABLE)
            ->where('service_id', $serviceId)
            ->where('serial', $serial)
            ->pluck('threshold')
            ->all());
    }

    /**
     * Records a reminder before it is sent; false when another run recorded it first (the row is
     * unique), so two overlapping runs never mail the same reminder twice.
     */
    public function claim(int $serviceId, string $serial, int $threshold, int $now): bool
    {
        return Capsule::table(self::TABLE)->insertOrIgnore([
            'service_id' => $serviceId,
            'serial' => $serial,
            'threshold' => $threshold,
            'sent_at' => $now,
        ]) === 1;
    }
}
