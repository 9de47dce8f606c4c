<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

/**
 * The order states as the lists show and filter them: the workflow's states, where an issued
 * certificate past its end already counts as expired (as the client area shows it), plus two
 * views the figures link to: failed (in validation, held by the CA with an error status) and
 * expiring (issued, ending within EXPIRING_DAYS).
 */
final class OrderStates
{
    public const ALL = [
        'awaiting_configuration', 'awaiting_submission', 'unconfirmed', 'validating', 'issued', 'expired', 'cancelled', 'revoked',
    ];

    public const FAILED = 'failed';
    public const EXPIRING = 'expiring';

    /** TrustOcean statuses of an order the CA holds with an error: only TrustOcean's support moves it on. */
    public const CA_ERROR_STATUSES = ['enroll_apierror', 'check_hand'];

    public const EXPIRING_DAYS = 30;

    /** Every value the state filter takes. */
    public static function filters(): array
    {
        return [...self::ALL, self::FAILED, self::EXPIRING];
    }

    /** The state a list shows for a stored state and end of validity. */
    public static function shown(string $state, ?int $validTo, int $now): string
    {
        return $state === 'issued' && $validTo !== null && $validTo <= $now ? 'expired' : $state;
    }

    /** Whether an order in validation is held by the CA with an error status. */
    public static function isCaError(string $state, ?string $remoteStatus): bool
    {
        return $state === 'validating' && in_array((string) $remoteStatus, self::CA_ERROR_STATUSES, true);
    }
}
