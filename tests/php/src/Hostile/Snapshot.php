<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

use WHMCS\Database\Capsule;

/**
 * What a hostile input must leave as it was: the module's tables, the services and their
 * options, and the outbox (no e-mail is sent), read before and after each case; and the way back
 * to the first reading, so that a case that does change something (accepted input, or a defect)
 * does not spoil the cases after it.
 *
 * Bookkeeping is left out of the comparison: when an order was last fetched or checked, when a
 * push last arrived and the claim that keeps its log quiet, and the order's version and update
 * time, which every claim on the row (an action, a push-prompted fetch) moves even when nothing
 * is then stored. Fetching an order the API still reports
 * unchanged, or claiming and releasing it, is not storing an input.
 */
final class Snapshot
{
    /** Table => the column that identifies a row. */
    private const TABLES = [
        'mod_trustocean_orders' => 'id',
        'mod_trustocean_settings' => 'name',
        'mod_trustocean_reminders' => 'id',
        'tblhosting' => 'id',
        'tblhostingconfigoptions' => 'id',
        'tblemails' => 'id',
    ];

    /**
     * Columns that record reads and claims, not inputs: a fetch that finds nothing new still
     * stamps the row; anything it did store shows in the other columns.
     */
    private const READ_COLUMNS = ['mod_trustocean_orders' => ['synced_at', 'checked_at', 'version', 'updated_at']];

    /** Settings that record arrivals, not inputs: the push receiver's last push and log claim. */
    private const READ_SETTINGS = '/^push\.(last_received_at|last_event|log_quiet)$/';

    /** @param array<string, array<string, array<string, mixed>>> $tables table => key => row */
    private function __construct(private readonly array $tables)
    {
    }

    public static function take(): self
    {
        $tables = [];
        foreach (self::TABLES as $table => $key) {
            if (!Capsule::schema()->hasTable($table)) {
                continue;
            }
            $rows = [];
            foreach (Capsule::table($table)->get() as $row) {
                $row = (array) $row;
                $rows[(string) ($row[$key] ?? json_encode($row))] = $row;
            }
            $tables[$table] = $rows;
        }
        return new self($tables);
    }

    /**
     * What differs in $after, as readable lines; [] when nothing that counts changed.
     *
     * @return list<string>
     */
    public function changesIn(self $after): array
    {
        $changes = [];
        foreach ($this->tables as $table => $before) {
            $now = $after->tables[$table] ?? [];
            foreach (array_diff_key($now, $before) as $key => $row) {
                if (!self::isRead($table, (string) $key)) {
                    $changes[] = "{$table} {$key} added: " . self::show($row);
                }
            }
            foreach (array_diff_key($before, $now) as $key => $row) {
                $changes[] = "{$table} {$key} removed";
            }
            foreach (array_intersect_key($now, $before) as $key => $row) {
                if (self::isRead($table, (string) $key)) {
                    continue;
                }
                foreach ($row as $column => $value) {
                    if (in_array($column, self::READ_COLUMNS[$table] ?? [], true)) {
                        continue;
                    }
                    if ((string) ($before[$key][$column] ?? '') !== (string) ($value ?? '')) {
                        $changes[] = "{$table} {$key} {$column}: " . self::show($before[$key][$column] ?? null) . ' -> ' . self::show($value);
                    }
                }
            }
        }
        return $changes;
    }

    /** The rows of a table as they were (the orders by service id, say). */
    public function row(string $table, string $column, mixed $value): ?array
    {
        foreach ($this->tables[$table] ?? [] as $row) {
            if ((string) ($row[$column] ?? '') === (string) $value) {
                return $row;
            }
        }
        return null;
    }

    /** Puts every table back as this snapshot saw it. */
    public function restore(): void
    {
        $now = self::take();
        foreach ($this->tables as $table => $before) {
            $key = self::TABLES[$table];
            $current = $now->tables[$table] ?? [];
            foreach (array_diff_key($current, $before) as $id => $row) {
                Capsule::table($table)->where($key, $row[$key])->delete();
            }
            foreach (array_diff_key($before, $current) as $row) {
                Capsule::table($table)->insert($row);
            }
            foreach (array_intersect_key($before, $current) as $id => $row) {
                if ($row != $current[$id]) {
                    Capsule::table($table)->where($key, $row[$key])->update($row);
                }
            }
        }
    }

    private static function isRead(string $table, string $key): bool
    {
        return $table === 'mod_trustocean_settings' && preg_match(self::READ_SETTINGS, $key) === 1;
    }

    /** A value for a failure message, short, without any private key in it. */
    private static function show(mixed $value): string
    {
        $text = is_array($value) ? (string) json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) : var_export($value, true);
        $text = (string) preg_replace('/-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?(-----END \\1PRIVATE KEY-----|$)/s', '[a private key]', $text);
        return mb_strlen($text) > 200 ? mb_substr($text, 0, 200) . '…' : $text;
    }
}
