<?php

declare(strict_types=1);

namespace WhmcsStandIn\Cli;

use RuntimeException;

/**
 * The command line was not understood.
 */
final class UsageError extends RuntimeException
{
}
