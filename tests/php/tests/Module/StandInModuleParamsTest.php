<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use RuntimeException;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WHMCS\Database\Capsule;
use WHMCS\Service\Service;
use WhmcsStandIn\Modules\ModuleParams;
use WhmcsStandIn\Modules\ServiceOptions;
use WhmcsStandIn\Seed\DemoSeeder;

/**
 * ModuleParams::forService(): the $params WHMCS passes to a provisioning module function, with
 * the documented keys (service, product settings configoption1..24, client details, custom
 * fields and configurable options by name, the server with its decrypted password, and the
 * service model).
 */
final class StandInModuleParamsTest extends ModuleTestCase
{
    public function testAServiceHasEveryDocumentedKey(): void
    {
        $serviceId = self::standIn()->order('dv_multi_ip');
        $product = self::standIn()->seed->products['dv_multi_ip'];
        $client = self::standIn()->seed->clients[0];
        $row = Capsule::table('tblhosting')->where('id', $serviceId)->first();

        $params = ModuleParams::forService($serviceId);

        self::assertSame($serviceId, $params['serviceid']);
        self::assertSame($serviceId, $params['accountid']);
        self::assertSame($client['id'], $params['userid']);
        self::assertSame($product['id'], $params['pid']);
        self::assertSame(self::standIn()->seed->serverId, $params['serverid']);
        self::assertSame((string) $row->domain, $params['domain']);
        self::assertSame((string) $row->username, $params['username']);
        self::assertMatchesRegularExpression('/^[0-9a-f]{12}$/', $params['password'], 'the service password, decrypted');
        self::assertNotSame($params['password'], (string) $row->password, 'stored encrypted');
        self::assertSame($params['password'], decrypt((string) $row->password));
        self::assertSame('other', $params['producttype']);
        self::assertSame('trustocean', $params['moduletype']);

        $expectedSettings = ['58', 'dv', '', 'on', 'on', '1', 'revoke', 'on'];
        for ($number = 1; $number <= 24; $number++) {
            self::assertArrayHasKey('configoption' . $number, $params);
            self::assertSame($expectedSettings[$number - 1] ?? '', $params['configoption' . $number], "configoption{$number}");
        }

        self::assertSame($client['email'], $params['clientsdetails']['email']);
        self::assertSame('Alice', $params['clientsdetails']['firstname']);
        self::assertSame('Walker', $params['clientsdetails']['lastname']);
        self::assertSame('GB', $params['clientsdetails']['country']);
        self::assertSame($client['id'], $params['clientsdetails']['userid']);
        self::assertArrayNotHasKey('password', $params['clientsdetails'], "the client's password hash is not passed");

        self::assertSame([], $params['customfields']);
        self::assertSame(3, $params['configoptions']['DomainCount']);

        self::assertTrue($params['server']);
        self::assertSame(self::sandbox()->url(), $params['serverhostname']);
        self::assertSame(Sandbox::USERNAME, $params['serverusername']);
        self::assertSame(Sandbox::TOKEN, $params['serverpassword'], 'the server password, decrypted');
        self::assertNotSame(Sandbox::TOKEN, (string) Capsule::table('tblservers')->where('id', $params['serverid'])->value('password'), 'stored encrypted');
        self::assertTrue($params['serversecure']);

        self::assertInstanceOf(Service::class, $params['model']);
        self::assertSame($serviceId, (int) $params['model']->id);
        self::assertSame('Annually', $params['model']->billingcycle);
        self::assertSame('trustocean', $params['model']->product->servertype);
    }

    public function testCustomFieldsAndConfigurableOptionsAreGivenByName(): void
    {
        self::standIn();
        $productId = (int) Capsule::table('tblproducts')->insertGetId([
            'type' => 'other',
            'name' => 'Stand-in params product ' . bin2hex(random_bytes(4)),
            'servertype' => 'trustocean',
            'configoption1' => '46',
            'configoption2' => 'dv',
        ]);
        $groupId = (int) Capsule::table('tblproductconfiggroups')->insertGetId(['name' => "Options of product {$productId}"]);
        Capsule::table('tblproductconfiglinks')->insert(['gid' => $groupId, 'pid' => $productId]);
        $countId = (int) Capsule::table('tblproductconfigoptions')->insertGetId(['gid' => $groupId, 'optionname' => 'DomainCount|Number of domains', 'optiontype' => ServiceOptions::QUANTITY, 'qtyminimum' => 1, 'qtymaximum' => 10, 'order' => 1]);
        Capsule::table('tblproductconfigoptionssub')->insert(['configid' => $countId, 'optionname' => 'DomainCount']);
        $validityId = (int) Capsule::table('tblproductconfigoptions')->insertGetId(['gid' => $groupId, 'optionname' => 'Validity|Validity period', 'optiontype' => ServiceOptions::DROPDOWN, 'order' => 2]);
        Capsule::table('tblproductconfigoptionssub')->insert(['configid' => $validityId, 'optionname' => '1y|One year', 'sortorder' => 1]);
        $twoYears = (int) Capsule::table('tblproductconfigoptionssub')->insertGetId(['configid' => $validityId, 'optionname' => '2y|Two years', 'sortorder' => 2]);
        $referenceId = (int) Capsule::table('tblcustomfields')->insertGetId(['type' => 'product', 'relid' => $productId, 'fieldname' => 'Order reference|Your reference', 'sortorder' => 1]);
        Capsule::table('tblcustomfields')->insert(['type' => 'product', 'relid' => $productId, 'fieldname' => 'Empty field', 'sortorder' => 2]);

        $seeder = new DemoSeeder(self::standIn()->url, self::sandbox()->url(), Sandbox::USERNAME, Sandbox::TOKEN);
        $product = ['id' => $productId, 'key' => 'standin_params', 'domainCount' => [1, 10], 'ordered' => 5];
        $serviceId = $seeder->order(self::standIn()->seed->clients[2]['id'], $product, 0, 'Quarterly');
        ServiceOptions::apply($serviceId, [$validityId => $twoYears]);
        Capsule::table('tblcustomfieldsvalues')->insert(['fieldid' => $referenceId, 'relid' => $serviceId, 'value' => 'PO-2024-17']);

        $params = ModuleParams::forService($serviceId);

        self::assertSame(['Order reference' => 'PO-2024-17', 'Empty field' => ''], $params['customfields']);
        self::assertSame(['DomainCount' => 5, 'Validity' => '2y'], $params['configoptions']);
        self::assertSame('Bob', $params['clientsdetails']['firstname']);
        self::assertSame('Quarterly', $params['model']->billingcycle);
        self::assertSame(0, $params['serverid']);
        self::assertFalse($params['server'], 'no server assigned');
        self::assertSame('', $params['serverhostname']);
        self::assertSame('', $params['serverpassword']);
        self::assertSame('46', $params['configoption1']);
        self::assertSame('', $params['configoption24']);
    }

    public function testAMissingServiceIsAnError(): void
    {
        self::standIn();
        $this->expectException(RuntimeException::class);
        ModuleParams::forService(987654321);
    }
}
