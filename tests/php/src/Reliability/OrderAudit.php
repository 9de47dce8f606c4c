<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

/**
 * The campaign's three figures, from the sandbox's orders against the module's records:
 *
 * - lost: an order the sandbox placed for a service that the service does not hold, and does
 *   not know of either (awaiting confirmation of its number, or its submission being settled);
 * - duplicate: every order of a service beyond its first;
 * - stuck: once everything has settled, a record that disagrees with the order TrustOcean holds
 *   (state, refund), holds an order TrustOcean does not have, or is still pending or
 *   unconfirmed.
 *
 * Drift (the unique id or the names of a held order differ from TrustOcean's) is reported
 * besides; it is not a state, but it is what the customer sees.
 */
final class OrderAudit
{
    /** The module state each remote status leads to. */
    private const EXPECTED_STATE = [
        'enroll_caprocessing' => 'validating',
        'issued_active' => 'issued',
        'revoked' => 'revoked',
        'cancelled' => 'cancelled',
        'expired' => 'expired',
    ];

    /** @var list<string> */
    public array $lost = [];

    /** @var list<string> */
    public array $duplicate = [];

    /** @var list<string> */
    public array $stuck = [];

    /** @var list<string> */
    public array $drift = [];

    /**
     * @param array<string, CampaignService>                 $byLabel
     * @param array<int, array<string, mixed>>               $rows    the module's rows by service id
     * @param array<int, array<string, mixed>>               $orders  SandboxBook::orders()
     * @param bool                                           $settled whether every action has settled (the final audit)
     * @param (callable(int): array<string, mixed>)|null     $details getSSLDetails of an order, for drift (final audit only)
     */
    public static function of(array $byLabel, array $rows, array $orders, bool $settled, ?callable $details = null): self
    {
        $audit = new self();
        $placed = [];
        foreach ($orders as $order) {
            $service = $byLabel[$order['label']] ?? null;
            if ($service === null) {
                $audit->lost[] = "order {$order['trustocean_id']} (unique id {$order['unique_id']}) has names of no campaign service";
                continue;
            }
            $placed[$service->serviceId][] = $order;
        }
        foreach ($byLabel as $service) {
            $row = $rows[$service->serviceId] ?? null;
            if ($row === null) {
                continue;
            }
            $mine = $placed[$service->serviceId] ?? [];
            foreach (array_slice($mine, 1) as $extra) {
                $audit->duplicate[] = "service {$service->serviceId}: order {$extra['trustocean_id']} besides order {$mine[0]['trustocean_id']}";
            }
            foreach ($mine as $order) {
                if (!self::accountedFor($row, $order)) {
                    $audit->lost[] = "service {$service->serviceId} ({$row['state']}, pending " . var_export($row['pending'], true)
                        . ", unique id {$row['unique_id']}) does not hold order {$order['trustocean_id']} (unique id {$order['unique_id']})";
                }
            }
            if ($settled) {
                $audit->checkSettled($service, $row, $orders, $details);
            }
        }
        return $audit;
    }

    /**
     * Whether a settled record agrees with the order TrustOcean holds for it: its state and,
     * with $refund, its refund (nothing to compare before the number is known).
     *
     * @param array<string, mixed>             $row
     * @param array<int, array<string, mixed>> $orders
     */
    public static function disagreement(array $row, array $orders, bool $refund = true): ?string
    {
        $id = $row['trustocean_id'] === null ? null : (int) $row['trustocean_id'];
        if ($id === null) {
            return in_array($row['state'], ['awaiting_configuration', 'awaiting_submission', 'unconfirmed'], true)
                ? null
                : "{$row['state']} without an order number";
        }
        $order = $orders[$id] ?? null;
        if ($order === null) {
            return "holds order {$id}, which TrustOcean does not have";
        }
        $expected = self::EXPECTED_STATE[$order['cert_status']] ?? null;
        if ($expected !== $row['state']) {
            return "{$row['state']}, but TrustOcean's order {$id} is {$order['cert_status']}";
        }
        if ($refund && $order['refund_status'] !== $row['refund_status']) {
            return 'refund ' . var_export($row['refund_status'], true) . ", but TrustOcean's order {$id} has refund "
                . var_export($order['refund_status'], true);
        }
        return null;
    }

    /** @return array{lost: int, duplicate: int, stuck: int, drift: int} */
    public function counts(): array
    {
        return ['lost' => count($this->lost), 'duplicate' => count($this->duplicate), 'stuck' => count($this->stuck), 'drift' => count($this->drift)];
    }

    /**
     * Whether a record accounts for an order: it holds it, or the order was placed under its
     * unique id and the record knows it (awaiting confirmation of the number, or the submission
     * that placed it still to be settled; either is stuck if it stays so).
     *
     * @param array<string, mixed> $row
     * @param array<string, mixed> $order
     */
    private static function accountedFor(array $row, array $order): bool
    {
        if ($row['trustocean_id'] !== null && (int) $row['trustocean_id'] === $order['trustocean_id']) {
            return true;
        }
        return (string) $row['unique_id'] === $order['unique_id']
            && ($row['state'] === 'unconfirmed' || $row['pending'] === 'submit');
    }

    /**
     * @param array<string, mixed>             $row
     * @param array<int, array<string, mixed>> $orders
     */
    private function checkSettled(CampaignService $service, array $row, array $orders, ?callable $details): void
    {
        $prefix = "service {$service->serviceId} ({$service->product})";
        if ($row['pending'] !== null) {
            $this->stuck[] = "{$prefix}: {$row['pending']} still pending";
            return;
        }
        if ($row['state'] === 'unconfirmed') {
            $this->stuck[] = "{$prefix}: still unconfirmed";
            return;
        }
        $disagreement = self::disagreement($row, $orders);
        if ($disagreement !== null) {
            $this->stuck[] = "{$prefix}: {$disagreement}";
            return;
        }
        if ($details === null || $row['trustocean_id'] === null) {
            return;
        }
        $id = (int) $row['trustocean_id'];
        if ((string) $row['unique_id'] !== $orders[$id]['unique_id']) {
            $this->drift[] = "{$prefix}: unique id {$row['unique_id']}, TrustOcean's order {$id} has {$orders[$id]['unique_id']}";
        }
        $remote = array_map('strval', (array) ($details($id)['domains'] ?? []));
        $local = array_map('strval', (array) json_decode((string) $row['domains'], true));
        sort($remote);
        sort($local);
        if ($remote !== $local) {
            $this->drift[] = "{$prefix}: names " . implode(',', $local) . "; TrustOcean's order {$id} has " . implode(',', $remote);
        }
    }
}
