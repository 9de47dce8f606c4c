<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support;

/**
 * A complete set of OV/EV organisation fields, under the API's names.
 */
final class Organization
{
    /** @return array<string, string> */
    public static function fields(): array
    {
        return [
            'organization_name' => 'Example Ltd',
            'organizationalUnitName' => 'IT',
            'registered_no' => '01234567',
            'date_of_incorporation' => '2016-03-18',
            'registered_address_line1' => '1 Example Street',
            'city' => 'London',
            'state' => 'Greater London',
            'postal_code' => 'EC1A 1AA',
            'country' => 'GB',
            'organization_phone' => '+44 20 7946 0000',
            'contact_name' => 'Alice Walker',
            'contact_title' => 'CTO',
            'contact_phone' => '+44 20 7946 0001',
        ];
    }
}
