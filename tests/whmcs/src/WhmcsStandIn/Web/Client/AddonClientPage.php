<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Client;

use WhmcsStandIn\Modules\AddonModule;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\ModuleTemplate;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * index.php?m=<addon>: an active addon's client area page (`_clientarea`), which returns
 * `pagetitle`, `breadcrumb`, `templatefile` (under the addon's templates/), `requirelogin` and
 * `vars`.
 */
final class AddonClientPage
{
    public function handle(Request $request): bool
    {
        $addon = AddonModule::active($request->query('m'));
        if ($addon === null || !$addon->has('clientarea')) {
            return Response::notFound();
        }
        // In the client area WHMCS's modulelink is index.php?m=<addon>.
        $vars = ['modulelink' => $addon->clientAreaLink()] + $addon->vars();
        $page = $addon->call('clientarea', $vars);
        if (!is_array($page)) {
            return Response::notFound();
        }
        if (!empty($page['requirelogin']) && ClientGuard::client() === null) {
            return true;
        }
        $template = ModuleTemplate::fromPageArray($page);
        $body = $template === null ? '' : ModuleTemplate::render($addon->directory . '/templates', $template[0], $template[1] + ['modulelink' => $vars['modulelink']]);
        return Response::html((new Layout())->page('client/addon', [
            'moduleOutput' => $body,
            'breadcrumb' => is_array($page['breadcrumb'] ?? null) ? $page['breadcrumb'] : [],
        ], (string) ($page['pagetitle'] ?? Lang::get('addon.title'))));
    }
}
