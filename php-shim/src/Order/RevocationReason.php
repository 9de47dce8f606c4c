<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

/**
 * The reasons an admin can give for a revocation: the grounds the CA accepts (RFC 5280's
 * reasons, and the abuse cases the original module offered). The key names the reason in forms
 * and translations; the API gets the English sentence.
 */
enum RevocationReason: string
{
    case KeyCompromise = 'key_compromise';
    case Superseded = 'superseded';
    case CessationOfOperation = 'cessation_of_operation';
    case AffiliationChanged = 'affiliation_changed';
    case Infringement = 'infringement';
    case Phishing = 'phishing';
    case Malware = 'malware';
    case IssuingError = 'issuing_error';

    /** What TrustOcean is told. */
    public function apiText(): string
    {
        return match ($this) {
            self::KeyCompromise => 'The private key has been compromised.',
            self::Superseded => 'The certificate has been superseded.',
            self::CessationOfOperation => 'The site has ceased operation.',
            self::AffiliationChanged => 'The holder is no longer affiliated with the names.',
            self::Infringement => 'Domain name(s) is suspected of infringement or counterfeiting.',
            self::Phishing => 'Phishing or fake site found, need to revoke.',
            self::Malware => 'Spread virus software found on these site(s).',
            self::IssuingError => 'Issuing error.',
        };
    }
}
