<?php

declare(strict_types=1);

namespace WhmcsStandIn\Seed;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Database\Schema;
use WhmcsStandIn\Lifecycle\ServiceCommands;
use WhmcsStandIn\Logging\ModuleLog;
use WhmcsStandIn\Modules\AddonModule;
use WhmcsStandIn\Modules\ServiceOptions;

/**
 * Fills an empty stand-in with a demo shop: settings, one admin, three clients with logins, the
 * TrustOcean server (API account), the five demo products and, for the first client, one
 * accepted order of each (CreateAccount run as WHMCS runs it).
 *
 * Passwords are random per seed and returned, so nothing guessable is ever installed.
 */
final class DemoSeeder
{
    public const ADMIN_USERNAME = 'admin';

    /** @var list<array{firstname: string, lastname: string, company: string, email: string, language: string, country: string}> */
    private const CLIENTS = [
        ['firstname' => 'Alice', 'lastname' => 'Walker', 'company' => 'Example Ltd', 'email' => 'alice@example.com', 'language' => 'english', 'country' => 'GB'],
        ['firstname' => '伟', 'lastname' => '王', 'company' => '示例科技有限公司', 'email' => 'wei@example.cn', 'language' => 'chinese', 'country' => 'CN'],
        ['firstname' => 'Bob', 'lastname' => 'Stone', 'company' => '', 'email' => 'bob@example.org', 'language' => 'english', 'country' => 'US'],
    ];

    public function __construct(
        private readonly string $systemUrl,
        private readonly string $apiEndpoint,
        private readonly string $apiUsername,
        #[\SensitiveParameter] private readonly string $apiToken
    ) {
    }

    /**
     * Empties the database, then seeds it.
     *
     * @param bool $acceptOrders whether to place and accept one order per product for the first client
     */
    public function run(bool $acceptOrders = true): SeedResult
    {
        Schema::dropAll();
        Schema::migrate();

        $this->settings();
        $adminPassword = self::password();
        $this->admin($adminPassword);
        $clients = $this->clients();
        $serverId = $this->server();
        $products = $this->products($serverId);
        // As the admin does after copying the modules in: every addon is activated.
        foreach (AddonModule::installed() as $addon) {
            AddonModule::load($addon)->activate();
        }

        $services = [];
        if ($acceptOrders) {
            foreach ($products as $key => $product) {
                $services[$key] = $this->order($clients[0]['id'], $product, $serverId);
                (new ServiceCommands())->createAccount($services[$key]);
            }
        }
        return new SeedResult(self::ADMIN_USERNAME, $adminPassword, $clients, $products, $services, $serverId);
    }

    /**
     * Places a Pending order of a seeded product for a client, as WHMCS's cart does.
     *
     * @param array{id: int, key: string, domainCount: ?array{int, int}, ordered: int} $product
     */
    public function order(int $clientId, array $product, int $serverId, string $billingCycle = 'Annually', ?int $domainCount = null): int
    {
        $serviceId = (int) Capsule::table('tblhosting')->insertGetId([
            'userid' => $clientId,
            'packageid' => $product['id'],
            'server' => $serverId,
            'regdate' => date('Y-m-d'),
            'billingcycle' => $billingCycle,
            'nextduedate' => date('Y-m-d', strtotime('+1 year')),
            'nextinvoicedate' => date('Y-m-d', strtotime('+1 year')),
            'domainstatus' => 'Pending',
            'paymentmethod' => 'banktransfer',
            'password' => encrypt(bin2hex(random_bytes(6))),
        ]);
        if ($product['domainCount'] !== null) {
            $optionId = ServiceOptions::optionId($product['id'], 'DomainCount');
            ServiceOptions::apply($serviceId, [(int) $optionId => $domainCount ?? $product['ordered']]);
        }
        return $serviceId;
    }

    private function settings(): void
    {
        $settings = [
            'SystemURL' => rtrim($this->systemUrl, '/') . '/',
            'CompanyName' => 'Demo Hosting',
            'Language' => 'english',
            'Signature' => 'Demo Hosting',
            'ModuleDebugMode' => 'on',
        ];
        foreach ($settings as $setting => $value) {
            Capsule::table('tblconfiguration')->updateOrInsert(['setting' => $setting], ['value' => $value]);
        }
        ModuleLog::enable();
    }

