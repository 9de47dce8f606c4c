<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use UnexpectedValueException;

/**
 * Converts an order record (the array the workflow takes and returns) to a database row and back.
 *
 * Database drivers return numbers and booleans as strings or ints depending on the driver, so
 * every column is cast explicitly; lists and maps travel as JSON text.
 */
final class OrderRowMapper
{
    private const INTEGERS = ['service_id', 'domain_quota', 'created_at', 'updated_at', 'version'];
    private const NULLABLE_INTEGERS = ['trustocean_id', 'valid_from', 'valid_to', 'dcv_retried_at', 'checked_at', 'synced_at', 'pending_since'];
    private const BOOLEANS = ['suspended', 'renew', 'reissuing'];
    private const NULLABLE_STRINGS = [
        'remote_status', 'unique_id', 'vendor_id', 'certificate_id', 'csr', 'key_source',
        'contact_email', 'certificate', 'chain', 'serial', 'refund_status', 'pending',
    ];
    /** JSON columns that always hold a list or a map. */
    private const JSON = ['domains', 'dcv'];
    /** JSON columns that may be null. */
    private const NULLABLE_JSON = ['organization', 'previous'];

    /**
     * The row for a record. A field the table has no column for is a contract break between this
     * module and the extension, so it fails loudly instead of being dropped.
     *
     * @param array<string, mixed> $record
     *
     * @return array<string, scalar|null>
     */
    public function toRow(array $record): array
    {
        $unknown = array_diff(array_keys($record), self::columns());
        if ($unknown !== []) {
            throw new UnexpectedValueException('order record has fields without a column: ' . implode(', ', $unknown));
        }

        $row = ['state' => (string) ($record['state'] ?? '')];
        foreach (self::INTEGERS as $field) {
            $row[$field] = (int) ($record[$field] ?? 0);
        }
        foreach (self::NULLABLE_INTEGERS as $field) {
            $row[$field] = isset($record[$field]) ? (int) $record[$field] : null;
        }
        foreach (self::BOOLEANS as $field) {
            $row[$field] = !empty($record[$field]);
        }
        foreach (self::NULLABLE_STRINGS as $field) {
            $row[$field] = isset($record[$field]) ? (string) $record[$field] : null;
        }
        foreach (self::JSON as $field) {
            $row[$field] = self::encode($record[$field] ?? [], $field === 'dcv');
        }
        foreach (self::NULLABLE_JSON as $field) {
            $row[$field] = isset($record[$field]) ? self::encode($record[$field], true) : null;
        }
        return $row;
    }

    /**
     * The record a row holds (the private key column is never part of it).
     *
     * @return array<string, mixed>
     */
    public function toRecord(object $row): array
    {
        $record = ['state' => (string) $row->state];
        foreach (self::INTEGERS as $field) {
            $record[$field] = (int) $row->{$field};
        }
        foreach (self::NULLABLE_INTEGERS as $field) {
            $record[$field] = $row->{$field} === null ? null : (int) $row->{$field};
        }
        foreach (self::BOOLEANS as $field) {
            $record[$field] = (bool) (int) $row->{$field};
        }
        foreach (self::NULLABLE_STRINGS as $field) {
            $record[$field] = $row->{$field} === null ? null : (string) $row->{$field};
        }
        foreach (self::JSON as $field) {
            $record[$field] = self::decode((string) $row->{$field}) ?? [];
        }
        foreach (self::NULLABLE_JSON as $field) {
            $record[$field] = $row->{$field} === null ? null : self::decode((string) $row->{$field});
        }
        return $record;
    }

    /** @return list<string> every record field */
    public static function columns(): array
    {
        return array_merge(
            ['state'],
            self::INTEGERS,
            self::NULLABLE_INTEGERS,
            self::BOOLEANS,
            self::NULLABLE_STRINGS,
            self::JSON,
            self::NULLABLE_JSON
        );
    }

    /** @param mixed $value */
    private static function encode($value, bool $isMap): string
    {
        // An empty map must stay a JSON object, or it would come back as a list.
        if ($isMap && $value === []) {
            return '{}';
        }
        return json_encode($value, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    }

    /** @return array<mixed>|null */
    private static function decode(string $json): ?array
    {
        $value = json_decode($json, true);
        return is_array($value) ? $value : null;
    }
}
