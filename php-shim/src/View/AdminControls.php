<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

use TrustOcean\Whmcs\I18n\Translator;
use TrustOcean\Whmcs\Order\RevocationReason;

/**
 * The admin's controls that need a value (a revocation reason, a name to remove, an order
 * number to import), on the service page's module tab. WHMCS draws that tab inside its own
 * service form, so these are not forms: the module's admin script posts them as the module's
 * command buttons do (`modop=custom`, `ac=`, the CSRF token). Each shows only where the
 * order's state allows the action.
 */
final class AdminControls
{
    public function __construct(private readonly Translator $translator, private readonly string $assetsUrl)
    {
    }

    /**
     * @param array<string, mixed> $order
     * @param array<string, mixed> $view                  TrustOcean\Workflow::view() of the order
     * @param bool                 $organizationValidated an OV or EV product
     *
     * @return array<string, string> label => HTML
     */
    public function fields(array $order, array $view, bool $multiDomain, bool $organizationValidated): array
    {
        $admin = (array) ($view['admin_actions'] ?? []);
        $customer = (array) ($view['actions'] ?? []);
        $fields = [];

        if ($organizationValidated && in_array('retry_dcv', $customer, true)) {
            $fields[$this->translator->get('admin.button.resend_verification')] = $this->e('admin.verification_note');
        }
        if (in_array('revoke', $admin, true)) {
            $fields[$this->translator->get('admin.revoke')] = $this->revoke();
        }
        if ($multiDomain && in_array('remove_domain', $customer, true)) {
            $removable = $this->removable($order);
            if ($removable !== '') {
                $fields[$this->translator->get('admin.remove_domain')] = $removable;
            }
        }
        if (in_array('import', $admin, true) || in_array('confirm', $admin, true)) {
            // An unconfirmed order takes its own number the same way, checked by its unique id.
            $fields[$this->translator->get('admin.import')] = $this->import(in_array('confirm', $admin, true) ? 'admin.confirm.help' : 'admin.import.help');
        }
        if ($fields !== []) {
            $script = '<script src="' . self::escape($this->assetsUrl . '/js/adminarea.js') . '" defer></script>';
            $fields[array_key_last($fields)] .= $script;
        }
        return $fields;
    }

    private function revoke(): string
    {
        $options = '';
        foreach (RevocationReason::cases() as $reason) {
            $options .= '<option value="' . $reason->value . '">' . $this->e('admin.revoke.reason.' . $reason->value) . '</option>';
        }
        return '<div class="form-inline">'
            . '<select class="form-control form-control-sm mr-2" id="trustocean-revocation-reason" data-trustocean-field="revocation_reason"'
            . ' aria-label="' . $this->e('admin.revoke.reason') . '">' . $options . '</select>'
            . $this->button('adminRevoke', 'admin.revoke.button', '#trustocean-revocation-reason', 'admin.revoke.confirm')
            . '</div><small class="form-text text-muted">' . $this->e('admin.revoke.help') . '</small>';
    }

    /** @param array<string, mixed> $order */
    private function removable(array $order): string
    {
        $html = '';
        foreach (array_slice((array) ($order['domains'] ?? []), 1) as $domain) {
            if (($order['dcv'][$domain]['status'] ?? '') === 'verified') {
                continue;
            }
            $html .= '<div class="mb-1"><code>' . self::escape((string) $domain) . '</code> '
                . '<button type="button" class="btn btn-outline-danger btn-sm" data-trustocean-command="adminRemoveDomain"'
                . ' data-trustocean-domain="' . self::escape((string) $domain) . '"'
                . ' data-trustocean-confirm="' . $this->e('admin.remove_domain.confirm', ['domain' => (string) $domain]) . '">'
                . $this->e('admin.remove_domain.button') . '</button></div>';
        }
        return $html;
    }

    private function import(string $helpKey): string
    {
        return '<div class="form-inline">'
            . '<input type="text" inputmode="numeric" class="form-control form-control-sm mr-2" id="trustocean-import-id" data-trustocean-field="trustocean_id"'
            . ' placeholder="' . $this->e('admin.import.placeholder') . '" aria-label="' . $this->e('admin.import.placeholder') . '">'
            . $this->button('adminImport', 'admin.import.button', '#trustocean-import-id', null)
            . '</div><small class="form-text text-muted">' . $this->e($helpKey) . '</small>';
    }

    private function button(string $command, string $labelKey, string $field, ?string $confirmKey): string
    {
        $confirm = $confirmKey === null ? '' : ' data-trustocean-confirm="' . $this->e($confirmKey) . '"';
        return '<button type="button" class="btn btn-outline-primary btn-sm" data-trustocean-command="' . $command . '"'
            . ' data-trustocean-input="' . self::escape($field) . '"' . $confirm . '>' . $this->e($labelKey) . '</button>';
    }

    /** @param array<string, string|int> $placeholders */
    private function e(string $key, array $placeholders = []): string
    {
        return self::escape($this->translator->get($key, $placeholders));
    }

    private static function escape(string $value): string
    {
        return htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }
}
