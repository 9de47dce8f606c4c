<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

use Throwable;
use TrustOcean\Bundle;
use TrustOcean\Client;
use TrustOcean\TransportException;
use TrustOcean\Whmcs\Config\Credentials;
use TrustOcean\Whmcs\Http\DownloadRequest;
use TrustOcean\Whmcs\Http\FileResponse;
use TrustOcean\Whmcs\Log\ModuleLog;
use TrustOcean\Whmcs\Mail\OrderNotifier;
use TrustOcean\Whmcs\Testing\FaultPoints;
use TrustOcean\Whmcs\Product\ProductSettings;
use TrustOcean\Workflow;

/**
 * The certificate order of one WHMCS service: runs a workflow action of the extension on the
 * stored record, stores what it returns, and logs the TrustOcean calls it made.
 *
 * The extension decides whether an action is allowed in the order's state and validates every
 * input; this class never second-guesses it and never skips it.
 */
final class OrderService
{
    /**
     * Actions whose call changes something at TrustOcean: recorded as pending before the call.
     */
    private const CLAIMED = ['submit', 'reissue', 'change_dcv_method', 'remove_domain', 'retry_dcv', 'revoke', 'refund', 'terminate', 'confirm'];

    /** Notices of a settlement that found the lost action done at TrustOcean. */
    private const SETTLED_AS_DONE = ['order.placed_unconfirmed', 'order.reissue_submitted', 'order.domain_removed'];

    /** Seconds after which a pending action is taken as interrupted: longer than any call may take. */
    public const PENDING_LEASE_SECONDS = 120;

    private ?Client $client = null;

    private ?Workflow $workflow = null;

    /**
     * @param array<string, mixed> $workflowSettings settings of TrustOcean\Workflow (callbackUrl, ...)
     */
    public function __construct(
        public readonly int $serviceId,
        public readonly ProductSettings $product,
        private readonly Credentials $credentials,
        private readonly OrderRepository $orders,
        private readonly ModuleLog $log,
        private readonly array $workflowSettings,
        private readonly ?OrderNotifier $notifier = null,
        private readonly FaultPoints $faults = new FaultPoints()
    ) {
    }

    /**
     * The stored record.
     *
     * @return array<string, mixed>
     *
     * @throws OrderMissing
     */
    public function order(): array
    {
        return $this->orders->find($this->serviceId) ?? throw new OrderMissing($this->serviceId);
    }

    /** Creates the record of a new service (no call to TrustOcean). */
    public function create(): ActionOutcome
    {
        if ($this->orders->find($this->serviceId) !== null) {
            throw new OrderExists($this->serviceId);
        }
        return $this->run('create', ['service_id' => $this->serviceId, 'domain_quota' => $this->product->quota], []);
    }

    /**
     * Runs a workflow action on the stored record.
     *
     * @param string               $action a workflow action as the view names it (configure,
     *                                     change_dcv_method, ...)
     * @param array<string, mixed> $input  the action's input, already type-checked
     */
    public function perform(string $action, array $input = []): ActionOutcome
    {
        return $this->run($action, $this->order(), $input);
    }

    /**
     * A push named this order: fetches it from TrustOcean and applies what the API says, unless
     * the state has nothing to fetch, a push synced it less than the interval ago, or a
     * concurrent request claimed it first (compare-and-set on synced_at). The claim stands even
     * if the call fails, so a flood of pushes never becomes a flood of API calls.
     */
    public function syncFromPush(int $now): PushSync
    {
        $order = $this->order();
        if (!in_array('sync', (array) ($this->view($order)['admin_actions'] ?? []), true)) {
            return PushSync::notApplicable((string) $order['state']);
        }
        $wait = $this->workflow()->syncWait($order, $now);
        $observed = isset($order['synced_at']) ? (int) $order['synced_at'] : null;
        if ($wait > 0 || !$this->orders->claimSync($this->serviceId, $observed, $now)) {
            return PushSync::limited((string) $order['state']);
        }

        $order['synced_at'] = $now;
        $outcome = $this->run('sync', $order, []);
        return PushSync::synced((string) $outcome->order['state'], $outcome->notice);
    }

    /**
     * Settles an action left pending by a request that crashed or lost its answer, once its
     * lease is over: what the page shows next is then what TrustOcean holds. Null when nothing
     * was pending, the action may still be in progress, or TrustOcean could not be asked (the
     * page then offers "Check now"; the cron asks again).
     */
    public function settleInterrupted(int $now): ?ActionOutcome
    {
        $order = $this->order();
        if (($order['pending'] ?? null) === null || (int) ($order['pending_since'] ?? 0) > $now - self::PENDING_LEASE_SECONDS) {
            return null;
        }
        try {
            return $this->settle($order);
        } catch (Throwable) {
            return null;
        }
    }

