<?php

/**
 * TrustOcean SSL: the WHMCS provisioning module that sells TrustOcean and Sectigo certificates.
 *
 * The functions below are what WHMCS calls. Each is a thin shell: it hands the call to the
 * php-shim classes (TrustOcean\Whmcs\...), which run one action of the trustocean extension's
 * order workflow, store the result and write the module log. The workflow decides what each order
 * state allows and validates every input, for admins and customers alike.
 *
 * @see https://developers.whmcs.com/provisioning-modules/
 */

declare(strict_types=1);

use TrustOcean\Whmcs\Http\CustomerInput;
use TrustOcean\Whmcs\Module;
use TrustOcean\Whmcs\Order\RevocationReason;
use TrustOcean\Whmcs\Product\ProductSettings;

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

require_once __DIR__ . '/shim.php';

/**
 * Module metadata, read when WHMCS loads the module.
 *
 * @return array<string, mixed>
 */
function trustocean_MetaData()
{
    return [
        'DisplayName' => 'TrustOcean SSL',
        'APIVersion' => '1.1',
        // A server holds an API account for the products using it; without one the addon's applies.
        'RequiresServer' => true,
        'DefaultNonSSLPort' => '80',
        'DefaultSSLPort' => '443',
    ];
}

/**
 * The product's module settings, shown on the product's Module Settings tab. WHMCS passes them
 * to every call as configoption1..8, in this order.
 *
 * @return array<string, array<string, mixed>>
 */
function trustocean_ConfigOptions()
{
    $lang = (new Module(__DIR__))->translator();
    $yesNo = static fn (string $name): array => [
        'FriendlyName' => $lang->get("config.{$name}"),
        'Type' => 'yesno',
        'Description' => $lang->get("config.{$name}.description"),
    ];
    return [
        'product' => [
            'FriendlyName' => $lang->get('config.product'),
            'Type' => 'text',
            'Size' => '10',
            'Loader' => 'trustocean_ProductLoader',
            'SimpleMode' => true,
            'Description' => $lang->get('config.product.description'),
        ],
        'class' => [
            'FriendlyName' => $lang->get('config.class'),
            'Type' => 'dropdown',
            'Options' => array_combine(
                ProductSettings::CLASSES,
                array_map(static fn (string $class): string => $lang->get("class.{$class}"), ProductSettings::CLASSES)
            ),
            'Default' => 'dv',
            'SimpleMode' => true,
        ],
        'wildcard' => $yesNo('wildcard'),
        'multi_domain' => $yesNo('multi_domain'),
        'ip' => $yesNo('ip'),
        'domains_included' => [
            'FriendlyName' => $lang->get('config.domains_included'),
            'Type' => 'text',
            'Size' => '5',
            'Default' => '1',
            'Description' => $lang->get('config.domains_included.description'),
        ],
        'termination' => [
            'FriendlyName' => $lang->get('config.termination'),
            'Type' => 'dropdown',
            'Options' => array_combine(
                ProductSettings::TERMINATION_POLICIES,
                array_map(static fn (string $policy): string => $lang->get("config.termination.{$policy}"), ProductSettings::TERMINATION_POLICIES)
            ),
            'Default' => 'keep',
        ],
        'server_keys' => $yesNo('server_keys'),
    ];
}

/**
 * Fills the product dropdown when WHMCS renders the Module Settings tab, from the product list
 * cached for a day. WHMCS shows the message of a thrown exception.
 *
 * @param array<string, mixed> $params server details of the product, when it has a server
 *
 * @return array<int, string> TrustOcean pid => product name
 */
function trustocean_ProductLoader(array $params = [])
{
    $module = new Module(__DIR__);
    try {
        return $module->productOptions($params);
    } catch (Throwable $error) {
        throw new Exception($module->failed(__FUNCTION__, $params, $error));
    }
}

/**
 * Checks the server's API account, when an admin clicks Test Connection on a server.
 *
 * @param array<string, mixed> $params
 *
 * @return array{success: bool, error: string}
 */
function trustocean_TestConnection(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->testConnection($params);
        return ['success' => true, 'error' => ''];
    } catch (Throwable $error) {
        return ['success' => false, 'error' => $module->failed(__FUNCTION__, $params, $error)];
    }
}

