<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Config;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * Neither the product's server nor the addon holds an API username and token.
 */
final class MissingCredentials extends TranslatableException
{
    public function __construct()
    {
        parent::__construct('module.credentials_missing', 'no TrustOcean API username and token are configured');
    }
}
