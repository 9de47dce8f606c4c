<?php

declare(strict_types=1);

namespace WhmcsStandIn\Mail;

use WHMCS\Database\Capsule;

/**
 * Where "sent" e-mail goes: tblemails, the table behind a client's Emails tab in WHMCS. Nothing
 * leaves the machine.
 */
final class Outbox
{
    public function deliver(int $clientId, string $to, string $subject, string $message): void
    {
        Capsule::table('tblemails')->insert([
            'userid' => $clientId,
            'subject' => $subject,
            'message' => $message,
            'date' => date('Y-m-d H:i:s'),
            'to' => $to,
            'pending' => false,
        ]);
    }

    /**
     * The messages sent to a client, newest first.
     *
     * @return list<object>
     */
    public static function forClient(int $clientId): array
    {
        return Capsule::table('tblemails')->where('userid', $clientId)->orderByDesc('id')->get()->all();
    }
}
