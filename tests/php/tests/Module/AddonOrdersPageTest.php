<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\Administrator;
use TrustOcean\Tests\Support\Whmcs\BulkOrders;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Tests\Support\Whmcs\Page;
use TrustOcean\Whmcs\Addon\Orders\OrderQuery;
use TrustOcean\Whmcs\Addon\Orders\OrderSearch;
use TrustOcean\Whmcs\Addon\Orders\OrderSort;
use WHMCS\Database\Capsule;

/**
 * The addon's Orders page with 500 orders of two clients: search by any of an order's names
 * (typed `%`, `_` and `\` match literally), by either order number, by client name, e-mail or
 * company, by state and by a range of expiry days; 25 rows a page with page links; sorting by
 * the whitelisted columns; the figures at the top; and the CSV export of the whole filtered list
 * with spreadsheet formulas neutralised. Expectations are worked out from the fixture itself.
 */
final class AddonOrdersPageTest extends ModuleTestCase
{
    private const PAGE = 'admin/addonmodules.php?module=trustoceanssl&page=orders';

    private const COUNT = 500;

    private const DAY = 86400;

    private static string $label = '';

    /** @var list<array<string, mixed>> the fixture, each entry with its serviceId */
    private static array $orders = [];

    /** @var array{0: int, 1: int} the two clients */
    private static array $clients = [0, 0];

    /** @var array<string, int> the figures before the fixture was inserted */
    private static array $figuresBefore = [];

    private static ?Administrator $admin = null;

    public static function setUpBeforeClass(): void
    {
        require_once dirname(__DIR__, 4) . '/php-shim/autoload.php';
        self::standIn();
        self::$admin = self::standIn()->admin();
        self::$figuresBefore = self::figures(self::$admin->get(self::PAGE));
        self::$label = 'bulk' . bin2hex(random_bytes(4));
        $label = self::$label;

        self::$clients = [
            BulkOrders::client(['firstname' => '+Bulk', 'lastname' => "Tester{$label}", 'companyname' => '=HYPERLINK("http://attacker.example","<b>x</b>")', 'email' => "bulk.{$label}@example.net"]),
            BulkOrders::client(['firstname' => 'Zed', 'lastname' => "Quinn{$label}", 'companyname' => "\tTab {$label} Ltd", 'email' => "zed.{$label}@example.org"]),
        ];
        $now = time();
        $specs = [];
        for ($i = 0; $i < self::COUNT; $i++) {
            $specs[] = self::spec($i, $now);
        }
        $serviceIds = BulkOrders::insert(self::standIn()->seed->products['dv_single']['id'], $specs);
        foreach ($specs as $i => $spec) {
            self::$orders[] = $spec + ['serviceId' => $serviceIds[$i]];
        }
    }

    public static function tearDownAfterClass(): void
    {
        BulkOrders::delete(array_column(self::$orders, 'serviceId'), self::$clients);
        self::$orders = [];
        self::$admin = null;
    }

    public function testTheFiguresCountWhatWasAddedAndLinkToTheMatchingList(): void
    {
        $page = self::$admin->get(self::PAGE);
        $after = self::figures($page);

        $expected = ['validating' => 0, 'issued' => 0, 'expiring' => 0, 'failed' => 0];
        foreach (self::$orders as $order) {
            foreach (array_keys($expected) as $figure) {
                $expected[$figure] += self::inState($order, $figure) ? 1 : 0;
            }
        }
        foreach ($expected as $figure => $count) {
            self::assertSame(self::$figuresBefore[$figure] + $count, $after[$figure], $figure);
            $list = self::$admin->get('admin/' . html_entity_decode((string) $page->value("//a[@data-figure='{$figure}']/@href")));
            self::assertSame($after[$figure], self::total($list), "the {$figure} figure opens its list");
        }
        self::assertGreaterThan(0, $expected['failed']);
        self::assertStringContainsString('enroll_apierror or check_hand', (string) $page->value("//a[@data-figure='failed']/@title"));
        self::assertStringContainsString('enroll_apierror or check_hand', (string) $page->value("//a[@data-figure='failed']//*[contains(@class, 'figure-help')]"));
    }

