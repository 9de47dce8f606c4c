<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Settings;

use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\AdminArea;
use TrustOcean\Whmcs\Addon\AdminRequest;
use TrustOcean\Whmcs\Addon\Html;
use TrustOcean\Whmcs\Config\SettingRules;

/**
 * The settings form's HTML. The API token field is always empty: a stored token is never sent
 * back to the browser, and leaving the field empty keeps it.
 */
final class SettingsView
{
    public function __construct(private readonly AddonLang $lang)
    {
    }

    public function render(AdminRequest $request, SettingsForm $form, string $alerts, bool $tokenStored): string
    {
        $fields = $form->fields;
        $html = '<h2>' . $this->e('settings.title') . '</h2>' . $alerts;
        $html .= '<form method="post" action="' . Html::escape($request->link(['page' => AdminArea::SETTINGS])) . '" id="trustocean-settings">'
            . $request->csrfField;

        $html .= '<fieldset class="mb-4"><legend class="h5">' . $this->e('settings.section.account') . '</legend>'
            . '<p class="text-muted small">' . $this->e('settings.account_help') . '</p>'
            . $this->group('api_username', 'settings.api_username', $this->input('api_username', 'email', $fields['api_username'], 'username'), 'settings.api_username.help')
            . $this->group('api_token', 'settings.api_token', $this->input('api_token', 'password', '', 'new-password'), $tokenStored ? 'settings.api_token.help_stored' : 'settings.api_token.help')
            . $this->group('endpoint', 'settings.endpoint', $this->select('endpoint', $fields['endpoint'], [
                'CN-Beijing' => $this->lang->get('settings.endpoint.cn'),
                'UK-London' => $this->lang->get('settings.endpoint.uk'),
                SettingsForm::CUSTOM_ENDPOINT => $this->lang->get('settings.endpoint.custom'),
            ]), 'settings.endpoint.help')
            . $this->group('endpoint_url', 'settings.endpoint_url', $this->input('endpoint_url', 'url', $fields['endpoint_url']), 'settings.endpoint_url.help')
            . '</fieldset>';

        $html .= '<fieldset class="mb-4"><legend class="h5">' . $this->e('settings.section.customers') . '</legend>'
            . $this->group('seal', 'settings.seal', $this->select('seal', $fields['seal'], [
                'shown' => $this->lang->get('settings.seal.shown'),
                'hidden' => $this->lang->get('settings.seal.hidden'),
            ]), 'settings.seal.help')
            . $this->group('reminder_days', 'settings.reminder_days', $this->input('reminder_days', 'text', $fields['reminder_days']), 'settings.reminder_days.help')
            . '</fieldset>';

        $html .= '<fieldset class="mb-4"><legend class="h5">' . $this->e('settings.section.background') . '</legend>'
            . $this->group('sync_interval', 'settings.sync_interval', $this->number('sync_interval', $fields['sync_interval'], SettingRules::SYNC_INTERVAL_MINUTES), 'settings.sync_interval.help')
            . $this->group('sync_concurrency', 'settings.sync_concurrency', $this->number('sync_concurrency', $fields['sync_concurrency'], SettingRules::SYNC_CONCURRENCY), 'settings.sync_concurrency.help')
            . $this->group('sync_rate', 'settings.sync_rate', $this->number('sync_rate', $fields['sync_rate'], SettingRules::SYNC_RATE), 'settings.sync_rate.help')
            . $this->group('push_interval', 'settings.push_interval', $this->number('push_interval', $fields['push_interval'], SettingRules::PUSH_INTERVAL_SECONDS), 'settings.push_interval.help')
            . $this->group('feed_url', 'settings.feed_url', $this->input('feed_url', 'url', $fields['feed_url']), 'settings.feed_url.help')
            . '</fieldset>';

        return $html . '<button type="submit" class="btn btn-primary">' . $this->e('settings.save') . '</button></form>';
    }

    private function group(string $name, string $labelKey, string $control, string $helpKey): string
    {
        return '<div class="form-group"><label for="settings-' . $name . '">' . $this->e($labelKey) . '</label>' . $control
            . '<small class="form-text text-muted" id="settings-' . $name . '-help">' . $this->e($helpKey) . '</small></div>';
    }

    private function input(string $name, string $type, string $value, string $autocomplete = 'off'): string
    {
        return '<input type="' . $type . '" class="form-control" id="settings-' . $name . '" name="' . $name . '"'
            . ' value="' . Html::escape($value) . '" autocomplete="' . $autocomplete . '" aria-describedby="settings-' . $name . '-help">';
    }

    /** @param array{0: int, 1: int} $range */
    private function number(string $name, string $value, array $range): string
    {
        return '<input type="number" class="form-control" id="settings-' . $name . '" name="' . $name . '"'
            . ' value="' . Html::escape($value) . '" min="' . $range[0] . '" max="' . $range[1] . '" step="1"'
            . ' aria-describedby="settings-' . $name . '-help">';
    }

    /** @param array<string, string> $options value => label */
    private function select(string $name, string $selected, array $options): string
    {
        $html = '<select class="form-control" id="settings-' . $name . '" name="' . $name . '" aria-describedby="settings-' . $name . '-help">';
        foreach ($options as $value => $label) {
            $html .= '<option value="' . Html::escape((string) $value) . '"' . ((string) $value === $selected ? ' selected' : '') . '>'
                . Html::escape($label) . '</option>';
        }
        return $html . '</select>';
    }

    private function e(string $key): string
    {
        return Html::escape($this->lang->get($key));
    }
}
