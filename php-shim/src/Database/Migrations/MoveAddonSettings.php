<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database\Migrations;

use Illuminate\Database\Schema\Builder;
use TrustOcean\Whmcs\Addon\Addon;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Database\Migration;
use TrustOcean\Whmcs\Database\Settings;
use WHMCS\Database\Capsule;

/**
 * Version 7: the addon's settings move from WHMCS's addon configuration (tbladdonmodules, where
 * version 1.0.0 of the addon kept them as _config fields) to mod_trustocean_settings, where the
 * addon's own Settings page keeps them. A value already saved there wins; the old rows are
 * deleted, so no stale copy of the API token stays behind. The token moves as it is, still
 * encrypted by WHMCS.
 */
final class MoveAddonSettings implements Migration
{
    /** The old _config field => the setting it becomes. */
    private const MOVES = [
        'apiUsername' => AddonSettings::API_USERNAME,
        'apiToken' => AddonSettings::API_TOKEN,
        'endpoint' => AddonSettings::ENDPOINT,
        'siteSeal' => AddonSettings::SEAL_ENABLED,
        'pushInterval' => AddonSettings::PUSH_INTERVAL,
    ];

    public function version(): int
    {
        return 7;
    }

    public function up(Builder $schema): void
    {
        $old = Capsule::table('tbladdonmodules')
            ->where('module', Addon::NAME)
            ->whereIn('setting', array_keys(self::MOVES))
            ->pluck('value', 'setting')
            ->all();

        foreach (self::MOVES as $field => $setting) {
            $value = trim((string) ($old[$field] ?? ''));
            if ($field === 'siteSeal' && array_key_exists($field, $old)) {
                // A yesno field holds "on" when ticked.
                $value = $value === 'on' ? '1' : '0';
            }
            if ($value === '') {
                continue;
            }
            // insertOrIgnore: what the Settings page saved already, or a concurrent request, wins.
            Capsule::table(Settings::TABLE)->insertOrIgnore(['name' => $setting, 'value' => $value, 'updated_at' => time()]);
        }

        Capsule::table('tbladdonmodules')
            ->where('module', Addon::NAME)
            ->whereIn('setting', array_keys(self::MOVES))
            ->delete();
    }
}
