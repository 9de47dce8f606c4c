<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

use Closure;
use Illuminate\Database\Query\Builder;
use TrustOcean\Whmcs\Order\OrderRepository;
use WHMCS\Database\Capsule;

/**
 * The orders a list shows: mod_trustocean_orders with the service, client and product joined in
 * the same query (no query per row), filtered by a search and, in the client area, by the client.
 * Orders whose service was deleted in WHMCS still show (left joins), without a client.
 */
final class OrderQuery
{
    private const SELECT = [
        'o.service_id', 'o.state', 'o.remote_status', 'o.trustocean_id', 'o.vendor_id', 'o.valid_to', 'o.domains',
        'h.userid', 'c.firstname', 'c.lastname', 'c.companyname', 'c.email', 'p.name as product',
    ];

    private const CLIENT_COLUMNS = ['c.firstname', 'c.lastname', 'c.companyname', 'c.email'];

    public function __construct(private readonly int $now)
    {
    }

    /** The orders matching $search, of one client when $clientId is given. */
    public function filtered(OrderSearch $search, ?int $clientId = null): Builder
    {
        $query = Capsule::table(OrderRepository::TABLE . ' as o')
            ->leftJoin('tblhosting as h', 'h.id', '=', 'o.service_id')
            ->leftJoin('tblclients as c', 'c.id', '=', 'h.userid')
            ->leftJoin('tblproducts as p', 'p.id', '=', 'h.packageid');
        if ($clientId !== null) {
            $query->where('h.userid', $clientId);
        }

        if ($search->domain !== '') {
            $query->whereRaw('o.domains LIKE ? ' . LikePattern::ESCAPE_CLAUSE, [LikePattern::contains($search->domain)]);
        }
        if ($search->number !== '') {
            $this->whereNumber($query, $search->number);
        }
        foreach ($search->clientWords() as $word) {
            $query->where(static function (Builder $client) use ($word): void {
                foreach (self::CLIENT_COLUMNS as $column) {
                    $client->orWhereRaw("{$column} LIKE ? " . LikePattern::ESCAPE_CLAUSE, [LikePattern::contains($word)]);
                }
            });
        }
        if ($search->state !== '') {
            $this->whereState($query, $search->state);
        }
        if ($search->expiresFrom() !== null) {
            $query->where('o.valid_to', '>=', $search->expiresFrom());
        }
        if ($search->expiresBefore() !== null) {
            $query->where('o.valid_to', '<', $search->expiresBefore());
        }
        return $query;
    }

    public function count(Builder $filtered): int
    {
        return (clone $filtered)->count();
    }

    /**
     * One page of rows, in one query.
     *
     * @return list<OrderListRow>
     */
    public function rows(Builder $filtered, OrderSort $sort, int $offset, int $limit): array
    {
        $rows = $this->sorted($filtered, $sort)->offset($offset)->limit($limit)->get(self::SELECT);
        return array_values(array_map(fn (object $row): OrderListRow => OrderListRow::fromRow($row, $this->now), $rows->all()));
    }

    /**
     * Every row, $chunk at a time, so an export of thousands of orders never holds them all.
     *
     * @param Closure(OrderListRow): void $each
     */
    public function each(Builder $filtered, OrderSort $sort, Closure $each, int $chunk = 500): void
    {
        $this->sorted($filtered, $sort)->select(self::SELECT)->chunk($chunk, function ($rows) use ($each): void {
            foreach ($rows as $row) {
                $each(OrderListRow::fromRow($row, $this->now));
            }
        });
    }

    /** The sort, then the service id, so pages never overlap when values tie. */
    private function sorted(Builder $filtered, OrderSort $sort): Builder
    {
        $query = clone $filtered;
        foreach ($sort->columns() as $column) {
            $query->orderBy($column, $sort->direction());
        }
        if ($sort->column !== 'service') {
            $query->orderBy('o.service_id', $sort->direction());
        }
        return $query;
    }

    /** TrustOcean's number (digits) or the CA's (any text), exactly. */
    private function whereNumber(Builder $query, string $number): void
    {
        $query->where(static function (Builder $numbers) use ($number): void {
            $numbers->where('o.vendor_id', $number);
            if (preg_match('/^\d{1,18}$/', $number) === 1) {
                $numbers->orWhere('o.trustocean_id', (int) $number);
            }
        });
    }

    private function whereState(Builder $query, string $state): void
    {
        $now = $this->now;
        match ($state) {
            'issued' => $query->where('o.state', 'issued')->where(static function (Builder $valid) use ($now): void {
                $valid->whereNull('o.valid_to')->orWhere('o.valid_to', '>', $now);
            }),
            'expired' => $query->where(static function (Builder $expired) use ($now): void {
                $expired->where('o.state', 'expired')->orWhere(static function (Builder $ended) use ($now): void {
                    $ended->where('o.state', 'issued')->where('o.valid_to', '<=', $now);
                });
            }),
            OrderStates::FAILED => $query->where('o.state', 'validating')->whereIn('o.remote_status', OrderStates::CA_ERROR_STATUSES),
            OrderStates::EXPIRING => $query->where('o.state', 'issued')
                ->where('o.valid_to', '>', $now)
                ->where('o.valid_to', '<=', $now + OrderStates::EXPIRING_DAYS * 86400),
            default => $query->where('o.state', $state),
        };
    }
}
