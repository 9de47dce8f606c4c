<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use PHPUnit\Framework\TestCase;

/**
 * Everything a user sees is a keyed string in English and Simplified Chinese: the lang files of
 * the server module, of the addon and of the stand-in's own pages each have the same keys and
 * placeholders in both languages, every key the templates and the PHP use exists, templates (the
 * server module's, the addon's and the stand-in's) hold no text of their own, and every value
 * they print is escaped.
 */
final class TranslationsTest extends TestCase
{
    private const MODULE = __DIR__ . '/../../../../whmcs-module/modules/servers/trustocean';

    private const ADDON = __DIR__ . '/../../../../whmcs-module/modules/addons/trustoceanssl';

    private const PHP_SOURCES = [__DIR__ . '/../../../../php-shim/src', self::MODULE . '/trustocean.php'];

    /** The addon's PHP: its strings are in the addon's own lang files ($_ADDONLANG). */
    private const ADDON_SOURCES = [__DIR__ . '/../../../../php-shim/src/Addon', self::ADDON . '/trustoceanssl.php', self::ADDON . '/hooks.php'];

    /** @return iterable<string, array{string}> */
    public static function langFolders(): iterable
    {
        yield 'server module' => [self::MODULE . '/lang'];
        yield 'addon' => [self::ADDON . '/lang'];
        yield 'stand-in pages' => [__DIR__ . '/../../../whmcs/lang'];
    }

    /** @dataProvider langFolders */
    public function testEnglishAndChineseHaveTheSameKeysAndPlaceholders(string $folder): void
    {
        $english = require "{$folder}/english.php";
        $chinese = require "{$folder}/chinese.php";
        self::assertSame([], array_keys(array_diff_key($english, $chinese)), 'missing in Chinese');
        self::assertSame([], array_keys(array_diff_key($chinese, $english)), 'missing in English');
        foreach ($english as $key => $text) {
            self::assertNotSame('', trim($text), "english {$key} is empty");
            self::assertNotSame('', trim($chinese[$key]), "chinese {$key} is empty");
            self::assertSame(self::placeholders($text), self::placeholders($chinese[$key]), "placeholders of {$key}");
        }
    }

    public function testEveryKeyTheTemplatesAndThePhpUseExists(): void
    {
        $english = require self::MODULE . '/lang/english.php';
        $used = [];
        foreach (self::files(self::MODULE . '/templates', 'tpl') as $file) {
            preg_match_all('/\$lang\[\'([a-z0-9_.]+)\'\]/', (string) file_get_contents($file), $matches);
            foreach ($matches[1] as $key) {
                $used[$key] = basename($file);
            }
        }
        $addonFiles = self::phpFiles(self::ADDON_SOURCES);
        foreach (array_diff(self::phpFiles(self::PHP_SOURCES), $addonFiles) as $file) {
            preg_match_all('/(?:translator|lang)(?:\(\))?->get\(\'([a-z0-9_.]*[a-z0-9_])\'[,)]/', (string) file_get_contents($file), $matches);
            foreach ($matches[1] as $key) {
                $used[$key] = basename($file);
            }
        }
        self::assertGreaterThan(50, count($used));
        foreach ($used as $key => $file) {
            self::assertArrayHasKey($key, $english, "{$file} uses {$key}");
        }
    }

    public function testEveryKeyTheAddonUsesExists(): void
    {
        $english = require self::ADDON . '/lang/english.php';
        $used = [];
        foreach (self::phpFiles(self::ADDON_SOURCES) as $file) {
            preg_match_all('/(?:lang(?:\(\))?->get|->e)\(\'([a-z0-9_.]*[a-z0-9_])\'[,)]/', (string) file_get_contents($file), $matches);
            foreach ($matches[1] as $key) {
                $used[$key] = basename($file);
            }
        }
        foreach (self::files(self::ADDON . '/templates', 'tpl') as $file) {
            preg_match_all('/\$lang\[\'([a-z0-9_.]+)\'\]/', (string) file_get_contents($file), $matches);
            foreach ($matches[1] as $key) {
                $used[$key] = basename($file);
            }
        }
        self::assertGreaterThan(100, count($used));
        foreach ($used as $key => $file) {
            self::assertArrayHasKey($key, $english, "{$file} uses {$key}");
        }
        foreach ([1024, 2048, 3072, 4096] as $bits) {
            self::assertArrayHasKey("push.size.{$bits}", $english);
        }
    }

