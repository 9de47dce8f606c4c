<?php

/**
 * Class loading for the benchmarks: their own classes (TrustOcean\Bench\ in src/) and the test
 * helpers they share with the PHPUnit suites (TrustOcean\Tests\Support\ in tests/php/src).
 */

declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
    $roots = [
        'TrustOcean\\Bench\\' => __DIR__ . '/src/',
        'TrustOcean\\Tests\\Support\\' => dirname(__DIR__) . '/php/src/',
    ];
    foreach ($roots as $prefix => $root) {
        if (str_starts_with($class, $prefix)) {
            $file = $root . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
