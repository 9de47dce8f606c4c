<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\System;

use TrustOcean\Whmcs\Addon\Addon;
use TrustOcean\Whmcs\Database\Cache;

/**
 * The module information feed the TrustOcean console publishes (newest version, reseller news),
 * read with a short timeout and kept in mod_trustocean_cache: an answer for an hour, a failure
 * (timeout, error status, not the feed) for five minutes. So the System page waits for the feed
 * at most once, for at most TIMEOUT_MS, and not again while the feed is down.
 */
final class ModuleFeed
{
    private const CACHE_PREFIX = 'module_feed.';
    private const AVAILABLE_TTL = 3600;
    private const UNAVAILABLE_TTL = 300;

    /** The whole request, connection included. */
    private const TIMEOUT_MS = 2000;
    private const CONNECT_TIMEOUT_MS = 1500;

    /** A feed is a few kilobytes; anything far larger is not one. */
    private const MAX_BYTES = 262144;

    public function __construct(private readonly Cache $cache = new Cache())
    {
    }

    /** The feed at $url, or null while it is unavailable. */
    public function read(string $url, int $now): ?FeedInfo
    {
        $key = self::CACHE_PREFIX . sha1($url);
        $cached = $this->cache->get($key, $now);
        if ($cached !== null) {
            return is_array($cached['feed'] ?? null) ? FeedInfo::fromArray($cached['feed']) : null;
        }

        $answer = $this->download($url);
        $feed = $answer === null ? null : FeedInfo::fromFeed($answer);

        if ($feed === null) {
            $this->cache->put($key, ['feed' => null], self::UNAVAILABLE_TTL, $now);
            return null;
        }
        $this->cache->put($key, ['feed' => $feed->toArray()], self::AVAILABLE_TTL, $now);
        return $feed;
    }

    /**
     * The feed's JSON, or null. A POST without fields, as the console has always been asked.
     *
     * @return array<mixed>|null
     */
    private function download(string $url): ?array
    {
        if (!function_exists('curl_init')) {
            return null;
        }
        $body = '';
        $curl = curl_init($url);
        curl_setopt_array($curl, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => '',
            CURLOPT_PROTOCOLS => CURLPROTO_HTTP | CURLPROTO_HTTPS,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_CONNECTTIMEOUT_MS => self::CONNECT_TIMEOUT_MS,
            CURLOPT_TIMEOUT_MS => self::TIMEOUT_MS,
            // Timeouts under a second need this where curl resolves names with signals.
            CURLOPT_NOSIGNAL => true,
            CURLOPT_SSL_VERIFYPEER => true,
            CURLOPT_SSL_VERIFYHOST => 2,
            CURLOPT_HTTPHEADER => ['Accept: application/json'],
            CURLOPT_USERAGENT => 'TrustOcean-WHMCS/' . Addon::VERSION,
            CURLOPT_WRITEFUNCTION => static function ($handle, string $chunk) use (&$body): int {
                if (strlen($body) + strlen($chunk) > self::MAX_BYTES) {
                    return 0;
                }
                $body .= $chunk;
                return strlen($chunk);
            },
        ]);
        $completed = curl_exec($curl) === true;
        $status = (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
        curl_close($curl);

        if (!$completed || $status !== 200) {
            return null;
        }
        $feed = json_decode($body, true);
        return is_array($feed) ? $feed : null;
    }
}
