<?php

declare(strict_types=1);

namespace WhmcsStandIn\Api\Commands;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Api\ApiError;
use WhmcsStandIn\Api\Command;
use WhmcsStandIn\Mail\MergeFields;
use WhmcsStandIn\Mail\Outbox;

/**
 * SendEmail: a template by `messagename` for the related `id` (the client for general
 * templates, the service for product templates), or a custom message (`customtype`,
 * `customsubject`, `custommessage`, `id`). `customvars` (base64(serialize(array)) or an array)
 * adds merge fields. The message is rendered with Smarty as WHMCS renders e-mail templates and
 * lands in the outbox (tblemails); the stand-in sends no mail.
 */
final class SendEmail implements Command
{
    public function run(array $values): array
    {
        $relatedId = (int) ($values['id'] ?? 0);
        $customVars = self::customVars($values['customvars'] ?? []);
        $name = trim((string) ($values['messagename'] ?? ''));

        if ($name !== '') {
            $template = Capsule::table('tblemailtemplates')->where('name', $name)->where('language', '')->first();
            if ($template === null) {
                throw new ApiError('Email Template not found');
            }
            if ((bool) $template->disabled) {
                throw new ApiError('Email Template is disabled');
            }
            $type = (string) $template->type;
            $subjectTemplate = (string) $template->subject;
            $bodyTemplate = (string) $template->message;
        } else {
            $type = trim((string) ($values['customtype'] ?? ''));
            $subjectTemplate = (string) ($values['customsubject'] ?? '');
            $bodyTemplate = (string) ($values['custommessage'] ?? '');
            if (!in_array($type, ['general', 'product', 'domain', 'invoice', 'support', 'affiliate'], true) || $subjectTemplate === '') {
                throw new ApiError('A messagename, or customtype, customsubject and custommessage, are required');
            }
        }

        $fields = MergeFields::for($type, $relatedId);
        if ($fields === null) {
            throw new ApiError($type === 'product' ? 'Service ID Not Found' : 'Client ID Not Found');
        }
        $language = (string) ($fields['client_language'] ?? '');
        if ($name !== '' && $language !== '') {
            $translated = Capsule::table('tblemailtemplates')->where('name', $name)->where('language', $language)->first();
            if ($translated !== null) {
                $subjectTemplate = (string) $translated->subject;
                $bodyTemplate = (string) $translated->message;
            }
        }

        $vars = $customVars + $fields;
        (new Outbox())->deliver(
            (int) $fields['client_id'],
            (string) $fields['client_email'],
            MergeFields::render($subjectTemplate, $vars),
            MergeFields::render($bodyTemplate, $vars)
        );
        return [];
    }

    /** @return array<string, mixed> */
    private static function customVars(mixed $value): array
    {
        if (is_string($value) && $value !== '') {
            $decoded = base64_decode($value, true);
            $value = $decoded === false ? null : @unserialize($decoded, ['allowed_classes' => false]);
            if (!is_array($value)) {
                throw new ApiError('customvars must be base64_encode(serialize(array))');
            }
        }
        return is_array($value) ? $value : [];
    }
}
