<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Config;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * WHMCS's SystemURL setting is empty, so no callback URL can be given to TrustOcean.
 */
final class MissingSystemUrl extends TranslatableException
{
    public function __construct()
    {
        parent::__construct('module.system_url_missing', 'the WHMCS System URL setting is empty');
    }
}
