<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

use TrustOcean\Whmcs\Addon\AddonLang;

/**
 * The words for each order state and state filter, in the reseller's or customer's language.
 */
final class StateLabels
{
    public function __construct(private readonly AddonLang $lang)
    {
    }

    public function label(string $state): string
    {
        return match ($state) {
            'awaiting_configuration' => $this->lang->get('state.awaiting_configuration'),
            'awaiting_submission' => $this->lang->get('state.awaiting_submission'),
            'unconfirmed' => $this->lang->get('state.unconfirmed'),
            'validating' => $this->lang->get('state.validating'),
            'issued' => $this->lang->get('state.issued'),
            'expired' => $this->lang->get('state.expired'),
            'cancelled' => $this->lang->get('state.cancelled'),
            'revoked' => $this->lang->get('state.revoked'),
            OrderStates::FAILED => $this->lang->get('state.failed'),
            OrderStates::EXPIRING => $this->lang->get('state.expiring'),
            default => $state,
        };
    }
}