    public function testADomainSearchFindsAnyNameOfAnOrderAndTreatsWildcardsLiterally(): void
    {
        $label = self::$label;

        $all = self::search(['domain' => $label]);
        $san = self::search(['domain' => "www.site10.{$label}"]);
        $upper = self::search(['domain' => strtoupper("SITE10.{$label}")]);

        $named = array_filter(self::$orders, static fn (array $order): bool => $order['domains'] !== []);
        self::assertSame(count($named), self::total($all), 'every order with names');
        self::assertSame([self::$orders[10]['serviceId']], self::serviceIds($san), 'a name besides the primary one');
        self::assertSame("site10.{$label}.example.com +2 more", $san->value('//table[@id="orders-table"]/tbody/tr/td[4]'));
        self::assertSame([self::$orders[10]['serviceId']], self::serviceIds($upper), 'case does not matter');
        foreach (["site1_.{$label}", "site1%.{$label}", "site1!.{$label}", "{$label}\\", '%', '_'] as $literal) {
            $page = self::search(['domain' => $literal]);
            self::assertSame(200, $page->status, $literal);
            self::assertSame(0, self::total($page), "{$literal} is matched literally");
        }
    }

    public function testANumberSearchFindsTrustOceansOrTheCasOrderNumberExactly(): void
    {
        $order = self::$orders[37];

        self::assertSame([$order['serviceId']], self::serviceIds(self::search(['number' => (string) $order['trustocean_id']])));
        self::assertSame([$order['serviceId']], self::serviceIds(self::search(['number' => (string) $order['vendor_id']])));
        self::assertSame(0, self::total(self::search(['number' => substr((string) $order['trustocean_id'], 0, 4)])));
    }

    public function testAClientSearchFindsNamesEmailsAndCompanies(): void
    {
        $label = self::$label;
        $zed = count(array_filter(self::$orders, static fn (array $order): bool => $order['client'] === self::$clients[1]));

        self::assertSame($zed, self::total(self::search(['client' => "zed quinn{$label}"])));
        self::assertSame($zed, self::total(self::search(['client' => "zed.{$label}@example.org"])));
        self::assertSame($zed, self::total(self::search(['client' => "Tab {$label} Ltd"])));
        self::assertSame(self::COUNT - $zed, self::total(self::search(['client' => "bulk.{$label}@"])));
        self::assertSame(0, self::total(self::search(['client' => "zed bulk.{$label}"])), 'every word must match');
    }

    public function testAStateFilterAndAnExpiryRangeNarrowTheList(): void
    {
        $now = time();
        $from = gmdate('Y-m-d', $now + 10 * self::DAY);
        $to = gmdate('Y-m-d', $now + 20 * self::DAY);
        $start = strtotime($from . ' 00:00:00 UTC');
        $end = strtotime($to . ' 00:00:00 UTC') + self::DAY;
        foreach (['validating', 'issued', 'expired', 'failed', 'expiring', 'awaiting_configuration', 'revoked'] as $state) {
            $expected = count(array_filter(self::$orders, static fn (array $order): bool => self::inState($order, $state)));
            self::assertSame($expected, self::total(self::search(['client' => self::$label, 'state' => $state])), $state);
        }

        $ranged = self::search(['client' => self::$label, 'from' => $from, 'to' => $to]);

        $inRange = array_filter(self::$orders, static fn (array $order): bool => $order['valid_to'] !== null && $order['valid_to'] >= $start && $order['valid_to'] < $end);
        self::assertGreaterThan(0, count($inRange));
        self::assertSame(count($inRange), self::total($ranged));
    }

    public function testUnusableSearchValuesAreNamedAndLeftOut(): void
    {
        $page = self::search(['client' => self::$label, 'from' => '2026-13-01', 'state' => 'deleted', 'to' => 'tomorrow']);

        $warning = implode(' ', $page->alerts('warning'));
        self::assertStringContainsString('Expires from: enter a date as YYYY-MM-DD.', $warning);
        self::assertStringContainsString('Expires until: enter a date as YYYY-MM-DD.', $warning);
        self::assertStringContainsString('State: choose one of the states offered.', $warning);
        self::assertSame(self::COUNT, self::total($page));
    }

