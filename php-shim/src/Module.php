<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs;

use Throwable;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Config\CredentialsResolver;
use TrustOcean\Whmcs\Config\SystemUrl;
use TrustOcean\Whmcs\Database\Cache;
use TrustOcean\Whmcs\Database\Migrator;
use TrustOcean\Whmcs\Http\RequestReader;
use TrustOcean\Whmcs\I18n\ErrorMessages;
use TrustOcean\Whmcs\I18n\Translator;
use TrustOcean\Whmcs\Log\ModuleLog;
use TrustOcean\Whmcs\Mail\OrderMail;
use TrustOcean\Whmcs\Mail\OrderNotifier;
use TrustOcean\Whmcs\Order\ActionOutcome;
use TrustOcean\Whmcs\Order\OrderRepository;
use TrustOcean\Whmcs\Order\OrderService;
use TrustOcean\Whmcs\Product\ProductCatalog;
use TrustOcean\Whmcs\Product\ProductSettings;
use TrustOcean\Whmcs\View\AdminControls;
use TrustOcean\Whmcs\View\AdminMaterial;
use TrustOcean\Whmcs\View\AdminSummary;
use TrustOcean\Whmcs\View\ClientAreaPage;
use TrustOcean\Whmcs\View\PageFeedback;

/**
 * The server module's composition root: what the functions in trustocean.php need, built from
 * WHMCS's module parameters.
 *
 * Each module function creates one instance, so nothing is shared between calls.
 */
final class Module
{
    public const NAME = 'trustocean';

    private ?Translator $translator = null;

    private ?SystemUrl $urls = null;

    /** @param string $directory the module folder (modules/servers/trustocean) */
    public function __construct(private readonly string $directory)
    {
    }

    /** Brings the module's tables (and its e-mail template) up to date. */
    public function migrate(): void
    {
        Migrator::standard($this->directory . '/lang')->migrate();
    }

    public function translator(): Translator
    {
        return $this->translator ??= Translator::forSession($this->directory . '/lang');
    }

    /**
     * The order of the service the parameters describe, with its product, API account and
     * callback URL. Brings the module's tables up to date first.
     *
     * @param array<string, mixed> $params
     */
    public function service(array $params): OrderService
    {
        ExtensionMissing::check();
        $this->migrate();
        $catalog = new ProductCatalog(new Cache());
        $pid = (int) ($params['configoption1'] ?? 0);
        $urls = $this->urls();

        $settings = $urls->isConfigured() ? ['callbackUrl' => $urls->callbackUrl()] : [];
        $settings['syncInterval'] = AddonSettings::load()->pushInterval();

        return new OrderService(
            (int) ($params['serviceid'] ?? 0),
            ProductSettings::fromParams($params, $catalog->periods($pid, time())),
            (new CredentialsResolver())->resolve($params),
            new OrderRepository(),
            new ModuleLog(),
            $settings,
            new OrderNotifier(new OrderMail($urls))
        );
    }

    /**
     * The customer's form, once it is known to be a POST with a valid CSRF token.
     */
    public function form(): RequestReader
    {
        $form = RequestReader::fromGlobals();
        $form->requirePostWithToken();
        return $form;
    }

    /**
     * An admin control's form, once it is known to be a POST with a valid CSRF token.
     */
    public function adminForm(): RequestReader
    {
        $form = RequestReader::fromGlobals();
        $form->requirePostWithToken('WHMCS.admin.default');
        return $form;
    }

    /**
     * Checks the API account of a server or of the addon (TestConnection).
     *
     * @param array<string, mixed> $params
     */
    public function testConnection(array $params): void
    {
        ExtensionMissing::check();
        $credentials = (new CredentialsResolver())->resolve($params);
        $client = $credentials->client();
        try {
            $client->ping();
        } finally {
            (new ModuleLog())->writeCalls($client, $credentials->secrets());
        }
    }

