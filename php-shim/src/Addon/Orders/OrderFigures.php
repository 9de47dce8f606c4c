<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

use TrustOcean\Whmcs\Order\OrderRepository;
use WHMCS\Database\Capsule;

/**
 * The figures above the reseller's order list, counted in one query over every order: in
 * validation, issued (and not past its end), expiring within OrderStates::EXPIRING_DAYS, and
 * failed (in validation, held by the CA with an error status). Each matches the list filtered
 * by the same state (OrderQuery::whereState), which its link opens.
 */
final class OrderFigures
{
    /** @param array<string, int> $counts state filter => orders */
    private function __construct(private readonly array $counts)
    {
    }

    public static function count(int $now): self
    {
        $errors = "'" . implode("', '", OrderStates::CA_ERROR_STATUSES) . "'";
        $row = Capsule::table(OrderRepository::TABLE)->selectRaw(
            "SUM(CASE WHEN state = 'validating' THEN 1 ELSE 0 END) AS validating, "
            . "SUM(CASE WHEN state = 'issued' AND (valid_to IS NULL OR valid_to > ?) THEN 1 ELSE 0 END) AS issued, "
            . "SUM(CASE WHEN state = 'issued' AND valid_to > ? AND valid_to <= ? THEN 1 ELSE 0 END) AS expiring, "
            . "SUM(CASE WHEN state = 'validating' AND remote_status IN ({$errors}) THEN 1 ELSE 0 END) AS failed",
            [$now, $now, $now + OrderStates::EXPIRING_DAYS * 86400]
        )->first();

        return new self([
            'validating' => (int) ($row->validating ?? 0),
            'issued' => (int) ($row->issued ?? 0),
            OrderStates::EXPIRING => (int) ($row->expiring ?? 0),
            OrderStates::FAILED => (int) ($row->failed ?? 0),
        ]);
    }

    /** @return array<string, int> state filter => orders, in the order they are shown */
    public function all(): array
    {
        return $this->counts;
    }
}
