<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

use RuntimeException;

/**
 * The texts behind the corpus's message keys: `server:` the server module's lang files, `addon:`
 * the addon's, `whmcs:` the stand-in's own pages (WHMCS's messages). A text with placeholders
 * is matched by its fixed parts, each of which must be in the page.
 */
final class Messages
{
    private const FOLDERS = [
        'server' => '/whmcs-module/modules/servers/trustocean/lang',
        'addon' => '/whmcs-module/modules/addons/trustoceanssl/lang',
        'whmcs' => '/tests/whmcs/lang',
    ];

    /** @var array<string, array<string, string>> */
    private static array $loaded = [];

    /** The text of a `catalogue:key` message in a language (english, chinese). */
    public static function text(string $message, string $language): string
    {
        [$catalogue, $key] = explode(':', $message, 2);
        $strings = self::strings($catalogue, $language);
        if (!isset($strings[$key])) {
            throw new RuntimeException("{$message} is not in the {$language} lang file");
        }
        return $strings[$key];
    }

    /**
     * The fixed parts of a message: the text between its `{placeholders}`.
     *
     * @return list<string>
     */
    public static function fragments(string $message, string $language): array
    {
        $parts = preg_split('/\{[a-z_]+\}/', self::text($message, $language)) ?: [];
        $parts = array_map(static fn (string $part): string => trim((string) preg_replace('/\s+/u', ' ', $part)), $parts);
        return array_values(array_filter($parts, static fn (string $part): bool => mb_strlen($part) >= 2));
    }

    /** Whether a message exists in a language. */
    public static function exists(string $message, string $language): bool
    {
        [$catalogue, $key] = explode(':', $message, 2);
        return isset(self::strings($catalogue, $language)[$key]);
    }

    /** @return array<string, string> */
    private static function strings(string $catalogue, string $language): array
    {
        $folder = self::FOLDERS[$catalogue] ?? throw new RuntimeException("unknown message catalogue {$catalogue}");
        $file = dirname(__DIR__, 4) . $folder . "/{$language}.php";
        if (!isset(self::$loaded[$file])) {
            $strings = require $file;
            self::$loaded[$file] = is_array($strings) ? array_map('strval', $strings) : [];
        }
        return self::$loaded[$file];
    }
}