/**
 * Creates the service's certificate order, when an order is accepted or paid, or an admin
 * clicks Create. Nothing is sent to TrustOcean yet: the customer configures the certificate.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_CreateAccount(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->create();
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Suspends the service (overdue invoice or admin): the customer can still look, not act.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_SuspendAccount(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->perform('suspend');
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Lifts a suspension (invoice paid or admin).
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_UnsuspendAccount(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->perform('unsuspend');
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Terminates the service (cancellation or admin): an order not yet issued is cancelled (with a
 * refund request when TrustOcean has it); an issued certificate is kept or revoked as the
 * product's termination setting says.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_TerminateAccount(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->perform('terminate');
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Starts the next certificate of the service, each time a renewal invoice is paid: the current
 * certificate is kept while the customer configures the renewal.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_Renew(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->perform('renew');
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Applies an upgrade or downgrade of the product or of its DomainCount option, once paid: the
 * order's domain quota follows; new names reach TrustOcean with the next reissue.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_ChangePackage(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->perform('change_package');
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * The service's page in the client area: the step the order is at (configure, validate, issued,
 * reissue with `view=reissue`, ...).
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_ClientArea(array $params)
{
    $module = new Module(__DIR__);
    try {
        $requestedView = isset($_GET['view']) && is_string($_GET['view']) ? $_GET['view'] : null;
        $service = $module->service($params);
        // A request that crashed or lost its answer is settled on the next look at the order.
        return $module->page($service, $params, $service->settleInterrupted(time()), $requestedView);
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * The custom functions customers may call (`modop=custom&a=<name>`); each checks for a POST
 * with WHMCS's CSRF token.
 *
 * @return list<string>
 */
function trustocean_ClientAreaAllowedFunctions()
{
    return [
        'configure',
        'submit',
        'refresh',
        'changeDcvMethod',
        'removeDomain',
        'retryDcv',
        'reconcile',
        'reset',
        'reissue',
        'acceptRenewal',
        'download',
        'dcvFile',
    ];
}

/**
 * Step 1, posted by the customer: the CSR (uploaded, made in the browser, or generated on the
 * server when the product allows it), the names, the contact and the organisation.
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_configure(array $params)
{
    $module = new Module(__DIR__);
    $input = [];
    try {
        $service = $module->service($params);
        $input = CustomerInput::configure($module->form(), $service->product);
        return $module->page($service, $params, $service->perform('configure', $input));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error, $input);
    }
}

/**
 * Step 2, posted by the customer: the validation method of each name; places the order with
 * TrustOcean.
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_submit(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $input = CustomerInput::submit($module->form(), $service->order()['domains']);
        return $module->page($service, $params, $service->perform('submit', $input));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * "Check issuance", posted by the customer: asks TrustOcean for the order's state and fetches
 * the certificate once issued (at most once a minute).
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_refresh(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $module->form();
        return $module->page($service, $params, $service->perform('refresh'));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * Switches one name to another validation method while the order is validated.
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_changeDcvMethod(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $input = CustomerInput::changeDcvMethod($module->form(), $service->order()['domains']);
        return $module->page($service, $params, $service->perform('change_dcv_method', $input));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * Removes a name that cannot be validated from a multi-domain order.
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_removeDomain(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $input = CustomerInput::domain($module->form(), $service->order()['domains']);
        return $module->page($service, $params, $service->perform('remove_domain', $input));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * Re-runs the validation checks and resends validation e-mails (at most every five minutes).
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_retryDcv(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $module->form();
        return $module->page($service, $params, $service->perform('retry_dcv'));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * "Check now", posted by the customer while an interrupted request is pending: asks TrustOcean
 * what became of it (never orders again) and stores the answer.
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_reconcile(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $module->form();
        return $module->page($service, $params, $service->perform('reconcile'));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * Goes back to step 1 before the order is placed, to correct the CSR or the names.
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_reset(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $module->form();
        return $module->page($service, $params, $service->perform('reset'));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * Reissues the issued certificate with a new CSR or key, or other names within the quota.
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_reissue(array $params)
{
    $module = new Module(__DIR__);
    $input = [];
    try {
        $service = $module->service($params);
        $input = CustomerInput::reissue($module->form(), $service->product);
        return $module->page($service, $params, $service->perform('reissue', $input));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error, $input, 'reissue');
    }
}

/**
 * Configures a renewal like the certificate it renews (same CSR, names, contact, organisation).
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>}
 */
function trustocean_acceptRenewal(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $module->form();
        return $module->page($service, $params, $service->perform('reuse_previous'));
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * Downloads the certificate as a zip for one server type, with the key the server keeps or a key
 * pasted for this download only (never stored, never logged).
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>} only on failure; a download ends the request
 */
