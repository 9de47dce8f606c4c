<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Data;

use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\Html;
use TrustOcean\Whmcs\Migration\LegacyRowResult;

/**
 * The rows of a migration (planned or done): service, the original's status, the state it
 * becomes, whether a key moves, what did not carry over, and why a row cannot move.
 */
final class MigrationTable
{
    public function __construct(private readonly AddonLang $lang)
    {
    }

    /** @param list<LegacyRowResult> $rows */
    public function render(array $rows): string
    {
        if ($rows === []) {
            return '<p>' . $this->e('data.no_rows') . '</p>';
        }
        $html = '<table class="table table-sm" id="trustocean-migration"><thead><tr>';
        foreach (['service', 'legacy_status', 'outcome', 'state', 'key', 'notes'] as $column) {
            $html .= '<th>' . $this->e('data.column.' . $column) . '</th>';
        }
        $html .= '</tr></thead><tbody>';
        foreach ($rows as $row) {
            $notes = $row->problem ?? implode(', ', $row->warnings);
            $html .= '<tr data-service="' . $row->serviceId . '"><td>#' . $row->serviceId . '</td>'
                . '<td>' . Html::escape($row->legacyStatus) . '</td>'
                . '<td class="outcome">' . $this->e('data.outcome.' . $row->outcome) . '</td>'
                . '<td>' . Html::escape((string) $row->state) . '</td>'
                . '<td>' . $this->e($row->withServerKey ? 'data.key.encrypted' : 'data.key.none') . '</td>'
                . '<td>' . Html::escape($notes) . '</td></tr>';
        }
        return $html . '</tbody></table>';
    }

    private function e(string $key): string
    {
        return Html::escape($this->lang->get($key));
    }
}
