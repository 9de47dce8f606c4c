<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Settings;

use LogicException;
use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Config\SettingRules;

/**
 * The settings form's fields: what it shows (the stored settings, or what was posted after a
 * refusal) and the check of a posted form, with one message per field that names the field and
 * says what to fix. The API token is never a shown field.
 */
final class SettingsForm
{
    /** The endpoint choice that takes the URL typed in the endpoint_url field. */
    public const CUSTOM_ENDPOINT = 'custom';

    /**
     * What a field that was not sent as text is checked as: DEL, which trim() keeps and no
     * field's rule accepts, so the field is refused with its own message.
     */
    private const NOT_TEXT = "\x7f";

    private const FIELDS = [
        'api_username', 'endpoint', 'endpoint_url', 'seal', 'reminder_days',
        'sync_interval', 'sync_concurrency', 'sync_rate', 'push_interval', 'feed_url',
    ];

    /**
     * @param array<string, string> $fields shown values by field name
     * @param list<string>          $errors
     */
    private function __construct(
        public readonly array $fields,
        public readonly array $errors,
        private readonly ?SettingsValues $values
    ) {
    }

    /** The form filled with the stored settings. */
    public static function fromStored(AddonSettings $stored): self
    {
        $endpoint = $stored->endpoint();
        $custom = !in_array($endpoint, SettingRules::ENDPOINTS, true);
        return new self([
            'api_username' => $stored->apiUsername(),
            'endpoint' => $custom ? self::CUSTOM_ENDPOINT : $endpoint,
            'endpoint_url' => $custom ? $endpoint : '',
            'seal' => $stored->sealEnabled() ? 'shown' : 'hidden',
            'reminder_days' => implode(',', $stored->reminderDays()),
            'sync_interval' => (string) $stored->syncIntervalMinutes(),
            'sync_concurrency' => (string) $stored->syncConcurrency(),
            'sync_rate' => (string) $stored->syncRate(),
            'push_interval' => (string) $stored->pushInterval(),
            'feed_url' => $stored->feedUrl(),
        ], [], null);
    }

    /**
     * The posted form, checked field by field; values only when every field is right.
     *
     * @param array<string, string|null> $post null for a field that was not sent as text
     */
    public static function fromPost(array $post, AddonSettings $stored, AddonLang $lang): self
    {
        $fields = [];
        foreach (self::FIELDS as $name) {
            $fields[$name] = self::read($post, $name);
        }
        $token = self::read($post, 'api_token');
        $endpoint = $fields['endpoint'] === self::CUSTOM_ENDPOINT ? $fields['endpoint_url'] : $fields['endpoint'];
        $reminderDays = SettingRules::reminderDays($fields['reminder_days']);
        $numbers = [
            'sync_interval' => SettingRules::integer($fields['sync_interval'], SettingRules::SYNC_INTERVAL_MINUTES),
            'sync_concurrency' => SettingRules::integer($fields['sync_concurrency'], SettingRules::SYNC_CONCURRENCY),
            'sync_rate' => SettingRules::integer($fields['sync_rate'], SettingRules::SYNC_RATE),
            'push_interval' => SettingRules::integer($fields['push_interval'], SettingRules::PUSH_INTERVAL_SECONDS),
        ];

        $errors = [
            ...self::accountErrors($fields['api_username'], $token, $stored, $lang),
            ...self::endpointErrors($fields['endpoint'], $endpoint, $lang),
            ...self::otherErrors($fields, $reminderDays, $numbers, $lang),
        ];
        if ($errors !== []) {
            return new self(self::shown($fields), $errors, null);
        }

        return new self($fields, [], new SettingsValues(
            $fields['api_username'],
            $token === '' ? null : $token,
            $endpoint,
            $fields['seal'] === 'shown',
            (array) $reminderDays,
            (int) $numbers['sync_interval'],
            (int) $numbers['sync_concurrency'],
            (int) $numbers['sync_rate'],
            (int) $numbers['push_interval'],
            $fields['feed_url']
        ));
    }

    /**
     * A posted field, trimmed; NOT_TEXT when it was not text.
     *
     * @param array<string, string|null> $post
     */
    private static function read(array $post, string $name): string
    {
        if (!array_key_exists($name, $post)) {
            return '';
        }
        $value = $post[$name];
        return $value === null ? self::NOT_TEXT : trim($value);
    }

