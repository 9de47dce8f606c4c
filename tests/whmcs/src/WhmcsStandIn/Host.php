<?php

declare(strict_types=1);

namespace WhmcsStandIn;

use RuntimeException;
use WhmcsStandIn\Api\LocalApi;
use WhmcsStandIn\Auth\Csrf;
use WhmcsStandIn\Hooks\HookRegistry;
use WhmcsStandIn\Logging\ActivityLog;
use WhmcsStandIn\Logging\ModuleLog;
use WhmcsStandIn\Security\Encryption;

/**
 * The stand-in's services behind WHMCS's global functions, created on first use.
 *
 * One instance per PHP process, set up by Boot; tests may reset() it after moving to another
 * database or configuration.
 */
final class Host
{
    private static ?self $instance = null;

    private ?Encryption $encryption = null;

    private ?ModuleLog $moduleLog = null;

    private ?ActivityLog $activityLog = null;

    private ?LocalApi $localApi = null;

    private ?HookRegistry $hooks = null;

    private ?Csrf $csrf = null;

    private function __construct(private Environment $environment)
    {
    }

    public static function install(Environment $environment): self
    {
        return self::$instance = new self($environment);
    }

    /**
     * Points the host at another environment (another database): every service is made anew
     * on next use, except the hooks, which WHMCS loads once per request.
     */
    public function rebind(Environment $environment): void
    {
        $this->environment = $environment;
        $this->encryption = null;
        $this->moduleLog = null;
        $this->activityLog = null;
        $this->localApi = null;
        $this->csrf = null;
    }

    public function environment(): Environment
    {
        return $this->environment;
    }

    public static function get(): self
    {
        return self::$instance ?? throw new RuntimeException('the WHMCS stand-in is not booted; require tests/whmcs/init.php first');
    }

    public function encryption(): Encryption
    {
        return $this->encryption ??= new Encryption(Configuration::loadOrCreate($this->environment->varDir)->encryptionHash);
    }

    public function moduleLog(): ModuleLog
    {
        return $this->moduleLog ??= new ModuleLog();
    }

    public function activityLog(): ActivityLog
    {
        return $this->activityLog ??= new ActivityLog();
    }

    public function localApi(): LocalApi
    {
        return $this->localApi ??= LocalApi::standard();
    }

    public function hooks(): HookRegistry
    {
        return $this->hooks ??= new HookRegistry();
    }

    public function csrf(): Csrf
    {
        return $this->csrf ??= new Csrf();
    }
}