    public function testPagesHold25RowsAndLinkToEachOther(): void
    {
        $ids = array_column(self::$orders, 'serviceId');
        sort($ids);

        $first = self::search(['client' => self::$label, 'sort' => 'service', 'dir' => 'asc']);
        $third = self::search(['client' => self::$label, 'sort' => 'service', 'dir' => 'asc', 'p' => '3']);
        $beyond = self::search(['client' => self::$label, 'sort' => 'service', 'dir' => 'asc', 'p' => '99']);

        self::assertSame(array_slice($ids, 0, 25), self::serviceIds($first));
        self::assertSame(array_slice($ids, 50, 25), self::serviceIds($third));
        self::assertSame(array_slice($ids, 475, 25), self::serviceIds($beyond), 'a page past the end shows the last');
        self::assertSame('3', $third->value('//ul[@id="orders-pages"]/li[contains(@class, "active")]'));
        $next = self::$admin->get('admin/' . html_entity_decode((string) $third->value('//ul[@id="orders-pages"]//a[@rel="next"]/@href')));
        self::assertSame(array_slice($ids, 75, 25), self::serviceIds($next), 'the next link keeps the search and sort');
        self::assertSame('20', $first->value('//ul[@id="orders-pages"]//a[@rel="last"]'));
        self::assertSame(0, $beyond->count('//ul[@id="orders-pages"]//a[@rel="next"]'));
    }

    public function testTheListSortsByTheWhitelistedColumnsOnly(): void
    {
        $byExpiry = self::expected('valid_to', false);
        $byExpiryDesc = self::expected('valid_to', true);
        $byOrderDesc = self::expected('trustocean_id', true);

        self::assertSame(array_slice($byExpiry, 0, 25), self::serviceIds(self::search(['client' => self::$label, 'sort' => 'expiry', 'dir' => 'asc'])));
        self::assertSame(array_slice($byExpiryDesc, 25, 25), self::serviceIds(self::search(['client' => self::$label, 'sort' => 'expiry', 'dir' => 'desc', 'p' => '2'])));
        self::assertSame(array_slice($byOrderDesc, 0, 25), self::serviceIds(self::search(['client' => self::$label, 'sort' => 'order', 'dir' => 'desc'])));
        self::assertSame('site0.' . self::$label . '.example.com', self::primaryDomains(self::search(['domain' => self::$label, 'sort' => 'domain', 'dir' => 'asc']))[0]);
        self::assertSame('site99.' . self::$label . '.example.com', self::primaryDomains(self::search(['domain' => self::$label, 'sort' => 'domain', 'dir' => 'desc']))[0]);

        $forged = self::search(['client' => self::$label, 'sort' => 'o.service_id; DROP TABLE tblclients', 'dir' => 'asc']);
        $ids = array_column(self::$orders, 'serviceId');
        rsort($ids);
        self::assertSame(array_slice($ids, 0, 25), self::serviceIds($forged), 'anything else sorts by service, newest first');
        self::assertTrue(Capsule::schema()->hasTable('tblclients'));
    }

    public function testARowLinksToItsServiceAndShowsEveryValueEscaped(): void
    {
        $order = self::$orders[3];
        $page = self::search(['number' => (string) $order['trustocean_id']]);

        self::assertSame("clientsservices.php?userid={$order['client']}&id={$order['serviceId']}", $page->value('//table[@id="orders-table"]//td[1]/a/@href'));
        self::assertStringContainsString('=HYPERLINK("http://attacker.example","<b>x</b>")', (string) $page->value('//table[@id="orders-table"]//td[2]'));
        self::assertStringNotContainsString('<b>x</b>', $page->body);
        self::assertSame('In validation CA error', $page->value('//table[@id="orders-table"]//td[5]'));
        self::assertSame('-2+3', $page->value('//table[@id="orders-table"]//td[7]'));
    }

