<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

use Random\Engine\Mt19937;
use Random\Randomizer;
use RuntimeException;
use Throwable;
use TrustOcean\Bundle;
use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Organization;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\Administrator;
use TrustOcean\Tests\Support\Whmcs\Customer;
use TrustOcean\Tests\Support\Whmcs\Page;
use TrustOcean\Tests\Support\Whmcs\StandIn;
use TrustOcean\Whmcs\Cron\CronRunner;
use TrustOcean\Whmcs\Database\Settings;
use TrustOcean\Whmcs\Module;
use WHMCS\Database\Capsule;

/**
 * A fault campaign: services of every demo product walked through scripted customer, admin and
 * cron actions, chosen by a seeded RNG, while the sandbox injects errors, malformed answers,
 * dropped connections and slow bodies into about 30% of the API calls and the certificate
 * authority approves orders and decides refunds at random.
 *
 * Each way of losing an answer has its own test; what those cannot show is how they combine: a
 * settlement that fails in its turn, an interrupted action met by the next one, the cron in the
 * middle, an order the certificate authority moved on meanwhile. The campaign makes those
 * combinations by the hundred and holds every one of them to the same promise.
 *
 * After each action the campaign checks what a customer or admin would see (a page, never blank
 * or with a PHP message; a success or an error that says what went wrong) and what stayed behind
 * (a failed action leaves the record as it was, apart from what its message says: an action
 * recorded as pending, or the order settled to what TrustOcean holds). Then the faults stop,
 * time passes, the cron runs and customers look until nothing changes any more, and the
 * sandbox's orders are compared with the records: no order lost, none placed twice, none stuck
 * in a state TrustOcean does not hold.
 *
 * The same seed draws the same actions and the same faults as long as the answers are the same;
 * a throttle's remaining seconds depend on the wall clock, so two runs can part ways (the trace
 * shows where).
 */
final class Campaign
{
    /** Products of the first services, in turn. */
    private const MIX = ['dv_single', 'dv_multi_ip', 'dv_wildcard', 'dv_single', 'ov_single', 'dv_multi_ip', 'ev_multi', 'dv_wildcard'];

    /** Actions that change something at TrustOcean: claimed before their call. */
    private const CLAIMED = [
        'submit', 'changeDcvMethod', 'removeDomain', 'retryDcv', 'reissue',
        'adminRetryDcv', 'adminRemoveDomain', 'adminRefund', 'adminRevoke', 'adminConfirm',
    ];

    /** Actions that store what TrustOcean answered them about the order's state. */
    private const FETCHING = ['submit', 'reissue', 'refresh', 'reconcile', 'adminSync', 'adminRevoke', 'adminConfirm'];

    /** Every action, for the ones sent at the wrong step on purpose. */
    private const ANY_ACTION = [
        'view', 'configure', 'submit', 'refresh', 'changeDcvMethod', 'retryDcv', 'removeDomain', 'reset',
        'reissue', 'download', 'reconcile', 'adminSync', 'adminRefund', 'adminRevoke', 'adminRetryDcv',
        'adminRemoveDomain', 'adminReset',
    ];

    /** Fields of the record that are bookkeeping, not what the order is. */
    private const BOOKKEEPING = ['version', 'updated_at', 'synced_at', 'checked_at', 'dcv_retried_at', 'pending_since'];

    private const MAX_SETTLE_ROUNDS = 12;

    private Randomizer $random;

    private CampaignReport $report;

    private FaultLedger $ledger;

    private SandboxBook $book;

    private ServerLog $serverLog;

    /** @var array<int, CampaignService> by service id */
    private array $services = [];

    /** @var array<int, Customer> by client index */
    private array $customers = [];

    private ?Administrator $admin = null;

    /** campaign, episode or settle: where an action is counted */
    private string $phase = 'campaign';

    private int $step = 0;

    private int $latency = 0;

    private int $episodes = 0;

    /** @var array<string, int> settle-phase actions, by kind */
    private array $settleActions = [];

    public function __construct(
        private readonly StandIn $standIn,
        private readonly Sandbox $sandbox,
        private readonly CampaignSettings $settings,
        private readonly string $moduleDirectory
    ) {
        $this->random = new Randomizer(new Mt19937($settings->seed));
        $this->report = new CampaignReport();
        $this->ledger = new FaultLedger($sandbox);
        $this->book = new SandboxBook($sandbox);
        $this->serverLog = new ServerLog($standIn->varDir . '/web.log');
    }

