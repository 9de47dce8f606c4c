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
     * The addon's module settings, as WHMCS shows them on the addon configuration page.
     *
     * @return array<string, mixed>
     */
    public function config(): array
    {
        $lang = $this->lang();
        $field = static fn (string $key, string $type, array $extra = []): array => [
            'FriendlyName' => $lang->get("config.{$key}"),
            'Type' => $type,
            'Description' => $lang->get("config.{$key}.description"),
        ] + $extra;
        return [
            'name' => $lang->get('addon.name'),
            'description' => $lang->get('addon.description'),
            'version' => self::VERSION,
            'author' => 'TrustOcean SSL module',
            'language' => 'english',
            'fields' => [
                'apiUsername' => $field('api_username', 'text', ['Size' => '40']),
                'apiToken' => $field('api_token', 'password', ['Size' => '40']),
                'endpoint' => $field('endpoint', 'text', ['Size' => '40', 'Default' => 'CN-Beijing']),
                'siteSeal' => $field('site_seal', 'yesno', ['Default' => 'yes']),
                'pushInterval' => $field('push_interval', 'text', ['Size' => '5', 'Default' => '10']),
            ],
        ];
    }
}