    /**
     * Admin: takes over the TrustOcean order $trustoceanId into this service, unless another
     * service holds it.
     *
     * @throws OrderTaken
     */
    public function import(int $trustoceanId): ActionOutcome
    {
        $holder = $this->orders->serviceIdFor($trustoceanId);
        if ($holder !== null && $holder !== $this->serviceId) {
            throw new OrderTaken($trustoceanId, $holder);
        }
        // An order placed under this service's unique id whose number was lost is confirmed,
        // which checks that TrustOcean's order carries that id.
        $action = ($this->order()['state'] ?? '') === 'unconfirmed' ? 'confirm' : 'import';
        return $this->perform($action, ['trustocean_id' => $trustoceanId]);
    }

    /**
     * Admin: sends the issuance e-mail again.
     *
     * @throws ActionRefused when the order has no issued certificate
     */
    public function resendIssuedMail(): void
    {
        $order = $this->order();
        if (($this->view($order)['state'] ?? '') !== 'issued' || $this->notifier === null) {
            throw new ActionRefused('resend_issued_mail');
        }
        $this->notifier->changed($this->serviceId, $order, $order, 'order.issued');
    }

    /**
     * What the customer may see and do now (no call to TrustOcean).
     *
     * @param array<string, mixed> $order
     *
     * @return array<string, mixed>
     */
    public function view(array $order): array
    {
        return Workflow::view($order, $this->product->toWorkflow(), null, $this->workflowSettings);
    }

    /** Whether the server keeps a private key for this order. */
    public function hasServerKey(): bool
    {
        return $this->orders->privateKey($this->serviceId) !== null;
    }

    /**
     * The certificate as a zip in one server format, with the key the request names.
     */
    public function bundle(DownloadRequest $request): FileResponse
    {
        $order = $this->order();
        if (!MaterialAccess::canDownload($this->view($order))) {
            throw new ActionRefused('download');
        }
        $serverKey = null;
        if ($request->keySource === 'server') {
            $serverKey = $this->orders->privateKey($this->serviceId) ?? throw new ServerKeyMissing();
        }
        $zip = Bundle::zip((string) $order['certificate'], (string) $order['chain'], $request->bundleOptions($serverKey));
        return new FileResponse(self::fileBase($order) . "-{$request->format}.zip", 'application/zip', $zip);
    }

    /**
     * The HTTP validation file of one domain, to upload to the customer's web server.
     */
    public function dcvFile(int $row): FileResponse
    {
        $view = $this->view($this->order());
        if (!MaterialAccess::canDownloadDcvFile($view, $row)) {
            throw new ActionRefused('dcv_file');
        }
        $http = $view['dcv'][$row]['http'];
        return new FileResponse((string) $http['filename'], 'text/plain; charset=utf-8', (string) $http['content']);
    }



    /**
     * Runs an action on the order as read, and stores its result over the version read.
     *
     * An action left pending by a request that crashed or lost its answer is settled first
     * (reconcile); one still in progress makes this request wait (OrderBusy). An action that
     * changes something at TrustOcean is recorded as pending before its call (a claim over the
     * version read, so two requests never both call), released when the call certainly changed
     * nothing, and settled at once when its answer was lost.
     *
     * @param array<string, mixed> $order
     * @param array<string, mixed> $input
     */
    private function run(string $action, array $order, array $input): ActionOutcome
    {
        if ($action === 'create') {
            return $this->store($action, $order, $this->call($action, $order, $input), null);
        }

        $now = time();
        if (($order['pending'] ?? null) !== null) {
            $settled = $this->settlePending($order, $action, $now);
            // What the interrupted action did comes first; the new one runs only if it did nothing.
            if ($action === 'reconcile' || $settled->notice !== 'order.not_placed') {
                return $settled;
            }
            $order = $settled->order;
        }
        if (!in_array($action, self::CLAIMED, true)) {
            return $this->store($action, $order, $this->call($action, $order, $input), (int) $order['version']);
        }

        $claimed = $this->orders->claim($order, $action, $now) ?? throw new OrderChanged($this->serviceId);
        $this->faults->at('claimed', $action);
        try {
            $result = $this->call($action, $claimed, $input);
        } catch (TransportException $lost) {
            // TrustOcean may have acted: ask it now; if that fails too, the next request or the
            // cron asks once the lease is over.
            try {
                $settled = $this->settle($claimed);
            } catch (Throwable) {
                throw $lost;
            }
            // What TrustOcean did is the answer; when it did nothing, or what it did cannot be
            // told apart from a sync, the customer is told to try again.
            if (in_array($settled->notice, self::SETTLED_AS_DONE, true)) {
                return $settled;
            }
            throw $lost;
        } catch (Throwable $refused) {
            $this->orders->release($claimed);
            throw $refused;
        }
        $this->faults->at('answered', $action);
        return $this->store($action, $claimed, $result, (int) $claimed['version']);
    }