    /**
     * The product dropdown of the product's module settings, from the cached product list; the
     * API is asked only when the cache is empty or a day old.
     *
     * @param array<string, mixed> $params
     *
     * @return array<int, string>
     */
    public function productOptions(array $params): array
    {
        ExtensionMissing::check();
        $this->migrate();
        $catalog = new ProductCatalog(new Cache());
        $products = $catalog->cached(time());
        if ($products === null) {
            $credentials = (new CredentialsResolver())->resolve($params);
            $client = $credentials->client();
            try {
                $products = $catalog->refresh($client, time());
            } finally {
                (new ModuleLog())->writeCalls($client, $credentials->secrets());
            }
        }
        return ProductCatalog::options($products);
    }

    /**
     * The client area page after an action, or of the current state when $outcome is null.
     *
     * @param array<string, mixed> $params
     */
    public function page(OrderService $service, array $params, ?ActionOutcome $outcome = null, ?string $requestedView = null): array
    {
        $feedback = new PageFeedback(
            notice: $outcome?->notice,
            warnings: $outcome === null ? [] : (new ErrorMessages($this->translator()))->findings($outcome->warnings, 'warning'),
            generatedKey: $outcome?->generatedKey,
            requestedView: $requestedView
        );
        return $this->pageBuilder()->render($service, $outcome->order ?? $service->order(), $feedback, self::clientEmail($params));
    }

    /**
     * Logs a failed customer action and shows the page again with what went wrong, keeping what
     * the customer typed (never a pasted key: downloads do not come back here with input).
     *
     * @param array<string, mixed> $params
     * @param array<string, mixed> $sent
     */
    public function failedPage(string $function, array $params, Throwable $error, array $sent = [], ?string $requestedView = null): array
    {
        $errors = $this->describe($function, $params, $error);
        try {
            $service = $this->service($params);
            $feedback = new PageFeedback(errors: $errors, sent: $sent, requestedView: $requestedView);
            return $this->pageBuilder()->render($service, $service->order(), $feedback, self::clientEmail($params));
        } catch (Throwable) {
            return $this->pageBuilder()->failure($errors);
        }
    }

    /**
     * Logs a failed module function and returns the message WHMCS shows for it.
     *
     * @param array<string, mixed> $params
     */
    public function failed(string $function, array $params, Throwable $error): string
    {
        return implode(' ', $this->describe($function, $params, $error));
    }

    /**
     * The order's facts for the admin service page; [] when the service has no order yet.
     *
     * @param array<string, mixed> $params
     *
     * @return array<string, string>
     */
    public function adminFields(array $params): array
    {
        $this->migrate();
        $order = (new OrderRepository())->find((int) ($params['serviceid'] ?? 0));
        if ($order === null) {
            return [];
        }
        $translator = $this->translator();
        $service = $this->service($params);
        $controls = new AdminControls($translator, $this->urls()->assetsUrl());
        return (new AdminSummary($translator))->fields($order)
            + (new AdminMaterial($translator))->fields($order)
            + $controls->fields($order, $service->view($order), $service->product->multiDomain, $service->product->class !== 'dv');
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return list<string>
     */
    private function describe(string $function, array $params, Throwable $error): array
    {
        (new ModuleLog())->writeFailure(
            $function,
            ['serviceid' => (int) ($params['serviceid'] ?? 0)],
            $error,
            [(string) ($params['serverpassword'] ?? '')]
        );
        return (new ErrorMessages($this->translator()))->describe($error);
    }

    private function pageBuilder(): ClientAreaPage
    {
        $token = function_exists('generate_token') ? (string) generate_token('plain') : '';
        return new ClientAreaPage($this->translator(), $this->urls(), $this->directory, $token);
    }

    private function urls(): SystemUrl
    {
        return $this->urls ??= SystemUrl::load();
    }

    /** @param array<string, mixed> $params */
    private static function clientEmail(array $params): string
    {
        $details = $params['clientsdetails'] ?? [];
        return is_array($details) ? (string) ($details['email'] ?? '') : '';
    }
}
