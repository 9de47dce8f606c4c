<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

use RuntimeException;

/**
 * Reads the hostile-input corpus: one JSON file per form or endpoint, each with its defaults and
 * its cases. A case inherits the defaults; its `fields` and `query` are merged over the default
 * ones (nested groups member by member), where null removes a default field. Unknown keys are
 * refused, so a misspelt expectation never passes silently.
 */
final class Corpus
{
    public const DIRECTORY = __DIR__ . '/../../corpus/hostile';

    public const ENDPOINTS = [
        'client_function', 'client_page', 'admin_button', 'addon_admin', 'addon_client', 'upgrade', 'push',
    ];

    public const ACTORS = ['customer', 'customer_zh', 'other_customer', 'admin', 'anonymous'];

    /** valid: the session's token; none: no token field; wrong: a made-up one; foreign: another session's. */
    public const TOKENS = ['valid', 'none', 'wrong', 'foreign'];

    private const CASE_KEYS = [
        'name', 'note', 'as', 'target', 'function', 'method', 'token', 'query', 'fields', 'body', 'content_type', 'expect',
    ];

    private const FILE_KEYS = ['form', 'endpoint', 'defaults', 'cases'];

    /**
     * Every case of the files, by label, as a PHPUnit data provider yields them.
     *
     * @param list<string> $files file names without `.json`
     *
     * @return array<string, array{HostileCase}>
     */
    public static function provide(array $files): array
    {
        $cases = [];
        foreach ($files as $file) {
            foreach (self::load($file) as $case) {
                if (isset($cases[$case->label()])) {
                    throw new RuntimeException("two cases are named {$case->label()}");
                }
                $cases[$case->label()] = [$case];
            }
        }
        return $cases;
    }

    /** @return list<string> every corpus file, without `.json` */
    public static function files(): array
    {
        $files = array_map(static fn (string $path): string => basename($path, '.json'), glob(self::DIRECTORY . '/*.json') ?: []);
        sort($files);
        return $files;
    }

    /** @return list<HostileCase> */
    public static function load(string $file): array
    {
        $path = self::DIRECTORY . "/{$file}.json";
        $data = json_decode((string) file_get_contents($path), true, 512, JSON_THROW_ON_ERROR);
        self::refuseUnknownKeys($data, self::FILE_KEYS, $file);
        $endpoint = (string) $data['endpoint'];
        if (!in_array($endpoint, self::ENDPOINTS, true)) {
            throw new RuntimeException("{$file}: unknown endpoint {$endpoint}");
        }
        $defaults = (array) ($data['defaults'] ?? []);
        self::refuseUnknownKeys($defaults, self::CASE_KEYS, "{$file} defaults");

        $cases = [];
        foreach ((array) $data['cases'] as $index => $entry) {
            self::refuseUnknownKeys($entry, self::CASE_KEYS, "{$file} case {$index}");
            $cases[] = self::build($file, (string) $data['form'], $endpoint, $defaults, $entry);
        }
        return $cases;
    }

    /**
     * @param array<string, mixed> $defaults
     * @param array<string, mixed> $entry
     */
    private static function build(string $file, string $form, string $endpoint, array $defaults, array $entry): HostileCase
    {
        $name = (string) ($entry['name'] ?? throw new RuntimeException("{$file}: a case has no name"));
        $value = static fn (string $key, mixed $default): mixed => $entry[$key] ?? $defaults[$key] ?? $default;
        $actor = (string) $value('as', 'customer');
        $token = (string) $value('token', 'valid');
        $expect = (array) ($entry['expect'] ?? throw new RuntimeException("{$file}: {$name} expects nothing"));
        if (!in_array($actor, self::ACTORS, true) || !in_array($token, self::TOKENS, true)) {
            throw new RuntimeException("{$file}: {$name} has an unknown actor or token");
        }
        Expectation::validate($expect, "{$file}: {$name}");

        return new HostileCase(
            $file,
            $form,
            $endpoint,
            $name,
            $actor,
            (string) $value('target', ''),
            (string) $value('function', ''),
            strtoupper((string) $value('method', 'POST')),
            $token,
            self::merge((array) ($defaults['query'] ?? []), (array) ($entry['query'] ?? [])),
            self::merge((array) ($defaults['fields'] ?? []), (array) ($entry['fields'] ?? [])),
            $value('body', null),
            (string) $value('content_type', ''),
            $expect
        );
    }

    /**
     * The case's fields over the defaults, member by member for nested fields (the organisation
     * group); a null value removes the default, a list replaces it whole.
     *
     * @param array<string, mixed> $defaults
     * @param array<string, mixed> $overrides
     *
     * @return array<string, mixed>
     */
    private static function merge(array $defaults, array $overrides): array
    {
        $merged = $defaults;
        foreach ($overrides as $key => $value) {
            if ($value === null) {
                unset($merged[$key]);
            } elseif (self::isGroup($value) && self::isGroup($merged[$key] ?? null)) {
                $merged[$key] = self::merge($merged[$key], $value);
            } else {
                $merged[$key] = $value;
            }
        }
        return $merged;
    }

    /** A JSON object of form fields, not a generator (`{"$csr": ...}`) and not a list. */
    private static function isGroup(mixed $value): bool
    {
        return is_array($value) && $value !== [] && !array_is_list($value) && !str_starts_with((string) array_key_first($value), '$');
    }

    /**
     * @param mixed        $data
     * @param list<string> $known
     */
    private static function refuseUnknownKeys(mixed $data, array $known, string $where): void
    {
        if (!is_array($data)) {
            throw new RuntimeException("{$where} is not an object");
        }
        $unknown = array_diff(array_keys($data), $known);
        if ($unknown !== []) {
            throw new RuntimeException("{$where}: unknown keys " . implode(', ', $unknown));
        }
    }
}
