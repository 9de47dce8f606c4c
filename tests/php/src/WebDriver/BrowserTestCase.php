<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\WebDriver;

use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;

/**
 * Headless Chromium (Debian's, through chromedriver) against the WHMCS stand-in and the
 * sandbox on localhost. Screenshots go to target/e2e/screenshots (TRUSTOCEAN_E2E_SCREENSHOTS).
 */
abstract class BrowserTestCase extends ModuleTestCase
{
    /** A desktop window and a phone's (an iPhone's CSS pixels). */
    protected const DESKTOP = [1280, 900];

    protected const PHONE = [390, 844];

    private static ?ChromeDriver $driver = null;

    private static ?PageChecks $checks = null;

    private static string $downloads = '';

    public static function setUpBeforeClass(): void
    {
        if (!ChromeDriver::available()) {
            self::fail('chromium and chromium-driver are not installed; `make deps` installs them');
        }
        $root = dirname(__DIR__, 4);
        $output = getenv('TRUSTOCEAN_E2E_SCREENSHOTS') ?: $root . '/target/e2e/screenshots';
        self::$checks ??= new PageChecks($output, $root);
        self::$downloads = sys_get_temp_dir() . '/trustocean-e2e-downloads-' . bin2hex(random_bytes(4));
        mkdir(self::$downloads, 0777, true);
        self::$driver ??= ChromeDriver::start(dirname($output) . '/chromedriver.log');
    }

    public static function tearDownAfterClass(): void
    {
        foreach (glob(self::$downloads . '/*') ?: [] as $file) {
            unlink($file);
        }
        @rmdir(self::$downloads);
    }

    /** A new browser window of $size ([width, height]). */
    protected static function browser(array $size = self::DESKTOP): Session
    {
        return self::$driver->open(self::$downloads, $size[0], $size[1]);
    }

    protected static function checks(): PageChecks
    {
        return self::$checks;
    }

    protected static function downloads(): string
    {
        return self::$downloads;
    }

    /** Logs $session in as seeded client $clientIndex through the login form. */
    protected static function logInAsClient(Session $session, int $clientIndex): void
    {
        $client = self::standIn()->seed->clients[$clientIndex];
        $session->visit(self::standIn()->url . '/login.php');
        $session->find('#username')->fill($client['email']);
        $session->find('#password')->fill($client['password']);
        $session->find('form button[type=submit]')->click();
        $session->waitFor(fn (): bool => str_contains($session->currentUrl(), 'clientarea.php'), 'the client area after logging in');
    }

    /** Logs $session in as the seeded admin through the admin login form. */
    protected static function logInAsAdmin(Session $session): void
    {
        $session->visit(self::standIn()->url . '/admin/login.php');
        $session->find('#username')->fill(self::standIn()->seed->adminUsername);
        $session->find('#password')->fill(self::standIn()->seed->adminPassword);
        $session->find('form button[type=submit]')->click();
        $session->waitFor(fn (): bool => !str_contains($session->currentUrl(), 'login.php'), 'the admin area after logging in');
    }

    /** Opens the client-area page of a service. */
    protected static function openService(Session $session, int $serviceId): void
    {
        $session->visit(self::standIn()->url . '/clientarea.php?action=productdetails&id=' . $serviceId);
    }

    /** The submit button of the module form that posts function $function. */
    protected static function buttonOf(string $function): string
    {
        return 'form:has(input[name="a"][value="' . $function . '"]) button[type=submit]:not([form])';
    }

    /** Clicks $css and waits for the page it posts to load. */
    protected static function clickAndWait(Session $session, string $css): void
    {
        $session->navigate(fn () => $session->find($css)->click(), "the page after clicking {$css}");
    }
}
