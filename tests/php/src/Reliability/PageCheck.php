<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

use TrustOcean\Tests\Support\Whmcs\Page;

/**
 * What a page in answer to an action must be: a page of the module (or its file), never a
 * blank or failed one, never with a PHP message in it, and, after a posted action, with either
 * a success notice or an error that says what went wrong.
 */
final class PageCheck
{
    public const SUCCEEDED = 'succeeded';
    public const FAILED = 'failed';
    public const VIEWED = 'viewed';
    public const DOWNLOADED = 'downloaded';

    /** PHP's own messages, as display_errors would print them into a page. */
    private const PHP_MESSAGES = '~(<b>)?(Warning|Notice|Deprecated|Fatal error|Parse error)(</b>)?: .+ in .+ on line|Uncaught \w~';

    /**
     * @param list<string> $problems what is wrong with the page, added to
     * @param list<string> $messages the error messages shown
     */
    public static function customer(Page $page, bool $posted, array &$problems, array &$messages): string
    {
        if ($page->status !== 200) {
            $problems[] = "HTTP {$page->status}";
        }
        if (str_starts_with($page->headers['content-type'] ?? '', 'application/zip')) {
            if (!str_starts_with($page->body, "PK")) {
                $problems[] = 'a download that is not a zip';
            }
            return self::DOWNLOADED;
        }
        if (!$page->isHtml() || trim($page->body) === '') {
            $problems[] = 'not an HTML page: ' . ($page->headers['content-type'] ?? 'no content type');
            return self::FAILED;
        }
        self::phpMessages($page, $problems);
        $outcome = self::outcome($page, $posted, $problems, $messages);
        if (!str_contains($page->body, 'id="trustocean-order"') && $outcome !== self::FAILED) {
            $problems[] = 'the module\'s page is missing: ' . mb_substr($page->text(), 0, 200);
        }
        return $outcome;
    }

    /**
     * @param list<string> $problems
     * @param list<string> $messages
     */
    public static function admin(Page $page, array &$problems, array &$messages): string
    {
        if ($page->status !== 200) {
            $problems[] = "HTTP {$page->status}";
        }
        if (!$page->isHtml() || !str_contains($page->body, 'name="modop"')) {
            $problems[] = 'not the admin service page: ' . mb_substr($page->text(), 0, 200);
        }
        self::phpMessages($page, $problems);
        return self::outcome($page, true, $problems, $messages);
    }

    /**
     * @param list<string> $problems
     * @param list<string> $messages
     */
    private static function outcome(Page $page, bool $posted, array &$problems, array &$messages): string
    {
        $errors = $page->alerts('danger');
        if ($errors !== []) {
            foreach ($errors as $error) {
                if (mb_strlen(trim($error)) < 10) {
                    $problems[] = 'an error without a message: ' . var_export($error, true);
                }
                $messages[] = $error;
            }
            return self::FAILED;
        }
        if (array_filter($page->alerts('success'), static fn (string $text): bool => trim($text) !== '') !== []) {
            return self::SUCCEEDED;
        }
        if ($posted) {
            $problems[] = 'neither a success nor an error message: ' . mb_substr($page->text(), 0, 300);
        }
        return self::VIEWED;
    }

    /** @param list<string> $problems */
    private static function phpMessages(Page $page, array &$problems): void
    {
        if (preg_match(self::PHP_MESSAGES, $page->body, $match) === 1) {
            $problems[] = "a PHP message in the page: {$match[0]}";
        }
    }
}
