<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use RuntimeException;
use TrustOcean\Tests\Support\FreePort;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\Administrator;
use TrustOcean\Tests\Support\Whmcs\Customer;
use TrustOcean\Tests\Support\Whmcs\ExtraServer;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Tests\Support\ZipReader;

/**
 * The release archive (`make dist`, path in TRUSTOCEAN_DIST_ARCHIVE) installed as its INSTALL.md
 * says: unpacked and checked against its SHA256SUMS, `modules/` copied into an empty WHMCS root,
 * and that root served by a fresh stand-in (own WHMCS_MODULES_DIR, WHMCS_VAR_DIR and SQLite
 * database) whose PHP loads the archive's trustocean.so. A customer then takes a DV order from
 * configuration to the downloaded bundle against the sandbox.
 *
 * Everything of the installation runs in its own processes, never in this one: this PHPUnit
 * process loads the repository's extension and, through the shared stand-in, may have loaded the
 * repository's php-shim, so only separate processes can show what the archive alone does.
 */
final class DistArchiveTest extends ModuleTestCase
{
    private const PRODUCT = 'DV SSL';

    private static string $archive;

    /** The temporary folder holding the unpacked archive and the WHMCS root. */
    private static string $workDir;

    /** The archive's one top-level folder, unpacked. */
    private static string $package;

    /** The WHMCS root the modules were copied into. */
    private static string $whmcsRoot;

    private static string $varDir;

    private static ?ExtraServer $server = null;

    private static int $serverPid;

    /** @var array{email: string, password: string} */
    private static array $client;

    /** @var array{username: string, password: string} the installation's admin */
    private static array $admin;

    private static int $serviceId;

    public static function setUpBeforeClass(): void
    {
        $archive = (string) getenv('TRUSTOCEAN_DIST_ARCHIVE');
        if ($archive === '') {
            self::markTestSkipped('TRUSTOCEAN_DIST_ARCHIVE is not set; `make test` builds the archive (make dist) and sets it');
        }
        if (!is_file($archive)) {
            throw new RuntimeException("TRUSTOCEAN_DIST_ARCHIVE names no file: {$archive}; run `make dist`");
        }
        self::$archive = $archive;
        // Resolved, so that paths PHP reports (which it resolves) compare equal to these.
        self::$workDir = realpath(sys_get_temp_dir()) . '/trustocean-dist-' . bin2hex(random_bytes(4));
        try {
            self::install();
        } catch (\Throwable $error) {
            // PHPUnit skips tearDownAfterClass when this method fails.
            self::tearDownAfterClass();
            throw $error;
        }
    }

    public static function tearDownAfterClass(): void
    {
        self::$server?->stop();
        self::$server = null;
        if (isset(self::$workDir)) {
            self::execute(['rm', '-rf', self::$workDir]);
        }
    }

    public function testEveryFileMatchesSha256SumsAndEveryFileIsListed(): void
    {
        $sums = (string) file_get_contents(self::$package . '/SHA256SUMS');
        $listed = [];
        foreach (explode("\n", trim($sums)) as $line) {
            self::assertMatchesRegularExpression('/^[0-9a-f]{64}  \S/', $line, 'sha256sum format: hash, two spaces, path');
            [$hash, $path] = explode('  ', $line, 2);
            self::assertFileExists(self::$package . '/' . $path);
            self::assertSame($hash, hash_file('sha256', self::$package . '/' . $path), "{$path} does not match SHA256SUMS");
            $listed[] = $path;
        }
        $files = array_values(array_diff(self::files(self::$package), ['SHA256SUMS']));
        sort($listed);
        self::assertSame($files, $listed, 'SHA256SUMS lists every file of the archive but itself, and nothing else');
    }

