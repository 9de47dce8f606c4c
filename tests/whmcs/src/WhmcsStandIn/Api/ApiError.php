<?php

declare(strict_types=1);

namespace WhmcsStandIn\Api;

use RuntimeException;

/**
 * A localAPI call refused with `result` "error" and this message.
 */
final class ApiError extends RuntimeException
{
}
