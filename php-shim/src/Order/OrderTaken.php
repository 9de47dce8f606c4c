<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * The TrustOcean order to import already belongs to another service; two services must never
 * manage one certificate.
 */
final class OrderTaken extends TranslatableException
{
    public function __construct(int $trustoceanId, int $serviceId)
    {
        parent::__construct('module.order_taken', "TrustOcean order {$trustoceanId} belongs to service {$serviceId}", (string) $serviceId);
    }
}