    public function testTheArchiveHoldsTheModulesTheExtensionAndTheGuidesOnly(): void
    {
        $platform = sprintf('-php%d.%d-%s-%s.tar.gz', PHP_MAJOR_VERSION, PHP_MINOR_VERSION, PHP_ZTS ? 'zts' : 'nts', php_uname('m'));
        self::assertStringEndsWith($platform, basename(self::$archive), 'the name says the PHP the extension is for');
        self::assertSame(basename(self::$archive, '.tar.gz'), basename(self::$package), 'it unpacks into a folder of its own name');
        self::assertSame(
            ['INSTALL.md', 'INSTALL.zh-CN.md', 'LICENSE', 'SHA256SUMS', 'modules', 'php-extension'],
            self::entries(self::$package)
        );
        self::assertSame(['trustocean.ini', 'trustocean.so', 'trustocean.stub.php'], self::entries(self::$package . '/php-extension'));

        // modules/ is exactly the repository's two modules with php-shim inside the server module.
        $expected = [];
        $sources = [
            'servers/trustocean' => 'whmcs-module/modules/servers/trustocean',
            'addons/trustoceanssl' => 'whmcs-module/modules/addons/trustoceanssl',
            'servers/trustocean/php-shim/src' => 'php-shim/src',
        ];
        foreach ($sources as $target => $source) {
            foreach (self::files(self::repository() . '/' . $source) as $file) {
                // make dist leaves out dotfiles (an editor's swap file, say).
                if (preg_match('~(^|/)\.~', $file) !== 1) {
                    $expected["{$target}/{$file}"] = self::repository() . "/{$source}/{$file}";
                }
            }
        }
        $expected['servers/trustocean/php-shim/autoload.php'] = self::repository() . '/php-shim/autoload.php';
        ksort($expected, SORT_STRING);
        self::assertSame(array_keys($expected), self::files(self::$package . '/modules'), 'modules/ holds the two modules and php-shim, nothing else');
        foreach ($expected as $file => $source) {
            self::assertFileEquals($source, self::$package . "/modules/{$file}", "{$file} is not the repository's; rebuild with `make dist`");
        }

        $ini = (string) file_get_contents(self::$package . '/php-extension/trustocean.ini');
        self::assertMatchesRegularExpression('/^extension=trustocean\.so$/m', $ini);
        self::assertMatchesRegularExpression('/^; priority=\d+$/m', $ini, "Debian's phpenmod reads the priority from this comment");
        foreach (['INSTALL.md', 'INSTALL.zh-CN.md'] as $guide) {
            self::assertStringContainsString('/modules/servers/trustocean/push.php', (string) file_get_contents(self::$package . "/{$guide}"));
        }
    }

    public function testEveryEntryBelongsToRootAndHasOneTimestamp(): void
    {
        $listing = self::execute(['tar', '--numeric-owner', '--full-time', '-tvzf', self::$archive]);
        $owners = [];
        $times = [];
        foreach (explode("\n", trim($listing)) as $line) {
            // e.g. "-rw-r--r-- 0/0  1092 2026-12-04 17:20:39 name/LICENSE"
            self::assertSame(1, preg_match('~^\S+ (\S+) +\d+ (\S+ \S+) (.+)$~', $line, $entry), $line);
            $owners[$entry[1]] = true;
            $times[$entry[2]] = true;
            self::assertDoesNotMatchRegularExpression('~(^|/)(\.[^/]*|tests|fuzz|target|Cargo\.(toml|lock)|phpunit\.xml)(/|$)~', $entry[3], 'no development file');
        }
        self::assertSame(['0/0'], array_keys($owners), 'owner and group root');
        self::assertCount(1, $times, 'every entry has the same time, the last commit\'s: ' . implode(', ', array_keys($times)));
    }

