<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

use ArrayAccess;
use LogicException;

/**
 * The templates' `$can.<action>`: true for the actions the order allows now, false for every
 * other name. The set changes with the state (and is just "reconcile" while an action is
 * pending), so a template must be able to ask about any action without a missing-key warning.
 *
 * @implements ArrayAccess<string, bool>
 */
final class AllowedActions implements ArrayAccess
{
    /** @var array<string, true> */
    private array $allowed;

    /** @param list<string> $actions */
    public function __construct(array $actions)
    {
        $this->allowed = array_fill_keys($actions, true);
    }

    public function offsetExists(mixed $offset): bool
    {
        return isset($this->allowed[$offset]);
    }

    public function offsetGet(mixed $offset): bool
    {
        return isset($this->allowed[$offset]);
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        throw new LogicException('the allowed actions are read-only');
    }

    public function offsetUnset(mixed $offset): void
    {
        throw new LogicException('the allowed actions are read-only');
    }
}
