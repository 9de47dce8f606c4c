<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Database\Migrator;
use TrustOcean\Whmcs\Database\Settings;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ModuleParams;
use WhmcsStandIn\Modules\ServerModule;

/**
 * The server module's WHMCS functions outside the customer's steps: metadata, product settings
 * with the cached product loader, Test Connection, migrations, the callback URL, the validation
 * file download, the check-issuance throttle, termination during validation, the final states
 * and the seal switch.
 */
final class ModuleFunctionsTest extends ModuleTestCase
{
    private static function module(): ServerModule
    {
        self::standIn();
        return ServerModule::load('trustocean');
    }

    public function testMetadataAndProductSettingsFollowWhmcsShapes(): void
    {
        $meta = self::module()->metaData();
        self::assertSame('1.1', $meta['APIVersion']);
        self::assertIsString($meta['DisplayName']);

        $options = self::module()->configOptions();
        self::assertCount(8, $options, 'configoption1..8, in order');
        self::assertSame('trustocean_ProductLoader', $options[0]['Loader'] ?? null);
        foreach ($options as $option) {
            self::assertContains($option['Type'], ['text', 'password', 'yesno', 'dropdown', 'radio', 'textarea']);
        }
    }

    public function testTheProductLoaderAsksTheApiOnlyWhenItsCacheIsEmpty(): void
    {
        $module = self::module();
        $params = ModuleParams::forServer(self::standIn()->seed->serverId);
        Migrator::standard(dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean/lang')->migrate();
        Capsule::table('mod_trustocean_cache')->delete();
        $before = substr_count(self::standIn()->moduleLogText(), "getProductList\n");

        $products = $module->call('ProductLoader', $params);
        self::assertSame('TrustOcean DV SSL (#46)', $products[46] ?? null);
        $again = $module->call('ProductLoader', $params);
        self::assertSame($products, $again);
        self::assertSame($before + 1, substr_count(self::standIn()->moduleLogText(), "getProductList\n"), 'one remote call for two renders');
    }

    public function testTestConnectionReportsSuccessAndAWrongTokenWithoutTheToken(): void
    {
        $params = ModuleParams::forServer(self::standIn()->seed->serverId);
        self::assertSame(['success' => true, 'error' => ''], self::module()->call('TestConnection', $params));

        $wrong = 'not-the-token-' . bin2hex(random_bytes(4));
        $result = self::module()->call('TestConnection', ['serverpassword' => $wrong] + $params);
        self::assertFalse($result['success']);
        self::assertStringContainsString('778804', $result['error'] . ' ' . self::standIn()->moduleLogText());
        self::assertStringNotContainsString($wrong, $result['error']);
        self::assertStringNotContainsString($wrong, self::standIn()->moduleLogText());
        self::assertStringNotContainsString(Sandbox::TOKEN, self::standIn()->moduleLogText());
    }

    public function testMigrationsAreRecordedAndRunOnce(): void
    {
        self::standIn()->order('dv_single');
        self::assertSame([], Migrator::standard(dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean/lang')->migrate(), 'nothing is pending after the first call');
        self::assertSame([1, 2, 3, 4, 5, 6, 7, 8], array_map('intval', Capsule::table(Migrator::TABLE)->orderBy('version')->pluck('version')->all()));
        self::assertTrue(Capsule::schema()->hasTable('mod_trustocean_orders'));
    }

    public function testTheCallbackUrlComesFromTheSystemUrlNotFromTheHostHeader(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer(0, ['Host' => 'attacker.example']);
        self::configure($customer, $serviceId, [$name]);
        $page = self::submit($customer, $serviceId, 1);
        self::assertSame([], $page->alerts('danger'), $page->errors());

        $log = self::standIn()->moduleLogText();
        self::assertStringContainsString('[callback] => ' . self::standIn()->url . '/modules/servers/trustocean/push.php', $log);
        self::assertStringNotContainsString('attacker.example', $log);
    }

    public function testTheHttpValidationFileDownloadsWithItsExactContent(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, [$name]);

        $file = $customer->act($serviceId, 'dcvFile', ['domain' => '0']);
        self::assertStringStartsWith('text/plain', $file->headers['content-type'] ?? '');
        self::assertMatchesRegularExpression('/filename="[0-9A-F]{32}\.txt"/', $file->headers['content-disposition'] ?? '');
        $lines = preg_split('/\r?\n/', $file->body);
        self::assertMatchesRegularExpression('/^[0-9a-f]{64}$/', $lines[0]);
        self::assertSame('comodoca.com', $lines[1]);
        self::assertSame(strtolower((string) self::standIn()->orderRow($serviceId)['unique_id']), $lines[2]);
    }

    public function testCheckingIssuanceAgainAtOnceIsThrottled(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, [$name]);
        self::submit($customer, $serviceId, 1);

        $first = $customer->act($serviceId, 'refresh');
        self::assertSame([], $first->alerts('danger'), $first->errors());
        $second = $customer->act($serviceId, 'refresh');
        self::assertMatchesRegularExpression('/wait \d+ seconds/', $second->errors());
    }

    public function testTerminationDuringValidationCancelsAndAsksForTheRefund(): void
    {
        [$name] = self::names(1);
        $serviceId = self::standIn()->order('dv_single');
        $customer = self::standIn()->customer();
        self::configure($customer, $serviceId, [$name]);
        self::submit($customer, $serviceId, 1);
        $trustoceanId = (int) self::standIn()->orderRow($serviceId)['trustocean_id'];

        self::assertTrue(self::standIn()->commands()->terminate($serviceId)->success);
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('cancelled', $row['state']);
        self::assertSame('processing', $row['refund_status']);
        self::assertNotEmpty(self::sandbox()->client()->checkRefundStatus(['trustocean_id' => $trustoceanId])['refund_status'] ?? null);
    }

    public function testTheFinalStatesShowWhatHappenedAndOfferNoActions(): void
    {
        [$serviceId, $customer] = self::orderIssued('dv_single', self::names(1));
        Capsule::table('mod_trustocean_orders')->where('service_id', $serviceId)->update(['valid_to' => time() - 86400]);
        $page = $customer->service($serviceId);
        self::assertStringContainsString('This certificate has expired', $page->text());
        self::assertFalse($page->hasAction('download') && $page->hasAction('reissue'));
        self::assertFalse($page->hasAction('reissue'));

        Capsule::table('mod_trustocean_orders')->where('service_id', $serviceId)->update(['state' => 'revoked']);
        $page = $customer->service($serviceId);
        self::assertStringContainsString('has been revoked', $page->text());
        self::assertSame(0, $page->count('//form//input[@name="a"]'));
    }

    public function testTheSealCodeFollowsTheResellersSetting(): void
    {
        [$serviceId, $customer] = self::orderIssued('dv_single', self::names(1));
        self::assertStringContainsString('seal.min.js', $customer->service($serviceId)->body);

        (new Settings())->put(AddonSettings::SEAL_ENABLED, '0', time());
        try {
            self::assertStringNotContainsString('seal.min.js', $customer->service($serviceId)->body);
        } finally {
            (new Settings())->delete(AddonSettings::SEAL_ENABLED);
        }
    }
}