    /**
     * Keys handed around before they reach get() (labels of form fields, figures, sections) are
     * string literals shaped like a key of the addon's lang file: each must be one.
     */
    public function testEveryKeyShapedStringOfTheAddonIsAKey(): void
    {
        $english = require self::ADDON . '/lang/english.php';
        $prefixes = array_unique(array_map(static fn (string $key): string => explode('.', $key)[0], array_keys($english)));
        $pattern = '/\'((?:' . implode('|', array_map('preg_quote', $prefixes)) . ')\.[a-z0-9_.]*[a-z0-9_])\'/';
        $found = 0;
        foreach (self::phpFiles(self::ADDON_SOURCES) as $file) {
            preg_match_all($pattern, (string) file_get_contents($file), $matches);
            foreach ($matches[1] as $key) {
                $found++;
                self::assertArrayHasKey($key, $english, basename($file) . " names {$key}");
            }
        }
        self::assertGreaterThan(150, $found);
    }

    public function testEveryReasonCodeAndNoticeOfTheWorkflowHasAMessage(): void
    {
        $english = require self::MODULE . '/lang/english.php';
        $codes = [];
        foreach (self::files(__DIR__ . '/../../../../crates/core/src', 'rs') as $file) {
            // Unit tests at the end of a file name fields, not codes.
            $code = explode('#[cfg(test)]', (string) file_get_contents($file))[0];
            // Error::invalid("field", ...) names a field, not a code.
            preg_match_all('/(?<!invalid\()"((?:order|domain|csr|dcv)\.[a-z_]+)"/', $code, $matches);
            // notices.rs holds what an action did (notice.*); the rest are refusals (error.*).
            $prefix = basename($file) === 'notices.rs' ? 'notice.' : 'error.';
            foreach ($matches[1] as $match) {
                $codes[] = $prefix . $match;
            }
        }
        self::assertNotEmpty($codes);
        foreach (array_unique($codes) as $code) {
            self::assertArrayHasKey($code, $english, "no message for {$code}");
        }
    }

    /** @dataProvider templates */
    public function testTemplatesHoldNoTextOfTheirOwnAndEscapeWhatTheyPrint(string $file): void
    {
        $source = (string) file_get_contents($file);
        $withoutComments = (string) preg_replace('/\{\*.*?\*\}/s', '', $source);

        // An output tag may hold one level of braces ({$lang["status.{$x}"]}, replace:'{min}').
        preg_match_all('/\{\$(?:[^{}]|\{[^{}]*\})*\}/', $withoutComments, $outputs);
        foreach ($outputs[0] as $output) {
            self::assertMatchesRegularExpression('/\|escape|nofilter/', $output, "unescaped output {$output}");
        }

        $text = (string) preg_replace(['/<script\b.*?<\/script>/s', '/\{(?:[^{}]|\{[^{}]*\})*\}/', '/<[^>]*>/'], ' ', $withoutComments);
        $text = html_entity_decode($text);
        self::assertMatchesRegularExpression('/^[\s\p{P}\p{S}]*$/u', $text, 'hard-coded text: ' . trim((string) preg_replace('/\s+/', ' ', $text)));
    }

    /** @return iterable<string, array{string}> */
    public static function templates(): iterable
    {
        foreach ([self::MODULE . '/templates', self::ADDON . '/templates', __DIR__ . '/../../../whmcs/templates'] as $folder) {
            foreach (self::files($folder, 'tpl') as $file) {
                yield str_replace(dirname($folder, 2) . '/', '', $file) => [$file];
            }
        }
    }

    /** @return list<string> */
    private static function placeholders(string $text): array
    {
        preg_match_all('/\{([a-z_]+)\}/', $text, $matches);
        $names = array_unique($matches[1]);
        sort($names);
        return $names;
    }

    /**
     * @param list<string> $sources folders and files
     *
     * @return list<string> the PHP files among them
     */
    private static function phpFiles(array $sources): array
    {
        $files = [];
        foreach ($sources as $source) {
            foreach (is_dir($source) ? self::files($source, 'php') : [$source] as $file) {
                $files[] = (string) realpath($file);
            }
        }
        return $files;
    }

    /** @return list<string> */
    private static function files(string $folder, string $extension): array
    {
        $files = [];
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($folder, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            if ($file->isFile() && $file->getExtension() === $extension) {
                $files[] = $file->getPathname();
            }
        }
        sort($files);
        return $files;
    }
}
