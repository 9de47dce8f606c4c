<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web;

use WhmcsStandIn\Auth\Session;

/**
 * The stand-in's own page texts (its navigation, login and service pages: what WHMCS itself
 * would show) in the session's language, English or Simplified Chinese, from tests/whmcs/lang.
 */
final class Lang
{
    public const LANGUAGES = ['english', 'chinese'];

    /** @var array<string, array<string, string>> */
    private static array $loaded = [];

    public static function current(): string
    {
        $language = Session::language();
        return in_array($language, self::LANGUAGES, true) ? $language : 'english';
    }

    public static function switchTo(string $language): void
    {
        if (in_array($language, self::LANGUAGES, true)) {
            Session::setLanguage($language);
        }
    }

    /** @param array<string, string|int> $placeholders */
    public static function get(string $key, array $placeholders = []): string
    {
        $text = self::all()[$key] ?? $key;
        foreach ($placeholders as $name => $value) {
            $text = str_replace('{' . $name . '}', (string) $value, $text);
        }
        return $text;
    }

    /** @return array<string, string> */
    public static function all(): array
    {
        $language = self::current();
        return self::$loaded[$language] ??= array_replace(self::read('english'), self::read($language));
    }

    /** @return array<string, string> */
    private static function read(string $language): array
    {
        $strings = require dirname(__DIR__, 3) . "/lang/{$language}.php";
        return is_array($strings) ? $strings : [];
    }
}
