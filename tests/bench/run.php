<?php

/**
 * `make bench`: every benchmark of the module against its plain-PHP baseline, on the same data
 * in the same run. Prints the table and writes tests/bench/RESULTS.md.
 *
 *     php -d extension=target/release/libtrustocean.so tests/bench/run.php [--only=sync,...]
 *         [--orders=1000] [--latency=50] [--concurrency=32] [--runs=3] [--seconds=5] [--write=0]
 */

declare(strict_types=1);

require __DIR__ . '/autoload.php';

if (!extension_loaded('trustocean')) {
    fwrite(STDERR, "load the trustocean extension: php -d extension=target/release/libtrustocean.so tests/bench/run.php\n");
    exit(1);
}

exit((new TrustOcean\Bench\Runner(dirname(__DIR__, 2)))->run($argv));
