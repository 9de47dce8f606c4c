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