    public function testTheCsvHoldsTheWholeFilteredListWithFormulasNeutralised(): void
    {
        $expected = array_values(array_filter(self::$orders, static fn (array $order): bool => self::inState($order, 'validating')));

        $csv = self::$admin->get(self::PAGE . '&' . http_build_query(['client' => self::$label, 'state' => 'validating', 'sort' => 'service', 'dir' => 'asc', 'export' => 'csv']));

        self::assertSame(200, $csv->status);
        self::assertStringStartsWith('text/csv', $csv->headers['content-type'] ?? '');
        self::assertMatchesRegularExpression('/^attachment; filename="trustocean-orders-\d{8}-\d{6}\.csv"$/', $csv->headers['content-disposition'] ?? '');
        self::assertStringStartsWith("\xEF\xBB\xBF", $csv->body);
        $rows = self::parseCsv(substr($csv->body, 3));
        self::assertSame(['Service', 'Client', 'Company', 'E-mail', 'Product', 'Domain', 'All domains', 'State', 'TrustOcean order', 'CA order', 'Expires (UTC)'], $rows[0]);
        self::assertCount(count($expected) + 1, $rows, 'every matching order, not one page');
        self::assertSame(array_column($expected, 'serviceId'), array_map('intval', array_column(array_slice($rows, 1), 0)));
        foreach (array_slice($rows, 1) as $row) {
            foreach ($row as $cell) {
                self::assertDoesNotMatchRegularExpression('/^[=+\-@\t\r]/', $cell, 'no cell opens as a formula');
            }
        }
        $byService = array_column(array_slice($rows, 1), null, 0);
        self::assertSame("'+Bulk Tester" . self::$label, $byService[(string) self::$orders[3]['serviceId']][1]);
        self::assertSame("'=HYPERLINK(\"http://attacker.example\",\"<b>x</b>\")", $byService[(string) self::$orders[3]['serviceId']][2]);
        self::assertSame("'-2+3", $byService[(string) self::$orders[3]['serviceId']][9]);
        self::assertSame("'@SUM(1)", $byService[(string) self::$orders[4]['serviceId']][9]);
        self::assertSame("'\tTab " . self::$label . ' Ltd', $byService[(string) self::$orders[4]['serviceId']][2]);
    }

    public function testAPageOfRowsIsOneQuery(): void
    {
        $orders = new OrderQuery(time());
        $filtered = $orders->filtered(OrderSearch::fromQuery(static fn (string $name): string => $name === 'client' ? self::$label : '', self::lang()));
        Capsule::connection()->flushQueryLog();
        Capsule::connection()->enableQueryLog();

        $rows = $orders->rows($filtered, OrderSort::fromQuery('service', 'asc'), 0, 25);

        $queries = Capsule::connection()->getQueryLog();
        Capsule::connection()->disableQueryLog();
        self::assertCount(25, $rows);
        self::assertCount(1, $queries, 'service, client and product are joined, not fetched per row');
        self::assertSame('Zed Quinn' . self::$label, $rows[0]->clientName);
        self::assertSame('DV SSL', $rows[0]->product);
    }

    public function testThePageSpeaksChinese(): void
    {
        $admin = self::standIn()->admin();
        $admin->get(self::PAGE . '&language=chinese');

        $page = $admin->get(self::PAGE . '&' . http_build_query(['number' => (string) self::$orders[3]['trustocean_id']]));

        self::assertSame('验证中 CA 错误', $page->value('//table[@id="orders-table"]//td[5]'));
        self::assertStringContainsString('导出为 CSV', $page->text());
        self::assertStringContainsString('共 1 个订单', $page->text());
    }

    /**
     * The fixture's order $i: every tenth state pattern, expiries spread over the next 500 days
     * (a few already past), CA errors among those in validation, extra names on every fifth.
     *
     * @return array<string, mixed>
     */
    private static function spec(int $i, int $now): array
    {
        $states = ['issued', 'issued', 'issued', 'validating', 'validating', 'awaiting_configuration', 'awaiting_submission', 'cancelled', 'expired', 'revoked'];
        $state = $states[$i % 10];
        $host = 'site' . $i . '.' . self::$label . '.example.com';
        $placed = $state !== 'awaiting_configuration';
        $validTo = match ($state) {
            'issued' => $i % 50 === 1 ? $now - self::DAY : $now + ($i + 1) * self::DAY - 3600,
            'expired', 'revoked' => $now - $i * self::DAY,
            default => null,
        };
        $vendor = match ($i) {
            3 => '-2+3',
            4 => '@SUM(1)',
            default => $placed ? 'V' . (700000 + $i) : null,
        };
        return [
            'client' => self::$clients[$i % 4 === 0 ? 1 : 0],
            'domains' => $i % 5 === 0 && $placed ? [$host, 'www.' . $host, 'api.' . $host] : ($state === 'awaiting_configuration' ? [] : [$host]),
            'state' => $state,
            'remote_status' => $state === 'validating' ? ($i % 20 === 3 ? 'enroll_apierror' : ($i % 20 === 4 ? 'check_hand' : 'enroll_caprocessing')) : null,
            'trustocean_id' => $placed ? 900000 + $i : null,
            'vendor_id' => $vendor,
            'valid_to' => $validTo,
        ];
    }

