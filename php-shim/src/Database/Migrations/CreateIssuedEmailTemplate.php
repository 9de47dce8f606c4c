<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database\Migrations;

use Illuminate\Database\Schema\Builder;
use TrustOcean\Whmcs\Database\Migration;
use TrustOcean\Whmcs\I18n\Translator;
use TrustOcean\Whmcs\Mail\IssuedMail;
use WHMCS\Database\Capsule;

/**
 * Version 5: the product e-mail template sent when a certificate is issued, in English (WHMCS's
 * default row) and Simplified Chinese, from the module's language files. A template the admin
 * already has is never overwritten, so their edits survive upgrades.
 */
final class CreateIssuedEmailTemplate implements Migration
{
    /** WHMCS's language names of the shipped translations; '' is the default row. */
    private const LANGUAGES = ['' => 'english', 'chinese' => 'chinese'];

    public function __construct(private readonly string $langDirectory)
    {
    }

    public function version(): int
    {
        return 5;
    }

    public function up(Builder $schema): void
    {
        foreach (self::LANGUAGES as $whmcsLanguage => $file) {
            $exists = Capsule::table('tblemailtemplates')
                ->where('name', IssuedMail::TEMPLATE)
                ->where('language', $whmcsLanguage)
                ->exists();
            if ($exists) {
                continue;
            }
            $translator = Translator::load($this->langDirectory, $file);
            Capsule::table('tblemailtemplates')->insert([
                'type' => 'product',
                'name' => IssuedMail::TEMPLATE,
                'subject' => $translator->get('email.issued.subject'),
                'message' => $translator->get('email.issued.body'),
                'language' => $whmcsLanguage,
                'custom' => true,
                'disabled' => false,
                'plaintext' => false,
            ]);
        }
    }
}
