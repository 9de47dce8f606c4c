<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Admin;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Auth\Session;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * Admin login (admin/login.php) and logout.
 */
final class AdminAuthPage
{
    public function login(Request $request): bool
    {
        $error = null;
        if ($request->isPost()) {
            if (!$request->hasValidToken()) {
                return Response::invalidToken();
            }
            $admin = Capsule::table('tbladmins')->where('username', $request->post('username'))->where('disabled', false)->first();
            if ($admin !== null && password_verify($request->post('password'), (string) $admin->passwordhash)) {
                Session::loginAdmin((int) $admin->id, (string) $admin->username, (string) $admin->language);
                return Response::redirect(self::safeRedirect($request->post('redirect')));
            }
            $error = Lang::get('login.failed');
        }
        return Response::html((new Layout())->page('admin/login', [
            'error' => $error,
            'redirect' => self::safeRedirect($request->input('redirect')),
            'username' => $request->post('username'),
        ], Lang::get('admin.login.title'), 'admin'));
    }

    public function logout(Request $request): bool
    {
        Session::logout();
        return Response::redirect('login.php');
    }

    private static function safeRedirect(string $redirect): string
    {
        return preg_match('#^[a-z]+\.php(\?[^\s]*)?$#', $redirect) === 1 ? $redirect : 'index.php';
    }
}
