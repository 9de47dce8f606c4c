<?php

declare(strict_types=1);

namespace WhmcsStandIn\Api\Commands;

use WhmcsStandIn\Api\ApiError;
use WhmcsStandIn\Api\Command;
use WhmcsStandIn\Host;

/**
 * LogActivity: `description`, optional `clientid` (or the older `userid`).
 */
final class LogActivity implements Command
{
    public function run(array $values): array
    {
        $description = trim((string) ($values['description'] ?? ''));
        if ($description === '') {
            throw new ApiError('Description is required');
        }
        Host::get()->activityLog()->write($description, (int) ($values['clientid'] ?? $values['userid'] ?? 0));
        return [];
    }
}
