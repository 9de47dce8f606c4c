<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

/**
 * One input of the hostile-input corpus (tests/php/corpus/hostile): who sends it, to which form
 * or endpoint of which service, with which fields, and what must come of it. Field values may
 * still hold generator objects ({"$csr": ...}); Values expands them when the case runs.
 */
final class HostileCase
{
    /**
     * @param array<string, mixed> $query    query parameters added to the endpoint's URL
     * @param array<string, mixed> $fields   form fields (POST) or, for a GET form, more query
     * @param mixed                $body     a raw body (push endpoint), instead of form fields
     * @param array<string, mixed> $expect   the outcome (see Expectation)
     */
    public function __construct(
        public readonly string $file,
        public readonly string $form,
        public readonly string $endpoint,
        public readonly string $name,
        public readonly string $actor,
        public readonly string $target,
        public readonly string $function,
        public readonly string $method,
        public readonly string $token,
        public readonly array $query,
        public readonly array $fields,
        public readonly mixed $body,
        public readonly string $contentType,
        public readonly array $expect
    ) {
    }

    /** The name PHPUnit shows for the case: its file and its own name. */
    public function label(): string
    {
        return "{$this->file}: {$this->name}";
    }

    /** Whether the corpus says the input is legitimate once normalised, and stored. */
    public function isAccepted(): bool
    {
        return isset($this->expect['accepted']);
    }
}
