<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web;

use RuntimeException;
use WhmcsStandIn\Host;
use WhmcsStandIn\View\SmartyFactory;

/**
 * Renders the template a module function returned (`templatefile`, relative to the module's
 * folder, with or without `.tpl`) with its `vars` (or `templateVariables`) and the variables
 * WHMCS gives every client area template.
 */
final class ModuleTemplate
{
    /** @param array<string, mixed> $vars */
    public static function render(string $moduleDir, string $templateFile, array $vars): string
    {
        $file = str_ends_with($templateFile, '.tpl') ? $templateFile : $templateFile . '.tpl';
        $path = realpath($moduleDir . '/' . ltrim($file, '/'));
        $root = realpath($moduleDir);
        if ($path === false || $root === false || !str_starts_with($path, $root . '/')) {
            throw new RuntimeException("the module's template {$templateFile} does not exist in its folder");
        }
        $smarty = SmartyFactory::create();
        $smarty->setTemplateDir($root);
        $smarty->assign([
            'token' => Host::get()->csrf()->token(),
            'language' => Lang::current(),
            'WEB_ROOT' => '',
            'systemurl' => '',
        ]);
        $smarty->assign($vars);
        return $smarty->fetch($path);
    }

    /**
     * The template and variables of a module's page array: `templatefile` + `vars`, or the
     * WHMCS 7+ `tabOverviewReplacementTemplate` / `tabOverviewModuleOutputTemplate` +
     * `templateVariables`. Null when the array names no template.
     *
     * @param array<string, mixed> $page
     *
     * @return array{0: string, 1: array<string, mixed>}|null
     */
    public static function fromPageArray(array $page): ?array
    {
        foreach (['templatefile', 'tabOverviewReplacementTemplate', 'tabOverviewModuleOutputTemplate'] as $key) {
            if (is_string($page[$key] ?? null) && $page[$key] !== '') {
                $vars = $page['vars'] ?? $page['templateVariables'] ?? [];
                return [$page[$key], is_array($vars) ? $vars : []];
            }
        }
        return null;
    }
}
