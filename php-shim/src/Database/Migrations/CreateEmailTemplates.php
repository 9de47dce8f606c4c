<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database\Migrations;

use Illuminate\Database\Schema\Builder;
use TrustOcean\Whmcs\Database\Migration;
use TrustOcean\Whmcs\I18n\Translator;
use TrustOcean\Whmcs\Mail\MailTemplate;
use WHMCS\Database\Capsule;

/**
 * Version 5: the module's product e-mail templates (configuration needed, issued, expiry
 * reminder, refund result) in English (WHMCS's default row) and Simplified Chinese, from the
 * module's language files. A template the admin already has is never overwritten, so their
 * edits survive upgrades.
 */
final class CreateEmailTemplates implements Migration
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
            $translator = Translator::load($this->langDirectory, $file);
            foreach (MailTemplate::cases() as $template) {
                $exists = Capsule::table('tblemailtemplates')
                    ->where('name', $template->value)
                    ->where('language', $whmcsLanguage)
                    ->exists();
                if ($exists) {
                    continue;
                }
                Capsule::table('tblemailtemplates')->insert([
                    'type' => 'product',
                    'name' => $template->value,
                    'subject' => $translator->get($template->langKey() . '.subject'),
                    'message' => $translator->get($template->langKey() . '.body'),
                    'language' => $whmcsLanguage,
                    'custom' => true,
                    'disabled' => false,
                    'plaintext' => false,
                ]);
            }
        }
    }
}