    public function run(): CampaignReport
    {
        $started = microtime(true);
        $this->sandbox->clearFaults();
        $this->sandbox->setPushKey(null);
        $this->admin = $this->standIn->admin();
        foreach (array_keys($this->standIn->seed->clients) as $index) {
            $this->customers[$index] = $this->standIn->customer($index);
        }
        for ($i = 0; $i < $this->settings->services; $i++) {
            $this->newService(self::MIX[$i % count(self::MIX)], $i % count($this->customers), false);
        }

        $episodesAt = [];
        for ($k = 1; $k <= $this->settings->timeouts; $k++) {
            $episodesAt[] = intdiv($this->settings->actions * $k, $this->settings->timeouts + 1);
        }
        $this->openFaults($this->settings->seed);
        $campaignStarted = microtime(true);
        while ($this->report->actionsRun() < $this->settings->actions) {
            $this->step++;
            if ($episodesAt !== [] && $this->report->actionsRun() >= $episodesAt[0]) {
                array_shift($episodesAt);
                $this->timeoutEpisode();
                continue;
            }
            if ($this->step % CampaignSettings::LATENCY_PHASE === 0) {
                $this->latency = CampaignSettings::LATENCIES_MS[$this->random->getInt(0, count(CampaignSettings::LATENCIES_MS) - 1)];
                $this->ledger->setLatency($this->latency);
                $this->report->events['latency_phases']++;
            }
            if ($this->chance(0.03)) {
                $this->clock([150, 400, 3700][$this->random->getInt(0, 2)]);
            }
            if ($this->chance(0.25)) {
                $this->caEvent();
            }
            $this->oneAction();
        }
        $this->ledger->close();
        $campaignSeconds = microtime(true) - $campaignStarted;

        $settleStarted = microtime(true);
        $this->phase = 'settle';
        $rounds = $this->settle();
        $this->report->convergence = [
            'rounds' => $rounds,
            'converged' => $rounds <= self::MAX_SETTLE_ROUNDS,
            'seconds' => round(microtime(true) - $settleStarted, 1),
            'actions' => $this->settleActions,
        ];

        $this->finalAudit();
        $this->report->run = [
            'seed' => $this->settings->seed,
            'actions_requested' => $this->settings->actions,
            'services' => count($this->services),
            'services_by_product' => array_count_values(array_map(static fn (CampaignService $s): string => $s->product, $this->services)),
            'database' => $this->standIn->driver(),
            'seconds' => round(microtime(true) - $started, 1),
            'campaign_seconds' => round($campaignSeconds, 1),
        ];
        $this->report->faults = $this->faultFigures();
        return $this->report;
    }

    /** One module action: the cron now and then, else an action on one service. */
    private function oneAction(): void
    {
        if ($this->chance(0.04)) {
            $this->cron();
            return;
        }
        $service = $this->pickService();
        $row = $this->row($service->serviceId);
        if (in_array($row['state'], ['cancelled', 'revoked'], true) && count($this->services) < $this->maxServices() && $this->chance(0.5)) {
            $this->newService(self::MIX[$this->random->getInt(0, count(self::MIX) - 1)], $this->random->getInt(0, count($this->customers) - 1), true);
            return;
        }
        $kind = $this->chance(0.08)
            ? self::ANY_ACTION[$this->random->getInt(0, count(self::ANY_ACTION) - 1)]
            : $this->weighted($this->weights($service, $row));
        $this->act($service, $kind);
    }

    /**
     * What a customer or admin would do next with an order in this state, with weights.
     *
     * @param array<string, mixed> $row
     *
     * @return array<string, float>
     */
    private function weights(CampaignService $service, array $row): array
    {
        $multi = $service->isMultiDomain();
        $weights = match ((string) $row['state']) {
            'awaiting_configuration' => ['configure' => 10, 'view' => 1, 'reset' => 0.5, 'adminReset' => 0.5],
            'awaiting_submission' => ['submit' => 10, 'reset' => 1.5, 'adminReset' => 1, 'changeDcvMethod' => 1, 'view' => 1],
            'unconfirmed' => ['adminConfirm' => 3, 'view' => 2, 'refresh' => 1, 'adminSync' => 1],
            'validating' => [
                'refresh' => 3, 'changeDcvMethod' => 2, 'retryDcv' => 2, 'removeDomain' => $multi ? 1.5 : 0.2,
                'adminSync' => 2, 'adminRetryDcv' => 1, 'adminRemoveDomain' => $multi ? 1 : 0, 'adminRefund' => 0.3,
                'view' => 1, 'download' => 0.3,
            ],
            'issued' => [
                'download' => 3, 'reissue' => 2.5, 'refresh' => 1.5, 'view' => 1, 'adminSync' => 1.5,
                'adminRevoke' => 0.3, 'adminRefund' => 0.3,
            ],
            default => ['view' => 2, 'adminSync' => 1, 'refresh' => 1, 'download' => 1],
        };
        if ($row['pending'] !== null) {
            $weights = ['view' => 3, 'reconcile' => 3] + array_map(static fn (float|int $weight): float => $weight / 5, $weights);
        }
        return array_map('floatval', $weights);
    }

