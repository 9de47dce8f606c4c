<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * A download asked for the key the server keeps, but the order's key was not made on the server.
 */
final class ServerKeyMissing extends TranslatableException
{
    public function __construct()
    {
        parent::__construct('download.server_key_missing', 'no private key is stored for this order');
    }
}
