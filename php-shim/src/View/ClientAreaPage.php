<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Config\SystemUrl;
use TrustOcean\Whmcs\I18n\Translator;
use TrustOcean\Whmcs\Order\MaterialAccess;
use TrustOcean\Whmcs\Order\OrderService;

/**
 * The client area page of a service: one template per order state, with the variables it needs.
 *
 * Every text comes from the lang files and every value is escaped by the templates; the page
 * offers only what the workflow's view allows in the current state.
 */
final class ClientAreaPage
{
    public function __construct(
        private readonly Translator $translator,
        private readonly SystemUrl $urls,
        private readonly string $moduleDirectory,
        private readonly string $csrfToken
    ) {
    }

    /**
     * The page array WHMCS renders (`templatefile` relative to the module folder, and `vars`).
     *
     * @param array<string, mixed> $order
     *
     * @return array{templatefile: string, vars: array<string, mixed>}
     */
    public function render(OrderService $service, array $order, PageFeedback $feedback, string $defaultEmail): array
    {
        $view = $service->view($order);
        $actions = array_merge(array_map('strval', $view['actions'] ?? []), MaterialAccess::actions($view));
        $template = self::template((string) $view['state'], $order, $actions, $feedback->requestedView);

        $vars = $this->common($service, $order, $view, $actions, $feedback);
        $vars += match ($template) {
            'configure', 'renewal', 'reissue' => $this->configureVars($service, $order, $feedback, $defaultEmail, $template),
            'dcv', 'validating' => $this->validationVars($service, $order, $view),
            'issued' => $this->issuedVars($service, $order, $view),
            default => ['finalMessage' => $this->translator->get('final.' . $view['state'])],
        };
        return ['templatefile' => 'templates/' . $template, 'vars' => $vars];
    }

    /**
     * A page that only reports a failure (the order could not even be loaded).
     *
     * @param list<string> $errors
     *
     * @return array{templatefile: string, vars: array<string, mixed>}
     */
    public function failure(array $errors): array
    {
        return ['templatefile' => 'templates/error', 'vars' => [
            'lang' => $this->translator->all(),
            'errors' => $errors,
            'assetsUrl' => $this->urls->assetsUrl(),
        ]];
    }

    /**
     * @param string               $state   the state the view reports (an issued certificate
     *                                      past its end is already expired there)
     * @param array<string, mixed> $order
     * @param list<string>         $actions
     */
    private static function template(string $state, array $order, array $actions, ?string $requestedView): string
    {
        return match ($state) {
            'awaiting_configuration' => !empty($order['renew']) && !empty($order['previous']) ? 'renewal' : 'configure',
            'awaiting_submission' => 'dcv',
            // An unconfirmed order is placed: its customer validates the names as for any other.
            'unconfirmed', 'validating' => 'validating',
            'issued' => $requestedView === 'reissue' && in_array('reissue', $actions, true) ? 'reissue' : 'issued',
            default => 'final',
        };
    }

    /**
     * @param array<string, mixed> $order
     * @param array<string, mixed> $view
     * @param list<string>         $actions
     *
     * @return array<string, mixed>
     */
    private function common(OrderService $service, array $order, array $view, array $actions, PageFeedback $feedback): array
    {
        $serviceId = $service->serviceId;
        $primary = (string) ($order['domains'][0] ?? 'certificate');
        return [
            'lang' => $this->translator->all(),
            'templateDir' => $this->moduleDirectory . '/templates',
            'assetsUrl' => $this->urls->assetsUrl(),
            'serviceId' => $serviceId,
            'formAction' => $this->urls->serviceUrl($serviceId),
            'pageUrl' => $this->urls->serviceUrl($serviceId),
            'csrfToken' => $this->csrfToken,
            'state' => (string) $view['state'],
            'pending' => ($view['pending'] ?? null) !== null,
            'suspended' => !empty($order['suspended']),
            'can' => new AllowedActions($actions),
            'summary' => $this->summary($service, $order, (string) $view['state']),
            'notice' => $feedback->notice === null ? null : $this->notice($feedback->notice),
            'errors' => $feedback->errors,
            'warnings' => $feedback->warnings,
            'generatedKey' => $feedback->generatedKey,
            'generatedKeyName' => str_replace('*', 'wildcard', $primary) . '.key',
            // A data: link lets the key be saved as a file without another request to the server.
            'generatedKeyDataUri' => $feedback->generatedKey === null
                ? ''
                : 'data:application/x-pem-file;base64,' . base64_encode($feedback->generatedKey),
        ];
    }

