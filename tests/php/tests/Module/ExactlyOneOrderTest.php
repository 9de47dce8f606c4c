<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use RuntimeException;
use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Orders;
use TrustOcean\Tests\Support\Whmcs\Customer;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Whmcs\Cron\CronRunner;
use TrustOcean\Whmcs\Database\Settings;
use TrustOcean\Whmcs\Module;
use TrustOcean\Whmcs\Order\OrderService;
use TrustOcean\Whmcs\Push\PushKeyStore;
use WHMCS\Database\Capsule;

/**
 * Exactly one TrustOcean order per service, whatever happens between the module and the API: an
 * answer lost after TrustOcean acted, a request that never arrived, the PHP process killed at
 * each step of submission and reissue, and many requests on one service at once. After each,
 * the sandbox holds exactly the orders the records say, and nothing was ordered twice.
 */
final class ExactlyOneOrderTest extends ModuleTestCase
{
    public static function setUpBeforeClass(): void
    {
        require_once dirname(__DIR__, 4) . '/php-shim/autoload.php';
        self::standIn();
        (new Module(dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean'))->migrate();
        // Pushes carry the unique id of an order whose number was lost.
        $keys = new PushKeyStore();
        $keys->generate(1024, time());
        self::sandbox()->setPushKey((string) $keys->publicKey());
    }

    public static function tearDownAfterClass(): void
    {
        self::sandbox()->setPushKey(null);
    }

    protected function tearDown(): void
    {
        self::sandbox()->clearFaults();
    }

    public function testASubmissionWhoseAnswerIsLostBecomesUnconfirmedAndThePushConfirmsIt(): void
    {
        [$serviceId, $customer] = self::configured();
        $before = count(self::sandbox()->orders());

        self::sandbox()->setFaults(['malformed_rate' => 1.0, 'methods' => ['addSSLOrder']]);
        $page = self::submit($customer, $serviceId, 1);
        self::sandbox()->clearFaults();

        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('unconfirmed', $row['state'], $page->text());
        self::assertNull($row['pending']);
        self::assertStringContainsString('its confirmation was lost', $page->text());
        $placed = self::placedUnder((string) $row['unique_id']);
        self::assertCount(1, $placed);
        self::assertCount($before + 1, self::sandbox()->orders());

        $view = $customer->service($serviceId);
        self::assertStringContainsString('has not been confirmed yet', $view->text());
        self::assertFalse($view->hasAction('submit'));
        $again = self::submit($customer, $serviceId, 1);
        self::assertNotSame([], $again->alerts('danger'));
        self::assertCount($before + 1, self::sandbox()->orders(), 'nothing is placed again');

        $trustoceanId = (int) $placed[0]['trustocean_id'];
        self::sandbox()->approve($trustoceanId);
        $row = self::waitFor($serviceId, static fn (array $row): bool => $row['state'] === 'issued');
        self::assertSame($trustoceanId, (int) $row['trustocean_id']);
    }

    public function testASubmissionThatNeverArrivedIsPlacedOnceWhenSubmittedAgain(): void
    {
        [$serviceId, $customer] = self::configured();
        $before = count(self::sandbox()->orders());

        self::sandbox()->setFaults(['drop_rate' => 1.0, 'methods' => ['addSSLOrder']]);
        $page = self::submit($customer, $serviceId, 1);
        self::sandbox()->clearFaults();

        self::assertNotSame([], $page->alerts('danger'));
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('awaiting_submission', $row['state']);
        self::assertNull($row['pending']);
        self::assertCount(0, self::placedUnder((string) $row['unique_id']));

        $page = self::submit($customer, $serviceId, 1);
        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertOnePlacedOrder($serviceId, $before);
    }

    public function testAnInterruptedSubmissionThatCannotBeCheckedWaitsThenIsSettledOnTheNextLook(): void
    {
        [$serviceId, $customer] = self::configured();
        $before = count(self::sandbox()->orders());

        self::sandbox()->setFaults(['malformed_rate' => 1.0, 'methods' => ['addSSLOrder', 'checkUniqueId']]);
        self::submit($customer, $serviceId, 1);
        self::assertSame('submit', self::standIn()->orderRow($serviceId)['pending']);
        $busy = self::submit($customer, $serviceId, 1);
        self::assertStringContainsString('still being processed', $busy->errors());
        self::assertCount($before + 1, self::sandbox()->orders());
        self::sandbox()->clearFaults();

        $view = $customer->service($serviceId);
        self::assertTrue($view->hasAction('reconcile'), 'within its lease the customer may ask at once');
        self::expireLeases();
        $view = $customer->service($serviceId);
        self::assertStringContainsString('its confirmation was lost', $view->text());
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('unconfirmed', $row['state']);
        self::assertNull($row['pending']);

        $placed = self::placedUnder((string) $row['unique_id']);
        self::assertCount(1, $placed);
        $admin = self::standIn()->admin();
        // An order of this account under another unique id, held by no service.
        $other = (int) Orders::place(self::sandbox()->client(), self::names(1), 46)['trustocean_id'];
        $wrong = $admin->command($serviceId, 'custom', ['ac' => 'adminImport', 'trustocean_id' => (string) $other]);
        self::assertStringContainsString('was not placed for this service', $wrong->text());
        self::assertSame('unconfirmed', self::standIn()->orderRow($serviceId)['state']);
        $before++;

        $admin->command($serviceId, 'custom', ['ac' => 'adminImport', 'trustocean_id' => (string) $placed[0]['trustocean_id']]);
        self::assertOnePlacedOrder($serviceId, $before);
    }

    public function testTheCronSettlesAnInterruptedSubmissionOnceItsLeaseIsOver(): void
    {
        [$serviceId, $customer] = self::configured();
        $before = count(self::sandbox()->orders());
        self::sandbox()->setFaults(['malformed_rate' => 1.0, 'methods' => ['addSSLOrder', 'checkUniqueId']]);
        self::submit($customer, $serviceId, 1);
        self::sandbox()->clearFaults();
        $runner = new CronRunner(new Module(dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean'));

        $runner->syncOrders(time());
        self::assertSame('submit', self::standIn()->orderRow($serviceId)['pending'], 'not while the request may still be running');

        self::expireLeases();
        $runner->syncOrders(time());
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame(['unconfirmed', null], [$row['state'], $row['pending']]);
        self::assertStringContainsString('1 interrupted actions settled', (string) (new Settings())->get(CronRunner::LAST_RESULT));
        self::assertCount($before + 1, self::sandbox()->orders());
    }

    public function testAReissueWhoseAnswerIsLostIsTakenOverFromTrustOcean(): void
    {
        [$serviceId, $customer] = self::orderIssued('dv_single', self::names(1));
        $before = count(self::sandbox()->orders());
        $names = self::standIn()->orderRecord($serviceId)['domains'];

        self::sandbox()->setFaults(['malformed_rate' => 1.0, 'methods' => ['reissueSSLOrder']]);
        $page = $customer->act($serviceId, 'reissue', ['csr_source' => 'upload', 'csr' => Csr::create($names)->csrPem, 'same_for_all' => 'http']);
        self::sandbox()->clearFaults();

        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('validating', $row['state'], $page->text());
        self::assertNull($row['pending']);
        self::assertSame(self::remoteUniqueId((int) $row['trustocean_id']), $row['unique_id']);
        self::assertCount($before, self::sandbox()->orders());
    }

    /** @return array<string, array{string}> */
    public static function steps(): array
    {
        return ['claimed' => ['claimed'], 'answered' => ['answered'], 'stored' => ['stored']];
    }

    /**
     * @dataProvider steps
     */
    public function testACrashAtAnyStepOfSubmissionLeavesExactlyOneOrder(string $step): void
    {
        [$serviceId] = self::configured();
        $before = count(self::sandbox()->orders());

        self::crashAt("submit:{$step}", $serviceId, 'submit', ['methods' => ['http']]);
        self::expireLeases();
        $customer = self::standIn()->customer();
        $customer->service($serviceId);

        $row = self::standIn()->orderRow($serviceId);
        self::assertNull($row['pending'], 'the next look settled it');
        $placed = self::placedUnder((string) $row['unique_id']);
        match ($step) {
            'claimed' => self::assertSame(['awaiting_submission', 0], [$row['state'], count($placed)]),
            'answered' => self::assertSame(['unconfirmed', 1], [$row['state'], count($placed)]),
            default => self::assertSame(['validating', 1], [$row['state'], count($placed)]),
        };

        if ($step === 'claimed') {
            self::submit($customer, $serviceId, 1);
        } elseif ($step === 'answered') {
            self::standIn()->admin()->command($serviceId, 'custom', ['ac' => 'adminImport', 'trustocean_id' => (string) $placed[0]['trustocean_id']]);
        }
        self::assertOnePlacedOrder($serviceId, $before);
    }

    /**
     * @dataProvider steps
     */
    public function testACrashAtAnyStepOfReissueLeavesTheOneOrderAsTrustOceanHoldsIt(string $step): void
    {
        [$serviceId] = self::orderIssued('dv_single', self::names(1));
        $before = count(self::sandbox()->orders());
        $names = self::standIn()->orderRecord($serviceId)['domains'];

        self::crashAt("reissue:{$step}", $serviceId, 'reissue', ['csr_source' => 'upload', 'csr' => Csr::create($names)->csrPem, 'same_for_all' => 'http']);
        self::expireLeases();
        self::standIn()->customer()->service($serviceId);

        $row = self::standIn()->orderRow($serviceId);
        self::assertNull($row['pending']);
        self::assertSame($step === 'claimed' ? 'issued' : 'validating', $row['state']);
        self::assertSame(self::remoteUniqueId((int) $row['trustocean_id']), $row['unique_id']);
        self::assertSame($step === 'claimed' ? 0 : 1, self::sandbox()->callCount((int) $row['trustocean_id'], 'reissueSSLOrder'));
        self::assertCount($before, self::sandbox()->orders());
    }

    /** @return array<string, array{int}> */
    public static function crowds(): array
    {
        return ['2 requests' => [2], '16 requests' => [16]];
    }

    /**
     * @dataProvider crowds
     */
    public function testManySubmissionsAtOncePlaceExactlyOneOrder(int $requests): void
    {
        [$serviceId] = self::configured();
        $before = count(self::sandbox()->orders());

        $pages = self::atOnce($serviceId, array_fill(0, $requests, ['submit', ['methods' => ['http']]]));

        self::assertOnePlacedOrder($serviceId, $before);
        $succeeded = array_filter($pages, static fn (string $page): bool => !str_contains($page, 'alert-danger'));
        self::assertCount(1, $succeeded, 'one request placed the order; the others were told why not');
    }

    public function testManyReissuesAtOnceReissueOnce(): void
    {
        [$serviceId] = self::orderIssued('dv_single', self::names(1));
        $names = self::standIn()->orderRecord($serviceId)['domains'];
        $before = count(self::sandbox()->orders());
        $reissue = ['reissue', ['csr_source' => 'upload', 'csr' => Csr::create($names)->csrPem, 'same_for_all' => 'http']];

        self::atOnce($serviceId, array_fill(0, 8, $reissue));

        $row = self::standIn()->orderRow($serviceId);
        self::assertSame(1, self::sandbox()->callCount((int) $row['trustocean_id'], 'reissueSSLOrder'));
        self::assertSame(self::remoteUniqueId((int) $row['trustocean_id']), $row['unique_id'], 'no lost update');
        self::assertCount($before, self::sandbox()->orders());
    }

    public function testResetsAndSubmissionsAtOnceLoseNoUpdate(): void
    {
        [$serviceId] = self::configured();
        $before = count(self::sandbox()->orders());
        $mixed = [];
        for ($i = 0; $i < 8; $i++) {
            $mixed[] = $i % 2 === 0 ? ['submit', ['methods' => ['http']]] : ['reset', []];
        }

        self::atOnce($serviceId, $mixed);

        $row = self::standIn()->orderRow($serviceId);
        self::assertNull($row['pending']);
        $placed = array_values(array_filter(self::sandbox()->orders(), static fn (array $order): bool => $order['unique_id'] === $row['unique_id']));
        if ($row['state'] === 'validating') {
            self::assertOnePlacedOrder($serviceId, $before);
        } else {
            self::assertContains($row['state'], ['awaiting_configuration', 'awaiting_submission']);
            self::assertSame([], $placed);
            self::assertCount($before, self::sandbox()->orders());
        }
    }

    /** @return array{0: int, 1: Customer} a single-name DV service configured, not yet placed */
    private static function configured(): array
    {
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        $page = self::configure($customer, $serviceId, self::names(1));
        self::assertSame([], $page->alerts('danger'), $page->errors());
        return [$serviceId, $customer];
    }

    /**
     * Posts $function through a stand-in server that kills itself at $point, as a crash would.
     *
     * @param array<string, mixed> $fields
     */
    private static function crashAt(string $point, int $serviceId, string $function, array $fields): void
    {
        $server = self::standIn()->serveAnother(['TRUSTOCEAN_CRASH_AT' => $point]);
        $client = self::standIn()->seed->clients[0];
        $customer = Customer::login($server->url, $client['email'], $client['password']);
        try {
            $customer->act($serviceId, $function, $fields);
            self::fail("the request went through {$point} without a crash");
        } catch (RuntimeException) {
            // The connection ended without an answer: the process is gone.
        }
        self::assertSame(9, $server->killedBy(), "the server was killed at {$point}");
    }

    /**
     * Posts every [function, fields] at the same moment, each from its own session, through a
     * stand-in server with as many workers; returns the pages.
     *
     * @param list<array{0: string, 1: array<string, mixed>}> $requests
     *
     * @return list<string>
     */
    private static function atOnce(int $serviceId, array $requests): array
    {
        $server = self::standIn()->serveAnother(['PHP_CLI_SERVER_WORKERS' => (string) count($requests)]);
        $client = self::standIn()->seed->clients[0];
        $multi = curl_multi_init();
        $handles = [];
        foreach ($requests as [$function, $fields]) {
            $customer = Customer::login($server->url, $client['email'], $client['password']);
            $customer->service($serviceId);
            $handle = curl_init($server->url . '/clientarea.php?' . http_build_query(['action' => 'productdetails', 'id' => $serviceId]));
            curl_setopt_array($handle, [
                CURLOPT_RETURNTRANSFER => true,
                CURLOPT_POST => true,
                CURLOPT_TIMEOUT => 60,
                CURLOPT_HTTPHEADER => ['Cookie: ' . $customer->cookieHeader()],
                CURLOPT_POSTFIELDS => http_build_query(['id' => $serviceId, 'modop' => 'custom', 'a' => $function, 'token' => $customer->token()] + $fields),
            ]);
            curl_multi_add_handle($multi, $handle);
            $handles[] = $handle;
        }
        do {
            $status = curl_multi_exec($multi, $running);
            if ($running > 0) {
                curl_multi_select($multi, 1.0);
            }
        } while ($running > 0 && $status === CURLM_OK);

        $pages = [];
        foreach ($handles as $handle) {
            self::assertSame(200, curl_getinfo($handle, CURLINFO_RESPONSE_CODE));
            $pages[] = (string) curl_multi_getcontent($handle);
            curl_multi_remove_handle($multi, $handle);
        }
        curl_multi_close($multi);
        $server->stop();
        return $pages;
    }

    /** As if the lease of every pending action had run out. */
    private static function expireLeases(): void
    {
        Capsule::table('mod_trustocean_orders')->whereNotNull('pending')
            ->update(['pending_since' => time() - OrderService::PENDING_LEASE_SECONDS - 1]);
    }

    /** The service is placed, and its order is the one and only new order at TrustOcean. */
    private static function assertOnePlacedOrder(int $serviceId, int $ordersBefore): void
    {
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('validating', $row['state']);
        self::assertNull($row['pending']);
        $placed = self::placedUnder((string) $row['unique_id']);
        self::assertCount(1, $placed);
        self::assertSame((int) $placed[0]['trustocean_id'], (int) $row['trustocean_id']);
        self::assertCount($ordersBefore + 1, self::sandbox()->orders());
    }

    /** @return list<array<string, mixed>> the sandbox's orders under $uniqueId */
    private static function placedUnder(string $uniqueId): array
    {
        return array_values(array_filter(self::sandbox()->orders(), static fn (array $order): bool => $order['unique_id'] === $uniqueId));
    }

    private static function remoteUniqueId(int $trustoceanId): string
    {
        foreach (self::sandbox()->orders() as $order) {
            if ((int) $order['trustocean_id'] === $trustoceanId) {
                return (string) $order['unique_id'];
            }
        }
        self::fail("the sandbox holds no order {$trustoceanId}");
    }

    /**
     * Polls the order row until $done holds (fails after 5 s).
     *
     * @param callable(array<string, mixed>): bool $done
     *
     * @return array<string, mixed>
     */
    private static function waitFor(int $serviceId, callable $done): array
    {
        $started = microtime(true);
        while (microtime(true) - $started < 5.0) {
            $row = self::standIn()->orderRow($serviceId);
            if ($row !== null && $done($row)) {
                return $row;
            }
            usleep(20000);
        }
        self::fail('the order did not get there: ' . json_encode(self::standIn()->orderRow($serviceId)));
    }
}
