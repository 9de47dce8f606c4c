<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Orders;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Cron\CronLock;
use TrustOcean\Whmcs\Cron\CronRunner;
use TrustOcean\Whmcs\Database\Settings;
use TrustOcean\Whmcs\Module;
use TrustOcean\Whmcs\Order\OrderRepository;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Cron\Cron;
use WhmcsStandIn\Seed\DemoSeeder;

/**
 * The module's cron work on WHMCS's cron hooks: the sync of orders in flight over 200 orders
 * with API errors injected (each order its own fate, convergence once the errors stop, the
 * customer mailed once per issuance), the lock a crashed run cannot leave stuck, and the expiry
 * reminders, each once per certificate, reset by a new certificate, expired certificates marked.
 */
final class CronTest extends ModuleTestCase
{
    public static function setUpBeforeClass(): void
    {
        require_once dirname(__DIR__, 4) . '/php-shim/autoload.php';
        self::standIn();
        self::module()->migrate();
    }

    protected function tearDown(): void
    {
        self::sandbox()->clearFaults();
    }

    public function testTwoHundredOrdersSyncWithInjectedErrorsAndConvergeOnceTheyStop(): void
    {
        $orders = self::ordersInFlight(200);
        foreach (array_keys($orders) as $index => $serviceId) {
            if ($index % 2 === 0) {
                self::sandbox()->approve($orders[$serviceId]);
            }
        }
        $activityBefore = (int) Capsule::table('tblactivitylog')->max('id');
        $now = time();

        self::sandbox()->setFaults(['error_rate' => 0.3, 'seed' => 5]);
        self::runner()->syncOrders($now);
        self::sandbox()->clearFaults();

        $rows = self::rows(array_keys($orders));
        $failed = array_filter($rows, static fn (array $row): bool => $row['synced_at'] === null);
        $issued = array_filter($rows, static fn (array $row): bool => $row['state'] === 'issued');
        self::assertGreaterThan(0, count($failed), 'some calls failed');
        self::assertLessThan(200, count($failed), 'the others went on');
        self::assertGreaterThan(0, count($issued));
        foreach ($rows as $serviceId => $row) {
            $approved = array_search($serviceId, array_keys($orders), true) % 2 === 0;
            self::assertContains($row['state'], $approved ? ['issued', 'validating'] : ['validating'], "service {$serviceId}");
        }
        $log = self::activitySince($activityBefore);
        self::assertMatchesRegularExpression('/TrustOcean cron: 100 of \d+ orders synced/', $log, 'progress');
        self::assertMatchesRegularExpression('/TrustOcean cron: sync: \d+ orders, \d+ changed, [1-9]\d* failed in [\d.]+ s \(first failure: service #\d+: /', $log, 'summary');
        self::assertStringStartsWith('sync: ', (string) (new Settings())->get(CronRunner::LAST_RESULT));

        self::runner()->syncOrders($now + 60);

        $rows = self::rows(array_keys($orders));
        foreach (array_keys($orders) as $index => $serviceId) {
            self::assertSame($index % 2 === 0 ? 'issued' : 'validating', $rows[$serviceId]['state'], "service {$serviceId} converged");
            self::assertNotNull($rows[$serviceId]['synced_at']);
            self::assertSame($index % 2 === 0 ? 1 : 0, self::issuedMails($serviceId), "service {$serviceId}: one issuance e-mail");
        }
    }

    public function testOrdersSyncedWithinTheIntervalAreLeftAloneAndUnchangedOnesOnlyMarked(): void
    {
        $orders = self::ordersInFlight(3);
        $now = time();
        self::runner()->syncOrders($now);
        $first = self::rows(array_keys($orders));
        $calls = array_map(static fn (int $id): int => self::sandbox()->callCount($id), $orders);

        self::runner()->syncOrders($now + 120);

        self::assertSame($first, self::rows(array_keys($orders)), 'nothing was due');
        self::assertSame($calls, array_map(static fn (int $id): int => self::sandbox()->callCount($id), $orders));
        foreach ($first as $row) {
            self::assertSame('validating', $row['state']);
            self::assertSame($now, (int) $row['synced_at']);
        }
    }

