<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\System;

/**
 * A news item's HTML (as the TrustOcean console writes it) as plain text: scripts and styles
 * dropped with their content, paragraphs and line breaks kept as new lines, every other tag
 * stripped, entities decoded. Pages escape the result like any other text, so nothing of the
 * feed ever runs in the admin's browser.
 */
final class NewsText
{
    /** Longer bodies are cut: the System page shows news, not articles. */
    private const MAX_LENGTH = 2000;

    public static function fromHtml(string $html): string
    {
        $html = mb_scrub($html, 'UTF-8');
        $html = (string) preg_replace('~<(script|style)\b.*?(</\1\s*>|$)~is', ' ', $html);
        $html = (string) preg_replace('~<br\s*/?>|</(p|div|li|h[1-6])\s*>~i', "\n", $html);

        $text = html_entity_decode(strip_tags($html), ENT_QUOTES | ENT_HTML5, 'UTF-8');
        $lines = array_map(static fn (string $line): string => trim((string) preg_replace('/[^\S\n]+/u', ' ', $line)), explode("\n", $text));
        $text = trim((string) preg_replace("/\n{3,}/", "\n\n", implode("\n", $lines)));

        return mb_strlen($text, 'UTF-8') > self::MAX_LENGTH ? mb_substr($text, 0, self::MAX_LENGTH, 'UTF-8') . '…' : $text;
    }
}
