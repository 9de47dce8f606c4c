<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Http;

/**
 * Reads a customer's form fields and refuses anything of the wrong type or size before it goes
 * further: PHP turns `field[]=` into arrays and accepts any bytes, and the workflow expects
 * strings and lists of strings.
 *
 * Text is checked to be UTF-8 and loses NUL bytes and surrounding blanks. Semantics (is this a
 * domain name, a CSR, an approver address) are the workflow's job, not this reader's.
 */
final class RequestReader
{
    /**
     * @param array<string, mixed> $fields the POST body
     */
    public function __construct(private readonly array $fields, private readonly string $method)
    {
    }

    public static function fromGlobals(): self
    {
        return new self($_POST, strtoupper((string) ($_SERVER['REQUEST_METHOD'] ?? 'GET')));
    }

    /**
     * Refuses anything but a POST carrying WHMCS's CSRF token: every customer action changes
     * state or hands out material, so none may be triggered by a link or another site's form.
     */
    public function requirePostWithToken(string $namespace = 'WHMCS.default'): void
    {
        if ($this->method !== 'POST') {
            throw InvalidRequest::postRequired();
        }
        // WHMCS's own check: it reads the `token` field against the session.
        if (!function_exists('check_token') || check_token($namespace) === false) {
            throw InvalidRequest::badToken();
        }
    }

    /** A text field; '' when absent. */
    public function text(string $name, int $maxLength): string
    {
        return self::clean($name, $this->fields[$name] ?? '', $maxLength);
    }

    /** A text field that must not be empty. */
    public function requiredText(string $name, int $maxLength): string
    {
        $value = $this->text($name, $maxLength);
        if ($value === '') {
            throw InvalidRequest::missing($name);
        }
        return $value;
    }

    /**
     * One of $allowed; $default when absent or empty.
     *
     * @param list<string> $allowed
     */
    public function choice(string $name, array $allowed, ?string $default = null): string
    {
        $value = $this->text($name, 64);
        if ($value === '' && $default !== null) {
            return $default;
        }
        if ($value === '') {
            throw InvalidRequest::missing($name);
        }
        if (!in_array($value, $allowed, true)) {
            throw InvalidRequest::invalid($name);
        }
        return $value;
    }

    /** A TrustOcean order number: digits only, above zero. */
    public function orderNumber(string $name): int
    {
        $value = $this->requiredText($name, 19);
        if (!ctype_digit($value) || (int) $value < 1) {
            throw InvalidRequest::invalid($name);
        }
        return (int) $value;
    }

    /** A position in a list (a row of the domain table), below $count. */
    public function index(string $name, int $count): int
    {
        $value = $this->requiredText($name, 10);
        if (!ctype_digit($value) || (int) $value >= $count) {
            throw InvalidRequest::invalid($name);
        }
        return (int) $value;
    }

    /**
     * A group of text fields `name[key]`, limited to the keys given; missing keys are ''.
     *
     * @param list<string> $keys
     *
     * @return array<string, string>
     */
    public function textGroup(string $name, array $keys, int $maxLength): array
    {
        $group = $this->fields[$name] ?? [];
        if (!is_array($group)) {
            throw InvalidRequest::invalid($name);
        }
        $values = [];
        foreach ($keys as $key) {
            $values[$key] = self::clean("{$name}[{$key}]", $group[$key] ?? '', $maxLength);
        }
        return $values;
    }

    /**
     * A list of text fields `name[0]`, `name[1]`, ..., one per row of a table of $count rows;
     * missing rows are ''.
     *
     * @return list<string>
     */
    public function textRows(string $name, int $count, int $maxLength): array
    {
        $rows = $this->fields[$name] ?? [];
        if (!is_array($rows)) {
            throw InvalidRequest::invalid($name);
        }
        $values = [];
        for ($row = 0; $row < $count; $row++) {
            $values[] = self::clean("{$name}[{$row}]", $rows[$row] ?? $rows[(string) $row] ?? '', $maxLength);
        }
        return $values;
    }

    private static function clean(string $name, mixed $value, int $maxLength): string
    {
        if (!is_string($value)) {
            throw InvalidRequest::invalid($name);
        }
        if (!mb_check_encoding($value, 'UTF-8')) {
            throw InvalidRequest::invalid($name);
        }
        $value = trim(str_replace("\0", '', $value));
        if (mb_strlen($value, 'UTF-8') > $maxLength) {
            throw InvalidRequest::tooLong($name, $maxLength);
        }
        return $value;
    }
}
