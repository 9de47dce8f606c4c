<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Mail;

/**
 * The module's product e-mail templates, by the name WHMCS files them under (the admin may edit
 * them in WHMCS's e-mail templates; the name stays).
 */
enum MailTemplate: string
{
    case ConfigurationNeeded = 'TrustOcean SSL Configuration Required';
    case Issued = 'TrustOcean SSL Certificate Issued';
    case ExpiryReminder = 'TrustOcean SSL Expiry Reminder';
    case RefundResult = 'TrustOcean SSL Refund Result';

    /** The language-file prefix of the template's subject and body. */
    public function langKey(): string
    {
        return match ($this) {
            self::ConfigurationNeeded => 'email.configuration',
            self::Issued => 'email.issued',
            self::ExpiryReminder => 'email.expiry',
            self::RefundResult => 'email.refund',
        };
    }
}
