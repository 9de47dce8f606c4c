<?php

declare(strict_types=1);

namespace WhmcsStandIn\View;

use Smarty;
use WhmcsStandIn\Host;

/**
 * Smarty as WHMCS configures it for templates: compiled files under the stand-in's var folder,
 * no caching. Escaping is left to the templates ({$x|escape}), as in WHMCS themes.
 */
final class SmartyFactory
{
    public static function create(): Smarty
    {
        $compileDir = Host::get()->environment()->varDir . '/templates_c';
        if (!is_dir($compileDir)) {
            @mkdir($compileDir, 0700, true);
        }
        $smarty = new Smarty();
        $smarty->setCompileDir($compileDir);
        $smarty->setCaching(Smarty::CACHING_OFF);
        return $smarty;
    }
}
