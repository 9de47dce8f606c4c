<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\AdminArea;
use TrustOcean\Whmcs\Addon\AdminRequest;
use TrustOcean\Whmcs\Addon\Html;

/**
 * The Orders page's HTML: figures, search form, table with sortable headings, pages and the
 * CSV link. Every link repeats the search and sort, every value is escaped.
 */
final class OrdersView
{
    private StateLabels $states;

    public function __construct(private readonly AddonLang $lang, private readonly AdminRequest $request)
    {
        $this->states = new StateLabels($lang);
    }

    /** @param list<OrderListRow> $rows */
    public function render(OrderFigures $figures, OrderSearch $search, OrderSort $sort, Pager $pager, array $rows): string
    {
        $html = '<h2>' . $this->e('orders.title') . '</h2>' . $this->figures($figures);
        if ($search->problems !== []) {
            $html .= Html::alert('warning', $this->lang->get('orders.search.ignored'), $search->problems);
        }
        $html .= $this->searchForm($search);

        $csv = $this->link($search->toQuery() + $sort->toQuery() + ['export' => 'csv']);
        $html .= '<div class="d-flex justify-content-between align-items-center mb-2">'
            . '<span id="orders-total">' . $this->e('orders.total', ['count' => $pager->total]) . '</span>'
            . '<a class="btn btn-outline-secondary btn-sm" id="orders-csv" href="' . Html::escape($csv) . '">' . $this->e('orders.export_csv') . '</a></div>';

        return $html . $this->table($search, $sort, $rows) . $this->pages($search, $sort, $pager);
    }

    private function figures(OrderFigures $figures): string
    {
        $labels = [
            'validating' => [$this->lang->get('orders.figure.validating'), $this->lang->get('orders.figure.validating_help')],
            'issued' => [$this->lang->get('orders.figure.issued'), $this->lang->get('orders.figure.issued_help')],
            OrderStates::EXPIRING => [$this->lang->get('orders.figure.expiring', ['days' => OrderStates::EXPIRING_DAYS]), $this->lang->get('orders.figure.expiring_help', ['days' => OrderStates::EXPIRING_DAYS])],
            OrderStates::FAILED => [$this->lang->get('orders.figure.failed'), $this->lang->get('orders.figure.failed_help')],
        ];
        $html = '<div class="row mb-3" id="order-figures">';
        foreach ($figures->all() as $state => $count) {
            [$label, $help] = $labels[$state];
            $html .= '<div class="col-sm-6 col-lg-3 mb-2"><a class="card h-100 text-body" data-figure="' . Html::escape($state) . '"'
                . ' href="' . Html::escape($this->link(['state' => $state])) . '" title="' . Html::escape($help) . '">'
                . '<div class="card-body"><div class="h3 mb-0 figure-count">' . $count . '</div>'
                . '<div class="figure-label">' . Html::escape($label) . '</div>'
                . '<small class="text-muted figure-help">' . Html::escape($help) . '</small></div></a></div>';
        }
        return $html . '</div>';
    }

    private function searchForm(OrderSearch $search): string
    {
        $options = '<option value="">' . $this->e('orders.search.any_state') . '</option>';
        foreach (OrderStates::filters() as $state) {
            $options .= '<option value="' . $state . '"' . ($state === $search->state ? ' selected' : '') . '>'
                . Html::escape($this->states->label($state)) . '</option>';
        }
        $field = fn (string $name, string $type, string $value, string $label): string => '<div class="form-group col-md-4 col-lg-2">'
            . '<label for="orders-' . $name . '">' . Html::escape($label) . '</label>'
            . '<input class="form-control form-control-sm" type="' . $type . '" id="orders-' . $name . '" name="' . $name . '" value="' . Html::escape($value) . '"></div>';

        return Html::getForm($this->request->link(['page' => AdminArea::ORDERS]), 'id="orders-search" class="mb-3"')
            . '<div class="form-row">'
            . $field('domain', 'search', $search->domain, $this->lang->get('orders.search.domain'))
            . $field('number', 'search', $search->number, $this->lang->get('orders.search.number'))
            . $field('client', 'search', $search->client, $this->lang->get('orders.search.client'))
            . '<div class="form-group col-md-4 col-lg-2"><label for="orders-state">' . $this->e('orders.search.state') . '</label>'
            . '<select class="form-control form-control-sm" id="orders-state" name="state">' . $options . '</select></div>'
            . $field('from', 'date', $search->from, $this->lang->get('orders.search.from'))
            . $field('to', 'date', $search->to, $this->lang->get('orders.search.to'))
            . '</div><button type="submit" class="btn btn-primary btn-sm">' . $this->e('orders.search.submit') . '</button> '
            . '<a class="btn btn-link btn-sm" href="' . Html::escape($this->link([])) . '">' . $this->e('orders.search.clear') . '</a></form>';
    }

