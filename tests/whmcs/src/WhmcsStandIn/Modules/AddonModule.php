<?php

declare(strict_types=1);

namespace WhmcsStandIn\Modules;

use InvalidArgumentException;
use RuntimeException;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Auth\Session;
use WhmcsStandIn\Host;

/**
 * An addon module: modules/addons/<name>/<name>.php with <name>_config, _activate, _deactivate,
 * _upgrade, _output, _sidebar and _clientarea. Its settings live in tbladdonmodules, with the
 * installed `version` and the admin `access` WHMCS records on activation.
 */
final class AddonModule
{
    private function __construct(public readonly string $name, public readonly string $directory)
    {
    }

    /** @return list<string> the addons present under modules/addons */
    public static function installed(): array
    {
        $names = [];
        foreach (glob(Host::get()->environment()->modulesDir . '/addons/*', GLOB_ONLYDIR) ?: [] as $directory) {
            $name = basename($directory);
            if (is_file("{$directory}/{$name}.php")) {
                $names[] = $name;
            }
        }
        return $names;
    }

    public static function load(string $name): self
    {
        // WHMCS allows lower-case letters, digits and underscores in addon names.
        if (preg_match('/^[a-z][a-z0-9_]*$/', $name) !== 1) {
            throw new InvalidArgumentException("not an addon name: {$name}");
        }
        $directory = Host::get()->environment()->modulesDir . '/addons/' . $name;
        if (!is_file("{$directory}/{$name}.php")) {
            throw new RuntimeException("addon {$name} is not installed");
        }
        require_once "{$directory}/{$name}.php";
        return new self($name, $directory);
    }

    /** The addon if it is installed and activated. */
    public static function active(string $name): ?self
    {
        if (preg_match('/^[a-z][a-z0-9_]*$/', $name) !== 1 || !in_array($name, self::installed(), true)) {
            return null;
        }
        $addon = self::load($name);
        return $addon->isActive() ? $addon : null;
    }

    public function has(string $function): bool
    {
        return function_exists($this->name . '_' . $function);
    }

    /** @param mixed ...$arguments */
    public function call(string $function, ...$arguments): mixed
    {
        if (!$this->has($function)) {
            throw new RuntimeException("addon {$this->name} has no function {$function}");
        }
        return ($this->name . '_' . $function)(...$arguments);
    }

    /** @return array<string, mixed> what _config declares */
    public function config(): array
    {
        return $this->has('config') ? (array) $this->call('config') : ['name' => $this->name, 'fields' => []];
    }

    public function isActive(): bool
    {
        return $this->setting('version') !== null;
    }

    /**
     * Activates the addon: _activate, then the version and full admin access are recorded and
     * each field's default stored, as WHMCS does.
     *
     * @return array{status: string, description: string}
     */
    public function activate(): array
    {
        $result = $this->has('activate') ? (array) $this->call('activate') : ['status' => 'success', 'description' => ''];
        $result += ['status' => 'error', 'description' => ''];
        if ($result['status'] === 'success' || $result['status'] === 'info') {
            $config = $this->config();
            $this->store('version', (string) ($config['version'] ?? '1.0'));
            $this->store('access', '1');
            foreach ((array) ($config['fields'] ?? []) as $key => $field) {
                if ($this->setting((string) $key) === null) {
                    $this->store((string) $key, self::defaultValue((array) $field));
                }
            }
        }
        return $result;
    }

    /** @return array{status: string, description: string} */
    public function deactivate(): array
    {
        $result = $this->has('deactivate') ? (array) $this->call('deactivate') : ['status' => 'success', 'description' => ''];
        $result += ['status' => 'error', 'description' => ''];
        if ($result['status'] === 'success' || $result['status'] === 'info') {
            Capsule::table('tbladdonmodules')->where('module', $this->name)->delete();
        }
        return $result;
    }

    /**
     * Runs _upgrade when the declared version differs from the installed one, as WHMCS does on
     * the first admin page load after an update; $vars['version'] is the installed version.
     */
    public function upgradeIfNeeded(): void
    {
        $installed = $this->setting('version');
        $declared = (string) ($this->config()['version'] ?? '1.0');
        if ($installed === null || $installed === $declared) {
            return;
        }
        if ($this->has('upgrade')) {
            $this->call('upgrade', ['version' => $installed] + $this->vars());
        }
        $this->store('version', $declared);
    }

    /**
     * Saves the configuration fields posted on the addon settings page. Password fields left
     * empty keep their stored value, as WHMCS never shows a stored password again.
     *
     * @param array<string, mixed> $posted
     */
    public function saveSettings(array $posted): void
    {
        foreach ((array) ($this->config()['fields'] ?? []) as $key => $field) {
            $field = (array) $field;
            $type = (string) ($field['Type'] ?? 'text');
            $value = $posted[$key] ?? '';
            $value = is_string($value) ? trim($value) : '';
            if ($type === 'yesno') {
                $value = $value !== '' ? 'on' : '';
            }
            if ($type === 'password' && $value === '') {
                continue;
            }
            $this->store((string) $key, $value);
        }
    }

    /**
     * The $vars every addon function receives: its settings, `modulelink`, `version` and
     * `_lang` (the addon's lang/<language>.php $_ADDONLANG, falling back to _config's language).
     *
     * @return array<string, mixed>
     */
    public function vars(): array
    {
        $settings = Capsule::table('tbladdonmodules')->where('module', $this->name)->pluck('value', 'setting')->all();
        return array_map('strval', $settings) + [
            'modulelink' => $this->moduleLink(),
            'version' => (string) ($settings['version'] ?? ''),
            '_lang' => $this->language(),
        ];
    }

    public function moduleLink(): string
    {
        return 'addonmodules.php?module=' . $this->name;
    }

    /** The addon's client area page, which WHMCS gives _clientarea as its modulelink. */
    public function clientAreaLink(): string
    {
        return 'index.php?m=' . $this->name;
    }

    public function setting(string $setting): ?string
    {
        $value = Capsule::table('tbladdonmodules')->where('module', $this->name)->where('setting', $setting)->value('value');
        return $value === null ? null : (string) $value;
    }

    private function store(string $setting, string $value): void
    {
        Capsule::table('tbladdonmodules')->updateOrInsert(['module' => $this->name, 'setting' => $setting], ['value' => $value]);
    }

    /** @return array<string, mixed> */
    private function language(): array
    {
        $fallback = strtolower((string) ($this->config()['language'] ?? 'english'));
        foreach ([strtolower(Session::language()), $fallback, 'english'] as $language) {
            $file = "{$this->directory}/lang/{$language}.php";
            if (preg_match('/^[a-z]+$/', $language) === 1 && is_file($file)) {
                $_ADDONLANG = [];
                include $file;
                return $_ADDONLANG;
            }
        }
        return [];
    }

    /** @param array<string, mixed> $field */
    private static function defaultValue(array $field): string
    {
        $default = (string) ($field['Default'] ?? '');
        return ($field['Type'] ?? '') === 'yesno' ? ($default !== '' && $default !== 'no' ? 'on' : '') : $default;
    }
}
