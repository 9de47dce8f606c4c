<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Auth\Session;
use WhmcsStandIn\Host;
use WhmcsStandIn\View\SmartyFactory;
use WhmcsStandIn\Web\Client\PrimaryNavbar;

/**
 * Renders a stand-in page (tests/whmcs/templates/<name>.tpl) inside the Bootstrap 4 layout,
 * with the variables every WHMCS theme page has: company name, language, the logged-in client
 * or admin, the CSRF token, and in the client area the primary navigation bar after the
 * ClientAreaPrimaryNavbar hooks.
 */
final class Layout
{
    /** @param array<string, mixed> $vars */
    public function page(string $template, array $vars, string $title, string $area = 'client'): string
    {
        $smarty = SmartyFactory::create();
        $smarty->setTemplateDir(dirname(__DIR__, 3) . '/templates');
        $smarty->assign($this->common($title, $area));
        $smarty->assign($vars);
        $smarty->assign('contentTemplate', $template . '.tpl');
        return $smarty->fetch('layout.tpl');
    }

    /** @return array<string, mixed> */
    private function common(string $title, string $area): array
    {
        $clientId = Session::clientId();
        $client = $clientId === null ? null : Capsule::table('tblclients')->where('id', $clientId)->first();
        return [
            'navbar' => $area === 'admin' ? [] : (new PrimaryNavbar())->build($clientId !== null),
            'pageTitle' => $title,
            'area' => $area,
            'lang' => Lang::all(),
            'language' => Lang::current(),
            'languages' => Lang::LANGUAGES,
            'companyName' => (string) Capsule::table('tblconfiguration')->where('setting', 'CompanyName')->value('value') ?: 'WHMCS',
            'clientName' => $client === null ? null : trim($client->firstname . ' ' . $client->lastname),
            'adminName' => Session::adminUsername(),
            'token' => Host::get()->csrf()->token(),
        ];
    }
}
