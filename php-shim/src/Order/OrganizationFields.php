<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

/**
 * The organisation details OV and EV orders carry, under the TrustOcean API's field names.
 */
final class OrganizationFields
{
    /** In the order the form shows them. */
    public const NAMES = [
        'organization_name',
        'organizationalUnitName',
        'registered_no',
        'date_of_incorporation',
        'registered_address_line1',
        'city',
        'state',
        'postal_code',
        'country',
        'organization_phone',
        'contact_name',
        'contact_title',
        'contact_phone',
    ];

    /** The longest value a field accepts. */
    public const MAX_LENGTH = 255;
}
