<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Whmcs;

use RuntimeException;
use TrustOcean\Tests\Support\FreePort;
use TrustOcean\Tests\Support\Sandbox;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Lifecycle\ServiceCommands;
use WhmcsStandIn\Seed\DemoSeeder;
use WhmcsStandIn\Seed\SeedResult;

/**
 * The WHMCS stand-in for the module tests: booted in this PHPUnit process (so tests run
 * lifecycle commands and read tables directly) and served by `php -S` with the extension loaded
 * (so customers and admins use the real pages), both on one database and one var folder.
 *
 * The database is SQLite in a temporary folder, or the MariaDB URL in WHMCS_TEST_DB. It is
 * seeded once per run with the demo shop, pointed at the shared sandbox; each test orders its
 * own services, so tests never share an order.
 */
final class StandIn
{
    private static ?self $shared = null;

    /** @var resource */
    private $server;

    /** @var list<resource> servers of the same installation under a sub-folder */
    private array $subFolderServers = [];

    private function __construct(
        public readonly string $url,
        public readonly SeedResult $seed,
        public readonly string $databaseDsn,
        public readonly string $varDir,
        $server
    ) {
        $this->server = $server;
    }

    public static function shared(): self
    {
        return self::$shared ??= self::start();
    }

    public static function stopShared(): void
    {
        if (self::$shared !== null) {
            foreach ([self::$shared->server, ...self::$shared->subFolderServers] as $server) {
                proc_terminate($server);
                proc_close($server);
            }
            self::$shared = null;
        }
    }

    /**
     * The same installation served again as if WHMCS lived in the sub-folder $basePath of its
     * site (WHMCS_BASE_PATH); returns that installation's URL, e.g. http://127.0.0.1:PORT/billing.
     */
    public function serveInSubFolder(string $basePath): string
    {
        $root = dirname(__DIR__, 4);
        $port = FreePort::pick();
        $this->subFolderServers[] = self::serve($root, $port, $this->varDir, $this->databaseDsn, ['WHMCS_BASE_PATH' => $basePath]);
        return "http://127.0.0.1:{$port}" . rtrim($basePath, '/');
    }

    /** The database flavour under test, for messages: "sqlite" or "mysql". */
    /**
     * The same installation served by another php -S with more environment: a crash point
     * (TRUSTOCEAN_CRASH_AT) or several workers (PHP_CLI_SERVER_WORKERS) for concurrent requests.
     *
     * @param array<string, string> $environment
     */
    public function serveAnother(array $environment): ExtraServer
    {
        $port = FreePort::pick();
        $process = self::serve(dirname(__DIR__, 4), $port, $this->varDir, $this->databaseDsn, $environment);
        return new ExtraServer("http://127.0.0.1:{$port}", $process);
    }

    public function driver(): string
    {
        return str_starts_with($this->databaseDsn, 'sqlite:') ? 'sqlite' : 'mysql';
    }

    /**
     * Places an order of a demo product for a client and accepts it (CreateAccount), as WHMCS
     * does when the first invoice is paid.
     */
    public function order(string $productKey, int $clientIndex = 0, string $billingCycle = 'Annually', ?int $domainCount = null): int
    {
        $product = $this->seed->products[$productKey] ?? throw new RuntimeException("no demo product {$productKey}");
        $seeder = new DemoSeeder($this->url, Sandbox::shared()->url(), Sandbox::USERNAME, Sandbox::TOKEN);
        $serviceId = $seeder->order($this->seed->clients[$clientIndex]['id'], $product, $this->seed->serverId, $billingCycle, $domainCount);
        $result = $this->commands()->createAccount($serviceId);
        if (!$result->success) {
            throw new RuntimeException("CreateAccount failed: {$result->message}");
        }
        return $serviceId;
    }

    public function commands(): ServiceCommands
    {
        return new ServiceCommands();
    }

    /**
     * A browser logged in as one of the seeded clients.
     *
     * @param array<string, string> $headers sent with every request (a forged Host, say)
     */
    public function customer(int $clientIndex = 0, array $headers = []): Customer
    {
        $client = $this->seed->clients[$clientIndex];
        return Customer::login($this->url, $client['email'], $client['password'], $headers);
    }

    /** A browser logged in as the seeded admin. */
    public function admin(): Administrator
    {
        return Administrator::login($this->url, $this->seed->adminUsername, $this->seed->adminPassword);
    }

