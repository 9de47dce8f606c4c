<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Product;

use TrustOcean\Client;
use TrustOcean\Whmcs\Database\Cache;

/**
 * TrustOcean's product list, cached for a day so the product settings page and every module call
 * read it from the database instead of calling the API on each render.
 */
final class ProductCatalog
{
    private const CACHE_KEY = 'product_list';

    public const TTL_SECONDS = 86400;

    public function __construct(private readonly Cache $cache)
    {
    }

    /**
     * The cached products (pid => product as getProductList returns it), or null when the cache
     * is empty or expired.
     *
     * @return array<string, array<string, mixed>>|null
     */
    public function cached(int $now): ?array
    {
        return $this->cache->get(self::CACHE_KEY, $now);
    }

    /**
     * Fetches the list from TrustOcean and caches it.
     *
     * @return array<string, array<string, mixed>>
     */
    public function refresh(Client $client, int $now): array
    {
        $products = $client->getProductList()['products'] ?? [];
        $products = is_array($products) ? array_filter($products, 'is_array') : [];
        $this->cache->put(self::CACHE_KEY, $products, self::TTL_SECONDS, $now);
        return $products;
    }

    /**
     * Dropdown choices: pid => "name (#pid)", ordered by pid.
     *
     * @param array<string, array<string, mixed>> $products
     *
     * @return array<int, string>
     */
    public static function options(array $products): array
    {
        $options = [];
        foreach ($products as $key => $product) {
            $pid = (int) ($product['pid'] ?? $key);
            $options[$pid] = trim((string) ($product['name'] ?? '')) . " (#{$pid})";
        }
        ksort($options);
        return $options;
    }

    /**
     * The periods the cached list offers for a product, lower case; [] when unknown.
     *
     * @return list<string>
     */
    public function periods(int $pid, int $now): array
    {
        $products = $this->cached($now) ?? [];
        $periods = $products[(string) $pid]['periods'] ?? [];
        return is_array($periods) ? array_values(array_map(static fn ($p): string => strtolower((string) $p), $periods)) : [];
    }
}