    /**
     * The fields as the form shows them again: a field that was not text shows empty.
     *
     * @param array<string, string> $fields
     *
     * @return array<string, string>
     */
    private static function shown(array $fields): array
    {
        return array_map(static fn (string $value): string => $value === self::NOT_TEXT ? '' : $value, $fields);
    }

    /** The checked values; only for a form without errors. */
    public function values(): SettingsValues
    {
        return $this->values ?? throw new LogicException('the settings form has errors');
    }

    /** The form again with one more error (an endpoint the extension refused). */
    public function withError(string $error): self
    {
        return new self($this->fields, [...$this->errors, $error], null);
    }

    /** @return list<string> */
    private static function accountErrors(string $username, #[\SensitiveParameter] string $token, AddonSettings $stored, AddonLang $lang): array
    {
        $errors = [];
        if ($username !== '' && (strlen($username) > 254 || filter_var($username, FILTER_VALIDATE_EMAIL) === false)) {
            $errors[] = self::error($lang, $lang->get('settings.api_username'), $lang->get('settings.fix.api_username'));
        }
        if ($username === '' && $token !== '') {
            $errors[] = self::error($lang, $lang->get('settings.api_username'), $lang->get('settings.fix.api_username_for_token'));
        }
        if ($token !== '' && preg_match('/^[\x21-\x7e]{1,256}$/', $token) !== 1) {
            $errors[] = self::error($lang, $lang->get('settings.api_token'), $lang->get('settings.fix.api_token'));
        }
        if ($username !== '' && $token === '' && !$stored->hasApiAccount()) {
            $errors[] = self::error($lang, $lang->get('settings.api_token'), $lang->get('settings.fix.api_token_missing'));
        }
        return $errors;
    }

    /** @return list<string> */
    private static function endpointErrors(string $choice, string $endpoint, AddonLang $lang): array
    {
        if ($choice === self::CUSTOM_ENDPOINT && !SettingRules::isServiceUrl($endpoint)) {
            return [self::error($lang, $lang->get('settings.endpoint_url'), $lang->get('settings.fix.url'))];
        }
        if (!SettingRules::isEndpoint($endpoint)) {
            return [self::error($lang, $lang->get('settings.endpoint'), $lang->get('settings.fix.endpoint'))];
        }
        return [];
    }

    /**
     * @param array<string, string>   $fields
     * @param list<int>|null          $reminderDays
     * @param array<string, int|null> $numbers
     *
     * @return list<string>
     */
    private static function otherErrors(array $fields, ?array $reminderDays, array $numbers, AddonLang $lang): array
    {
        $errors = [];
        if (!in_array($fields['seal'], ['shown', 'hidden'], true)) {
            $errors[] = self::error($lang, $lang->get('settings.seal'), $lang->get('settings.fix.seal'));
        }
        if ($reminderDays === null) {
            $errors[] = self::error($lang, $lang->get('settings.reminder_days'), $lang->get('settings.fix.reminder_days', self::range(SettingRules::REMINDER_DAYS)));
        }
        $labels = [
            'sync_interval' => [$lang->get('settings.sync_interval'), SettingRules::SYNC_INTERVAL_MINUTES],
            'sync_concurrency' => [$lang->get('settings.sync_concurrency'), SettingRules::SYNC_CONCURRENCY],
            'sync_rate' => [$lang->get('settings.sync_rate'), SettingRules::SYNC_RATE],
            'push_interval' => [$lang->get('settings.push_interval'), SettingRules::PUSH_INTERVAL_SECONDS],
        ];
        foreach ($labels as $name => [$label, $range]) {
            if ($numbers[$name] === null) {
                $errors[] = self::error($lang, $label, $lang->get('settings.fix.range', self::range($range)));
            }
        }
        if (!SettingRules::isServiceUrl($fields['feed_url'])) {
            $errors[] = self::error($lang, $lang->get('settings.feed_url'), $lang->get('settings.fix.url'));
        }
        return $errors;
    }

    /** "<field>: <what to fix>" */
    private static function error(AddonLang $lang, string $field, string $fix): string
    {
        return $lang->get('settings.invalid', ['field' => $field, 'fix' => $fix]);
    }

    /**
     * @param array{0: int, 1: int} $range
     *
     * @return array{min: int, max: int}
     */
    private static function range(array $range): array
    {
        return ['min' => $range[0], 'max' => $range[1]];
    }
}
