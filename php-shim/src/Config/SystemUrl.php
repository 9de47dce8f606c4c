<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Config;

use WHMCS\Database\Capsule;

/**
 * URLs of this WHMCS installation, built from the SystemURL setting.
 *
 * Never from the request's Host header: a forged Host would send TrustOcean's pushes, or a
 * customer's browser, elsewhere, and WHMCS may live in a sub-folder or behind a proxy.
 */
final class SystemUrl
{
    /** Where TrustOcean posts order events (the push receiver of this module). */
    private const CALLBACK_PATH = 'modules/servers/trustocean/push.php';

    private const ASSETS_PATH = 'modules/servers/trustocean/assets';

    private function __construct(private readonly string $base)
    {
    }

    public static function load(): self
    {
        $value = (string) Capsule::table('tblconfiguration')->where('setting', 'SystemURL')->value('value');
        return new self(rtrim(trim($value), '/'));
    }

    /** Whether SystemURL is set to an absolute http(s) URL. */
    public function isConfigured(): bool
    {
        return preg_match('~^https?://[^/\s]+~i', $this->base) === 1;
    }

    /**
     * @throws MissingSystemUrl when SystemURL is not configured
     */
    public function callbackUrl(): string
    {
        if (!$this->isConfigured()) {
            throw new MissingSystemUrl();
        }
        return $this->base . '/' . self::CALLBACK_PATH;
    }

    /** The module's assets folder, absolute when SystemURL is set and root-relative otherwise. */
    public function assetsUrl(): string
    {
        return ($this->isConfigured() ? $this->base : '') . '/' . self::ASSETS_PATH;
    }

    /** The client area page of a service. */
    public function serviceUrl(int $serviceId, array $query = []): string
    {
        $query = ['action' => 'productdetails', 'id' => $serviceId] + $query;
        return ($this->isConfigured() ? $this->base . '/' : '') . 'clientarea.php?' . http_build_query($query);
    }

    /** WHMCS's configurable-options upgrade page of a service (buying more domains). */
    public function upgradeUrl(int $serviceId): string
    {
        return ($this->isConfigured() ? $this->base . '/' : '')
            . 'upgrade.php?' . http_build_query(['type' => 'configoptions', 'id' => $serviceId]);
    }
}
