<?php

declare(strict_types=1);

namespace WhmcsStandIn\Logging;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Auth\Session;

/**
 * logActivity() and localAPI LogActivity: the activity log (tblactivitylog), with who acted
 * ("System", the logged-in admin, or "Client") as WHMCS records it.
 */
final class ActivityLog
{
    public function write(string $description, int $clientId = 0): void
    {
        $admin = Session::adminUsername();
        Capsule::table('tblactivitylog')->insert([
            'date' => date('Y-m-d H:i:s'),
            'description' => $description,
            'user' => $admin ?? (Session::clientId() !== null ? 'Client' : 'System'),
            'userid' => $clientId,
            'user_id' => Session::userId() ?? 0,
            'admin_id' => Session::adminId() ?? 0,
            'ipaddr' => (string) ($_SERVER['REMOTE_ADDR'] ?? ''),
        ]);
    }
}
