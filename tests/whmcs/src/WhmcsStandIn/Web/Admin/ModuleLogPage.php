<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Admin;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Logging\ModuleLog;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * admin/systemmodulelog.php: the module debug log, newest first, with the switch that enables it.
 */
final class ModuleLogPage
{
    public function handle(Request $request): bool
    {
        if (AdminGuard::admin() === null) {
            return true;
        }
        if ($request->isPost()) {
            if (!$request->hasValidToken()) {
                return Response::invalidToken();
            }
            ModuleLog::enable($request->post('enable') === '1');
            return Response::redirect('systemmodulelog.php');
        }
        return Response::html((new Layout())->page('admin/modulelog', [
            'enabled' => ModuleLog::isEnabled(),
            'entries' => Capsule::table('tblmodulelog')->orderByDesc('id')->limit(100)->get()->all(),
        ], Lang::get('admin.modulelog.title'), 'admin'));
    }
}
