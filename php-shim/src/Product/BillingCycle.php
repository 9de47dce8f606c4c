<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Product;

/**
 * Maps a WHMCS billing cycle to the certificate period ordered from TrustOcean.
 */
final class BillingCycle
{
    private const PERIODS = [
        'monthly' => 'monthly',
        'quarterly' => 'quarterly',
        'annually' => 'annually',
        'biennially' => 'biennially',
        'triennially' => 'triennially',
    ];

    /** Cycles that bill once: the certificate gets the product's first listed period. */
    private const SINGLE_PAYMENT = ['free account', 'one time', 'onetime', 'free'];

    /**
     * @param list<string> $offered the periods TrustOcean lists for the product (lower case), if known
     *
     * @throws UnsupportedBillingCycle for a cycle no certificate term matches (Semi-Annually)
     */
    public static function toPeriod(string $billingCycle, array $offered = []): string
    {
        $cycle = strtolower(trim($billingCycle));
        if (isset(self::PERIODS[$cycle])) {
            return self::PERIODS[$cycle];
        }
        if (in_array($cycle, self::SINGLE_PAYMENT, true)) {
            return $offered[0] ?? 'annually';
        }
        throw new UnsupportedBillingCycle($billingCycle);
    }
}
