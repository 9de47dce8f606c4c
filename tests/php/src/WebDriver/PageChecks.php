<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\WebDriver;

use PHPUnit\Framework\Assert;

/**
 * What every page the browser tests visit must be: a screenshot saved, no JavaScript error in
 * the console, no translation key shown instead of its text, no markup shown as text, a label
 * for every form field, no positive tabindex, and, on a phone-sized window, nothing wider than
 * the screen.
 */
final class PageChecks
{
    /** Text that is markup a template forgot to escape or escaped twice. */
    private const RAW_MARKUP = '~</?(?:a|b|i|p|div|span|script|strong|em|br|ul|li|form|input|button|table|tr|td|code|small)\b[^>]*>|&(?:lt|gt|amp|quot|#0?39|nbsp);~i';

    /** The English strings of the module and the addon: English is complete, every key is there. */
    private const LANG_FILES = [
        'whmcs-module/modules/servers/trustocean/lang/english.php',
        'whmcs-module/modules/addons/trustoceanssl/lang/english.php',
    ];

    /** @var list<string> every translation key of the module and the addon */
    private array $keys;

    private int $shots = 0;

    public function __construct(private readonly string $screenshots, string $repositoryRoot)
    {
        if (!is_dir($screenshots)) {
            mkdir($screenshots, 0777, true);
        }
        $keys = [];
        foreach (self::LANG_FILES as $file) {
            $keys = [...$keys, ...array_keys(self::strings($repositoryRoot . '/' . $file))];
        }
        // Keys that read as words ("Domain", "CSR") cannot be told from text; keys with a dot can.
        $this->keys = array_values(array_filter($keys, static fn (string $key): bool => str_contains($key, '.')));
    }

    /**
     * Checks the page $session shows and saves its screenshot as <number>-$name.png.
     *
     * @param bool $phone whether the window is phone-sized, so nothing may be wider than it
     */
    public function check(Session $session, string $name, bool $phone = false): void
    {
        $this->shots++;
        $session->screenshot(sprintf('%s/%02d-%s.png', $this->screenshots, $this->shots, $name));
        $where = "{$name} (" . $session->currentUrl() . ')';

        $errors = array_filter($session->consoleLog(), static fn (array $entry): bool => $entry['level'] === 'SEVERE');
        Assert::assertSame([], array_column($errors, 'message'), "no JavaScript error on {$where}");

        $text = $session->visibleText();
        $shown = array_values(array_filter($this->keys, static fn (string $key): bool => preg_match('/(?<![\w.@-])' . preg_quote($key, '/') . '(?![\w.-])/', $text) === 1));
        Assert::assertSame([], $shown, "no translation key shown instead of its text on {$where}");
        Assert::assertSame(0, preg_match(self::RAW_MARKUP, $text, $markup), "no markup shown as text on {$where}: " . ($markup[0] ?? ''));
        Assert::assertStringNotContainsString('{$', $text, "no template variable left unrendered on {$where}");

        $unlabelled = (array) $session->script(
            'return Array.from(document.querySelectorAll("input, select, textarea")).filter(function (e) {'
            . ' if (["hidden", "submit", "button", "reset"].indexOf(e.type) >= 0 || e.offsetParent === null) { return false; }'
            . ' return e.labels.length === 0 && !e.getAttribute("aria-label") && !e.getAttribute("aria-labelledby") && !e.title; })'
            . '.map(function (e) { return e.tagName + (e.id ? "#" + e.id : "") + (e.name ? "[" + e.name + "]" : ""); });'
        );
        Assert::assertSame([], $unlabelled, "every form field has a label a screen reader can read on {$where}");
        $outOfOrder = (array) $session->script(
            'return Array.from(document.querySelectorAll("[tabindex]")).filter(function (e) { return e.tabIndex > 0; })'
            . '.map(function (e) { return e.tagName + (e.id ? "#" + e.id : ""); });'
        );
        Assert::assertSame([], $outOfOrder, "no positive tabindex reorders the keyboard's path on {$where}");

        if ($phone) {
            $widths = (array) $session->script(
                'var wide = Array.from(document.body.querySelectorAll("*")).filter(function (e) {'
                . ' return e.getBoundingClientRect().right > window.innerWidth + 1 && !Array.from(e.children).some(function (c) { return c.getBoundingClientRect().right > window.innerWidth + 1; }); })'
                . '.slice(0, 5).map(function (e) { return e.tagName + (e.id ? "#" + e.id : "") + "." + e.className + " " + (e.textContent || "").trim().slice(0, 40); });'
                . ' return [document.documentElement.scrollWidth, window.innerWidth, wide];'
            );
            Assert::assertLessThanOrEqual((int) $widths[1], (int) $widths[0], "nothing is wider than a phone's screen on {$where}: " . implode(' | ', (array) $widths[2]));
        }
    }

    /**
     * Moves the focus with Tab from the top of the page until $css has it, as a keyboard user
     * would, and returns how many presses it took; fails when it is never reached.
     */
    public function tabTo(Session $session, string $css, int $most = 80): int
    {
        $session->script('document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);');
        $target = $session->find($css);
        $visited = [];
        for ($presses = 1; $presses <= $most; $presses++) {
            $session->press("\u{E004}");
            $focus = (array) $session->script(
                'var e = document.activeElement; return [e === arguments[0], e ? e.tagName + (e.id ? "#" + e.id : "") + (e.name ? "[" + e.name + "]" : "") + (e.tagName === "BUTTON" ? "(" + e.textContent.trim() + ")" : "") : "", arguments[0].outerHTML];',
                [$target]
            );
            if ($focus[0] === true) {
                return $presses;
            }
            $visited[] = (string) $focus[1];
            $targetHtml = (string) $focus[2];
        }
        Assert::fail("{$css} is not reachable with the Tab key within {$most} presses on " . $session->currentUrl()
            . '; the focus went ' . implode(' → ', array_slice(array_unique($visited), 0, 40)) . ' ' . ($targetHtml ?? ''));
    }

    /** @return array<string, string> */
    private static function strings(string $file): array
    {
        $_ADDONLANG = [];
        $strings = require $file;
        return is_array($strings) && $strings !== [] ? $strings : $_ADDONLANG;
    }
}
