<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

/**
 * What a push did to an order: synced from the API (with the workflow's notice), rate-limited,
 * or nothing to fetch in its state.
 */
final class PushSync
{
    public const SYNCED = 'synced';
    public const LIMITED = 'limited';
    public const NOT_APPLICABLE = 'not_applicable';

    private function __construct(
        public readonly string $result,
        public readonly string $state,
        public readonly string $notice
    ) {
    }

    public static function synced(string $state, string $notice): self
    {
        return new self(self::SYNCED, $state, $notice);
    }

    public static function limited(string $state): self
    {
        return new self(self::LIMITED, $state, '');
    }

    public static function notApplicable(string $state): self
    {
        return new self(self::NOT_APPLICABLE, $state, '');
    }
}