    /** Whether a fixture order belongs to a state filter, as the page is meant to decide. */
    private static function inState(array $order, string $filter): bool
    {
        $now = time();
        $endedIssued = $order['state'] === 'issued' && $order['valid_to'] !== null && $order['valid_to'] <= $now;
        return match ($filter) {
            'issued' => $order['state'] === 'issued' && !$endedIssued,
            'expired' => $order['state'] === 'expired' || $endedIssued,
            'expiring' => $order['state'] === 'issued' && !$endedIssued && $order['valid_to'] <= $now + 30 * self::DAY,
            'failed' => $order['state'] === 'validating' && in_array($order['remote_status'], ['enroll_apierror', 'check_hand'], true),
            default => $order['state'] === $filter,
        };
    }

    /**
     * The fixture's service ids sorted by a field, missing values first when ascending, ties by
     * service id in the same direction.
     *
     * @return list<int>
     */
    private static function expected(string $field, bool $descending): array
    {
        $orders = self::$orders;
        usort($orders, static function (array $a, array $b) use ($field, $descending): int {
            $order = [$a[$field] === null ? 0 : 1, $a[$field], $a['serviceId']] <=> [$b[$field] === null ? 0 : 1, $b[$field], $b['serviceId']];
            return $descending ? -$order : $order;
        });
        return array_column($orders, 'serviceId');
    }

    /** @param array<string, string> $query */
    private static function search(array $query): Page
    {
        return self::$admin->get(self::PAGE . '&' . http_build_query($query));
    }

    /** @return array<string, int> */
    private static function figures(Page $page): array
    {
        $figures = [];
        foreach (['validating', 'issued', 'expiring', 'failed'] as $figure) {
            $figures[$figure] = (int) $page->value("//a[@data-figure='{$figure}']//*[contains(@class, 'figure-count')]");
        }
        return $figures;
    }

    private static function total(Page $page): int
    {
        self::assertSame(200, $page->status, $page->text());
        return (int) preg_replace('/\D+/', '', (string) $page->value('//*[@id="orders-total"]'));
    }

    /** @return list<int> */
    private static function serviceIds(Page $page): array
    {
        $ids = [];
        for ($row = 1; $row <= $page->count('//table[@id="orders-table"]/tbody/tr[@data-service]'); $row++) {
            $ids[] = (int) $page->value("(//table[@id='orders-table']/tbody/tr[@data-service])[{$row}]/@data-service");
        }
        return $ids;
    }

    /** @return list<string> */
    private static function primaryDomains(Page $page): array
    {
        $domains = [];
        for ($row = 1; $row <= $page->count('//table[@id="orders-table"]/tbody/tr[@data-service]'); $row++) {
            $domains[] = explode(' ', (string) $page->value("(//table[@id='orders-table']/tbody/tr[@data-service])[{$row}]/td[4]"))[0];
        }
        return $domains;
    }

    /** @return list<list<string>> */
    private static function parseCsv(string $text): array
    {
        $stream = fopen('php://memory', 'r+b');
        fwrite($stream, $text);
        rewind($stream);
        $rows = [];
        while (($row = fgetcsv($stream, 0, ',', '"', '')) !== false) {
            $rows[] = $row;
        }
        fclose($stream);
        return $rows;
    }

    private static function lang(): \TrustOcean\Whmcs\Addon\AddonLang
    {
        return new \TrustOcean\Whmcs\Addon\AddonLang(require dirname(__DIR__, 4) . '/whmcs-module/modules/addons/trustoceanssl/lang/english.php');
    }
}
