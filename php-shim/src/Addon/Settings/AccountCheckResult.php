<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Settings;

/**
 * What TrustOcean said about an API account: accepted, refused (with its error code and
 * message), unreachable, or an endpoint the extension does not accept.
 */
final class AccountCheckResult
{
    public const ACCEPTED = 'accepted';
    public const REFUSED = 'refused';
    public const UNREACHABLE = 'unreachable';
    public const ENDPOINT_REFUSED = 'endpoint_refused';

    public function __construct(
        public readonly string $outcome,
        public readonly int $code = 0,
        public readonly string $message = ''
    ) {
    }
}
