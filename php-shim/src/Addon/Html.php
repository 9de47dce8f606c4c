<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon;

/**
 * HTML pieces of the addon's admin pages. Every text that goes in is escaped here, so pages only
 * ever concatenate escaped strings.
 */
final class Html
{
    public static function escape(string $text): string
    {
        return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }

    /**
     * A Bootstrap alert of one kind (success, danger, warning, info) with a text and, below it,
     * a list of details.
     *
     * @param list<string> $details
     */
    public static function alert(string $kind, string $text, array $details = []): string
    {
        $role = $kind === 'danger' || $kind === 'warning' ? 'alert' : 'status';
        $html = '<div class="alert alert-' . self::escape($kind) . '" role="' . $role . '">' . self::escape($text);
        if ($details !== []) {
            $html .= '<ul class="mb-0">';
            foreach ($details as $detail) {
                $html .= '<li>' . self::escape($detail) . '</li>';
            }
            $html .= '</ul>';
        }
        return $html . '</div>';
    }

    /**
     * The opening tag of a GET form that submits to $link with its fields added. Browsers drop
     * the query of a GET form's action, so the link's parameters travel as hidden fields.
     */
    public static function getForm(string $link, string $attributes = ''): string
    {
        $path = explode('?', $link, 2)[0];
        parse_str((string) parse_url($link, PHP_URL_QUERY), $parameters);
        $html = '<form method="get" action="' . self::escape($path) . '"' . ($attributes === '' ? '' : ' ' . $attributes) . '>';
        foreach ($parameters as $name => $value) {
            if (is_string($value)) {
                $html .= '<input type="hidden" name="' . self::escape((string) $name) . '" value="' . self::escape($value) . '">';
            }
        }
        return $html;
    }
}
