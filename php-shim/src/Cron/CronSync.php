<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Cron;

use Throwable;
use TrustOcean\Whmcs\Config\CredentialsResolver;
use TrustOcean\Whmcs\Config\ServiceParameters;
use TrustOcean\Whmcs\Log\ModuleLog;
use TrustOcean\Whmcs\Mail\OrderNotifier;
use TrustOcean\Whmcs\Order\OrderRepository;
use TrustOcean\Workflow;

/**
 * The cron's sync of every order still in flight: orders due (not synced within the interval)
 * go to TrustOcean in batches, many calls at once (TrustOcean\Workflow::syncMany), one API
 * account at a time. Only what changed is stored, and only if nobody changed the order
 * meanwhile; the customer is told what they must know (issuance, a refund decided). One order's
 * failure never stops the others; progress and a summary go to the activity log.
 */
final class CronSync
{
    /** Orders per batch (and per progress line). */
    private const BATCH = 100;

    /** The most orders one run syncs; the rest wait for the next run. */
    private const MAX_PER_RUN = 5000;

    /** Fields that change on every sync and alone are no news. */
    private const BOOKKEEPING = ['synced_at', 'updated_at'];

    public function __construct(
        private readonly OrderRepository $orders,
        private readonly OrderNotifier $notifier,
        private readonly ModuleLog $log = new ModuleLog()
    ) {
    }

    /**
     * Syncs the orders not synced for $intervalMinutes, account by account.
     *
     * @param array{concurrency: int, minIntervalMs: int} $options how many calls at once, and the
     *                                                            least time between two call starts
     */
    public function run(int $now, int $intervalMinutes, array $options): SyncTally
    {
        $tally = new SyncTally();
        $due = $this->orders->dueForSync($now - $intervalMinutes * 60, self::MAX_PER_RUN);
        if ($due === []) {
            return $tally;
        }
        logActivity('TrustOcean cron: syncing ' . count($due) . ' orders in flight');

        $byServer = [];
        foreach ($due as $item) {
            $byServer[$item['server']][] = $item['order'];
        }
        foreach ($byServer as $serverId => $records) {
            $this->syncAccount((int) $serverId, $records, $now, $options, $tally, count($due));
        }
        return $tally;
    }

    /**
     * @param list<array<string, mixed>>                  $records orders of the services on one WHMCS server
     * @param array{concurrency: int, minIntervalMs: int} $options
     */
    private function syncAccount(int $serverId, array $records, int $now, array $options, SyncTally $tally, int $total): void
    {
        try {
            $credentials = (new CredentialsResolver())->resolve(ServiceParameters::server($serverId));
        } catch (Throwable $error) {
            foreach ($records as $record) {
                $tally->failure((int) $record['service_id'], $error->getMessage());
            }
            return;
        }
        $client = $credentials->client();
        $workflow = new Workflow($client);

        foreach (array_chunk($records, self::BATCH) as $batch) {
            try {
                $results = $workflow->syncMany($batch, $options, $now);
            } finally {
                $this->log->writeCalls($client, $credentials->secrets());
            }
            foreach ($results as $index => $result) {
                $this->store($batch[$index], $result, $now, $tally);
            }
            logActivity("TrustOcean cron: {$tally->synced} of {$total} orders synced ({$tally->changed} changed, {$tally->failed} failed)");
        }
    }

    /**
     * @param array<string, mixed> $before the record as read
     * @param array<string, mixed> $result one item of syncMany()
     */
    private function store(array $before, array $result, int $now, SyncTally $tally): void
    {
        $serviceId = (int) $before['service_id'];
        $tally->synced++;
        if (($result['error'] ?? null) !== null) {
            $tally->failure($serviceId, (string) $result['error']['message']);
            return;
        }

        $after = (array) $result['order'];
        if (!self::differs($before, $after)) {
            $this->orders->markSynced($serviceId, $now);
            return;
        }
        // A customer or a push changed the order meanwhile: theirs stands, the next run looks again.
        if (!$this->orders->saveOver($after, (int) $before['version'])) {
            return;
        }
        $tally->changed++;
        $this->orders->syncServiceDomain($serviceId, $after);
        $this->notifier->changed($serviceId, $before, $after, (string) $result['notice']);
    }

    /**
     * @param array<string, mixed> $before
     * @param array<string, mixed> $after
     */
    private static function differs(array $before, array $after): bool
    {
        foreach (self::BOOKKEEPING as $field) {
            unset($before[$field], $after[$field]);
        }
        return json_encode($before) !== json_encode($after);
    }
}
