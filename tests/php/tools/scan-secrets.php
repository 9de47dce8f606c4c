<?php

/**
 * Greps everything a test run left behind for secrets: the stand-in's databases (module log,
 * activity log, sent e-mails, settings, orders), the web servers' logs (PHP errors and what a
 * killed process printed), the sandbox's log and PHPUnit's output.
 *
 * Usage: php scan-secrets.php <artifacts directory>
 *
 * A secret is the API token of the test account, or the material of any PEM private key (a
 * customer's or the push key) in the clear: stored keys are encrypted with WHMCS's encrypt(), so no stored value
 * may hold one either. Exits 1 naming where a secret was found, 2 when there was nothing to scan.
 */

declare(strict_types=1);

require_once dirname(__DIR__) . '/src/Sandbox.php';

use TrustOcean\Tests\Support\Sandbox;

$directory = $argv[1] ?? '';
if ($directory === '' || !is_dir($directory)) {
    fwrite(STDERR, "usage: php scan-secrets.php <artifacts directory>\n");
    exit(2);
}

// Literal needles, and patterns for key material: a private-key PEM label followed by base64,
// so a message that only names the label ("expected -----BEGIN PRIVATE KEY-----") is no leak.
$needles = [
    'the API token' => Sandbox::TOKEN,
];
$patterns = [
    'a private key' => '~-----BEGIN [A-Z ]*PRIVATE KEY-----\s*(?:[A-Za-z-]+:[^\n]*\n\s*)*[A-Za-z0-9+/]{40}~',
];

/** @var array<string, string> $sources where => text */
$sources = [];
$files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($directory, FilesystemIterator::SKIP_DOTS));
foreach ($files as $file) {
    $path = $file->getPathname();
    if (str_ends_with($path, '.sqlite')) {
        $database = new PDO('sqlite:' . $path);
        $tables = $database->query("SELECT name FROM sqlite_master WHERE type = 'table'")->fetchAll(PDO::FETCH_COLUMN);
        foreach ($tables as $table) {
            // The original module's own table, as its tests seed it: it kept keys in the clear,
            // and the migration empties each one it carries over (LegacyMigrationTest).
            if ($table === 'tbltrustocean_certificate') {
                continue;
            }
            $rows = $database->query('SELECT * FROM "' . str_replace('"', '""', (string) $table) . '"')->fetchAll(PDO::FETCH_ASSOC);
            foreach ($rows as $index => $row) {
                $sources["{$path} {$table} row {$index}"] = implode("\n", array_map('strval', $row));
            }
        }
        continue;
    }
    // Compiled templates are the module's source (a key field's placeholder), not output.
    if (!str_contains($path, '.sqlite') && !str_contains($path, '/templates_c/')) {
        $sources[$path] = (string) file_get_contents($path);
    }
}

$bytes = array_sum(array_map('strlen', $sources));
$moduleLogRows = count(array_filter(array_keys($sources), static fn (string $where): bool => str_contains($where, ' tblmodulelog row ')));
if ($bytes === 0 || $moduleLogRows === 0) {
    fwrite(STDERR, "secrets scan: nothing to scan in {$directory} (no module log); was the test run pointed at it?\n");
    exit(2);
}

$found = [];
foreach ($sources as $where => $text) {
    // JSON and form encodings would hide a secret from a plain search.
    $forms = [$text, stripcslashes($text), urldecode($text)];
    foreach ($forms as $form) {
        foreach ($needles as $what => $needle) {
            if (str_contains($form, $needle)) {
                $found[] = "{$what} in {$where}";
            }
        }
        foreach ($patterns as $what => $pattern) {
            if (preg_match($pattern, $form) === 1) {
                $found[] = "{$what} in {$where}";
            }
        }
    }
}

$found = array_values(array_unique($found));
printf("secrets scan: %d sources, %.1f MB, %d module log entries: %s\n", count($sources), $bytes / 1048576, $moduleLogRows, $found === [] ? 'no secret found' : count($found) . ' leaks');
foreach ($found as $leak) {
    echo "  {$leak}\n";
}
exit($found === [] ? 0 : 1);
