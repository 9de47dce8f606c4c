<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon;

/**
 * The addon's strings ($_ADDONLANG, as WHMCS passes them to _output in $vars['_lang']); a
 * missing key shows itself rather than an empty label. Placeholders are written `{name}`.
 * Strings are plain text: pages escape them.
 */
final class AddonLang
{
    public const FALLBACK_LANGUAGE = 'english';

    /** @param array<string, string> $strings */
    public function __construct(private readonly array $strings)
    {
    }

    /**
     * The strings of the session's language from the addon's lang folder, for the functions WHMCS
     * passes no $vars['_lang'] to (_config).
     */
    public static function forSession(string $langDirectory): self
    {
        $language = strtolower((string) ($_SESSION['Language'] ?? ''));
        $strings = self::read("{$langDirectory}/" . self::FALLBACK_LANGUAGE . '.php');
        if (preg_match('/^[a-z]+$/', $language) === 1 && $language !== self::FALLBACK_LANGUAGE) {
            $strings = array_replace($strings, self::read("{$langDirectory}/{$language}.php"));
        }
        return new self($strings);
    }

    /** @param array<string, string|int> $placeholders */
    public function get(string $key, array $placeholders = []): string
    {
        $text = $this->strings[$key] ?? $key;
        $pairs = [];
        foreach ($placeholders as $name => $value) {
            $pairs['{' . $name . '}'] = (string) $value;
        }
        return strtr($text, $pairs);
    }

    /**
     * Every string, for templates (which escape them).
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
        $_ADDONLANG = [];
        include $file;
        return array_map('strval', $_ADDONLANG);
    }
}
