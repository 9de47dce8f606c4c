<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Product;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * A module setting of the WHMCS product is missing or has a value the module does not know.
 */
final class ProductMisconfigured extends TranslatableException
{
    public function __construct(string $setting)
    {
        parent::__construct('module.product_misconfigured', "the product's module setting {$setting} is missing or invalid", $setting);
    }
}
