<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use WHMCS\Database\Capsule;

/**
 * Order records in mod_trustocean_orders, one per WHMCS service.
 *
 * A private key the server generated is stored only encrypted with WHMCS's encrypt(), in its own
 * column, and is never part of a record: code that needs it asks privateKey() explicitly.
 */
final class OrderRepository
{
    public const TABLE = 'mod_trustocean_orders';

    private OrderRowMapper $mapper;

    public function __construct(?OrderRowMapper $mapper = null)
    {
        $this->mapper = $mapper ?? new OrderRowMapper();
    }

    /** @return array<string, mixed>|null */
    public function find(int $serviceId): ?array
    {
        $row = Capsule::table(self::TABLE)->where('service_id', $serviceId)->first();
        return $row === null ? null : $this->mapper->toRecord($row);
    }

    /**
     * Stores a record; $newPrivateKey is a key the server has just generated for it.
     *
     * @param array<string, mixed> $record
     */
    public function save(array $record, #[\SensitiveParameter] ?string $newPrivateKey = null): void
    {
        $row = $this->mapper->toRow($record);
        if ($newPrivateKey !== null) {
            $row['private_key'] = encrypt($newPrivateKey);
        } elseif (!self::keyStillNeeded($record)) {
            $row['private_key'] = null;
        }
        Capsule::table(self::TABLE)->updateOrInsert(['service_id' => $row['service_id']], $row);
    }

    /**
     * The orders still in flight (validating, or with a refund pending) that have not been
     * synced since $syncedBefore, never-synced first, with the WHMCS server of their service.
     *
     * @return list<array{order: array<string, mixed>, server: int}>
     */
    public function dueForSync(int $syncedBefore, int $limit): array
    {
        $rows = Capsule::table(self::TABLE . ' as o')
            ->join('tblhosting as h', 'h.id', '=', 'o.service_id')
            ->whereNotNull('o.trustocean_id')
            ->where(static function ($query): void {
                $query->where('o.state', 'validating')->orWhere('o.refund_status', 'processing');
            })
            ->where(static function ($query) use ($syncedBefore): void {
                $query->whereNull('o.synced_at')->orWhere('o.synced_at', '<=', $syncedBefore);
            })
            ->orderByRaw('CASE WHEN o.synced_at IS NULL THEN 0 ELSE 1 END')
            ->orderBy('o.synced_at')
            ->orderBy('o.service_id')
            ->limit($limit)
            ->select('o.*', 'h.server as whmcs_server')
            ->get();
        return $this->withServers($rows);
    }

    /**
     * The orders holding a certificate that ends before $endsBefore (issued or already expired).
     *
     * @return list<array<string, mixed>>
     */
    public function endingBefore(int $endsBefore): array
    {
        $rows = Capsule::table(self::TABLE)
            ->whereIn('state', ['issued', 'expired'])
            ->whereNotNull('certificate')
            ->whereNotNull('valid_to')
            ->where('valid_to', '<', $endsBefore)
            ->orderBy('valid_to')
            ->get();
        return array_map(fn (object $row): array => $this->mapper->toRecord($row), $rows->all());
    }

    /**
     * Stores a record only if nobody changed the stored one since it was read (its
     * `updated_at` is still $readUpdatedAt); returns whether it was stored. Work that ran long
     * (the cron) uses it so a customer's action in the meantime is never overwritten.
     *
     * @param array<string, mixed> $record
     */
    public function saveIfUnchanged(array $record, int $readUpdatedAt): bool
    {
        $row = $this->mapper->toRow($record);
        if (!self::keyStillNeeded($record)) {
            $row['private_key'] = null;
        }
        return Capsule::table(self::TABLE)
            ->where('service_id', $row['service_id'])
            ->where('updated_at', $readUpdatedAt)
            ->update($row) === 1;
    }

    /**
     * Keeps the service's domain in WHMCS (lists, search, invoices) equal to the certificate's
     * primary name.
     *
     * @param array<string, mixed> $record
     */
    public function syncServiceDomain(int $serviceId, array $record): void
    {
        $primary = $record['domains'][0] ?? null;
        if (is_string($primary) && $primary !== '') {
            Capsule::table('tblhosting')->where('id', $serviceId)->where('domain', '!=', $primary)->update(['domain' => $primary]);
        }
    }

    /** Records that the order was synced, and nothing else. */
    public function markSynced(int $serviceId, int $now): void
    {
        Capsule::table(self::TABLE)->where('service_id', $serviceId)->update(['synced_at' => $now]);
    }

    /** The service whose current order TrustOcean knows by $trustoceanId, if any. */
    public function serviceIdFor(int $trustoceanId): ?int
    {
        $serviceId = Capsule::table(self::TABLE)->where('trustocean_id', $trustoceanId)->value('service_id');
        return $serviceId === null ? null : (int) $serviceId;
    }

    /**
     * Claims a push-prompted sync: sets synced_at to $now only if it still holds $observed (what
     * the caller read), in one statement. Of concurrent requests exactly one wins; the others
     * leave the API alone.
     */
    public function claimSync(int $serviceId, ?int $observed, int $now): bool
    {
        $query = Capsule::table(self::TABLE)->where('service_id', $serviceId);
        if ($observed === null) {
            $query->whereNull('synced_at');
        } else {
            $query->where('synced_at', $observed);
        }
        return $query->update(['synced_at' => $now]) === 1;
    }

    /** The decrypted server-generated key of a service, if one is stored. */
    public function privateKey(int $serviceId): ?string
    {
        $encrypted = Capsule::table(self::TABLE)->where('service_id', $serviceId)->value('private_key');
        if (!is_string($encrypted) || $encrypted === '') {
            return null;
        }
        $key = decrypt($encrypted);
        return is_string($key) && $key !== '' ? $key : null;
    }

    /**
     * @param iterable<object> $rows rows with a `whmcs_server` column
     *
     * @return list<array{order: array<string, mixed>, server: int}>
     */
    private function withServers(iterable $rows): array
    {
        $due = [];
        foreach ($rows as $row) {
            $server = (int) $row->whmcs_server;
            unset($row->whmcs_server);
            $due[] = ['order' => $this->mapper->toRecord($row), 'server' => $server];
        }
        return $due;
    }

    /**
     * Whether a stored server key may still belong to the record's certificate: while the key is
     * the order's, or during a reissue with a customer key, when the certificate still shown is
     * the one issued for the server key. Otherwise it is dropped, so no stale key lingers.
     *
     * @param array<string, mixed> $record
     */
    private static function keyStillNeeded(array $record): bool
    {
        return ($record['key_source'] ?? null) === 'server'
            || (!empty($record['reissuing']) && !empty($record['certificate']));
    }
}
