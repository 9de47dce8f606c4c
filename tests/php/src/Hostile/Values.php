<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

use RuntimeException;

/**
 * Expands the generator objects of corpus values, which JSON cannot hold literally or which
 * depend on the run (service ids, order numbers, keys):
 *
 * - `{"$csr": {...}}` and `{"$key": {...}}`: a CSR or private key (HostileMaterial);
 * - `{"$repeat": {"text": "a", "times": 65537}}`: a long text;
 * - `{"$names": {"count": 300, "pattern": "n{i}.example.com", "separator": "\n"}}`: a list of
 *   names as one text ({i} counts from 1);
 * - `{"$fill": {"value": "ftp", "count": 1500}}`: a list of one value (as many form fields);
 * - `{"$hex": "fffe"}`: raw bytes (invalid UTF-8, binary bodies);
 * - `{"$join": [...]}`: the expanded parts one after the other;
 * - `{"$service": "fixture"}`, `{"$trustocean_id": "fixture"}`, `{"$unique_id": "fixture"}`: a
 *   fixture's service id, TrustOcean order number, unique id;
 * - `{"$name": ["fixture", 0]}`: a name of a fixture's order;
 * - `{"$fixture_key": "fixture"}`: the private key of a fixture's certificate;
 * - `{"$option": ["fixture", "DomainCount"]}`: the id of a configurable option;
 * - `{"$sandbox_url": true}`: the sandbox's base URL;
 * - `{"$push": {...}}`: a push body (PushBodies);
 * - `{"$form": {...}}`: the expanded fields URL-encoded as a form body;
 * - `{"$json": ...}`: the expanded value as JSON text.
 *
 * Any other object or list is expanded member by member (nested form fields).
 */
final class Values
{
    public function __construct(private readonly Fixtures $fixtures, private readonly PushBodies $pushes)
    {
    }

    public function expand(mixed $value): mixed
    {
        if (!is_array($value)) {
            return $value;
        }
        if (count($value) === 1 && is_string(array_key_first($value)) && str_starts_with((string) array_key_first($value), '$')) {
            return $this->generate((string) array_key_first($value), reset($value));
        }
        return array_map($this->expand(...), $value);
    }

    private function generate(string $generator, mixed $spec): mixed
    {
        return match ($generator) {
            '$csr' => HostileMaterial::csr((array) $this->expand($spec)),
            '$key' => HostileMaterial::key((array) $spec),
            '$repeat' => str_repeat((string) $this->expand($spec['text']), (int) $spec['times']),
            '$names' => self::names((array) $spec),
            '$fill' => array_fill(0, (int) $spec['count'], $this->expand($spec['value'])),
            '$hex' => (string) hex2bin((string) $spec),
            '$join' => implode('', array_map(fn (mixed $part): string => (string) $this->expand($part), (array) $spec)),
            '$service' => $this->fixtures->service((string) $spec),
            '$trustocean_id' => $this->fixtures->trustoceanId((string) $spec),
            '$unique_id' => $this->fixtures->uniqueId((string) $spec),
            '$name' => $this->fixtures->names((string) $spec[0])[(int) $spec[1]] ?? throw new RuntimeException('no such name ' . json_encode($spec)),
            '$fixture_key' => $this->fixtures->privateKey((string) $spec),
            '$option' => $this->fixtures->optionId((string) $spec[0], (string) $spec[1]),
            '$sandbox_url' => $this->fixtures->sandboxUrl(),
            '$push' => $this->pushes->body((array) $this->expand($spec)),
            '$form' => http_build_query((array) $this->expand($spec)),
            '$json' => json_encode($this->expand($spec), JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR),
            default => throw new RuntimeException("unknown generator {$generator}"),
        };
    }

    /** @param array<string, mixed> $spec */
    private static function names(array $spec): string
    {
        $names = [];
        for ($i = 1; $i <= (int) $spec['count']; $i++) {
            $names[] = str_replace('{i}', (string) $i, (string) $spec['pattern']);
        }
        return implode((string) ($spec['separator'] ?? "\n"), $names);
    }
}