    /** Runs one action on a service and checks what it showed and left behind. */
    private function act(CampaignService $service, string $kind, ?callable $send = null): void
    {
        $before = $this->row($service->serviceId);
        $journalMark = ModuleJournal::mark();
        $serverMark = $this->serverLog->mark();
        $problems = [];
        $messages = [];
        try {
            $outcome = $send !== null ? $send($problems, $messages) : $this->perform($kind, $service, $before, $problems, $messages);
        } catch (Throwable $error) {
            $problems[] = 'the request failed: ' . get_class($error) . ': ' . $error->getMessage();
            $outcome = PageCheck::FAILED;
        }
        $after = $this->row($service->serviceId);
        $calls = ModuleJournal::since($journalMark);
        foreach ($this->serverLog->phpMessagesSince($serverMark) as $line) {
            $problems[] = "the server logged: {$line}";
        }
        $this->count($kind, $outcome, $calls, $messages);

        $claimed = in_array($kind, self::CLAIMED, true);
        $lostAnswer = $claimed
            && array_filter($calls, static fn (array $call): bool => ModuleJournal::isWrite($call['method']) && ModuleJournal::lost($call['outcome'])) !== [];
        // A claimed action whose call (a write, or the read a confirmation starts with) got no
        // answer is settled on the spot.
        $settledHere = $claimed && array_filter($calls, static fn (array $call): bool => ModuleJournal::lost($call['outcome'])) !== [];
        if ($lostAnswer) {
            $this->report->settlement['lost_write_answers']++;
            $this->report->settlement[$after['pending'] === null ? 'settled_at_once' : 'left_pending']++;
        }
        $this->trace($kind, $service, $before, $after, $outcome, $messages, $calls);
        $orders = $this->book->orders();
        if ($outcome === PageCheck::FAILED) {
            $this->checkFailed($kind, $before, $after, $settledHere, $orders, $problems);
        } elseif (in_array($kind, self::FETCHING, true) && $after['pending'] === null && self::answered($calls)) {
            $disagreement = OrderAudit::disagreement($after, $orders, false);
            if ($disagreement !== null) {
                $problems[] = "the action succeeded, but left the order in a state TrustOcean does not hold: {$disagreement}";
            }
        }
        $this->observe($service, $after, $kind);
        $drift = $this->namesDrift($after, $orders);
        if ($drift !== null) {
            $problems[] = $drift;
        }
        $audit = OrderAudit::of($this->byLabel(), [$service->serviceId => $after], $orders, false);
        foreach ([...$audit->lost, ...$audit->duplicate] as $finding) {
            $problems[] = $finding;
        }
        foreach ($problems as $problem) {
            $this->report->violation(sprintf(
                '#%d %s on service %d (%s, %s%s): %s',
                $this->step,
                $kind,
                $service->serviceId,
                $service->product,
                (string) $before['state'],
                $before['pending'] === null ? '' : ", pending {$before['pending']}",
                $problem
            ));
        }
    }

    /**
     * Sends one action as its page or admin control does.
     *
     * @param array<string, mixed> $row
     * @param list<string>         $problems
     * @param list<string>         $messages
     */
    private function perform(string $kind, CampaignService $service, array $row, array &$problems, array &$messages): string
    {
        $id = $service->serviceId;
        $customer = $this->customers[$service->clientIndex];
        $admin = $this->admin ?? throw new RuntimeException('not logged in');
        $names = self::names($row) ?: $service->names;
        $page = match ($kind) {
            'view' => $customer->service($id),
            'configure' => $customer->act($id, 'configure', $this->configureFields($service)),
            'submit' => $customer->act($id, 'submit', ['methods' => $this->methods($service, count($names))]),
            'refresh' => $customer->act($id, 'refresh'),
            'changeDcvMethod' => $customer->act($id, 'changeDcvMethod', [
                'domain' => (string) $this->random->getInt(0, count($names) - 1),
                'method' => $this->methods($service, 1)[0],
            ]),
            'retryDcv' => $customer->act($id, 'retryDcv'),
            'removeDomain' => $customer->act($id, 'removeDomain', ['domain' => (string) $this->random->getInt(0, count($names) - 1)]),
            'reset' => $customer->act($id, 'reset'),
            'reissue' => $customer->act($id, 'reissue', $this->reissueFields($service)),
            'download' => $customer->act($id, 'download', [
                'format' => Bundle::formats()[$this->random->getInt(0, count(Bundle::formats()) - 1)],
                'key_source' => $row['key_source'] === 'server' && $this->chance(0.7) ? 'server' : 'none',
                'pfx_password' => 'Campaign-Secret-1',
            ]),
            'reconcile' => $customer->act($id, 'reconcile'),
            'adminSync', 'adminRefund', 'adminRetryDcv', 'adminReset' => $admin->button($id, $kind),
            'adminRevoke' => $admin->command($id, 'custom', [
                'ac' => 'adminRevoke',
                'revocation_reason' => ['key_compromise', 'superseded', 'cessation_of_operation'][$this->random->getInt(0, 2)],
            ]),
            'adminRemoveDomain' => $admin->command($id, 'custom', [
                'ac' => 'adminRemoveDomain',
                'domain' => $names[$this->random->getInt(0, count($names) - 1)],
            ]),
            'adminConfirm' => $this->confirm($service, $row),
            default => throw new RuntimeException("unknown action {$kind}"),
        };
        return str_starts_with($kind, 'admin')
            ? PageCheck::admin($page, $problems, $messages)
            : PageCheck::customer($page, $kind !== 'view', $problems, $messages);
    }