    /**
     * Settles the action pending on $order before anything else is done to it.
     *
     * @param array<string, mixed> $order
     *
     * @throws OrderBusy    while the pending action may still be in progress
     * @throws OrderChanged when another request settled it first
     */
    private function settlePending(array $order, string $action, int $now): ActionOutcome
    {
        $startedAt = (int) ($order['pending_since'] ?? 0);
        if ($action !== 'reconcile' && $startedAt > $now - self::PENDING_LEASE_SECONDS) {
            throw new OrderBusy($this->serviceId, (string) $order['pending']);
        }
        return $this->settle($order);
    }

    /**
     * Asks TrustOcean what became of the pending action of $order and stores the answer.
     *
     * @param array<string, mixed> $order
     *
     * @throws OrderChanged when another request settled it first
     */
    private function settle(array $order): ActionOutcome
    {
        return $this->store('reconcile', $order, $this->call('reconcile', $order, []), (int) $order['version']);
    }

    /**
     * One workflow call, with the TrustOcean calls it made written to the module log.
     *
     * @param array<string, mixed> $order
     * @param array<string, mixed> $input
     *
     * @return array<string, mixed>
     */
    private function call(string $action, array $order, array $input): array
    {
        try {
            // The extension names the workflow's methods in camelCase (change_dcv_method → changeDcvMethod).
            $method = lcfirst(str_replace('_', '', ucwords($action, '_')));
            $result = $this->workflow()->{$method}($order, $this->product->toWorkflow(), $input);
        } catch (Throwable $error) {
            $this->log->writeCalls($this->client(), $this->credentials->secrets());
            throw $error;
        }
        $generatedKey = isset($result['privateKey']) ? (string) $result['privateKey'] : null;
        $this->log->writeCalls($this->client(), array_merge($this->credentials->secrets(), (array) $generatedKey));
        return $result;
    }

    /**
     * Stores an action's result over $readVersion (a new row for null) and tells the customer.
     *
     * @param array<string, mixed> $before
     * @param array<string, mixed> $result
     *
     * @throws OrderChanged when another request changed the order since it was read
     */
    private function store(string $action, array $before, array $result, ?int $readVersion): ActionOutcome
    {
        $generatedKey = isset($result['privateKey']) ? (string) $result['privateKey'] : null;
        $stored = $readVersion === null
            ? $this->orders->insert($result['order'], $generatedKey)
            : $this->orders->saveOver($result['order'], $readVersion, $generatedKey);
        if (!$stored) {
            throw $action === 'create' ? new OrderExists($this->serviceId) : new OrderChanged($this->serviceId);
        }
        $order = $result['order'];
        $order['version'] = $readVersion === null ? 0 : $readVersion + 1;
        $this->faults->at('stored', $action);

        $this->orders->syncServiceDomain($this->serviceId, $order);
        $this->notifier?->changed($this->serviceId, $before, $order, (string) ($result['notice'] ?? ''));
        $warnings = is_array($result['warnings'] ?? null) ? array_values($result['warnings']) : [];
        return new ActionOutcome($order, (string) ($result['notice'] ?? ''), $warnings, $generatedKey);
    }

    /**
     * A file name from the primary domain: `*.example.com` gives `wildcard_example_com`.
     *
     * @param array<string, mixed> $order
     */
    private static function fileBase(array $order): string
    {
        $primary = (string) ($order['domains'][0] ?? 'certificate');
        return preg_replace('/[^a-z0-9-]+/', '_', str_replace('*', 'wildcard', strtolower($primary))) ?? 'certificate';
    }

    private function client(): Client
    {
        return $this->client ??= $this->credentials->client();
    }

    private function workflow(): Workflow
    {
        return $this->workflow ??= new Workflow($this->client(), $this->workflowSettings);
    }
}