    public function testTheServedPhpLoadsTheArchivesExtensionAndTheArchivesPhpShim(): void
    {
        $extension = (string) realpath(self::$package . '/php-extension/trustocean.so');
        $maps = (string) file_get_contents('/proc/' . self::$serverPid . '/maps');
        self::assertStringContainsString($extension, $maps, 'the web server has the archive\'s trustocean.so mapped');
        self::assertStringNotContainsString('libtrustocean.so', $maps, 'and not the build\'s');

        // The shipped ini, as a conf.d file of an otherwise empty configuration, loads the
        // extension from its folder by name.
        $emptyIni = self::$workDir . '/php.ini';
        file_put_contents($emptyIni, '');
        $version = self::execute(
            [PHP_BINARY, '-c', $emptyIni, '-d', 'extension_dir=' . self::$package . '/php-extension', '-r', 'echo phpversion("trustocean");'],
            ['PHP_INI_SCAN_DIR' => self::$package . '/php-extension'] + getenv()
        );
        self::assertMatchesRegularExpression('/^\d+\.\d+\.\d+/', $version);
        self::assertStringContainsString("-{$version}-", basename(self::$archive), 'the archive is named after the extension\'s version');

        // shim.php falls back to a php-shim/ four folders above the module, where a checkout has
        // one; here nothing may be there, so the archive's copy is the only one that can load.
        $serverModule = self::$whmcsRoot . '/modules/servers/trustocean';
        self::assertDirectoryDoesNotExist(dirname($serverModule, 4) . '/php-shim');
        $probe = self::execute([...self::php(), '-r', <<<'PHP'
            require getenv('STANDIN_INIT');
            echo json_encode([
                'module' => (new ReflectionClass(TrustOcean\Whmcs\Module::class))->getFileName(),
                'included' => get_included_files(),
            ]);
            PHP], self::environment(['STANDIN_INIT' => self::repository() . '/tests/whmcs/init.php']));
        $loaded = json_decode($probe, true, 512, JSON_THROW_ON_ERROR);
        self::assertSame($serverModule . '/php-shim/src/Module.php', $loaded['module']);
        $repository = (string) realpath(self::repository());
        $fromRepository = array_filter(
            $loaded['included'],
            static fn (string $file): bool => str_starts_with($file, $repository . '/php-shim/')
                || str_starts_with($file, $repository . '/whmcs-module/')
        );
        self::assertSame([], array_values($fromRepository), 'nothing of the repository\'s module code is loaded');
    }

    public function testACustomerTakesADvOrderFromConfigurationToTheDownloadedBundle(): void
    {
        $customer = Customer::login(self::$server->url, self::$client['email'], self::$client['password']);
        $page = $customer->service(self::$serviceId);
        self::assertSame('Waiting for your configuration', $page->summary()['Status'] ?? null, $page->text());

        [$name] = self::names(1);
        $page = $customer->act(self::$serviceId, 'configure', [
            'csr_source' => 'generate',
            'key_type' => 'rsa2048',
            'domains' => $name,
            'contact_email' => 'ssl-admin@example.com',
        ]);
        self::assertSame([], $page->alerts('danger'), 'configure: ' . $page->errors());
        $key = (string) $page->value('//textarea[@id="trustocean-generated-key"]');
        self::assertStringContainsString('-----BEGIN PRIVATE KEY-----', $key, 'the key made on the server is shown once');

        $page = self::submit($customer, self::$serviceId, 1, 'http');
        self::assertSame([], $page->alerts('danger'), 'submit: ' . $page->errors());
        $orderNumber = $page->summary()['Order number'] ?? '';
        self::assertMatchesRegularExpression('/^\d+$/', $orderNumber, $page->text());

        // The certificate arrives by a push to the installed push.php, without the customer asking.
        $publicKey = self::generatePushKey();
        self::sandbox()->setPushKey($publicKey);
        try {
            self::sandbox()->approve((int) $orderNumber);
            $page = self::waitForStatus($customer, 'Issued');
        } finally {
            self::sandbox()->setPushKey(null);
        }
        self::assertStringContainsString($name, $page->text());
        $delivered = array_filter(
            self::sandbox()->pushDeliveries(),
            static fn (array $push): bool => str_starts_with((string) $push['url'], self::$server->url . '/modules/servers/trustocean/push.php')
                && (int) $push['trustocean_id'] === (int) $orderNumber && (int) $push['http_status'] === 200
        );
        self::assertNotSame([], $delivered, 'the installed push receiver took the push');

        $download = $customer->act(self::$serviceId, 'download', ['format' => 'nginx', 'key_source' => 'server']);
        self::assertSame('application/zip', $download->headers['content-type'] ?? '', substr($download->body, 0, 300));
        $files = ZipReader::entries($download->body);
        $pem = self::entryEndingIn($files, '.pem');
        $certificate = openssl_x509_read($pem);
        self::assertNotFalse($certificate, 'the bundle holds a certificate');
        self::assertStringContainsString("DNS:{$name}", (string) (openssl_x509_parse($certificate)['extensions']['subjectAltName'] ?? ''));
        self::assertTrue(openssl_x509_check_private_key($certificate, $key), 'the certificate is for the key made on the server');
        self::assertSame(trim($key), trim(self::entryEndingIn($files, '.key')), 'the bundle holds that key');
    }

