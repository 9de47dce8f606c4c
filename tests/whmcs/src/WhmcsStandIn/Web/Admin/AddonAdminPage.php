<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Admin;

use WhmcsStandIn\Modules\AddonModule;
use WhmcsStandIn\Web\Lang;
use WhmcsStandIn\Web\Layout;
use WhmcsStandIn\Web\Request;
use WhmcsStandIn\Web\Response;

/**
 * admin/configaddonmods.php: every installed addon with Activate / Deactivate and its settings
 * (the `fields` of _config); admin/addonmodules.php?module=<name>: the addon's own page, whose
 * _output echoes HTML, with _sidebar beside it.
 */
final class AddonAdminPage
{
    public function handle(Request $request, string $path): bool
    {
        if (AdminGuard::admin() === null) {
            return true;
        }
        if ($request->isPost() && !$request->hasValidToken()) {
            return Response::invalidToken();
        }
        $name = $request->input('module');
        if ($path === '/admin/addonmodules.php' && $name !== '') {
            return $this->output($name);
        }
        return $this->settings($request);
    }

    private function output(string $name): bool
    {
        $addon = AddonModule::active($name);
        if ($addon === null || !$addon->has('output')) {
            return Response::html((new Layout())->page('error', ['message' => Lang::get('addon.not_active')], Lang::get('addon.title'), 'admin'), 404);
        }
        $addon->upgradeIfNeeded();
        $vars = $addon->vars();
        ob_start();
        try {
            $addon->call('output', $vars);
        } finally {
            $output = (string) ob_get_clean();
        }
        $sidebar = $addon->has('sidebar') ? (string) $addon->call('sidebar', $vars) : '';
        return Response::html((new Layout())->page('admin/addon', [
            'addonName' => (string) ($addon->config()['name'] ?? $name),
            'output' => $output,
            'sidebar' => $sidebar,
        ], (string) ($addon->config()['name'] ?? $name), 'admin'));
    }

    private function settings(Request $request): bool
    {
        $message = null;
        if ($request->isPost()) {
            $addon = AddonModule::load($request->post('module'));
            $message = match ($request->post('action')) {
                'activate' => $addon->activate(),
                'deactivate' => $addon->deactivate(),
                'save' => (function () use ($addon, $request): array {
                    $addon->saveSettings($request->postArray('fields'));
                    return ['status' => 'success', 'description' => Lang::get('addon.saved')];
                })(),
                default => ['status' => 'error', 'description' => Lang::get('admin.service.unknown_command')],
            };
        }
        $addons = [];
        foreach (AddonModule::installed() as $name) {
            $addon = AddonModule::load($name);
            $fields = [];
            foreach ((array) ($addon->config()['fields'] ?? []) as $key => $field) {
                $field = (array) $field;
                $type = (string) ($field['Type'] ?? 'text');
                $fields[] = [
                    'key' => (string) $key,
                    'label' => (string) ($field['FriendlyName'] ?? $key),
                    'type' => $type,
                    'description' => (string) ($field['Description'] ?? ''),
                    'options' => self::options($field['Options'] ?? []),
                    // A stored password is never sent back to the browser.
                    'value' => $type === 'password' ? '' : (string) ($addon->setting((string) $key) ?? ''),
                ];
            }
            $addons[] = ['name' => $name, 'config' => $addon->config(), 'active' => $addon->isActive(), 'fields' => $fields];
        }
        return Response::html((new Layout())->page('admin/addons', ['addons' => $addons, 'message' => $message], Lang::get('addon.title'), 'admin'));
    }

    /** @return array<string, string> */
    private static function options(mixed $options): array
    {
        if (is_string($options)) {
            $list = array_map('trim', explode(',', $options));
            return $options === '' ? [] : array_combine($list, $list);
        }
        return is_array($options) ? array_map('strval', $options) : [];
    }
}
