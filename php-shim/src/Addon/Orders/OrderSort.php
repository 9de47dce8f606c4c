<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

/**
 * The order of a list: one of the whitelisted columns, ascending or descending. Anything else
 * in the query sorts by service, newest first.
 */
final class OrderSort
{
    /** Sort key => the columns it sorts by. */
    public const COLUMNS = [
        'service' => ['o.service_id'],
        'client' => ['c.firstname', 'c.lastname'],
        'product' => ['p.name'],
        // The JSON text starts with the primary domain, so it sorts by it.
        'domain' => ['o.domains'],
        'state' => ['o.state'],
        'order' => ['o.trustocean_id'],
        'vendor' => ['o.vendor_id'],
        'expiry' => ['o.valid_to'],
    ];

    public const DEFAULT_COLUMN = 'service';

    private function __construct(public readonly string $column, public readonly bool $descending)
    {
    }

    public static function fromQuery(string $column, string $direction): self
    {
        if (!array_key_exists($column, self::COLUMNS)) {
            return new self(self::DEFAULT_COLUMN, true);
        }
        return new self($column, $direction === 'desc');
    }

    /** @return list<string> */
    public function columns(): array
    {
        return self::COLUMNS[$this->column];
    }

    public function direction(): string
    {
        return $this->descending ? 'desc' : 'asc';
    }

    /** The sort a column's heading links to: the other direction when it is the current one. */
    public function toggled(string $column): self
    {
        return new self($column, $column === $this->column ? !$this->descending : false);
    }

    /** @return array{sort: string, dir: string} */
    public function toQuery(): array
    {
        return ['sort' => $this->column, 'dir' => $this->direction()];
    }
}
