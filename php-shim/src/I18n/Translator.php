<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\I18n;

/**
 * The module's strings in the customer's language.
 *
 * Lang files are `lang/<language>.php` returning a flat array of dotted keys; an optional
 * `lang/overrides/<language>.php` replaces single strings without editing the shipped files.
 * Missing keys fall back to English. Placeholders are written `{name}`. Strings are plain text:
 * templates escape them.
 */
final class Translator
{
    public const FALLBACK_LANGUAGE = 'english';

    /** @param array<string, string> $strings */
    private function __construct(public readonly string $language, private readonly array $strings)
    {
    }

    /**
     * The translator for $language ('english', 'chinese', ...); unknown or unsafe names fall back
     * to English.
     */
    public static function load(string $langDirectory, ?string $language): self
    {
        $language = strtolower(trim((string) $language));
        // The name becomes part of a file path: letters only, nothing like "../".
        if (preg_match('/^[a-z]+$/', $language) !== 1 || !is_file("{$langDirectory}/{$language}.php")) {
            $language = self::FALLBACK_LANGUAGE;
        }

        $strings = self::read("{$langDirectory}/" . self::FALLBACK_LANGUAGE . '.php');
        if ($language !== self::FALLBACK_LANGUAGE) {
            $strings = array_replace($strings, self::read("{$langDirectory}/{$language}.php"));
        }
        $strings = array_replace($strings, self::read("{$langDirectory}/overrides/{$language}.php"));
        return new self($language, $strings);
    }

    /** The translator for the language of the current WHMCS session. */
    public static function forSession(string $langDirectory): self
    {
        $language = $_SESSION['Language'] ?? null;
        return self::load($langDirectory, is_string($language) ? $language : null);
    }

    /**
     * The string for $key with its placeholders filled; the key itself when it is missing, so a
     * gap shows up instead of an empty label.
     *
     * @param array<string, string|int> $placeholders
     */
    public function get(string $key, array $placeholders = []): string
    {
        $text = $this->strings[$key] ?? $key;
        if ($placeholders === []) {
            return $text;
        }
        $pairs = [];
        foreach ($placeholders as $name => $value) {
            $pairs['{' . $name . '}'] = (string) $value;
        }
        return strtr($text, $pairs);
    }

    public function has(string $key): bool
    {
        return isset($this->strings[$key]);
    }

    /**
     * The message for a reason code (`error.<code>`), naming $subject (a domain, a field, a number
     * of seconds) either where the string has `{subject}` or after it.
     */
    public function reason(string $code, ?string $subject = null): string
    {
        $key = 'error.' . $code;
        if (!$this->has($key)) {
            $key = 'error.generic';
        }
        $text = $this->strings[$key];
        if ($subject === null || $subject === '') {
            return str_replace('{subject}', '', $text);
        }
        if (str_contains($text, '{subject}')) {
            return str_replace('{subject}', $subject, $text);
        }
        return $this->get('error.with_subject', ['message' => $text, 'subject' => $subject]);
    }

    /**
     * Every string, for templates.
     *
     * @return array<string, string>
     */
    public function all(): array
    {
        return $this->strings;
    }

    /** @return array<string, string> */
    private static function read(string $file): array
    {
        if (!is_file($file)) {
            return [];
        }
        $strings = require $file;
        return is_array($strings) ? array_map('strval', $strings) : [];
    }
}
