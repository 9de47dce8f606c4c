<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Client;

use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\Orders\OrderListRow;
use TrustOcean\Whmcs\Addon\Orders\OrderQuery;
use TrustOcean\Whmcs\Addon\Orders\OrderSearch;
use TrustOcean\Whmcs\Addon\Orders\OrderSort;
use TrustOcean\Whmcs\Addon\Orders\Pager;
use TrustOcean\Whmcs\Addon\Orders\StateLabels;

/**
 * "My SSL certificates" (index.php?m=trustoceanssl): the logged-in client's own certificate
 * orders, newest first, searchable by domain, each linking to its service page. Returned as the
 * page array WHMCS renders with the addon's templates/clientarea.tpl, which holds no text of its
 * own and escapes every value.
 */
final class ClientOrdersPage
{
    private const TEMPLATE = 'clientarea';

    public function __construct(private readonly AddonLang $lang, private readonly string $moduleLink)
    {
    }

    /**
     * @param int|null                 $clientId the logged-in client; null shows nothing (WHMCS
     *                                           asks for a login first)
     * @param callable(string): string $query    reads one query parameter
     *
     * @return array<string, mixed>
     */
    public function page(?int $clientId, callable $query, int $now): array
    {
        $search = OrderSearch::fromQuery(static fn (string $name): string => $name === 'domain' ? $query('domain') : '', $this->lang);
        if ($clientId === null) {
            return $this->pageArray(['rows' => [], 'search' => $search->domain, 'pages' => [], 'totalText' => '', 'noneText' => $this->lang->get('client.none')]);
        }

        $orders = new OrderQuery($now);
        $filtered = $orders->filtered($search, $clientId);
        $pager = new Pager($orders->count($filtered), $query('p'));
        $rows = $orders->rows($filtered, OrderSort::fromQuery('service', 'desc'), $pager->offset(), Pager::PER_PAGE);

        return $this->pageArray([
            'rows' => array_map($this->row(...), $rows),
            'search' => $search->domain,
            'pages' => $this->pages($pager, $search->domain),
            'totalText' => $this->lang->get('client.total', ['count' => $pager->total]),
            'noneText' => $this->lang->get($search->domain === '' ? 'client.none' : 'client.none_found'),
        ]);
    }

    /**
     * The page when the orders could not be read.
     *
     * @return array<string, mixed>
     */
    public function failure(): array
    {
        return $this->pageArray(['rows' => [], 'search' => '', 'pages' => [], 'totalText' => '', 'noneText' => '', 'error' => $this->lang->get('client.failed')]);
    }

    /**
     * @param array<string, mixed> $vars
     *
     * @return array<string, mixed>
     */
    private function pageArray(array $vars): array
    {
        $title = $this->lang->get('client.title');
        return [
            'pagetitle' => $title,
            'breadcrumb' => [$this->moduleLink => $title],
            'templatefile' => self::TEMPLATE,
            'requirelogin' => true,
            'vars' => $vars + [
                'lang' => $this->lang->all(),
                'formAction' => explode('?', $this->moduleLink, 2)[0],
                'moduleName' => self::moduleName($this->moduleLink),
                'clearUrl' => $this->moduleLink,
                'error' => '',
            ],
        ];
    }

    /** @return array<string, string|int> */
    private function row(OrderListRow $row): array
    {
        $states = new StateLabels($this->lang);
        return [
            'serviceId' => $row->serviceId,
            'product' => $row->product,
            'domain' => $row->primaryDomain() === '' ? $this->lang->get('client.not_configured') : $row->primaryDomain(),
            'more' => $row->moreDomains() > 0 ? $this->lang->get('client.more_domains', ['count' => $row->moreDomains()]) : '',
            'state' => $states->label($row->state),
            'expires' => $row->expires(),
            'url' => 'clientarea.php?' . http_build_query(['action' => 'productdetails', 'id' => $row->serviceId]),
        ];
    }

    /** @return list<array{label: string, url: string, current: bool}> */
    private function pages(Pager $pager, string $domain): array
    {
        $pages = [];
        foreach ($pager->links() as $link) {
            $query = array_filter(['domain' => $domain, 'p' => $link['page'] > 1 ? (string) $link['page'] : '']);
            $pages[] = [
                'label' => $link['label'],
                'url' => $this->moduleLink . ($query === [] ? '' : '&' . http_build_query($query)),
                'current' => $link['current'],
            ];
        }
        return $pages;
    }

    /** The `m` value of the module link, which a GET search form must send again. */
    private static function moduleName(string $moduleLink): string
    {
        parse_str((string) parse_url($moduleLink, PHP_URL_QUERY), $query);
        return is_string($query['m'] ?? null) ? $query['m'] : '';
    }
}
