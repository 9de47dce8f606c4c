<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Product;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * The service's billing cycle has no matching certificate term (TrustOcean sells none of six months).
 */
final class UnsupportedBillingCycle extends TranslatableException
{
    public function __construct(string $billingCycle)
    {
        parent::__construct('module.billing_cycle_unsupported', "no certificate term matches the billing cycle {$billingCycle}", $billingCycle);
    }
}
