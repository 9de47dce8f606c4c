<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

/**
 * One WHMCS service a campaign drives: its product, its customer, and the names it orders, all
 * under a label of its own so that the sandbox's orders can be traced back to it.
 */
final class CampaignService
{
    /** The pending action last seen on its record, to notice when it is settled. */
    public ?string $pendingSeen = null;

    /** Whether its record was last seen unconfirmed. */
    public bool $unconfirmedSeen = false;

    /** @param non-empty-list<string> $names */
    public function __construct(
        public readonly int $serviceId,
        public readonly string $product,
        public readonly int $clientIndex,
        public readonly string $label,
        public readonly array $names
    ) {
    }

    /**
     * Names under a fresh label for a product: one, a wildcard, or three for the multi-domain
     * products.
     *
     * @return array{string, non-empty-list<string>}
     */
    public static function namesFor(string $product): array
    {
        $label = 'fc' . bin2hex(random_bytes(4));
        $base = "{$label}.example.com";
        $names = match ($product) {
            'dv_wildcard' => ["*.{$base}"],
            'dv_multi_ip', 'ev_multi' => ["www.{$base}", "api.{$base}", "shop.{$base}"],
            default => ["www.{$base}"],
        };
        return [$label, $names];
    }

    public function isWildcard(): bool
    {
        return $this->product === 'dv_wildcard';
    }

    public function isMultiDomain(): bool
    {
        return in_array($this->product, ['dv_multi_ip', 'ev_multi'], true);
    }

    public function needsOrganization(): bool
    {
        return in_array($this->product, ['ov_single', 'ev_multi'], true);
    }
}