    public function testTheSyncKeepsUnderTheRateTheResellerSet(): void
    {
        $orders = self::ordersInFlight(12);
        (new Settings())->put(AddonSettings::SYNC_RATE, '10', time());
        self::assertSame(['concurrency' => 8, 'minIntervalMs' => 100], AddonSettings::load()->syncOptions());
        $callsBefore = self::standIn()->sandboxCalls();

        try {
            $started = microtime(true);
            self::runner()->syncOrders(time());
            $seconds = microtime(true) - $started;
        } finally {
            (new Settings())->delete(AddonSettings::SYNC_RATE);
        }

        $calls = self::standIn()->sandboxCalls() - $callsBefore;
        self::assertGreaterThanOrEqual(count($orders), $calls);
        // Ten calls a second: n call starts span at least (n - 1) tenths of a second, however
        // fast the machine; eight at once without the rate would take a fraction of that.
        self::assertGreaterThanOrEqual(($calls - 1) / 10, $seconds, "{$calls} calls in {$seconds} s");
        foreach (self::rows(array_keys($orders)) as $serviceId => $row) {
            self::assertNotNull($row['synced_at'], "service {$serviceId} synced");
        }
    }

    public function testARunningCronIsNotJoinedAndACrashedOnesLockExpires(): void
    {
        $orders = self::ordersInFlight(1);
        $serviceId = array_key_first($orders);
        $now = time();
        $held = new CronLock();
        self::assertTrue($held->acquire($now));

        self::runner()->syncOrders($now);
        self::assertNull(self::rows([$serviceId])[$serviceId]['synced_at'], 'skipped while another run holds the lock');
        self::assertStringContainsString('sync skipped, another run is still working', self::activitySince(0));

        self::runner()->syncOrders($now + CronLock::LEASE_SECONDS + 1);
        self::assertNotNull(self::rows([$serviceId])[$serviceId]['synced_at'], 'the dead run\'s lease ran out');
        $held->release();
    }

