<?php

declare(strict_types=1);

namespace WhmcsStandIn;

/**
 * Where the stand-in keeps its files and which database and modules it uses.
 *
 * Everything comes from environment variables so that the CLI, the web server it starts and the
 * PHPUnit process share one configuration:
 *   WHMCS_DB           sqlite:/abs/file.sqlite | mysql://user:pass@host:port/db[?unix_socket=/path]
 *   WHMCS_MODULES_DIR  the folder holding servers/ and addons/ (default <repo>/whmcs-module/modules)
 *   WHMCS_VAR_DIR      runtime files: configuration.php, sessions, compiled templates, SQLite file
 */
final class Environment
{
    public function __construct(
        public readonly string $standInDir,
        public readonly string $varDir,
        public readonly string $modulesDir,
        public readonly string $databaseDsn,
    ) {
    }

    public static function fromProcess(): self
    {
        $standInDir = dirname(__DIR__, 2);
        $varDir = self::variable('WHMCS_VAR_DIR') ?? $standInDir . '/var';
        return new self(
            $standInDir,
            rtrim($varDir, '/'),
            rtrim(self::variable('WHMCS_MODULES_DIR') ?? dirname($standInDir, 2) . '/whmcs-module/modules', '/'),
            self::variable('WHMCS_DB') ?? 'sqlite:' . $varDir . '/whmcs.sqlite',
        );
    }

    /** The repository root (tests/whmcs is two levels below it). */
    public function repositoryRoot(): string
    {
        return dirname($this->standInDir, 2);
    }

    /**
     * WHMCS's ROOTDIR: the installation folder that holds `modules/`. Modules build paths such as
     * ROOTDIR . '/modules/servers/<name>/...', so it is the parent of the modules folder.
     */
    public function whmcsRoot(): string
    {
        return dirname($this->modulesDir);
    }

    public function publicDir(): string
    {
        return $this->standInDir . '/public';
    }

    public function templatesDir(): string
    {
        return $this->standInDir . '/templates';
    }

    /** The environment variables a child process (web server, CLI) needs to see the same setup. */
    public function toVariables(): array
    {
        return [
            'WHMCS_DB' => $this->databaseDsn,
            'WHMCS_MODULES_DIR' => $this->modulesDir,
            'WHMCS_VAR_DIR' => $this->varDir,
        ];
    }

    private static function variable(string $name): ?string
    {
        $value = getenv($name);
        return is_string($value) && $value !== '' ? $value : null;
    }
}