    /** @return array<string, mixed>|null the module's stored record of a service */
    public function orderRow(int $serviceId): ?array
    {
        $row = Capsule::table('mod_trustocean_orders')->where('service_id', $serviceId)->first();
        return $row === null ? null : (array) $row;
    }

    /**
     * The module's record of a service, as the module reads it.
     *
     * @return array<string, mixed>|null
     */
    public function orderRecord(int $serviceId): ?array
    {
        return (new \TrustOcean\Whmcs\Order\OrderRepository())->find($serviceId);
    }

    /** The sandbox issues the service's order and the admin syncs it. */
    public function approveAndSync(int $serviceId): void
    {
        $trustoceanId = (int) ($this->orderRow($serviceId)['trustocean_id'] ?? 0);
        if ($trustoceanId <= 0) {
            throw new RuntimeException("service {$serviceId} has no placed order");
        }
        Sandbox::shared()->approve($trustoceanId);
        $this->admin()->button($serviceId, 'adminSync');
    }

    /** How many API calls the sandbox has received so far. */
    public function sandboxCalls(): int
    {
        return (int) (Sandbox::shared()->control('GET', '/_sandbox/calls')['count'] ?? 0);
    }

    public function serviceStatus(int $serviceId): string
    {
        return (string) Capsule::table('tblhosting')->where('id', $serviceId)->value('domainstatus');
    }

    /**
     * Everything the module log holds as one text (request, response and processed data).
     */
    public function moduleLogText(): string
    {
        $text = '';
        foreach (Capsule::table('tblmodulelog')->orderBy('id')->get() as $row) {
            $text .= "{$row->action}\n{$row->request}\n{$row->response}\n{$row->arrdata}\n";
        }
        return $text;
    }

    private static function start(): self
    {
        $root = dirname(__DIR__, 4);
        // TRUSTOCEAN_TEST_ARTIFACTS keeps the database and logs for the secrets scan after the run.
        $base = (string) getenv('TRUSTOCEAN_TEST_ARTIFACTS') ?: sys_get_temp_dir();
        $varDir = $base . '/trustocean-standin-' . bin2hex(random_bytes(4));
        mkdir($varDir, 0700, true);
        $fromEnv = getenv('WHMCS_TEST_DB');
        $dsn = is_string($fromEnv) && $fromEnv !== '' ? $fromEnv : "sqlite:{$varDir}/whmcs.sqlite";
        putenv("WHMCS_VAR_DIR={$varDir}");
        putenv("WHMCS_DB={$dsn}");
        require_once $root . '/tests/whmcs/init.php';

        $port = FreePort::pick();
        $url = "http://127.0.0.1:{$port}";
        $seed = (new DemoSeeder($url, Sandbox::shared()->url(), Sandbox::USERNAME, Sandbox::TOKEN))->run(false);
        $server = self::serve($root, $port, $varDir, $dsn);
        return new self($url, $seed, $dsn, $varDir, $server);
    }

    /**
     * @param array<string, string> $extraEnvironment
     *
     * @return resource
     */
    private static function serve(string $root, int $port, string $varDir, string $dsn, array $extraEnvironment = [])
    {
        $extension = getenv('TRUSTOCEAN_EXTENSION') ?: $root . '/target/release/libtrustocean.so';
        $log = $varDir . '/web.log';
        $environment = array_merge(getenv(), ['WHMCS_VAR_DIR' => $varDir, 'WHMCS_DB' => $dsn], $extraEnvironment);
        $server = proc_open(
            [PHP_BINARY, '-d', "extension={$extension}", '-d', 'display_errors=0', '-d', 'log_errors=1', '-d', "error_log={$log}",
                '-S', "127.0.0.1:{$port}", '-t', "{$root}/tests/whmcs/public", "{$root}/tests/whmcs/public/router.php"],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']],
            $pipes,
            null,
            $environment
        );
        if (!is_resource($server)) {
            throw new RuntimeException('could not start php -S for the stand-in');
        }
        $deadline = microtime(true) + 10;
        while (microtime(true) < $deadline) {
            $socket = @fsockopen('127.0.0.1', $port, $errno, $error, 0.2);
            if ($socket !== false) {
                fclose($socket);
                return $server;
            }
            usleep(50000);
        }
        throw new RuntimeException('the stand-in web server did not start: ' . @file_get_contents($log));
    }
}
