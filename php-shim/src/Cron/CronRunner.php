<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Cron;

use Throwable;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Config\ServiceParameters;
use TrustOcean\Whmcs\Config\SystemUrl;
use TrustOcean\Whmcs\Database\Settings;
use TrustOcean\Whmcs\ExtensionMissing;
use TrustOcean\Whmcs\Mail\OrderMail;
use TrustOcean\Whmcs\Mail\OrderNotifier;
use TrustOcean\Whmcs\Module;
use TrustOcean\Whmcs\Order\OrderRepository;
use TrustOcean\Whmcs\Order\OrderService;

/**
 * The module's work on WHMCS's cron hooks: the sync of orders in flight (every run) and the
 * expiry reminders (daily), each under the module's cron lock, each recording when it ran and
 * what it did for the addon's system page. Nothing escapes to WHMCS's cron: a failure is logged.
 */
final class CronRunner
{
    public const LAST_RUN = 'cron.last_run_at';
    public const LAST_RESULT = 'cron.last_result';

    /** Interrupted actions settled per run at most: each is one or two calls to TrustOcean. */
    private const SETTLE_LIMIT = 100;

    public function __construct(private readonly Module $module, private readonly Settings $settings = new Settings())
    {
    }

    /** AfterCronJob: syncs the orders in flight that are due. */
    public function syncOrders(int $now): void
    {
        $this->locked('sync', $now, function () use ($now): string {
            $settings = AddonSettings::load();
            $started = microtime(true);
            $settled = $this->settleInterrupted($now);
            $tally = (new CronSync(new OrderRepository(), new OrderNotifier(new OrderMail(SystemUrl::load()))))
                ->run($now, $settings->syncIntervalMinutes(), $settings->syncOptions());
            $summary = sprintf(
                'sync: %d orders, %d changed, %d failed in %.1f s',
                $tally->synced,
                $tally->changed,
                $tally->failed,
                microtime(true) - $started
            );
            $summary .= $tally->firstFailure === null ? '' : " (first failure: {$tally->firstFailure})";
            return $settled === 0 ? $summary : "{$summary}; {$settled} interrupted actions settled";
        });
    }

    /**
     * Settles the actions that requests left pending when they crashed or lost their answer,
     * once their lease is over; returns how many were settled. One that cannot be settled yet
     * stays pending for the next run.
     */
    private function settleInterrupted(int $now): int
    {
        $settled = 0;
        $orders = new OrderRepository();
        foreach ($orders->stalePending($now - OrderService::PENDING_LEASE_SECONDS, self::SETTLE_LIMIT) as $serviceId) {
            try {
                $outcome = $this->module->service(ServiceParameters::forService($serviceId))->settleInterrupted($now);
                $settled += $outcome === null ? 0 : 1;
            } catch (Throwable $error) {
                logActivity("TrustOcean cron: the interrupted action of service #{$serviceId} could not be settled: {$error->getMessage()}");
            }
        }
        return $settled;
    }

    /** DailyCronJob: expiry reminders, and expired certificates marked so. */
    public function sendReminders(int $now): void
    {
        $this->locked('reminders', $now, function () use ($now): string {
            $counts = (new ExpiryReminders(new OrderRepository(), new OrderMail(SystemUrl::load())))
                ->run($now, AddonSettings::load()->reminderDays());
            return "reminders: {$counts['reminded']} sent, {$counts['expired']} certificates expired";
        });
    }

    /** @param callable(): string $job returns its summary */
    private function locked(string $name, int $now, callable $job): void
    {
        $lock = new CronLock();
        try {
            ExtensionMissing::check();
            $this->module->migrate();
            if (!$lock->acquire($now)) {
                logActivity("TrustOcean cron: {$name} skipped, another run is still working");
                return;
            }
            $result = $job();
        } catch (Throwable $error) {
            $result = "{$name} failed: {$error->getMessage()}";
        } finally {
            $lock->release();
        }
        logActivity("TrustOcean cron: {$result}");
        $this->settings->put(self::LAST_RUN, (string) $now, $now);
        $this->settings->put(self::LAST_RESULT, $result, $now);
    }
}
