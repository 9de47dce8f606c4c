<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Admin;

use WhmcsStandIn\Auth\Session;
use WhmcsStandIn\Web\Response;

/**
 * The admin area's access rule: a logged-in admin, else the admin login page.
 */
final class AdminGuard
{
    public static function admin(): ?int
    {
        $adminId = Session::adminId();
        if ($adminId === null) {
            $page = basename((string) parse_url((string) ($_SERVER['REQUEST_URI'] ?? ''), PHP_URL_PATH));
            $query = (string) parse_url((string) ($_SERVER['REQUEST_URI'] ?? ''), PHP_URL_QUERY);
            Response::redirect('login.php?redirect=' . rawurlencode($page . ($query !== '' ? '?' . $query : '')));
        }
        return $adminId;
    }
}
