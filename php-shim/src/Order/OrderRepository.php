<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use Illuminate\Database\QueryException;
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
     * Stores the record of a service that has none yet (version 0); $newPrivateKey is a key the
     * server has just generated for it. False when a concurrent request stored one first.
     *
     * @param array<string, mixed> $record
     */
    public function insert(array $record, #[\SensitiveParameter] ?string $newPrivateKey = null): bool
    {
        $row = $this->rowWithKey($record, $newPrivateKey);
        $row['version'] = 0;
        try {
            return Capsule::table(self::TABLE)->insert($row);
        } catch (QueryException $duplicate) {
            if ($this->find((int) $row['service_id']) !== null) {
                return false;
            }
            throw $duplicate;
        }
    }

    /**
     * Stores a record over the version it was read at, and counts the version up; false, and
     * nothing stored, when another request changed the order since (compare-and-set).
     * $newPrivateKey is a key the server has just generated for it.
     *
     * @param array<string, mixed> $record
     */
    public function saveOver(array $record, int $readVersion, #[\SensitiveParameter] ?string $newPrivateKey = null): bool
    {
        $row = $this->rowWithKey($record, $newPrivateKey);
        $row['version'] = $readVersion + 1;
        return Capsule::table(self::TABLE)
            ->where('service_id', $row['service_id'])
            ->where('version', $readVersion)
            ->update($row) === 1;
    }

    /**
     * Records $action as pending on the order before its call to TrustOcean, over the version
     * read: the claimed record, or null when another request changed or claimed the order first.
     *
     * @param array<string, mixed> $record
     *
     * @return array<string, mixed>|null
     */
    public function claim(array $record, string $action, int $now): ?array
    {
        $version = (int) ($record['version'] ?? 0);
        $claimed = Capsule::table(self::TABLE)
            ->where('service_id', (int) $record['service_id'])
            ->where('version', $version)
            ->whereNull('pending')
            ->update(['pending' => $action, 'pending_since' => $now, 'version' => $version + 1]) === 1;
        if (!$claimed) {
            return null;
        }
        return ['pending' => $action, 'pending_since' => $now, 'version' => $version + 1] + $record;
    }

    /**
     * Clears a claim whose call certainly changed nothing at TrustOcean (it refused, or the input
     * never left), so the order is as it was.
     *
     * @param array<string, mixed> $claimed
     */
    public function release(array $claimed): void
    {
        $version = (int) $claimed['version'];
        Capsule::table(self::TABLE)
            ->where('service_id', (int) $claimed['service_id'])
            ->where('version', $version)
            ->update(['pending' => null, 'pending_since' => null, 'version' => $version + 1]);
    }

    /**
     * Services whose pending action started before $startedBefore: requests that crashed or
     * lost their answer, for the cron to settle.
     *
     * @return list<int>
     */
    public function stalePending(int $startedBefore, int $limit): array
    {
        return array_map('intval', Capsule::table(self::TABLE)
            ->whereNotNull('pending')
            ->where('pending_since', '<', $startedBefore)
            ->orderBy('pending_since')
            ->limit($limit)
            ->pluck('service_id')
            ->all());
    }

    /**
     * @param array<string, mixed> $record
     *
     * @return array<string, scalar|null>
     */
    private function rowWithKey(array $record, #[\SensitiveParameter] ?string $newPrivateKey): array
    {
        $row = $this->mapper->toRow($record);
        if ($newPrivateKey !== null) {
            $row['private_key'] = encrypt($newPrivateKey);
        } elseif (!self::keyStillNeeded($record)) {
            $row['private_key'] = null;
        }
        return $row;
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
            // An interrupted action is settled first (settleInterrupted), never synced over.
            ->whereNull('o.pending')
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
     * The service whose order was placed under $uniqueId but whose number was lost (state
     * unconfirmed), if any.
     */
    public function unconfirmedServiceFor(string $uniqueId): ?int
    {
        $serviceId = Capsule::table(self::TABLE)
            ->where('unique_id', $uniqueId)
            ->where('state', 'unconfirmed')
            ->value('service_id');
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