    /**
     * The admin confirms an unconfirmed order with the number TrustOcean holds under its unique
     * id, as a reseller finds it in the TrustOcean console.
     *
     * @param array<string, mixed> $row
     */
    private function confirm(CampaignService $service, array $row): Page
    {
        $admin = $this->admin ?? throw new RuntimeException('not logged in');
        $number = '';
        foreach ($this->book->orders() as $order) {
            if ($order['unique_id'] === (string) $row['unique_id'] && $order['label'] === $service->label) {
                $number = (string) $order['trustocean_id'];
            }
        }
        if ($number === '' && $row['state'] === 'unconfirmed') {
            $this->report->violation("#{$this->step} service {$service->serviceId} is unconfirmed, but TrustOcean holds no order under its unique id {$row['unique_id']}");
        }
        return $admin->command($service->serviceId, 'custom', ['ac' => 'adminImport', 'trustocean_id' => $number === '' ? '999999999' : $number]);
    }

    /**
     * A failed action leaves the record as it was, except for what its message says: the action
     * kept as pending (its answer was lost and could not be checked), or the order settled to
     * what TrustOcean holds (an interrupted action was checked first, or the lost answer was).
     *
     * @param array<string, mixed>             $before
     * @param array<string, mixed>             $after
     * @param bool                             $settledHere whether the action's lost answer was settled on the spot
     * @param array<int, array<string, mixed>> $orders
     * @param list<string>                     $problems
     */
    private function checkFailed(string $kind, array $before, array $after, bool $settledHere, array $orders, array &$problems): void
    {
        $changed = [];
        foreach ($after as $field => $value) {
            if (!in_array($field, ['version', 'updated_at'], true) && ($before[$field] ?? null) !== $value) {
                $changed[] = $field;
            }
        }
        if ($changed === []) {
            return;
        }
        $claimOnly = array_diff($changed, ['pending', 'pending_since']) === [];
        if ($before['pending'] === null && $after['pending'] !== null) {
            if (!$claimOnly || $after['pending'] !== $this->claimName($kind)) {
                $problems[] = "the failed action left {$after['pending']} pending and changed " . implode(', ', $changed);
            }
            return;
        }
        if ($settledHere || $before['pending'] !== null) {
            // The refund is looked up by the settlement of a refund only; the cron catches up
            // with the others (checked once everything has settled).
            $disagreement = $after['pending'] === null ? OrderAudit::disagreement($after, $orders, false) : null;
            if ($disagreement !== null) {
                $problems[] = "the failed action settled the order to a state TrustOcean does not hold: {$disagreement}";
            }
            return;
        }
        $problems[] = 'the failed action changed the order: ' . implode(', ', array_map(
            static fn (string $field): string => $field . ' ' . var_export($before[$field] ?? null, true) . ' → ' . var_export($after[$field], true),
            array_filter($changed, static fn (string $field): bool => !in_array($field, ['csr', 'certificate', 'chain', 'private_key', 'dcv'], true))
        ) ?: $changed);
    }

    /**
     * Names change at TrustOcean only through the module (a removal, a reissue), so a record that
     * holds an order and has nothing pending shows TrustOcean's names, whatever was lost.
     *
     * @param array<string, mixed>             $row
     * @param array<int, array<string, mixed>> $orders
     */
    private function namesDrift(array $row, array $orders): ?string
    {
        $id = $row['trustocean_id'] === null ? null : (int) $row['trustocean_id'];
        if ($id === null || $row['pending'] !== null || !isset($orders[$id])) {
            return null;
        }
        $remote = array_map('strval', (array) ($this->book->details($id)['domains'] ?? []));
        $local = self::names($row);
        sort($remote);
        sort($local);
        return $remote === $local ? null
            : 'the order shows the names ' . implode(', ', $local) . "; TrustOcean's order {$id} has " . implode(', ', $remote);
    }

