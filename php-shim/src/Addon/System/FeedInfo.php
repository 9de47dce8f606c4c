<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\System;

/**
 * What the module information feed says, checked and reduced to text: the newest module version
 * with its date, download link and supported WHMCS versions, and the reseller news (titles and
 * bodies as plain text, see NewsText). A download link is kept only if it is http(s).
 */
final class FeedInfo
{
    private const MAX_NEWS = 10;

    /**
     * @param list<string>                                           $whmcsVersions
     * @param list<array{title: string, body: string, date: string}> $news
     */
    public function __construct(
        public readonly string $currentVersion,
        public readonly string $publishDate,
        public readonly string $downloadUrl,
        public readonly array $whmcsVersions,
        public readonly array $news
    ) {
    }

    /**
     * The feed's answer, or null when it is not one (no usable current_version).
     *
     * @param array<mixed> $feed
     */
    public static function fromFeed(array $feed): ?self
    {
        $version = self::text($feed['current_version'] ?? null, 32);
        if (preg_match('/^\d+(\.\d+){0,3}([-+][0-9A-Za-z.]+)?$/', $version) !== 1) {
            return null;
        }

        $url = self::text($feed['download_url'] ?? null, 2000);
        $scheme = strtolower((string) parse_url($url, PHP_URL_SCHEME));
        $whmcs = array_slice(array_values(array_filter(array_map(
            static fn (mixed $value): string => self::text($value, 16),
            is_array($feed['whmcs_version'] ?? null) ? $feed['whmcs_version'] : []
        ))), 0, 20);
        $news = [];
        foreach (is_array($feed['recent_news'] ?? null) ? array_slice($feed['recent_news'], 0, self::MAX_NEWS) : [] as $item) {
            if (is_array($item)) {
                $news[] = [
                    'title' => NewsText::fromHtml(self::text($item['title'] ?? null, 500)),
                    'body' => NewsText::fromHtml(self::text($item['body'] ?? null, 20000)),
                    'date' => NewsText::fromHtml(self::text($item['date'] ?? null, 32)),
                ];
            }
        }

        return new self(
            $version,
            NewsText::fromHtml(self::text($feed['publish_date'] ?? null, 32)),
            in_array($scheme, ['http', 'https'], true) ? $url : '',
            $whmcs,
            $news
        );
    }

    /**
     * Back from toArray() (the cache), already checked.
     *
     * @param array<mixed> $cached
     */
    public static function fromArray(array $cached): ?self
    {
        if (!is_string($cached['currentVersion'] ?? null)) {
            return null;
        }
        return new self(
            $cached['currentVersion'],
            (string) ($cached['publishDate'] ?? ''),
            (string) ($cached['downloadUrl'] ?? ''),
            array_values(array_map('strval', (array) ($cached['whmcsVersions'] ?? []))),
            array_values(array_filter((array) ($cached['news'] ?? []), 'is_array'))
        );
    }

    /** @return array<string, mixed> */
    public function toArray(): array
    {
        return [
            'currentVersion' => $this->currentVersion,
            'publishDate' => $this->publishDate,
            'downloadUrl' => $this->downloadUrl,
            'whmcsVersions' => $this->whmcsVersions,
            'news' => $this->news,
        ];
    }

    public function isNewerThan(string $installed): bool
    {
        return version_compare($this->currentVersion, $installed, '>');
    }

    private static function text(mixed $value, int $length): string
    {
        return is_string($value) || is_int($value) || is_float($value)
            ? trim(mb_substr(mb_scrub((string) $value, 'UTF-8'), 0, $length, 'UTF-8'))
            : '';
    }
}
