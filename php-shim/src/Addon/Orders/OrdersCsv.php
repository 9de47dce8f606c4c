<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

use Illuminate\Database\Query\Builder;
use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\Download;

/**
 * The whole filtered order list as a CSV file (UTF-8 with a byte order mark, so spreadsheets
 * read Chinese names right), streamed row by row.
 *
 * Names, companies and order numbers come from customers and the CA: a cell that a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, so it opens as text.
 */
final class OrdersCsv implements Download
{
    private const FORMULA_STARTS = ['=', '+', '-', '@', "\t", "\r"];

    public function __construct(
        private readonly OrderQuery $orders,
        private readonly Builder $filtered,
        private readonly OrderSort $sort,
        private readonly AddonLang $lang,
        private readonly int $now
    ) {
    }

    public function send(): never
    {
        // WHMCS buffers the admin page; nothing of it may precede the file.
        while (ob_get_level() > 0) {
            ob_end_clean();
        }
        header('Content-Type: text/csv; charset=utf-8');
        header('Content-Disposition: attachment; filename="trustocean-orders-' . gmdate('Ymd-His', $this->now) . '.csv"');
        header('Cache-Control: no-store, private');
        header('X-Content-Type-Options: nosniff');

        $output = fopen('php://output', 'wb');
        fwrite($output, "\xEF\xBB\xBF");
        self::write($output, $this->headings());

        $states = new StateLabels($this->lang);
        $this->orders->each($this->filtered, $this->sort, static function (OrderListRow $row) use ($output, $states): void {
            self::write($output, self::cells($row, $states));
        });

        fclose($output);
        exit;
    }

    /** A cell as a spreadsheet must open it: never as a formula. */
    public static function cell(string $value): string
    {
        return $value !== '' && in_array($value[0], self::FORMULA_STARTS, true) ? "'" . $value : $value;
    }

    /** @return list<string> */
    private function headings(): array
    {
        return [
            $this->lang->get('orders.column.service'),
            $this->lang->get('orders.column.client'),
            $this->lang->get('orders.csv.company'),
            $this->lang->get('orders.csv.email'),
            $this->lang->get('orders.column.product'),
            $this->lang->get('orders.column.domain'),
            $this->lang->get('orders.csv.domains'),
            $this->lang->get('orders.column.state'),
            $this->lang->get('orders.column.order'),
            $this->lang->get('orders.column.vendor'),
            $this->lang->get('orders.csv.expires'),
        ];
    }

    /** @return list<string> */
    private static function cells(OrderListRow $row, StateLabels $states): array
    {
        return [
            (string) $row->serviceId,
            $row->clientName,
            $row->company,
            $row->email,
            $row->product,
            $row->primaryDomain(),
            implode(' ', $row->domains),
            $states->label($row->state),
            $row->trustoceanId === null ? '' : (string) $row->trustoceanId,
            $row->vendorId,
            $row->validTo === null ? '' : gmdate('Y-m-d H:i:s', $row->validTo),
        ];
    }

    /**
     * @param resource     $output
     * @param list<string> $cells
     */
    private static function write($output, array $cells): void
    {
        fputcsv($output, array_map(self::cell(...), $cells), ',', '"', '', "\r\n");
    }
}