    /**
     * Whether the last call about the order's state was answered.
     *
     * @param list<array{method: string, request: string, outcome: string}> $calls
     */
    private static function answered(array $calls): bool
    {
        $last = null;
        foreach ($calls as $call) {
            if (in_array($call['method'], ['addSSLOrder', 'reissueSSLOrder', 'revokeSSL', 'getSSLDetails', 'getOrderStatus'], true)) {
                $last = $call;
            }
        }
        return $last !== null && $last['outcome'] === 'ok';
    }

    /** The workflow action a page action claims. */
    private function claimName(string $kind): string
    {
        return match ($kind) {
            'changeDcvMethod' => 'change_dcv_method',
            'removeDomain', 'adminRemoveDomain' => 'remove_domain',
            'retryDcv', 'adminRetryDcv' => 'retry_dcv',
            'adminRefund' => 'refund',
            'adminRevoke' => 'revoke',
            'adminConfirm' => 'confirm',
            default => $kind,
        };
    }

    /**
     * Notes what the record shows after an action: a pending action settled since, an order
     * that became unconfirmed or was confirmed.
     *
     * @param array<string, mixed> $row
     */
    private function observe(CampaignService $service, array $row, string $kind): void
    {
        if ($service->pendingSeen !== null && $row['pending'] === null) {
            $this->report->settlement['settled_later']++;
        }
        $service->pendingSeen = $row['pending'] === null ? null : (string) $row['pending'];
        if (!$service->unconfirmedSeen && $row['state'] === 'unconfirmed') {
            $this->report->settlement['unconfirmed']++;
        }
        if ($service->unconfirmedSeen && $row['state'] !== 'unconfirmed' && $kind === 'adminConfirm') {
            $this->report->settlement['confirmed_by_admin']++;
        }
        $service->unconfirmedSeen = $row['state'] === 'unconfirmed';
    }

    /**
     * @param list<array{method: string, request: string, outcome: string}> $calls
     * @param list<string>                                                  $messages
     */
    private function count(string $kind, string $outcome, array $calls, array $messages): void
    {
        if ($this->phase === 'settle') {
            $this->settleActions[$kind] = ($this->settleActions[$kind] ?? 0) + 1;
        } else {
            $this->report->action($kind);
            $this->report->outcomes[$outcome === PageCheck::FAILED ? 'failed_with_message' : $outcome]++;
        }
        $faulted = false;
        foreach ($calls as $call) {
            if (isset($this->report->faultsSeen[$call['outcome']])) {
                $this->report->faultsSeen[$call['outcome']]++;
                $faulted = true;
            }
        }
        [$reads, $writes] = ModuleJournal::resent($calls);
        $this->report->retries['read_retries'] += $reads;
        $this->report->retries['blind_write_retries'] += $writes;
        if ($writes > 0) {
            $this->report->violation("#{$this->step} {$kind}: a write was sent again after its answer was lost");
        }
        if ($outcome === PageCheck::FAILED && $this->phase !== 'settle') {
            $this->report->failedBecause[$faulted ? 'fault' : 'refusal']++;
        }
        foreach ($messages as $message) {
            $this->report->message($message);
        }
    }