    /**
     * Generates the installation's push key pair on its addon page, as the admin does, and
     * returns the public key the page shows for the TrustOcean console.
     */
    private static function generatePushKey(): string
    {
        $admin = Administrator::login(self::$server->url, self::$admin['username'], self::$admin['password']);
        $path = 'admin/addonmodules.php?module=trustoceanssl&page=push';
        $form = $admin->get($path);
        $page = $admin->post($path, ['token' => $form->token(), 'push_action' => 'generate', 'bits' => '2048']);
        $publicKey = (string) $page->value('//textarea[@id="push-public-key"]');
        self::assertStringContainsString('-----BEGIN PUBLIC KEY-----', $publicKey, $page->errors() ?: $page->text());
        return $publicKey;
    }

    /** Opens the service page until its status is $status (a push arrives on its own time). */
    private static function waitForStatus(Customer $customer, string $status): \TrustOcean\Tests\Support\Whmcs\Page
    {
        $deadline = microtime(true) + 15;
        do {
            $page = $customer->service(self::$serviceId);
            if (($page->summary()['Status'] ?? null) === $status) {
                return $page;
            }
            usleep(200000);
        } while (microtime(true) < $deadline);
        self::fail("the service did not become {$status} within 15 s: " . $page->text());
    }

    /**
     * Unpacks the archive, copies its modules/ into an empty WHMCS root, seeds the demo shop into
     * a fresh database and serves the root.
     */
    private static function install(): void
    {
        mkdir(self::$workDir . '/unpacked', 0700, true);
        self::execute(['tar', '-xzf', self::$archive, '-C', self::$workDir . '/unpacked']);
        $top = glob(self::$workDir . '/unpacked/*') ?: [];
        if (count($top) !== 1 || !is_dir($top[0])) {
            throw new RuntimeException('the archive must unpack into one folder, not: ' . implode(', ', array_map('basename', $top)));
        }
        self::$package = $top[0];

        // INSTALL.md: only modules/ goes into the WHMCS root.
        self::$whmcsRoot = self::$workDir . '/whmcs';
        mkdir(self::$whmcsRoot);
        self::execute(['cp', '-R', self::$package . '/modules', self::$whmcsRoot . '/']);

        // Kept under TRUSTOCEAN_TEST_ARTIFACTS, as the shared stand-in's is, so the secrets scan
        // covers this installation's database and logs too; otherwise removed with the rest.
        $artifacts = (string) getenv('TRUSTOCEAN_TEST_ARTIFACTS');
        self::$varDir = $artifacts !== ''
            ? $artifacts . '/trustocean-dist-standin-' . bin2hex(random_bytes(4))
            : self::$workDir . '/var';
        mkdir(self::$varDir, 0700, true);

        $port = FreePort::pick();
        $url = "http://127.0.0.1:{$port}";
        // The demo shop: admin, clients, the API account pointed at the sandbox, the products,
        // the addon activated, and one order of each product accepted (CreateAccount), as WHMCS
        // runs it when an order is accepted.
        $seed = self::execute(
            [...self::php(), self::repository() . '/tests/whmcs/bin/whmcs', 'seed', '--system-url', $url,
                '--api', Sandbox::shared()->url(), '--api-username', Sandbox::USERNAME],
            self::environment(['TRUSTOCEAN_API_TOKEN' => Sandbox::TOKEN])
        );
        if (preg_match('/^\s+client\s+(\S+@\S+)\s+password\s+(\S+)/m', $seed, $client) !== 1) {
            throw new RuntimeException("the seed printed no client login:\n{$seed}");
        }
        self::$client = ['email' => $client[1], 'password' => $client[2]];
        if (preg_match('/^\s+admin\s+(\S+)\s+password\s+(\S+)/m', $seed, $admin) !== 1) {
            throw new RuntimeException("the seed printed no admin login:\n{$seed}");
        }
        self::$admin = ['username' => $admin[1], 'password' => $admin[2]];
        if (preg_match('/^\s+service\s+(\d+)\s+' . preg_quote(self::PRODUCT, '/') . '$/m', $seed, $service) !== 1) {
            throw new RuntimeException("the seed printed no " . self::PRODUCT . " service:\n{$seed}");
        }
        self::$serviceId = (int) $service[1];

        self::$server = self::serve($port, $url);
    }

