<?php

/**
 * crons/cron.php, WHMCS's automation entry point, run from the system's crontab on the command
 * line only (`php -q crons/cron.php`).
 */

declare(strict_types=1);

if (PHP_SAPI !== 'cli') {
    http_response_code(403);
    exit("The cron runs on the command line only.\n");
}

require dirname(__DIR__) . '/init.php';

foreach ((new WhmcsStandIn\Cron\Cron())->run() as $ran) {
    echo $ran, "\n";
}
