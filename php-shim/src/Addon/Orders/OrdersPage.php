<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\AdminPage;
use TrustOcean\Whmcs\Addon\AdminRequest;
use TrustOcean\Whmcs\Addon\Download;

/**
 * The addon's Orders page: every certificate order with its service, client, product, names,
 * state, order numbers and expiry; figures at the top; search, sort and pages of PER_PAGE; and
 * the whole filtered list as CSV (`export=csv`).
 */
final class OrdersPage implements AdminPage
{
    public function __construct(private readonly AddonLang $lang)
    {
    }

    public function handle(AdminRequest $request): string|Download
    {
        $search = OrderSearch::fromQuery($request->query(...), $this->lang);
        $sort = OrderSort::fromQuery($request->query('sort'), $request->query('dir'));
        $orders = new OrderQuery($request->now);
        $filtered = $orders->filtered($search);

        if ($request->query('export') === 'csv') {
            return new OrdersCsv($orders, $filtered, $sort, $this->lang, $request->now);
        }

        $pager = new Pager($orders->count($filtered), $request->query('p'));
        $rows = $orders->rows($filtered, $sort, $pager->offset(), Pager::PER_PAGE);
        return (new OrdersView($this->lang, $request))->render(OrderFigures::count($request->now), $search, $sort, $pager, $rows);
    }
}