    /**
     * php with the archive's extension, as INSTALL.md loads it, and nothing of the build.
     *
     * @return list<string>
     */
    private static function php(): array
    {
        return [PHP_BINARY, '-d', 'extension=' . self::$package . '/php-extension/trustocean.so'];
    }

    /**
     * The environment of this installation's processes: its modules, files and database.
     *
     * @param array<string, string> $extra
     *
     * @return array<string, string>
     */
    private static function environment(array $extra = []): array
    {
        return array_merge(getenv(), [
            'WHMCS_MODULES_DIR' => self::$whmcsRoot . '/modules',
            'WHMCS_VAR_DIR' => self::$varDir,
            'WHMCS_DB' => 'sqlite:' . self::$varDir . '/whmcs.sqlite',
            'WHMCS_BASE_PATH' => '',
        ], $extra);
    }

    private static function serve(int $port, string $url): ExtraServer
    {
        $log = self::$varDir . '/web.log';
        $public = self::repository() . '/tests/whmcs/public';
        $process = proc_open(
            [...self::php(), '-d', 'display_errors=0', '-d', 'log_errors=1', '-d', "error_log={$log}",
                '-S', "127.0.0.1:{$port}", '-t', $public, "{$public}/router.php"],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']],
            $pipes,
            null,
            self::environment()
        );
        if (!is_resource($process)) {
            throw new RuntimeException('could not start php -S for the installed archive');
        }
        // An argument list runs php itself, without a shell, so this is the server's pid.
        self::$serverPid = (int) proc_get_status($process)['pid'];
        $server = new ExtraServer($url, $process);
        $deadline = microtime(true) + 10;
        while (microtime(true) < $deadline) {
            $socket = @fsockopen('127.0.0.1', $port, $errno, $error, 0.2);
            if ($socket !== false) {
                fclose($socket);
                return $server;
            }
            usleep(50000);
        }
        $server->stop();
        throw new RuntimeException('the installed archive\'s web server did not start: ' . @file_get_contents($log));
    }

    /**
     * Runs a command; its output, or an exception with everything it said.
     *
     * @param list<string>               $command
     * @param array<string, string>|null $environment null: this process's
     */
    private static function execute(array $command, ?array $environment = null): string
    {
        $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $environment);
        if (!is_resource($process)) {
            throw new RuntimeException('could not run ' . $command[0]);
        }
        $stdout = (string) stream_get_contents($pipes[1]);
        $stderr = (string) stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $status = proc_close($process);
        if ($status !== 0) {
            throw new RuntimeException(implode(' ', $command) . " exited with {$status}:\n{$stderr}{$stdout}");
        }
        return $stdout;
    }

    /** @return list<string> every file under $directory, relative to it, sorted */
    private static function files(string $directory): array
    {
        $files = [];
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($directory, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            if ($file->isFile()) {
                $files[] = substr($file->getPathname(), strlen($directory) + 1);
            }
        }
        sort($files, SORT_STRING);
        return $files;
    }

    /** @return list<string> the names in $directory, sorted */
    private static function entries(string $directory): array
    {
        $names = array_values(array_diff(scandir($directory) ?: [], ['.', '..']));
        sort($names, SORT_STRING);
        return $names;
    }

    /** @param array<string, string> $files */
    private static function entryEndingIn(array $files, string $suffix): string
    {
        foreach ($files as $file => $content) {
            if (str_ends_with($file, $suffix)) {
                return $content;
            }
        }
        self::fail("no {$suffix} in the bundle: " . implode(', ', array_keys($files)));
    }

    private static function repository(): string
    {
        return dirname(__DIR__, 4);
    }
}
