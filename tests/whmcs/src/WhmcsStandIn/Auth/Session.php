<?php

declare(strict_types=1);

namespace WhmcsStandIn\Auth;

/**
 * The WHMCS session keys modules read: `uid` (the client being managed), `adminid`, `Language`.
 *
 * In the web server these live in PHP's session; on the command line $_SESSION is a plain array
 * that tests fill, so the same module code sees the same keys.
 */
final class Session
{
    public static function clientId(): ?int
    {
        return self::positive('uid');
    }

    public static function userId(): ?int
    {
        return self::positive('userid');
    }

    public static function adminId(): ?int
    {
        return self::positive('adminid');
    }

    public static function adminUsername(): ?string
    {
        $name = $_SESSION['adminusername'] ?? null;
        return is_string($name) && $name !== '' ? $name : null;
    }

    public static function language(): string
    {
        $language = $_SESSION['Language'] ?? '';
        return is_string($language) && $language !== '' ? $language : 'english';
    }

    public static function loginClient(int $clientId, int $userId, string $language): void
    {
        self::regenerate();
        $_SESSION['uid'] = $clientId;
        $_SESSION['userid'] = $userId;
        $_SESSION['Language'] = $language !== '' ? $language : 'english';
    }

    public static function loginAdmin(int $adminId, string $username, string $language): void
    {
        self::regenerate();
        $_SESSION['adminid'] = $adminId;
        $_SESSION['adminusername'] = $username;
        $_SESSION['Language'] = $language !== '' ? $language : 'english';
    }

    public static function logout(): void
    {
        $_SESSION = [];
        self::regenerate();
    }

    public static function setLanguage(string $language): void
    {
        $_SESSION['Language'] = $language;
    }

    private static function positive(string $key): ?int
    {
        $value = $_SESSION[$key] ?? null;
        return is_numeric($value) && (int) $value > 0 ? (int) $value : null;
    }

    /** A new session id at every login, so a planted session cookie is worth nothing. */
    private static function regenerate(): void
    {
        if (session_status() === PHP_SESSION_ACTIVE) {
            session_regenerate_id(true);
        }
        unset($_SESSION['tkval']);
    }
}
