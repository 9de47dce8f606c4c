<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * Create ran for a service that already has an order record; running it again would lose it.
 */
final class OrderExists extends TranslatableException
{
    public function __construct(int $serviceId)
    {
        parent::__construct('module.order_exists', "service {$serviceId} already has a certificate order");
    }
}
