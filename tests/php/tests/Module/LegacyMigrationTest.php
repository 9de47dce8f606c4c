<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use Illuminate\Database\Schema\Blueprint;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Whmcs\Migration\LegacyMigration;
use TrustOcean\Whmcs\Migration\LegacyRowResult;
use TrustOcean\Whmcs\Module;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\AddonModule;
use WhmcsStandIn\Seed\DemoSeeder;

/**
 * Migration from the original module's `tbltrustocean_certificate` (its schema as the original
 * created it): a dry run that changes nothing, then the rows carried over with their states,
 * certificates and validation, the clear private key stored only encrypted, a second run that
 * leaves migrated services alone, and the original table untouched.
 */
final class LegacyMigrationTest extends ModuleTestCase
{
    private const FIXTURES = __DIR__ . '/../../../fixtures';

    private const DATA_PAGE = 'admin/addonmodules.php?module=trustoceanssl&page=data';

    public static function setUpBeforeClass(): void
    {
        require_once dirname(__DIR__, 4) . '/php-shim/autoload.php';
        self::standIn();
        (new Module(dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean'))->migrate();
        self::createLegacyTable();
    }

    public function testADryRunShowsEveryRowAndChangesNothing(): void
    {
        [$issued, $pending, $configuring] = self::legacyRows();
        $before = Capsule::table('mod_trustocean_orders')->count();

        $plan = self::byService((new LegacyMigration())->plan(time()));

        self::assertSame(LegacyRowResult::MIGRATE, $plan[$issued]->outcome);
        self::assertSame('issued', $plan[$issued]->state);
        self::assertTrue($plan[$issued]->withServerKey);
        self::assertSame('validating', $plan[$pending]->state);
        self::assertSame('awaiting_configuration', $plan[$configuring]->state);
        self::assertSame($before, Capsule::table('mod_trustocean_orders')->count(), 'a dry run stores nothing');
    }

    public function testRowsAreCarriedOverOnceWithTheKeyEncrypted(): void
    {
        [$issued, $pending] = self::legacyRows();
        $legacyBefore = Capsule::table(LegacyMigration::LEGACY_TABLE)->orderBy('id')->get()->all();

        $done = self::byService((new LegacyMigration())->apply(time()));

        self::assertSame(LegacyRowResult::MIGRATED, $done[$issued]->outcome);
        $row = self::standIn()->orderRow($issued);
        self::assertSame('issued', $row['state']);
        self::assertStringContainsString('BEGIN CERTIFICATE', (string) $row['certificate']);
        self::assertSame('server', $row['key_source']);
        self::assertStringNotContainsString('PRIVATE KEY', (string) $row['private_key'], 'stored only encrypted');
        self::assertStringContainsString('PRIVATE KEY', (string) decrypt((string) $row['private_key']));
        $legacyKey = Capsule::table('tbltrustocean_certificate')->where('serviceid', $row['service_id'])->value('key_code');
        self::assertSame('', $legacyKey, 'no clear copy is left in the original table');
        self::assertSame(['www.example.com', 'example.com'], json_decode((string) $row['domains'], true));
        self::assertSame('www.example.com', Capsule::table('tblhosting')->where('id', $issued)->value('domain'));
        self::assertSame('validating', self::standIn()->orderRow($pending)['state']);
        self::assertSame(700042, (int) self::standIn()->orderRow($pending)['trustocean_id']);

        $again = self::byService((new LegacyMigration())->apply(time()));
        self::assertSame(LegacyRowResult::ALREADY, $again[$issued]->outcome);
        $expected = array_map(static function (object $row) use ($done): object {
            $row = clone $row;
            $result = $done[(int) $row->serviceid] ?? null;
            if ($result !== null && $result->outcome === LegacyRowResult::MIGRATED && $result->withServerKey) {
                $row->key_code = '';
            }
            return $row;
        }, $legacyBefore);
        self::assertEquals($expected, Capsule::table(LegacyMigration::LEGACY_TABLE)->orderBy('id')->get()->all(), 'only the migrated clear key is gone from the original table');
    }

    public function testARowWhoseServiceIsGoneIsReportedNotStored(): void
    {
        $missing = 990000 + random_int(1, 9999);
        Capsule::table(LegacyMigration::LEGACY_TABLE)->insert(self::row($missing, 'configuration', []));

        $plan = self::byService((new LegacyMigration())->plan(time()));

        self::assertSame(LegacyRowResult::FAILED, $plan[$missing]->outcome);
        self::assertNotNull($plan[$missing]->problem);
        self::assertNull(self::standIn()->orderRow($missing));
    }

    public function testTheDataPageShowsTheDryRunThenMigratesWithOneButton(): void
    {
        [$issued] = self::legacyRows();
        $admin = self::standIn()->admin();

        $page = $admin->get(self::DATA_PAGE);
        self::assertSame('will be migrated', $page->value('//table[@id="trustocean-migration"]//tr[@data-service="' . $issued . '"]/td[@class="outcome"]'));
        self::assertNull(self::standIn()->orderRow($issued), 'looking changes nothing');

        $done = $admin->post(self::DATA_PAGE, ['token' => $page->token(), 'data_action' => 'migrate']);

        self::assertStringContainsString('orders were migrated', implode(' ', $done->alerts('success')));
        self::assertSame('migrated', $done->value('//table[@id="trustocean-migration"]//tr[@data-service="' . $issued . '"]/td[@class="outcome"]'));
        self::assertSame('issued', self::standIn()->orderRow($issued)['state']);
    }

    public function testDeactivationKeepsTheDataUnlessTheAdminChoseToDropIt(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $addon = AddonModule::load('trustoceanssl');
        $admin = self::standIn()->admin();

        self::assertSame('success', $addon->deactivate()['status']);
        self::assertNotNull(self::standIn()->orderRow($serviceId), 'kept by default');
        self::assertSame('success', $addon->activate()['status']);

        $page = $admin->get(self::DATA_PAGE);
        $admin->post(self::DATA_PAGE, ['token' => $page->token(), 'data_action' => 'deactivation', 'on_deactivate' => 'drop']);
        $result = $addon->deactivate();
        try {
            self::assertStringContainsString('dropped', $result['description']);
            self::assertFalse(Capsule::schema()->hasTable('mod_trustocean_orders'));
        } finally {
            self::assertSame('success', $addon->activate()['status'], 'activation builds the tables again');
        }
        self::assertTrue(Capsule::schema()->hasTable('mod_trustocean_orders'));
    }

    /** @return array{0: int, 1: int, 2: int} services with an issued, a pending and a configuring row */
    private static function legacyRows(): array
    {
        $seed = self::standIn()->seed;
        $seeder = new DemoSeeder(self::standIn()->url, self::sandbox()->url(), 'unused', 'unused');
        $service = static fn (): int => $seeder->order($seed->clients[0]['id'], $seed->products['dv_single'], $seed->serverId);
        [$issued, $pending, $configuring] = [$service(), $service(), $service()];

        Capsule::table(LegacyMigration::LEGACY_TABLE)->insert(self::row($issued, 'issued_active', [
            'csr_code' => file_get_contents(self::FIXTURES . '/certs/rsa-leaf.csr'),
            'cert_code' => file_get_contents(self::FIXTURES . '/certs/rsa-leaf.pem'),
            'ca_code' => file_get_contents(self::FIXTURES . '/chains/rsa-2level.pem'),
            'key_code' => file_get_contents(self::FIXTURES . '/certs/rsa-leaf.key'),
            'domains' => json_encode(['www.example.com', 'example.com']),
            'dcv_info' => json_encode(['www.example.com' => ['status' => 'verified', 'method' => 'dns', 'email' => '', 'isip' => 'false']]),
            'trustocean_id' => 700041,
            'vendor_id' => '9700041',
        ]));
        Capsule::table(LegacyMigration::LEGACY_TABLE)->insert(self::row($pending, 'enroll_caprocessing', [
            'csr_code' => file_get_contents(self::FIXTURES . '/certs/rsa-leaf.csr'),
            'domains' => json_encode(['www.example.com']),
            'trustocean_id' => 700042,
        ]));
        Capsule::table(LegacyMigration::LEGACY_TABLE)->insert(self::row($configuring, 'configuration', []));
        return [$issued, $pending, $configuring];
    }

    /**
     * A row as the original module wrote it.
     *
     * @param array<string, mixed> $values
     *
     * @return array<string, mixed>
     */
    private static function row(int $serviceId, string $status, array $values): array
    {
        return $values + [
            'uid' => self::standIn()->seed->clients[0]['id'],
            'serviceid' => $serviceId,
            'status' => $status,
            'class' => 'dv',
            'multidomain' => 0,
            'name' => 'TrustOcean DV SSL',
            'unique_id' => 'legacy' . bin2hex(random_bytes(3)),
            'period' => 'Annually',
            'contact_email' => 'ssl-admin@example.com',
            'created_at' => date('Y-m-d H:i:s'),
        ];
    }

    /**
     * @param list<LegacyRowResult> $results
     *
     * @return array<int, LegacyRowResult>
     */
    private static function byService(array $results): array
    {
        $byService = [];
        foreach ($results as $result) {
            $byService[$result->serviceId] = $result;
        }
        return $byService;
    }

    /** `tbltrustocean_certificate` as the original module's _activate creates it. */
    private static function createLegacyTable(): void
    {
        if (Capsule::schema()->hasTable(LegacyMigration::LEGACY_TABLE)) {
            return;
        }
        Capsule::schema()->create(LegacyMigration::LEGACY_TABLE, static function (Blueprint $table): void {
            $table->increments('id');
            $table->integer('uid');
            $table->integer('serviceid')->unique();
            $table->char('status', 200);
            $table->char('class', 200);
            $table->integer('multidomain');
            $table->longText('csr_code')->nullable();
            $table->longText('cert_code')->nullable();
            $table->longText('ca_code')->nullable();
            $table->longText('key_code')->nullable();
            $table->longText('domains')->nullable();
            $table->char('contact_email', 200)->nullable();
            $table->longText('admin_info')->nullable();
            $table->longText('tech_info')->nullable();
            $table->longText('org_info')->nullable();
            $table->longText('dcv_info')->nullable();
            $table->text('name');
            $table->text('vendor_id')->nullable();
            $table->timestamp('submitted_at')->nullable();
            $table->char('paidcertificate_status', 200)->nullable();
            $table->char('paidcertificate_delivery_time', 200)->nullable();
            $table->text('unique_id');
            $table->integer('reissue')->default(0);
            $table->integer('renew')->default(0);
            $table->text('certificate_id')->nullable();
            $table->integer('trustocean_id')->nullable();
            $table->text('period');
            $table->timestamp('issued_at')->nullable();
            $table->timestamp('created_at')->nullable();
            $table->timestamp('dcvredo_clicked')->nullable();
            $table->timestamp('checkcert_clicked')->nullable();
            $table->timestamp('expiration90_sent_at')->nullable();
            $table->timestamp('expiration30_sent_at')->nullable();
            $table->timestamp('expiration7_sent_at')->nullable();
            $table->timestamp('expiration1_sent_at')->nullable();
            $table->timestamp('expired_sent_at')->nullable();
            $table->integer('is_requested_refund')->default(0);
            $table->text('refund_status')->nullable();
        });
    }
}
