<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

/**
 * One order as the lists show it: its service and client, product, names, the state shown, the
 * two order numbers and the end of validity. Values are cast here, since drivers return numbers
 * as strings or ints.
 */
final class OrderListRow
{
    /** @param list<string> $domains */
    public function __construct(
        public readonly int $serviceId,
        public readonly int $clientId,
        public readonly string $clientName,
        public readonly string $company,
        public readonly string $email,
        public readonly string $product,
        public readonly array $domains,
        public readonly string $state,
        public readonly bool $caError,
        public readonly ?int $trustoceanId,
        public readonly string $vendorId,
        public readonly ?int $validTo
    ) {
    }

    /** A row of OrderQuery's select. */
    public static function fromRow(object $row, int $now): self
    {
        $domains = json_decode((string) $row->domains, true);
        $validTo = $row->valid_to === null ? null : (int) $row->valid_to;
        return new self(
            (int) $row->service_id,
            (int) $row->userid,
            trim((string) $row->firstname . ' ' . (string) $row->lastname),
            (string) $row->companyname,
            (string) $row->email,
            (string) $row->product,
            is_array($domains) ? array_values(array_map('strval', $domains)) : [],
            OrderStates::shown((string) $row->state, $validTo, $now),
            OrderStates::isCaError((string) $row->state, $row->remote_status === null ? null : (string) $row->remote_status),
            $row->trustocean_id === null ? null : (int) $row->trustocean_id,
            (string) $row->vendor_id,
            $validTo
        );
    }

    /** The first name, the certificate's common name; '' before configuration. */
    public function primaryDomain(): string
    {
        return $this->domains[0] ?? '';
    }

    /** How many names besides the primary one. */
    public function moreDomains(): int
    {
        return max(0, count($this->domains) - 1);
    }

    public function expires(): string
    {
        return $this->validTo === null ? '' : gmdate('Y-m-d', $this->validTo);
    }
}