    /**
     * One line of JSON per action to the trace file, when CAMPAIGN_TRACE names one: what a
     * finding needs to be followed up (step, action, the record before and after, the calls).
     *
     * @param array<string, mixed>                                          $before
     * @param array<string, mixed>                                          $after
     * @param list<string>                                                  $messages
     * @param list<array{method: string, request: string, outcome: string}> $calls
     */
    private function trace(string $kind, CampaignService $service, array $before, array $after, string $outcome, array $messages, array $calls): void
    {
        if ($this->settings->trace === '') {
            return;
        }
        $fields = ['state', 'pending', 'trustocean_id', 'unique_id', 'key_source', 'reissuing', 'refund_status', 'domains', 'version'];
        $line = [
            'step' => $this->step,
            'phase' => $this->phase,
            'kind' => $kind,
            'service' => $service->serviceId,
            'product' => $service->product,
            'outcome' => $outcome,
            'messages' => $messages,
            'before' => array_intersect_key($before, array_flip($fields)),
            'after' => array_intersect_key($after, array_flip($fields)),
            'calls' => array_map(static fn (array $call): string => "{$call['method']}:{$call['outcome']}", $calls),
        ];
        file_put_contents($this->settings->trace, json_encode($line, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n", FILE_APPEND);
    }

    /** The cron's sync, in this process as WHMCS's cron runs it. */
    private function cron(): void
    {
        $journalMark = ModuleJournal::mark();
        $before = $this->rows();
        $messages = [];
        $outcome = PageCheck::SUCCEEDED;
        try {
            (new CronRunner(new Module($this->moduleDirectory)))->syncOrders(time());
            $result = (string) (new Settings())->get(CronRunner::LAST_RESULT);
            if (!str_starts_with($result, 'sync: ')) {
                $this->report->violation("#{$this->step} cron: {$result}");
                $outcome = PageCheck::FAILED;
                $messages[] = $result;
            }
            if (preg_match('/(\d+) interrupted actions settled/', $result, $match) === 1) {
                $this->report->settlement['cron_settled'] += (int) $match[1];
            }
        } catch (Throwable $error) {
            $this->report->violation("#{$this->step} cron: " . get_class($error) . ': ' . $error->getMessage());
            $outcome = PageCheck::FAILED;
        }
        $this->count('cron', $outcome, ModuleJournal::since($journalMark), $messages);
        $after = $this->rows();
        $orders = $this->book->orders();
        foreach ($this->services as $service) {
            $this->observe($service, $after[$service->serviceId], 'cron');
            if (($before[$service->serviceId]['state'] ?? null) !== $after[$service->serviceId]['state'] && $after[$service->serviceId]['pending'] === null) {
                $disagreement = OrderAudit::disagreement($after[$service->serviceId], $orders, false);
                if ($disagreement !== null && $after[$service->serviceId]['state'] !== 'unconfirmed') {
                    $this->report->violation("#{$this->step} cron moved service {$service->serviceId} to a state TrustOcean does not hold: {$disagreement}");
                }
            }
        }
        $audit = OrderAudit::of($this->byLabel(), $after, $orders, false);
        foreach ([...$audit->lost, ...$audit->duplicate] as $finding) {
            $this->report->violation("#{$this->step} after the cron: {$finding}");
        }
    }

    /** The certificate authority approves an order or decides a refund, as it would. */
    private function caEvent(): void
    {
        $approvable = [];
        $refunds = [];
        foreach ($this->book->orders() as $order) {
            if ($order['label'] === '') {
                continue;
            }
            if ($order['refund_status'] === 'processing') {
                $refunds[] = $order['trustocean_id'];
            } elseif ($order['cert_status'] === 'enroll_caprocessing') {
                $approvable[] = $order['trustocean_id'];
            }
        }
        try {
            if ($refunds !== [] && ($approvable === [] || $this->chance(0.3))) {
                $finished = $this->chance(0.7);
                $this->sandbox->decideRefund($refunds[$this->random->getInt(0, count($refunds) - 1)], $finished ? 'finished' : 'reject');
                $this->report->caEvents[$finished ? 'refund_finished' : 'refund_rejected']++;
            } elseif ($approvable !== []) {
                $this->sandbox->approve($approvable[$this->random->getInt(0, count($approvable) - 1)]);
                $this->report->caEvents['approved']++;
            }
        } catch (RuntimeException $refused) {
            // The order moved on meanwhile (a refund asked, a revocation): nothing to approve.
        }
    }

    /**
     * Time passes for the campaign's orders: pending leases run out, throttles end, syncs fall
     * due, as if $seconds went by.
     */
    private function clock(int $seconds): void
    {
        $ids = array_keys($this->services);
        foreach (['pending_since', 'checked_at', 'dcv_retried_at', 'synced_at'] as $column) {
            Capsule::table('mod_trustocean_orders')->whereIn('service_id', $ids)->whereNotNull($column)
                ->update([$column => Capsule::raw("{$column} - {$seconds}")]);
        }
        $this->report->events['clock']++;
    }

    /**
     * A call held past the module's client timeout: a fresh service is configured and submitted
     * while the sandbox holds addSSLOrder's answer for longer than the module waits. The order is
     * placed; the module must find that out by its unique id, never by ordering again.
     */
    private function timeoutEpisode(): void
    {
        $this->ledger->close();
        $this->episodes++;
        $this->sandbox->setFaults([
            'slow_body_rate' => 1.0,
            'slow_body_delay_ms' => 65000,
            'slow_body_chunk_bytes' => 1 << 20,
            'methods' => ['addSSLOrder'],
        ]);
        $this->phase = 'episode';
        $service = $this->newService('dv_single', $this->random->getInt(0, count($this->customers) - 1), true);
        if ($service !== null) {
            $this->act($service, 'configure');
            $customer = $this->customers[$service->clientIndex];
            $this->act($service, 'submit', function (array &$problems, array &$messages) use ($service, $customer): string {
                $customer->service($service->serviceId);
                $page = self::slowPost($customer, $this->standIn->url, $service->serviceId, 'submit', ['methods' => ['dns']]);
                return PageCheck::customer($page, true, $problems, $messages);
            });
        }
        $this->phase = 'campaign';
        $this->sandbox->clearFaults();
        $this->report->events['timeout_episodes']++;
        $this->openFaults($this->settings->seed + $this->episodes);
    }

    /**
     * Posts a customer action with a client that waits longer than the module does.
     *
     * @param array<string, mixed> $fields
     */
    private static function slowPost(Customer $customer, string $baseUrl, int $serviceId, string $function, array $fields): Page
    {
        $query = http_build_query(['action' => 'productdetails', 'id' => $serviceId]);
        $handle = curl_init("{$baseUrl}/clientarea.php?{$query}");
        $headers = [];
        curl_setopt_array($handle, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_POST => true,
            CURLOPT_TIMEOUT => 240,
            CURLOPT_HTTPHEADER => ['Cookie: ' . $customer->cookieHeader()],
            CURLOPT_POSTFIELDS => http_build_query(['id' => $serviceId, 'modop' => 'custom', 'a' => $function, 'token' => $customer->token()] + $fields),
            CURLOPT_HEADERFUNCTION => static function ($curl, string $line) use (&$headers): int {
                if (str_contains($line, ':')) {
                    [$name, $value] = explode(':', $line, 2);
                    $headers[strtolower(trim($name))] = trim($value);
                }
                return strlen($line);
            },
        ]);
        $body = curl_exec($handle);
        if ($body === false) {
            throw new RuntimeException('the slow request failed: ' . curl_error($handle));
        }
        $status = (int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE);
        curl_close($handle);
        return new Page($status, $headers, (string) $body, "{$baseUrl}/clientarea.php?{$query}");
    }

    /**
     * Faults off; then, until nothing changes: time passes, the cron runs, every customer looks
     * at their order, and the admin confirms unconfirmed orders. Returns the rounds it took.
     */
    private function settle(): int
    {
        for ($round = 1; $round <= self::MAX_SETTLE_ROUNDS; $round++) {
            $before = $this->fingerprint();
            $this->clock(3700);
            $this->step++;
            $this->cron();
            foreach ($this->services as $service) {
                $this->step++;
                $this->act($service, 'view');
                if ($this->row($service->serviceId)['state'] === 'unconfirmed') {
                    $this->step++;
                    $this->act($service, 'adminConfirm');
                }
            }
            $after = $this->fingerprint();
            $open = array_filter($this->rows(), static fn (array $row): bool => $row['pending'] !== null || $row['state'] === 'unconfirmed');
            if ($after === $before && $open === []) {
                return $round;
            }
        }
        return self::MAX_SETTLE_ROUNDS + 1;
    }

    private function finalAudit(): void
    {
        $rows = $this->rows();
        $audit = OrderAudit::of($this->byLabel(), $rows, $this->book->orders(), true, fn (int $id): array => $this->book->details($id));
        $this->report->orders = $audit->counts() + [
            'placed' => count(array_filter($this->book->orders(), static fn (array $order): bool => $order['label'] !== '')),
            'details' => ['lost' => $audit->lost, 'duplicate' => $audit->duplicate, 'stuck' => $audit->stuck, 'drift' => $audit->drift],
        ];
        $states = array_count_values(array_map(static fn (array $row): string => (string) $row['state'], $rows));
        ksort($states);
        $this->report->finalStates = $states;
    }

    /** @return array<string, mixed> */
    private function faultFigures(): array
    {
        $byKind = $this->ledger->faults() + ['timeout' => $this->report->faultsSeen['timeout']];
        $total = array_sum($byKind);
        $calls = $this->ledger->calls() + $this->report->faultsSeen['timeout'];
        return [
            'by_kind' => $byKind,
            'total' => $total,
            'calls' => $calls,
            'fraction' => $calls === 0 ? 0.0 : round($total / $calls, 4),
            'rates' => CampaignSettings::RATES,
            'slow_body' => sprintf('%d bytes every %d ms', CampaignSettings::SLOW_CHUNK_BYTES, CampaignSettings::SLOW_DELAY_MS),
            'latencies_ms' => CampaignSettings::LATENCIES_MS,
            'segments' => $this->ledger->segments(),
            'probe_pings' => $this->ledger->probes(),
            'module_log_agrees' => $this->ledger->faults()['drop'] === $this->report->faultsSeen['drop']
                && $this->ledger->faults()['error'] === $this->report->faultsSeen['error']
                && $this->ledger->faults()['malformed'] === $this->report->faultsSeen['malformed'],
        ];
    }

    private function openFaults(int $seed): void
    {
        $this->ledger->open($seed, CampaignSettings::RATES, CampaignSettings::SLOW_DELAY_MS, CampaignSettings::SLOW_CHUNK_BYTES, $this->latency);
    }

    /** Orders a new service of $product for a client, as WHMCS does once it is paid. */
    private function newService(string $product, int $clientIndex, bool $counted): ?CampaignService
    {
        [$label, $names] = CampaignService::namesFor($product);
        try {
            $serviceId = $this->standIn->order($product, $clientIndex);
        } catch (RuntimeException $failed) {
            if ($counted) {
                $this->count('create', PageCheck::FAILED, [], [$failed->getMessage()]);
            }
            return null;
        }
        if ($counted) {
            $this->count('create', PageCheck::SUCCEEDED, [], []);
        }
        return $this->services[$serviceId] = new CampaignService($serviceId, $product, $clientIndex, $label, $names);
    }

    /**
     * A service to act on: mostly one whose order is still going somewhere, now and then one that
     * is over (whose pages and controls must still answer properly).
     */
    private function pickService(): CampaignService
    {
        $services = array_values($this->services);
        if ($this->chance(0.85)) {
            $final = Capsule::table('mod_trustocean_orders')->whereIn('service_id', array_keys($this->services))
                ->whereIn('state', ['cancelled', 'revoked', 'expired'])->pluck('service_id')->map(static fn ($id): int => (int) $id)->all();
            $active = array_values(array_filter($services, static fn (CampaignService $service): bool => !in_array($service->serviceId, $final, true)));
            $services = $active === [] ? $services : $active;
        }
        return $services[$this->random->getInt(0, count($services) - 1)];
    }

    /** Services are ordered anew as others end, up to about one per dozen actions. */
    private function maxServices(): int
    {
        return max(2 * $this->settings->services, intdiv($this->settings->actions, 12));
    }

    /** @return array<string, mixed> */
    private function configureFields(CampaignService $service): array
    {
        $fields = ['domains' => implode("\n", $service->names), 'contact_email' => 'ssl-admin@example.com'];
        if ($this->chance(0.35)) {
            $fields += ['csr_source' => 'generate', 'key_type' => $this->chance(0.5) ? 'rsa2048' : 'ecdsa-p256'];
        } else {
            $fields += ['csr_source' => 'upload', 'csr' => Csr::create([$service->names[0]])->csrPem];
        }
        if ($service->needsOrganization()) {
            $fields['organization'] = Organization::fields();
        }
        return $fields;
    }

    /** @return array<string, mixed> */
    private function reissueFields(CampaignService $service): array
    {
        $fields = [
            'domains' => implode("\n", $service->names),
            'same_for_all' => $service->isWildcard() ? 'dns' : ['http', 'https', 'dns'][$this->random->getInt(0, 2)],
        ];
        $source = ['keep', 'upload', 'generate'][$this->random->getInt(0, 2)];
        return $fields + match ($source) {
            'upload' => ['csr_source' => 'upload', 'csr' => Csr::create([$service->names[0]])->csrPem],
            'generate' => ['csr_source' => 'generate', 'key_type' => 'ecdsa-p256'],
            default => ['csr_source' => 'keep'],
        };
    }

    /** @return list<string> a validation method per name (DNS for a wildcard) */
    private function methods(CampaignService $service, int $count): array
    {
        $methods = [];
        for ($i = 0; $i < $count; $i++) {
            $methods[] = $service->isWildcard() ? 'dns' : ['http', 'https', 'dns'][$this->random->getInt(0, 2)];
        }
        return $methods;
    }

    /**
     * @param array<string, mixed> $row
     *
     * @return list<string>
     */
    private static function names(array $row): array
    {
        $names = json_decode((string) ($row['domains'] ?? '[]'), true);
        return is_array($names) ? array_values(array_map('strval', $names)) : [];
    }

    /** @return array<string, mixed> */
    private function row(int $serviceId): array
    {
        $row = Capsule::table('mod_trustocean_orders')->where('service_id', $serviceId)->first();
        if ($row === null) {
            throw new RuntimeException("service {$serviceId} has no order record");
        }
        return (array) $row;
    }

    /** @return array<int, array<string, mixed>> the campaign's records by service id */
    private function rows(): array
    {
        $rows = [];
        foreach (Capsule::table('mod_trustocean_orders')->whereIn('service_id', array_keys($this->services))->get() as $row) {
            $rows[(int) $row->service_id] = (array) $row;
        }
        return $rows;
    }

    /** What the records say, without their bookkeeping. */
    private function fingerprint(): string
    {
        $rows = $this->rows();
        foreach ($rows as &$row) {
            foreach (self::BOOKKEEPING as $field) {
                unset($row[$field]);
            }
        }
        return (string) json_encode($rows);
    }

    /** @return array<string, CampaignService> */
    private function byLabel(): array
    {
        $byLabel = [];
        foreach ($this->services as $service) {
            $byLabel[$service->label] = $service;
        }
        return $byLabel;
    }

    /** @param array<string, float> $weights */
    private function weighted(array $weights): string
    {
        $weights = array_filter($weights, static fn (float $weight): bool => $weight > 0);
        $point = $this->random->getInt(0, 1_000_000) / 1_000_000 * array_sum($weights);
        foreach ($weights as $kind => $weight) {
            $point -= $weight;
            if ($point <= 0) {
                return $kind;
            }
        }
        return (string) array_key_last($weights);
    }

    private function chance(float $probability): bool
    {
        return $this->random->getInt(0, 999_999) < (int) round($probability * 1_000_000);
    }
}
