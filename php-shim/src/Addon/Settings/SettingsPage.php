<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Settings;

use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\AdminPage;
use TrustOcean\Whmcs\Addon\AdminRequest;
use TrustOcean\Whmcs\Addon\Html;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Database\Settings;

/**
 * The addon's Settings page: the API account, the site seal, expiry reminders, the cron sync,
 * the push fetch interval and the module feed.
 *
 * A form with a wrong field stores nothing and says which field to fix. A new or changed API
 * account is checked with `ping` first: refused by TrustOcean, nothing is stored; TrustOcean
 * unreachable, it is stored with a warning (the reseller may be setting up before the IP is
 * whitelisted, and the System page shows the connection later).
 */
final class SettingsPage implements AdminPage
{
    public function __construct(
        private readonly AddonLang $lang,
        private readonly Settings $settings = new Settings(),
        private readonly AccountCheck $check = new AccountCheck()
    ) {
    }

    public function handle(AdminRequest $request): string
    {
        $stored = AddonSettings::load();
        $view = new SettingsView($this->lang);
        if (!$request->isPost) {
            return $view->render($request, SettingsForm::fromStored($stored), '', $stored->hasApiAccount());
        }

        $form = SettingsForm::fromPost($request->postFields(), $stored, $this->lang);
        if ($form->errors !== []) {
            return $view->render($request, $form, Html::alert('danger', $this->lang->get('settings.not_saved'), $form->errors), $stored->hasApiAccount());
        }

        $values = $form->values();
        $result = $values->hasApiAccount() && $values->accountChangedFrom($stored)
            ? $this->check->run($values->apiUsername, $values->token($stored), $values->endpoint)
            : null;
        if ($result?->outcome === AccountCheckResult::ENDPOINT_REFUSED) {
            $form = $form->withError($this->lang->get('settings.invalid', [
                'field' => $this->lang->get('settings.endpoint_url'),
                'fix' => $this->lang->get('settings.fix.endpoint_refused'),
            ]));
            return $view->render($request, $form, Html::alert('danger', $this->lang->get('settings.not_saved'), $form->errors), $stored->hasApiAccount());
        }
        if ($result?->outcome === AccountCheckResult::REFUSED) {
            return $view->render($request, $form, $this->refusal($result), $stored->hasApiAccount());
        }

        $values->save($this->settings, $request->now);
        $saved = AddonSettings::load();
        return $view->render($request, SettingsForm::fromStored($saved), $this->savedMessage($result), $saved->hasApiAccount());
    }

    private function refusal(AccountCheckResult $result): string
    {
        // The two refusals a reseller meets while setting up get a hint in their language.
        $hint = match ($result->code) {
            778804 => [$this->lang->get('settings.hint.wrong_account')],
            778806 => [$this->lang->get('settings.hint.ip_not_whitelisted')],
            default => [],
        };
        return Html::alert('danger', $this->lang->get('settings.account_refused'), [$result->message, ...$hint]);
    }

    private function savedMessage(?AccountCheckResult $result): string
    {
        return match ($result?->outcome) {
            AccountCheckResult::ACCEPTED => Html::alert('success', $this->lang->get('settings.saved_account_accepted')),
            AccountCheckResult::UNREACHABLE => Html::alert('warning', $this->lang->get('settings.saved_account_unchecked'), [$result->message]),
            default => Html::alert('success', $this->lang->get('settings.saved')),
        };
    }
}
