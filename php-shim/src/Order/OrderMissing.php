<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * The service has no order record: the module's Create command has not run for it.
 */
final class OrderMissing extends TranslatableException
{
    public function __construct(int $serviceId)
    {
        parent::__construct('module.order_missing', "service {$serviceId} has no certificate order; run the module's Create command");
    }
}
