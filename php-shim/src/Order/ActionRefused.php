<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * The order's state does not allow the action (the same refusal the workflow gives, for the
 * actions that do not go through it, such as downloads).
 */
final class ActionRefused extends TranslatableException
{
    public function __construct(string $action)
    {
        parent::__construct('order.wrong_state', "the order's state does not allow {$action}");
    }
}
