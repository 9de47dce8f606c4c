<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon;

use TrustOcean\Whmcs\Addon\Data\DataPage;
use TrustOcean\Whmcs\Addon\Orders\OrdersPage;
use TrustOcean\Whmcs\Addon\Settings\SettingsPage;
use TrustOcean\Whmcs\Addon\System\SystemPage;

/**
 * The addon's admin area (Addons > TrustOcean SSL): tabs for the orders, the system status, the
 * push key, the settings and the data (migration, deactivation), routed by the `page` query
 * value. Only the names below reach a page, anything else shows the orders, and a POST without
 * the session's CSRF token acts on nothing.
 */
final class AdminArea
{
    public const ORDERS = 'orders';
    public const SYSTEM = 'system';
    public const PUSH = 'push';
    public const SETTINGS = 'settings';
    public const DATA = 'data';

    private const PAGES = [self::ORDERS, self::SYSTEM, self::PUSH, self::SETTINGS, self::DATA];

    public function __construct(private readonly AddonLang $lang)
    {
    }

    public function handle(AdminRequest $request): string|Download
    {
        $name = in_array($request->query('page'), self::PAGES, true) ? $request->query('page') : self::ORDERS;
        $page = $this->page($name, $request);

        $refused = '';
        if ($request->isPost && !$request->tokenValid) {
            $refused = Html::alert('danger', $this->lang->get('admin.token_invalid'));
            $request = $request->withoutPost();
        }
        $answer = $page->handle($request);

        if ($answer instanceof Download) {
            return $answer;
        }
        return '<div id="trustocean-admin">' . (new Navigation($this->lang))->render($request, $name) . $refused . $answer . '</div>';
    }

    /** The page of a whitelisted name; built only when asked for, so no page costs the others. */
    private function page(string $name, AdminRequest $request): AdminPage
    {
        return match ($name) {
            self::SYSTEM => new SystemPage($this->lang),
            self::PUSH => new PushKeyPage($this->lang, $request->link(['page' => self::PUSH])),
            self::SETTINGS => new SettingsPage($this->lang),
            self::DATA => new DataPage($this->lang),
            default => new OrdersPage($this->lang),
        };
    }
}