    /** @param list<OrderListRow> $rows */
    private function table(OrderSearch $search, OrderSort $sort, array $rows): string
    {
        $headings = [
            'service' => $this->lang->get('orders.column.service'),
            'client' => $this->lang->get('orders.column.client'),
            'product' => $this->lang->get('orders.column.product'),
            'domain' => $this->lang->get('orders.column.domain'),
            'state' => $this->lang->get('orders.column.state'),
            'order' => $this->lang->get('orders.column.order'),
            'vendor' => $this->lang->get('orders.column.vendor'),
            'expiry' => $this->lang->get('orders.column.expiry'),
        ];
        $html = '<div class="table-responsive"><table class="table table-sm table-striped" id="orders-table"><thead><tr>';
        foreach ($headings as $column => $label) {
            $current = $sort->column === $column;
            $arrow = $current ? ($sort->descending ? ' ▼' : ' ▲') : '';
            $ariaSort = $current ? ' aria-sort="' . ($sort->descending ? 'descending' : 'ascending') . '"' : '';
            $html .= '<th scope="col"' . $ariaSort . '><a href="' . Html::escape($this->link($search->toQuery() + $sort->toggled($column)->toQuery())) . '"'
                . ' data-sort="' . $column . '">' . Html::escape($label) . $arrow . '</a></th>';
        }
        $html .= '</tr></thead><tbody>';
        foreach ($rows as $row) {
            $html .= $this->row($row);
        }
        if ($rows === []) {
            $html .= '<tr><td colspan="8" class="text-muted">' . $this->e('orders.none') . '</td></tr>';
        }
        return $html . '</tbody></table></div>';
    }

    private function row(OrderListRow $row): string
    {
        $service = $row->clientId > 0
            ? '<a href="' . Html::escape('clientsservices.php?' . http_build_query(['userid' => $row->clientId, 'id' => $row->serviceId])) . '">#' . $row->serviceId . '</a>'
            : '#' . $row->serviceId;
        $client = Html::escape($row->clientName) . ($row->company === '' ? '' : '<br><small class="text-muted">' . Html::escape($row->company) . '</small>');
        $domain = Html::escape($row->primaryDomain())
            . ($row->moreDomains() > 0 ? ' <small class="text-muted">' . $this->e('orders.more_domains', ['count' => $row->moreDomains()]) . '</small>' : '');
        $state = Html::escape($this->states->label($row->state))
            . ($row->caError ? ' <span class="badge badge-danger" title="' . $this->e('orders.figure.failed_help') . '">' . $this->e('orders.ca_error') . '</span>' : '');

        return '<tr data-service="' . $row->serviceId . '"><td>' . $service . '</td><td>' . $client . '</td><td>' . Html::escape($row->product) . '</td>'
            . '<td class="text-break">' . $domain . '</td><td data-state="' . Html::escape($row->state) . '">' . $state . '</td>'
            . '<td>' . ($row->trustoceanId ?? '') . '</td><td>' . Html::escape($row->vendorId) . '</td><td>' . Html::escape($row->expires()) . '</td></tr>';
    }

    private function pages(OrderSearch $search, OrderSort $sort, Pager $pager): string
    {
        $links = $pager->links();
        if ($links === []) {
            return '';
        }
        $html = '<nav aria-label="' . $this->e('orders.pages') . '"><ul class="pagination pagination-sm flex-wrap" id="orders-pages">';
        foreach ($links as $link) {
            $url = $this->link($search->toQuery() + $sort->toQuery() + ['p' => $link['page']]);
            $label = match ($link['rel']) {
                'prev' => ' aria-label="' . $this->e('orders.previous') . '"',
                'next' => ' aria-label="' . $this->e('orders.next') . '"',
                default => '',
            };
            $html .= '<li class="page-item' . ($link['current'] ? ' active" aria-current="page' : '') . '">'
                . '<a class="page-link" href="' . Html::escape($url) . '"' . ($link['rel'] === '' ? '' : ' rel="' . $link['rel'] . '"') . $label . '>'
                . Html::escape($link['label']) . '</a></li>';
        }
        return $html . '</ul></nav>';
    }

    /** @param array<string, string|int> $parameters */
    private function link(array $parameters): string
    {
        return $this->request->link(['page' => AdminArea::ORDERS] + $parameters);
    }

    /** @param array<string, string|int> $placeholders */
    private function e(string $key, array $placeholders = []): string
    {
        return Html::escape($this->lang->get($key, $placeholders));
    }
}