function trustocean_download(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $service->bundle(CustomerInput::download($module->form()))->send();
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * Downloads the HTTP validation file of one name, to upload to the customer's web server.
 *
 * @param array<string, mixed> $params
 *
 * @return array{templatefile: string, vars: array<string, mixed>} only on failure; a download ends the request
 */
function trustocean_dcvFile(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $row = $module->form()->index('domain', count($service->order()['domains']));
        $service->dcvFile($row)->send();
    } catch (Throwable $error) {
        return $module->failedPage(__FUNCTION__, $params, $error);
    }
}

/**
 * The buttons on the admin service page.
 *
 * @return array<string, string> label => function
 */
function trustocean_AdminCustomButtonArray()
{
    $lang = (new Module(__DIR__))->translator();
    return [
        $lang->get('admin.button.sync') => 'adminSync',
        $lang->get('admin.button.retry_dcv') => 'adminRetryDcv',
        $lang->get('admin.button.resend_verification') => 'adminResendVerification',
        $lang->get('admin.button.refund') => 'adminRefund',
        $lang->get('admin.button.mark_renewal') => 'adminMarkRenewal',
        $lang->get('admin.button.resend_issued') => 'adminResendIssuedEmail',
        $lang->get('admin.button.reset') => 'adminReset',
        // Driven by the controls on the module tab, which post the value they need.
        $lang->get('admin.button.revoke') => 'adminRevoke',
        $lang->get('admin.button.remove_domain') => 'adminRemoveDomain',
        $lang->get('admin.button.import') => 'adminImport',
    ];
}

/**
 * Admin button: fetches the order from TrustOcean now (its status, certificate, validation
 * and a pending refund's decision), without the customer's wait.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminSync(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->perform('sync');
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Admin button: re-runs the validation checks and resends validation e-mails.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminRetryDcv(array $params)
{
    $module = new Module(__DIR__);
    try {
        // The customer's throttle protects the API from impatient clicks, not the admin's.
        $module->service($params)->perform('retry_dcv', ['force' => true]);
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Admin button: asks TrustOcean to contact the organisation again for OV/EV verification. The
 * public API has no call of its own for this, so it is the retry call, which also re-runs the
 * domain checks; the admin tab says so.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminResendVerification(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->perform('retry_dcv', ['force' => true]);
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Admin button: cancels the order at TrustOcean and asks for a refund; the decision arrives by
 * push or on the next sync.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminRefund(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->perform('refund');
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Admin button, before the first submission: switches the order between a renewal (sent as
 * renew=yes, for TrustOcean's extra validity) and a new order.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminMarkRenewal(array $params)
{
    $module = new Module(__DIR__);
    try {
        $service = $module->service($params);
        $service->perform('mark_renewal', ['renew' => empty($service->order()['renew'])]);
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Admin button: sends the customer the issuance e-mail again.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminResendIssuedEmail(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->resendIssuedMail();
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Admin control: revokes the issued certificate with the reason chosen on the module tab.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminRevoke(array $params)
{
    $module = new Module(__DIR__);
    try {
        $reason = $module->adminForm()->choice('revocation_reason', array_column(RevocationReason::cases(), 'value'));
        $module->service($params)->perform('revoke', ['reason' => RevocationReason::from($reason)->apiText()]);
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Admin control: removes a name that cannot be validated from a multi-domain order.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminRemoveDomain(array $params)
{
    $module = new Module(__DIR__);
    try {
        $domain = $module->adminForm()->requiredText('domain', 255);
        $module->service($params)->perform('remove_domain', ['domain' => $domain]);
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Admin control: takes over an order that already exists at TrustOcean, by its order number,
 * into this service (which must not have been configured yet).
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminImport(array $params)
{
    $module = new Module(__DIR__);
    try {
        $trustoceanId = $module->adminForm()->orderNumber('trustocean_id');
        $module->service($params)->import($trustoceanId);
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * Admin button: sends an order not yet placed back to step 1.
 *
 * @param array<string, mixed> $params
 *
 * @return string "success" or the error shown to the admin
 */
function trustocean_adminReset(array $params)
{
    $module = new Module(__DIR__);
    try {
        $module->service($params)->perform('reset');
        return 'success';
    } catch (Throwable $error) {
        return $module->failed(__FUNCTION__, $params, $error);
    }
}

/**
 * The order's facts on the admin service page, every value escaped.
 *
 * @param array<string, mixed> $params
 *
 * @return array<string, string> label => HTML
 */
function trustocean_AdminServicesTabFields(array $params)
{
    $module = new Module(__DIR__);
    try {
        return $module->adminFields($params);
    } catch (Throwable $error) {
        $module->failed(__FUNCTION__, $params, $error);
        return [];
    }
}
