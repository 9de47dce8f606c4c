<?php

declare(strict_types=1);

namespace WhmcsStandIn\Database;

use InvalidArgumentException;

/**
 * Turns the WHMCS_DB value into an Illuminate connection configuration.
 *
 * Accepted forms:
 *   sqlite:/absolute/path/whmcs.sqlite
 *   mysql://user:password@127.0.0.1:3306/database
 *   mysql://user@localhost/database?unix_socket=/run/mysqld/mysqld.sock
 * User names and passwords are URL-decoded, so special characters can be percent-encoded.
 */
final class DatabaseUrl
{
    /** @return array<string, mixed> */
    public static function toConnectionConfig(string $url): array
    {
        if (str_starts_with($url, 'sqlite:')) {
            $path = substr($url, strlen('sqlite:'));
            if (!str_starts_with($path, '/')) {
                throw new InvalidArgumentException('WHMCS_DB: the SQLite path must be absolute (sqlite:/path/file.sqlite)');
            }
            return ['driver' => 'sqlite', 'database' => $path, 'prefix' => '', 'foreign_key_constraints' => false];
        }

        $parts = parse_url($url);
        if ($parts === false || ($parts['scheme'] ?? '') !== 'mysql' || !isset($parts['host'], $parts['path'])) {
            throw new InvalidArgumentException(
                'WHMCS_DB must be sqlite:/abs/file.sqlite or mysql://user:pass@host:port/database'
            );
        }
        parse_str($parts['query'] ?? '', $query);
        $config = [
            'driver' => 'mysql',
            'host' => $parts['host'],
            'port' => (int) ($parts['port'] ?? 3306),
            'database' => ltrim(rawurldecode($parts['path']), '/'),
            'username' => rawurldecode($parts['user'] ?? ''),
            'password' => rawurldecode($parts['pass'] ?? ''),
            // WHMCS 8 installs its tables as utf8mb4.
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'prefix' => '',
            'strict' => false,
        ];
        if (is_string($query['unix_socket'] ?? null) && $query['unix_socket'] !== '') {
            $config['unix_socket'] = $query['unix_socket'];
        }
        if ($config['database'] === '') {
            throw new InvalidArgumentException('WHMCS_DB: the MySQL URL names no database');
        }
        return $config;
    }

    /** The same URL with another database name (tests use one database per test class). */
    public static function withDatabase(string $url, string $database): string
    {
        if (str_starts_with($url, 'sqlite:')) {
            throw new InvalidArgumentException('withDatabase() applies to mysql:// URLs only');
        }
        $parts = parse_url($url);
        if ($parts === false || !isset($parts['path'])) {
            throw new InvalidArgumentException('WHMCS_DB is not a valid mysql:// URL');
        }
        $path = '/' . rawurlencode($database);
        $position = strpos($url, $parts['path'], strlen('mysql://'));
        return substr($url, 0, (int) $position) . $path . substr($url, (int) $position + strlen($parts['path']));
    }
}