    public function testEachExpiryReminderGoesOutOncePerCertificateAndExpiryIsMarked(): void
    {
        [$serviceId] = self::issuedOrder();
        $now = time();
        $mails = static fn (): array => Capsule::table('tblemails')
            ->where('subject', 'like', "[#{$serviceId}]%")
            ->where(static fn ($query) => $query->where('subject', 'like', '%expires in%')->orWhere('subject', 'like', '%has expired%'))
            ->orderBy('id')->pluck('subject')->all();

        self::setValidTo($serviceId, $now + 29 * 86400 - 600);
        self::runner()->sendReminders($now);
        self::runner()->sendReminders($now + 3600);
        self::assertCount(1, $mails());
        self::assertStringContainsString('expires in 29 days', $mails()[0]);

        self::setValidTo($serviceId, $now + 6 * 86400 - 600);
        self::runner()->sendReminders($now);
        self::assertCount(2, $mails(), 'the 7-day reminder; 30 days went out already');
        self::assertStringContainsString('expires in 6 days', $mails()[1]);

        Capsule::table('mod_trustocean_orders')->where('service_id', $serviceId)->update(['serial' => 'REISSUED' . bin2hex(random_bytes(4))]);
        self::runner()->sendReminders($now);
        self::assertCount(3, $mails(), 'a new certificate starts afresh');

        self::setValidTo($serviceId, $now - 3600);
        self::runner()->sendReminders($now);
        self::runner()->sendReminders($now + 86400);
        self::assertCount(4, $mails(), 'one expiry notice');
        self::assertStringContainsString('has expired', $mails()[3]);
        self::assertSame('expired', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testTheCronHooksRunTheSyncAndTheDailyReminders(): void
    {
        $orders = self::ordersInFlight(1);
        $serviceId = array_key_first($orders);
        $day = (new \DateTimeImmutable('today'))->modify('+' . random_int(60000, 90000) . ' days')->format('Y-m-d');
        $before = (int) Capsule::table('tblactivitylog')->max('id');

        (new Cron())->run($day);

        self::assertNotNull(self::rows([$serviceId])[$serviceId]['synced_at'], 'AfterCronJob synced it');
        $log = self::activitySince($before);
        self::assertStringContainsString('TrustOcean cron: reminders: ', $log, 'DailyCronJob ran the reminders');
        self::assertStringContainsString('TrustOcean cron: sync: ', $log);
    }

    /**
     * Services of the DV single product whose orders were placed at the sandbox and stored as
     * validating, as the module stores them after submission.
     *
     * @return array<int, int> service id => TrustOcean id
     */
    private static function ordersInFlight(int $count): array
    {
        $seed = self::standIn()->seed;
        $seeder = new DemoSeeder(self::standIn()->url, self::sandbox()->url(), 'unused', 'unused');
        $repository = new OrderRepository();
        $client = self::sandbox()->client();
        $orders = [];
        for ($i = 0; $i < $count; $i++) {
            $name = self::names(1)[0];
            $placed = Orders::place($client, [$name], 46);
            $serviceId = $seeder->order($seed->clients[0]['id'], $seed->products['dv_single'], $seed->serverId);
            Capsule::table('tblhosting')->where('id', $serviceId)->update(['domainstatus' => 'Active', 'domain' => $name]);
            $repository->insert([
                'service_id' => $serviceId,
                'state' => 'validating',
                'trustocean_id' => (int) $placed['trustocean_id'],
                'unique_id' => (string) $placed['unique_id'],
                'domains' => [$name],
                'dcv' => [$name => ['method' => 'http', 'status' => 'needverification']],
                'contact_email' => 'ssl-admin@example.com',
                'key_source' => 'customer',
                'domain_quota' => 1,
                'created_at' => time(),
                'updated_at' => time(),
            ]);
            $orders[$serviceId] = (int) $placed['trustocean_id'];
        }
        return $orders;
    }

    /** @return array{0: int, 1: int} an issued order: service id, TrustOcean id */
    private static function issuedOrder(): array
    {
        $orders = self::ordersInFlight(1);
        $serviceId = array_key_first($orders);
        self::sandbox()->approve($orders[$serviceId]);
        self::assertStringNotContainsString('alert-danger', self::standIn()->admin()->button($serviceId, 'adminSync')->body);
        self::assertSame('issued', self::standIn()->orderRow($serviceId)['state']);
        return [$serviceId, $orders[$serviceId]];
    }

    private static function setValidTo(int $serviceId, int $validTo): void
    {
        Capsule::table('mod_trustocean_orders')->where('service_id', $serviceId)->update(['valid_to' => $validTo, 'state' => 'issued', 'updated_at' => time()]);
    }

    /**
     * @param list<int> $serviceIds
     *
     * @return array<int, array<string, mixed>>
     */
    private static function rows(array $serviceIds): array
    {
        $rows = [];
        foreach (Capsule::table('mod_trustocean_orders')->whereIn('service_id', $serviceIds)->get() as $row) {
            $rows[(int) $row->service_id] = ['state' => (string) $row->state, 'synced_at' => $row->synced_at === null ? null : (int) $row->synced_at, 'certificate' => $row->certificate !== null];
        }
        ksort($rows);
        return $rows;
    }

    private static function issuedMails(int $serviceId): int
    {
        return Capsule::table('tblemails')->where('subject', 'like', "[#{$serviceId}]%has been issued")->count();
    }

    private static function activitySince(int $id): string
    {
        return implode("\n", Capsule::table('tblactivitylog')->where('id', '>', $id)->orderBy('id')->pluck('description')->all());
    }

    private static function runner(): CronRunner
    {
        return new CronRunner(self::module());
    }

    private static function module(): Module
    {
        return new Module(dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean');
    }
}
