<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web;

/**
 * PHP sessions as WHMCS sets them up: files under the stand-in's var folder, a cookie that
 * scripts cannot read and other sites do not send with their forms.
 */
final class Sessions
{
    public const NAME = 'WHMCSstandin';

    public static function start(string $directory): void
    {
        if (session_status() === PHP_SESSION_ACTIVE) {
            return;
        }
        if (!is_dir($directory)) {
            @mkdir($directory, 0700, true);
        }
        session_save_path($directory);
        session_name(self::NAME);
        session_set_cookie_params(['lifetime' => 0, 'path' => '/', 'httponly' => true, 'samesite' => 'Lax']);
        ini_set('session.use_strict_mode', '1');
        session_start();
    }
}
