<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\WebDriver;

use RuntimeException;

/** A WebDriver command that failed; `$error` is the W3C error code ("no such element", ...). */
final class WebDriverError extends RuntimeException
{
    public function __construct(public readonly string $error, string $message)
    {
        parent::__construct($message);
    }
}
