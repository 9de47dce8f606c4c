<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Reliability\Campaign;
use TrustOcean\Tests\Support\Reliability\CampaignService;
use TrustOcean\Tests\Support\Reliability\CampaignSettings;
use TrustOcean\Tests\Support\Reliability\FaultLedger;
use TrustOcean\Tests\Support\Reliability\OrderAudit;
use TrustOcean\Tests\Support\Reliability\ServerLog;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Whmcs\Cron\CronRunner;
use TrustOcean\Whmcs\Module;
use WHMCS\Database\Capsule;

/**
 * The reliability promise under faults: with about 30% of the API calls failing (errors,
 * malformed answers, dropped connections, slow bodies, latency), every customer and admin action
 * either completes or leaves the order as it was with a message that says what to do, no write
 * is sent twice, and once the faults stop the cron converges with no order lost, duplicated or
 * stuck. A short campaign runs with every test run; `make campaign` runs a long one
 * (CAMPAIGN_ACTIONS, CAMPAIGN_SEED, CAMPAIGN_TIMEOUTS) through the same test.
 *
 * Besides: the campaign's own instruments (the fault replay, the audit) are checked, and what
 * earlier campaigns found is pinned as scenarios that fail the same way every time.
 */
final class FaultCampaignTest extends ModuleTestCase
{
    /** Actions of the campaign that runs with every test run. */
    private const SHORT_ACTIONS = 120;

    public static function setUpBeforeClass(): void
    {
        require_once dirname(__DIR__, 4) . '/php-shim/autoload.php';
        self::standIn();
        (new Module(self::moduleDirectory()))->migrate();
    }

    protected function tearDown(): void
    {
        self::sandbox()->clearFaults();
    }

    public function testEveryActionUnderFaultsCompletesOrSaysWhatToDoAndNoOrderIsLostDuplicatedOrStuck(): void
    {
        $artifacts = (string) getenv('TRUSTOCEAN_TEST_ARTIFACTS') ?: sys_get_temp_dir();
        $settings = CampaignSettings::fromEnvironment(self::SHORT_ACTIONS, $artifacts . '/fault-campaign-' . self::standIn()->driver() . '.json');

        $report = (new Campaign(self::standIn(), self::sandbox(), $settings, self::moduleDirectory()))->run();
        $report->write($settings->report);
        fwrite(STDERR, "\n" . $report->summary() . "figures: {$settings->report}\n");

        self::assertGreaterThanOrEqual($settings->actions, $report->actionsRun());
        self::assertGreaterThan(0.2, $report->faults['fraction'], 'faults were injected');
        self::assertTrue($report->faults['module_log_agrees'], 'the module log shows every fault the sandbox injected');
        self::assertSame([], $report->violationKinds, implode("\n", array_slice($report->violations, 0, 20)));
        self::assertSame(0, $report->retries['blind_write_retries'], 'no write is sent again after its answer was lost');
        self::assertTrue($report->convergence['converged'], 'the cron converged once the faults stopped');
        self::assertSame(
            ['lost' => 0, 'duplicate' => 0, 'stuck' => 0, 'drift' => 0],
            ['lost' => $report->orders['lost'], 'duplicate' => $report->orders['duplicate'], 'stuck' => $report->orders['stuck'], 'drift' => $report->orders['drift']],
            (string) json_encode($report->orders['details'], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES)
        );
    }

    public function testTheFaultReplayCountsExactlyTheFaultsTheSandboxInjected(): void
    {
        $ledger = new FaultLedger(self::sandbox());
        $ledger->open(4242, ['drop' => 0.15, 'error' => 0.15, 'malformed' => 0.15, 'slow' => 0.15], 40, 8, 0);
        $seen = ['drop' => 0, 'error' => 0, 'malformed' => 0, 'slow' => 0];
        for ($i = 0; $i < 60; $i++) {
            $kind = self::pingOutcome();
            if ($kind !== null) {
                $seen[$kind]++;
            }
        }
        $ledger->close();

        self::assertSame(60, $ledger->calls());
        self::assertSame($seen, $ledger->faults());
        self::assertGreaterThan(0, min($seen), 'every kind was drawn');
    }