    /**
     * @param array<string, mixed> $order
     *
     * @return list<array{label: string, value: string}>
     */
    private function summary(OrderService $service, array $order, string $state): array
    {
        $product = $service->product;
        $status = $this->translator->get('state.' . $state);
        if ($state === 'validating' && !empty($order['remote_status'])) {
            $status .= ' · ' . $this->remoteStatus((string) $order['remote_status']);
        }
        $rows = [
            'summary.status' => $status,
            'summary.validation' => $this->translator->get('class.' . $product->class),
            'summary.domains' => $this->translator->get('summary.domains_used', [
                'used' => count($order['domains'] ?? []),
                'quota' => (int) $order['domain_quota'],
            ]),
            'summary.period' => $this->translator->get('period.' . $product->period),
        ];
        if (!empty($order['trustocean_id'])) {
            $rows['summary.order_number'] = (string) $order['trustocean_id'];
        }
        if (!empty($order['valid_to'])) {
            $rows['summary.valid_until'] = DateFormat::unix($order['valid_to']);
        }
        $summary = [];
        foreach ($rows as $label => $value) {
            $summary[] = ['label' => $this->translator->get($label), 'value' => $value];
        }
        return $summary;
    }

    /**
     * @param array<string, mixed> $order
     *
     * @return array<string, mixed>
     */
    private function configureVars(OrderService $service, array $order, PageFeedback $feedback, string $defaultEmail, string $template): array
    {
        $countries = new CountryList($this->moduleDirectory . '/assets/data/countries.json');
        $vars = (new ConfigureForm($this->translator, $countries))
            ->vars($service->product, $order, $feedback->sent, $defaultEmail, $template === 'reissue');
        $vars['multiDomain'] = $service->product->multiDomain;
        $vars['quota'] = (int) $order['domain_quota'];
        if ($template === 'renewal') {
            $previous = (array) $order['previous'];
            $vars['previous'] = [
                'domains' => implode(', ', array_map('strval', $previous['domains'] ?? [])),
                'validTo' => DateFormat::unix($previous['valid_to'] ?? null),
            ];
        }
        return $vars;
    }

    /**
     * @param array<string, mixed> $order
     * @param array<string, mixed> $view
     *
     * @return array<string, mixed>
     */
    private function validationVars(OrderService $service, array $order, array $view): array
    {
        $retryWait = (int) ($view['retry_wait'] ?? 0);
        $checkWait = (int) ($view['check_wait'] ?? 0);
        return [
            'dcvRows' => (new DcvRows($this->translator))->build($view['dcv'] ?? []),
            'sameForAllOptions' => array_map(fn (string $method): array => [
                'value' => $method,
                'label' => $this->translator->get('dcv.method.' . $method),
            ], ['dns', 'http', 'https']),
            'multiDomain' => $service->product->multiDomain,
            'organizationCheck' => $service->product->requiresOrganization(),
            'retryWait' => $retryWait,
            'retryWaitText' => $retryWait > 0 ? $this->translator->get('validating.retry_wait', ['seconds' => $retryWait]) : '',
            'checkWait' => $checkWait,
            'checkWaitText' => $checkWait > 0 ? $this->translator->get('validating.check_wait', ['seconds' => $checkWait]) : '',
            'reissuing' => !empty($order['reissuing']),
        ];
    }

    /**
     * @param array<string, mixed> $order
     * @param array<string, mixed> $view
     *
     * @return array<string, mixed>
     */
    private function issuedVars(OrderService $service, array $order, array $view): array
    {
        $certificate = is_array($view['certificate'] ?? null) ? $view['certificate'] : null;
        $vars = (new CertificateDetails($this->translator))->vars($order, $certificate);
        if (!AddonSettings::load()->sealEnabled()) {
            $vars['sealCode'] = '';
        }
        $vars['hasServerKey'] = $service->hasServerKey();
        $vars['reissueUrl'] = $this->urls->serviceUrl($service->serviceId, ['view' => 'reissue']);
        $vars['upgradeUrl'] = $service->product->multiDomain ? $this->urls->upgradeUrl($service->serviceId) : '';
        return $vars;
    }

    private function notice(string $notice): string
    {
        $key = 'notice.' . $notice;
        return $this->translator->has($key) ? $this->translator->get($key) : $this->translator->get('notice.done');
    }

    private function remoteStatus(string $status): string
    {
        $key = 'remote.' . $status;
        return $this->translator->has($key) ? $this->translator->get($key) : $status;
    }
}
