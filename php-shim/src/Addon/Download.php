<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon;

/**
 * A file an admin page answers with instead of HTML (the orders as CSV).
 */
interface Download
{
    /** Sends the file and ends the request, so WHMCS appends no page to it. */
    public function send(): never;
}
