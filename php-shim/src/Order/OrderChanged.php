<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * Another request changed the order while this one worked on it (a second tab, the admin, the
 * cron): nothing of this request was stored, so nothing of the other was lost.
 */
final class OrderChanged extends TranslatableException
{
    public function __construct(int $serviceId)
    {
        parent::__construct('module.order_changed', "the order of service {$serviceId} changed meanwhile; nothing was stored");
    }
}
