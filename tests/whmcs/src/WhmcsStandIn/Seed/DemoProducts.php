<?php

declare(strict_types=1);

namespace WhmcsStandIn\Seed;

/**
 * The demo products: one per kind of certificate the module sells, mapped to sandbox products.
 *
 * `settings` are the module settings in the order of trustocean_ConfigOptions (configoption1..8:
 * TrustOcean pid, class, wildcard, multi-domain, IPs, names included, termination policy,
 * server-side keys). `domainCount` is the [minimum, maximum] of the DomainCount quantity option
 * for multi-domain products, `ordered` the quantity the demo service is ordered with.
 */
final class DemoProducts
{
    /**
     * @return list<array{key: string, name: string, settings: list<string>, domainCount: ?array{int, int}, ordered: int}>
     */
    public static function all(): array
    {
        return [
            ['key' => 'dv_single', 'name' => 'DV SSL', 'settings' => ['46', 'dv', '', '', '', '1', 'keep', 'on'], 'domainCount' => null, 'ordered' => 1],
            ['key' => 'dv_wildcard', 'name' => 'DV Wildcard SSL', 'settings' => ['48', 'dv', 'on', '', '', '1', 'keep', 'on'], 'domainCount' => null, 'ordered' => 1],
            ['key' => 'dv_multi_ip', 'name' => 'DV Multi-Domain SSL with IP addresses', 'settings' => ['58', 'dv', '', 'on', 'on', '1', 'revoke', 'on'], 'domainCount' => [1, 100], 'ordered' => 3],
            ['key' => 'ov_single', 'name' => 'OV SSL', 'settings' => ['59', 'ov', '', '', '', '1', 'keep', 'on'], 'domainCount' => null, 'ordered' => 1],
            ['key' => 'ev_multi', 'name' => 'EV Multi-Domain SSL', 'settings' => ['64', 'ev', '', 'on', '', '3', 'keep', 'on'], 'domainCount' => [3, 250], 'ordered' => 3],
        ];
    }
}
