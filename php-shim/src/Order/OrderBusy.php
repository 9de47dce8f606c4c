<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * Another request is calling TrustOcean for this order right now (its action is recorded as
 * pending and not yet stored): this one waits its turn instead of calling too.
 */
final class OrderBusy extends TranslatableException
{
    public function __construct(int $serviceId, string $pending)
    {
        parent::__construct('module.order_busy', "service {$serviceId}: {$pending} is still in progress", $pending);
    }
}