    private function admin(#[\SensitiveParameter] string $password): void
    {
        Capsule::table('tbladmins')->insert([
            'username' => self::ADMIN_USERNAME,
            'passwordhash' => password_hash($password, PASSWORD_DEFAULT),
            'firstname' => 'Demo',
            'lastname' => 'Admin',
            'email' => 'admin@demo-hosting.test',
            'language' => 'english',
        ]);
    }

    /** @return list<array{id: int, email: string, password: string, language: string}> */
    private function clients(): array
    {
        $created = [];
        foreach (self::CLIENTS as $client) {
            $clientId = (int) Capsule::table('tblclients')->insertGetId([
                'uuid' => self::uuid(),
                'firstname' => $client['firstname'],
                'lastname' => $client['lastname'],
                'companyname' => $client['company'],
                'email' => $client['email'],
                'address1' => '1 Demo Street',
                'city' => 'Demo City',
                'state' => 'Demo State',
                'postcode' => '10000',
                'country' => $client['country'],
                'phonenumber' => '+44.2000000000',
                'datecreated' => date('Y-m-d'),
                'language' => $client['language'],
            ]);
            $password = self::password();
            $userId = (int) Capsule::table('tblusers')->insertGetId([
                'first_name' => $client['firstname'],
                'last_name' => $client['lastname'],
                'email' => $client['email'],
                'password' => password_hash($password, PASSWORD_DEFAULT),
                'language' => $client['language'],
            ]);
            Capsule::table('tblusers_clients')->insert(['auth_user_id' => $userId, 'client_id' => $clientId, 'owner' => true]);
            $created[] = ['id' => $clientId, 'email' => $client['email'], 'password' => $password, 'language' => $client['language']];
        }
        return $created;
    }

    private function server(): int
    {
        return (int) Capsule::table('tblservers')->insertGetId([
            'name' => 'TrustOcean API',
            'hostname' => $this->apiEndpoint,
            'type' => 'trustocean',
            'username' => $this->apiUsername,
            'password' => encrypt($this->apiToken),
            'secure' => 'on',
            'active' => true,
        ]);
    }

    /** @return array<string, array{id: int, key: string, name: string, domainCount: ?array{int, int}, ordered: int}> */
    private function products(int $serverId): array
    {
        $groupId = (int) Capsule::table('tblproductgroups')->insertGetId(['name' => 'SSL Certificates', 'headline' => 'Secure your site']);
        $products = [];
        foreach (DemoProducts::all() as $order => $product) {
            $row = [
                'type' => 'other',
                'gid' => $groupId,
                'name' => $product['name'],
                'paytype' => 'recurring',
                'autosetup' => 'payment',
                'servertype' => 'trustocean',
                'configoptionsupgrade' => $product['domainCount'] !== null,
                'order' => $order,
            ];
            foreach ($product['settings'] as $index => $value) {
                $row['configoption' . ($index + 1)] = $value;
            }
            $productId = (int) Capsule::table('tblproducts')->insertGetId($row);
            if ($product['domainCount'] !== null) {
                $this->domainCountOption($productId, $product['domainCount']);
            }
            $products[$product['key']] = ['id' => $productId, 'key' => $product['key'], 'name' => $product['name'], 'domainCount' => $product['domainCount'], 'ordered' => $product['ordered']];
        }
        return $products;
    }

    /** @param array{int, int} $limits */
    private function domainCountOption(int $productId, array $limits): void
    {
        $groupId = (int) Capsule::table('tblproductconfiggroups')->insertGetId(['name' => "Domains of product {$productId}"]);
        Capsule::table('tblproductconfiglinks')->insert(['gid' => $groupId, 'pid' => $productId]);
        $optionId = (int) Capsule::table('tblproductconfigoptions')->insertGetId([
            'gid' => $groupId,
            'optionname' => 'DomainCount|Number of domains',
            'optiontype' => ServiceOptions::QUANTITY,
            'qtyminimum' => $limits[0],
            'qtymaximum' => $limits[1],
        ]);
        Capsule::table('tblproductconfigoptionssub')->insert(['configid' => $optionId, 'optionname' => 'DomainCount']);
    }

    private static function password(): string
    {
        return rtrim(strtr(base64_encode(random_bytes(12)), '+/', 'xy'), '=');
    }

    private static function uuid(): string
    {
        $hex = bin2hex(random_bytes(16));
        return sprintf('%s-%s-4%s-a%s-%s', substr($hex, 0, 8), substr($hex, 8, 4), substr($hex, 13, 3), substr($hex, 17, 3), substr($hex, 20, 12));
    }
}
