<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Client;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Auth\Session;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * Client login (login.php, posted to dologin.php in WHMCS) and logout: a WHMCS 8 user logs in
 * with e-mail and password and manages the client account they own.
 */
final class ClientAuthPage
{
    public function login(Request $request): bool
    {
        $error = null;
        if ($request->isPost()) {
            if (!$request->hasValidToken()) {
                return Response::invalidToken();
            }
            $user = Capsule::table('tblusers')->where('email', $request->post('username'))->first();
            if ($user !== null && password_verify($request->post('password'), (string) $user->password)) {
                $clientId = (int) Capsule::table('tblusers_clients')->where('auth_user_id', $user->id)->orderByDesc('owner')->value('client_id');
                $language = (string) Capsule::table('tblclients')->where('id', $clientId)->value('language');
                Session::loginClient($clientId, (int) $user->id, $language ?: (string) $user->language);
                Capsule::table('tblusers')->where('id', $user->id)->update(['last_login' => date('Y-m-d H:i:s')]);
                return Response::redirect(self::safeGoto($request->post('goto')));
            }
            $error = Lang::get('login.failed');
        }
        return Response::html((new Layout())->page('client/login', [
            'error' => $error,
            'goto' => self::safeGoto($request->input('goto')),
            'email' => $request->post('username'),
        ], Lang::get('login.title')));
    }

    public function logout(Request $request): bool
    {
        Session::logout();
        return Response::redirect('login.php');
    }

    /** Only a page of this site, never another host (an open redirect). */
    private static function safeGoto(string $goto): string
    {
        return preg_match('#^[a-z]+\.php(\?[^\s]*)?$#', $goto) === 1 ? $goto : 'clientarea.php';
    }
}
