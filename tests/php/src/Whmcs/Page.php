<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Whmcs;

use DOMDocument;
use DOMElement;
use DOMXPath;
use RuntimeException;

/**
 * An answer of the stand-in: status, headers, body, and for HTML pages the parts tests read
 * (alerts, the order summary, forms, text).
 */
final class Page
{
    private ?DOMXPath $xpath = null;

    /** @param array<string, string> $headers lower-case names */
    public function __construct(
        public readonly int $status,
        public readonly array $headers,
        public readonly string $body,
        public readonly string $url
    ) {
    }

    public function isHtml(): bool
    {
        return str_starts_with($this->headers['content-type'] ?? '', 'text/html');
    }

    /** The CSRF token of the page's forms, or of its `csrfToken` script variable (WHMCS themes set it). */
    public function token(): string
    {
        $node = $this->xpath()->query('//input[@name="token"]/@value')->item(0);
        if ($node !== null) {
            return (string) $node->nodeValue;
        }
        if (preg_match("/var csrfToken = '([0-9a-f]+)'/", $this->body, $match) === 1) {
            return $match[1];
        }
        throw new RuntimeException("no token on {$this->url}:\n" . $this->text());
    }

    public function hasToken(): bool
    {
        return $this->count('//input[@name="token"]') > 0 || str_contains($this->body, 'var csrfToken = ');
    }

    /** @return list<string> the texts of the alerts of one kind (success, danger, warning) */
    public function alerts(string $kind): array
    {
        $texts = [];
        foreach ($this->xpath()->query("//*[contains(concat(' ', @class, ' '), ' alert-{$kind} ')]") as $node) {
            $texts[] = self::squash((string) $node->textContent);
        }
        return $texts;
    }

    /** The error alerts as one string, for assertion messages. */
    public function errors(): string
    {
        return implode(' | ', $this->alerts('danger'));
    }

    /** @return array<string, string> the order summary at the top of the module's page */
    public function summary(): array
    {
        $summary = [];
        $terms = $this->xpath()->query('//*[@id="trustocean-order"]/div[contains(@class, "card")][1]//dt');
        foreach ($terms as $term) {
            $definition = $term->nextSibling;
            while ($definition !== null && !($definition instanceof DOMElement)) {
                $definition = $definition->nextSibling;
            }
            $summary[self::squash((string) $term->textContent)] = self::squash((string) $definition?->textContent);
        }
        return $summary;
    }

    /** The module's template for this page, from the forms it offers (`a` of each form). */
    public function hasAction(string $action): bool
    {
        return $this->xpath()->query("//form//input[@name='a' and @value='{$action}']")->length > 0;
    }

    /** @return list<string> the options of a select, by name */
    public function options(string $selectName): array
    {
        $values = [];
        foreach ($this->xpath()->query("//select[@name='{$selectName}']/option/@value") as $value) {
            $values[] = (string) $value->nodeValue;
        }
        return $values;
    }

    /** The value of the first element matching an XPath, or null. */
    public function value(string $xpath): ?string
    {
        $node = $this->xpath()->query($xpath)->item(0);
        return $node === null ? null : (string) $node->textContent;
    }

    public function count(string $xpath): int
    {
        return $this->xpath()->query($xpath)->length;
    }

    /** The visible text, blanks squashed. */
    public function text(): string
    {
        $body = $this->xpath()->query('//body')->item(0);
        return self::squash((string) ($body?->textContent ?? $this->body));
    }

    private function xpath(): DOMXPath
    {
        if ($this->xpath === null) {
            $document = new DOMDocument();
            $previous = libxml_use_internal_errors(true);
            $document->loadHTML('<?xml encoding="utf-8">' . $this->body, LIBXML_NONET);
            libxml_clear_errors();
            libxml_use_internal_errors($previous);
            $this->xpath = new DOMXPath($document);
        }
        return $this->xpath;
    }

    private static function squash(string $text): string
    {
        return trim((string) preg_replace('/\s+/u', ' ', $text));
    }
}
