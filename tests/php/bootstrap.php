<?php

/**
 * PHPUnit bootstrap: checks that the trustocean extension is loaded, loads the test helpers and
 * starts one sandbox for the whole run (stopped again at exit).
 */

declare(strict_types=1);

use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\StandIn;

spl_autoload_register(static function (string $class): void {
    $prefix = 'TrustOcean\\Tests\\Support\\';
    if (str_starts_with($class, $prefix)) {
        $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});

if (!extension_loaded('trustocean')) {
    fwrite(
        STDERR,
        "The trustocean extension is not loaded. Build it with `cargo build --release -p trustocean`\n"
        . "and run PHPUnit through a php binary that loads it, from the repository root:\n"
        . "  php -d extension=\$PWD/target/release/libtrustocean.so \"\$(command -v phpunit)\" -c tests/php/phpunit.xml\n"
    );
    exit(1);
}

Sandbox::startShared(dirname(__DIR__, 2));
register_shutdown_function(static function (): void {
    if (class_exists(StandIn::class, false)) {
        StandIn::stopShared();
    }
    Sandbox::stopShared();
});