    public function testTheAuditCountsLostDuplicateAndStuckOrders(): void
    {
        $services = [];
        foreach ([1, 2, 3, 4, 5] as $id) {
            $label = sprintf('fc%08x', $id);
            $services[$label] = new CampaignService($id, 'dv_single', 0, $label, ["www.{$label}.example.com"]);
        }
        $row = static fn (string $state, ?int $number, string $uniqueId, ?string $pending = null, ?string $refund = null): array => [
            'state' => $state, 'trustocean_id' => $number, 'unique_id' => $uniqueId, 'pending' => $pending, 'refund_status' => $refund,
        ];
        $rows = [
            1 => $row('validating', 11, 'u11'),
            2 => $row('awaiting_submission', null, 'u21'),
            3 => $row('issued', 31, 'u31'),
            4 => $row('unconfirmed', null, 'u41'),
            5 => $row('awaiting_submission', null, 'u51', 'submit'),
        ];
        $order = static fn (int $number, string $uniqueId, string $status, int $service, ?string $refund = null): array => [
            'trustocean_id' => $number, 'unique_id' => $uniqueId, 'cert_status' => $status, 'refund_status' => $refund, 'label' => sprintf('fc%08x', $service),
        ];
        $orders = [
            11 => $order(11, 'u11', 'enroll_caprocessing', 1),
            12 => $order(12, 'u12', 'enroll_caprocessing', 1),
            21 => $order(21, 'u21', 'enroll_caprocessing', 2),
            31 => $order(31, 'u31', 'cancelled', 3, 'finished'),
            41 => $order(41, 'u41', 'enroll_caprocessing', 4),
            51 => $order(51, 'u51', 'enroll_caprocessing', 5),
        ];

        $inFlight = OrderAudit::of($services, $rows, $orders, false);
        self::assertSame(['lost' => 2, 'duplicate' => 1, 'stuck' => 0, 'drift' => 0], $inFlight->counts(), json_encode($inFlight));
        $settled = OrderAudit::of($services, $rows, $orders, true);
        self::assertSame(['lost' => 2, 'duplicate' => 1, 'stuck' => 3, 'drift' => 0], $settled->counts(), json_encode($settled));
        self::assertStringContainsString('issued, but TrustOcean\'s order 31 is cancelled', implode("\n", $settled->stuck));
    }

    /**
     * Found by the campaign: the client area warns (PHP "Undefined array key") on the page of an
     * order whose number awaits confirmation, or whose action is pending, because its templates
     * read `$can.<action>` for actions the order does not allow then.
     */
    public function testAnOrderAwaitingConfirmationOrWithAnActionPendingShowsItsPageWithoutPhpWarnings(): void
    {
        $log = new ServerLog(self::standIn()->varDir . '/web.log');
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, self::names(1));
        $mark = $log->mark();
        self::sandbox()->setFaults(['malformed_rate' => 1.0, 'methods' => ['addSSLOrder']]);
        self::submit($customer, $serviceId, 1);
        self::sandbox()->clearFaults();
        $customer->service($serviceId);
        self::assertSame('unconfirmed', self::standIn()->orderRow($serviceId)['state']);
        $unconfirmed = $log->phpMessagesSince($mark);

        [$issued, $owner] = self::orderIssued('dv_single', self::names(1));
        $names = self::standIn()->orderRecord($issued)['domains'];
        $mark = $log->mark();
        self::sandbox()->setFaults(['malformed_rate' => 1.0, 'methods' => ['reissueSSLOrder', 'getSSLDetails']]);
        $owner->act($issued, 'reissue', ['csr_source' => 'upload', 'csr' => Csr::create($names)->csrPem, 'same_for_all' => 'http']);
        self::sandbox()->clearFaults();
        $owner->service($issued);
        self::assertSame('reissue', self::standIn()->orderRow($issued)['pending']);
        $pending = $log->phpMessagesSince($mark);

