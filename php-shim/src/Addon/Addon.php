<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon;

use TrustOcean\Whmcs\Module;

/**
 * The addon's composition root: its language, and the server module it shares the tables,
 * migrations and order logic with (modules/servers/trustocean beside modules/addons/trustoceanssl).
 */
final class Addon
{
    /** The addon's folder name and function prefix. */
    public const NAME = 'trustoceanssl';

    /** The addon's version; WHMCS runs _upgrade when the installed one differs. */
    public const VERSION = '1.0.0';

    /** @param string $directory the addon folder (modules/addons/trustoceanssl) */
    public function __construct(private readonly string $directory)
    {
    }

    public function serverModule(): Module
    {
        return new Module(dirname($this->directory, 2) . '/servers/' . Module::NAME);
    }

    public function lang(): AddonLang
    {
        return AddonLang::forSession($this->directory . '/lang');
    }

    /**
     * The addon's name, description and version, as WHMCS shows them on the addon configuration
     * page. No fields: the settings are on the addon's own Settings page, which can check the API
     * account before saving it and keeps the token encrypted.
     *
     * @return array<string, mixed>
     */
    public function config(): array
    {
        $lang = $this->lang();
        return [
            'name' => $lang->get('addon.name'),
            'description' => $lang->get('addon.description'),
            'version' => self::VERSION,
            'author' => 'TrustOcean SSL module',
            'language' => 'english',
            'fields' => [],
        ];
    }
}
