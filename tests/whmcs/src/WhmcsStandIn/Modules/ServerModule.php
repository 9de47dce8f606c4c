<?php

declare(strict_types=1);

namespace WhmcsStandIn\Modules;

use InvalidArgumentException;
use RuntimeException;
use WhmcsStandIn\Host;

/**
 * A provisioning module: modules/servers/<name>/<name>.php, whose functions are named
 * <name>_<Function>.
 */
final class ServerModule
{
    private function __construct(public readonly string $name, public readonly string $directory)
    {
    }

    public static function load(string $name): self
    {
        // WHMCS's rule for module names: lower-case letters and digits, starting with a letter.
        if (preg_match('/^[a-z][a-z0-9]*$/', $name) !== 1) {
            throw new InvalidArgumentException("not a module name: {$name}");
        }
        $directory = Host::get()->environment()->modulesDir . '/servers/' . $name;
        $file = "{$directory}/{$name}.php";
        if (!is_file($file)) {
            throw new RuntimeException("module {$name} is not installed ({$file} is missing)");
        }
        require_once $file;
        return new self($name, $directory);
    }

    public function has(string $function): bool
    {
        return function_exists($this->name . '_' . $function);
    }

    /**
     * Calls <name>_<function> with the given arguments.
     *
     * @param mixed ...$arguments
     */
    public function call(string $function, ...$arguments): mixed
    {
        if (!$this->has($function)) {
            throw new RuntimeException("module {$this->name} has no function {$function}");
        }
        return ($this->name . '_' . $function)(...$arguments);
    }

    /**
     * The metadata the module declares, with WHMCS's defaults for keys it leaves out.
     *
     * @return array<string, mixed>
     */
    public function metaData(): array
    {
        $declared = $this->has('MetaData') ? (array) $this->call('MetaData') : [];
        return $declared + ['DisplayName' => $this->name, 'APIVersion' => '1.0', 'RequiresServer' => true];
    }

    /**
     * The product settings fields, in order: their values are configoption1..N.
     *
     * @return list<array<string, mixed>>
     */
    public function configOptions(): array
    {
        return $this->has('ConfigOptions') ? array_values((array) $this->call('ConfigOptions')) : [];
    }

    /**
     * The functions a customer may call with modop=custom: ClientAreaCustomButtonArray's and
     * ClientAreaAllowedFunctions' (either a list or a label => function map).
     *
     * @return list<string>
     */
    public function clientFunctions(): array
    {
        $functions = [];
        foreach (['ClientAreaCustomButtonArray', 'ClientAreaAllowedFunctions'] as $source) {
            if ($this->has($source)) {
                $functions = array_merge($functions, array_values((array) $this->call($source)));
            }
        }
        return array_values(array_unique(array_map('strval', $functions)));
    }

    /**
     * The admin buttons (label => function).
     *
     * @return array<string, string>
     */
    public function adminButtons(): array
    {
        return $this->has('AdminCustomButtonArray') ? array_map('strval', (array) $this->call('AdminCustomButtonArray')) : [];
    }
}