        self::assertSame(['unconfirmed' => [], 'pending' => []], ['unconfirmed' => $unconfirmed, 'pending' => $pending]);
    }

    /**
     * Found by the campaign: TrustOcean accepts a refund whose answer is lost, and the check of
     * the refund status fails too. The settlement must not take "could not read the refund" for
     * "no refund": the order would stay issued at the module, out of the cron's sight, after
     * TrustOcean cancelled it.
     */
    public function testARefundWhoseAnswerAndStatusAreLostIsStillFollowedUntilTrustOceanDecides(): void
    {
        [$serviceId] = self::orderIssued('dv_single', self::names(1));
        $trustoceanId = (int) self::standIn()->orderRow($serviceId)['trustocean_id'];

        self::sandbox()->setFaults(['malformed_rate' => 1.0, 'methods' => ['cancelAndRefund', 'checkRefundStatus']]);
        $page = self::standIn()->admin()->button($serviceId, 'adminRefund');
        self::sandbox()->clearFaults();
        self::assertNotSame('', $page->errors(), 'the admin is told the answer was lost');
        self::sandbox()->decideRefund($trustoceanId, 'finished');

        // Time passes: the claim's lease ends and the order falls due; the cron runs, the
        // customer looks, and the cron runs again.
        Capsule::table('mod_trustocean_orders')->where('service_id', $serviceId)->update([
            'pending_since' => Capsule::raw('pending_since - 3700'),
            'synced_at' => null,
        ]);
        $cron = new CronRunner(new Module(self::moduleDirectory()));
        $cron->syncOrders(time());
        self::standIn()->customer()->service($serviceId);
        $cron->syncOrders(time());

        $row = self::standIn()->orderRow($serviceId);
        self::assertSame(
            ['state' => 'cancelled', 'refund_status' => 'finished', 'pending' => null],
            ['state' => $row['state'], 'refund_status' => $row['refund_status'], 'pending' => $row['pending']],
            'the module holds what TrustOcean holds: cancelled and refunded'
        );
    }

    /**
     * Found by the campaign: TrustOcean removes a name whose answer is lost. The settlement must
     * take TrustOcean's names: otherwise the customer keeps seeing the removed name, and removing
     * it again is refused by TrustOcean as "not part of this order", while nothing ever corrects
     * the record before issuance.
     */
    public function testANameRemovedWhoseAnswerIsLostIsGoneFromTheOrderToo(): void
    {
        $names = self::names(3);
        $serviceId = self::standIn()->order('dv_multi_ip');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, [$names[0]], ['domains' => implode("\n", $names)]);
        self::submit($customer, $serviceId, 3);
        $trustoceanId = (int) self::standIn()->orderRow($serviceId)['trustocean_id'];

        self::sandbox()->setFaults(['malformed_rate' => 1.0, 'methods' => ['removeSanDomain']]);
        $customer->act($serviceId, 'removeDomain', ['domain' => '2']);
        self::sandbox()->clearFaults();

        $remote = self::sandbox()->client()->getSSLDetails(['trustocean_id' => $trustoceanId])['domains'];
        self::assertSame([$names[0], $names[1]], $remote, 'TrustOcean removed the name');
        $row = self::standIn()->orderRow($serviceId);
        self::assertNull($row['pending']);
        self::assertSame($remote, json_decode((string) $row['domains'], true), 'the order shows the names TrustOcean has');
    }

    /** One ping with every fault knob live, and the fault it met, as a client sees it. */
    private static function pingOutcome(): ?string
    {
        $handle = curl_init(self::sandbox()->url() . '/ssl/v5/ping');
        curl_setopt_array($handle, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => http_build_query(['username' => Sandbox::USERNAME, 'password' => Sandbox::TOKEN]),
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 10,
        ]);
        $started = microtime(true);
        $body = curl_exec($handle);
        $seconds = microtime(true) - $started;
        curl_close($handle);
        return match (true) {
            $body === false => 'drop',
            str_contains((string) $body, 'Sandbox fault injection') => 'error',
            json_decode((string) $body) === null => 'malformed',
            $seconds >= 0.1 => 'slow',
            default => null,
        };
    }

    private static function moduleDirectory(): string
    {
        return dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean';
    }
}
