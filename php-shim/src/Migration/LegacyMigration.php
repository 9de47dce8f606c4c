<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Migration;

use Throwable;
use TrustOcean\Whmcs\Config\ServiceParameters;
use TrustOcean\Whmcs\Order\OrderRepository;
use TrustOcean\Whmcs\Product\ProductSettings;
use TrustOcean\Workflow;
use WHMCS\Database\Capsule;

/**
 * Carries the orders of the original TrustOcean module (`tbltrustocean_certificate`) over into
 * this module's table. `plan()` is the dry run: what each row would become, changing nothing;
 * `apply()` stores them. Each row is converted by the extension (TrustOcean\Workflow::
 * fromLegacy); a server-generated key the original kept in clear is stored encrypted; a
 * service that already has an order here is left alone, so running it twice is harmless. Of
 * the original table only the clear key of a migrated row is changed: it is emptied once the
 * key is stored encrypted here, so no copy of it stays in the clear.
 */
final class LegacyMigration
{
    public const LEGACY_TABLE = 'tbltrustocean_certificate';

    public function __construct(private readonly OrderRepository $orders = new OrderRepository())
    {
    }

    /** Whether the original module's table is there. */
    public function hasLegacyTable(): bool
    {
        return Capsule::schema()->hasTable(self::LEGACY_TABLE);
    }

    /** @return list<LegacyRowResult> what apply() would do, row by row; nothing changes */
    public function plan(int $now): array
    {
        return $this->each($now, false);
    }

    /** @return list<LegacyRowResult> what was done, row by row */
    public function apply(int $now): array
    {
        return $this->each($now, true);
    }

    /** @return list<LegacyRowResult> */
    private function each(int $now, bool $store): array
    {
        if (!$this->hasLegacyTable()) {
            return [];
        }
        $results = [];
        foreach (Capsule::table(self::LEGACY_TABLE)->orderBy('id')->get() as $row) {
            $results[] = $this->one((array) $row, $now, $store);
        }
        return $results;
    }

    /** @param array<string, mixed> $row */
    private function one(array $row, int $now, bool $store): LegacyRowResult
    {
        $serviceId = (int) ($row['serviceid'] ?? 0);
        $status = (string) ($row['status'] ?? '');
        if ($this->orders->find($serviceId) !== null) {
            return new LegacyRowResult($serviceId, $status, LegacyRowResult::ALREADY);
        }

        try {
            $product = ProductSettings::fromParams(ServiceParameters::forService($serviceId));
            $converted = Workflow::fromLegacy($row, $product->toWorkflow(), $now);
        } catch (Throwable $error) {
            return new LegacyRowResult($serviceId, $status, LegacyRowResult::FAILED, problem: $error->getMessage());
        }

        $order = $converted['order'];
        $key = $converted['privateKey'] ?? null;
        $warnings = array_map(static fn (array $finding): string => (string) $finding['code'], $converted['warnings']);
        if (!$store) {
            return new LegacyRowResult($serviceId, $status, LegacyRowResult::MIGRATE, (string) $order['state'], $key !== null, $warnings);
        }

        // A request that created the service's record meanwhile wins; its order is the current one.
        if (!$this->orders->insert($order, $key)) {
            return new LegacyRowResult($serviceId, $status, LegacyRowResult::ALREADY);
        }
        $this->orders->syncServiceDomain($serviceId, $order);
        if ($key !== null) {
            Capsule::table(self::LEGACY_TABLE)->where('serviceid', $serviceId)->update(['key_code' => '']);
        }
        return new LegacyRowResult($serviceId, $status, LegacyRowResult::MIGRATED, (string) $order['state'], $key !== null, $warnings);
    }
}
