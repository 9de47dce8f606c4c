<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\WebDriver;

use RuntimeException;
use TrustOcean\Tests\Support\FreePort;

/**
 * Debian's chromedriver (package chromium-driver) started on a free port, and the headless
 * Chromium sessions it opens. Nothing is downloaded: the browser is the system's.
 */
final class ChromeDriver
{
    private const BINARY = '/usr/bin/chromedriver';

    private const BROWSER = '/usr/bin/chromium';

    /** @var resource */
    private $process;

    private function __construct(private readonly string $url, $process)
    {
        $this->process = $process;
    }

    public function __destruct()
    {
        $this->stop();
    }

    /** Whether the browser and its driver are installed (`make deps` installs them). */
    public static function available(): bool
    {
        return is_executable(self::BINARY) && is_executable(self::BROWSER);
    }

    public static function start(string $logFile): self
    {
        $port = FreePort::pick();
        $process = proc_open(
            [self::BINARY, "--port={$port}", '--allowed-ips=127.0.0.1', "--log-path={$logFile}"],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']],
            $pipes
        );
        if (!is_resource($process)) {
            throw new RuntimeException('could not start chromedriver');
        }

        $driver = new self("http://127.0.0.1:{$port}", $process);
        $deadline = microtime(true) + 15;
        while (microtime(true) < $deadline) {
            $status = Wire::tryRequest('GET', $driver->url . '/status');
            if (($status['value']['ready'] ?? false) === true) {
                return $driver;
            }
            usleep(100000);
        }
        throw new RuntimeException('chromedriver did not become ready: ' . @file_get_contents($logFile));
    }

    /**
     * A new headless browser window of $width × $height CSS pixels whose downloads land in
     * $downloads; `lang` is the language the browser asks pages for.
     */
    public function open(string $downloads, int $width, int $height, string $lang = 'en-GB'): Session
    {
        $arguments = [
            '--headless=new',
            // The tests run as root in a container, where Chromium's sandbox cannot start.
            '--no-sandbox',
            '--disable-dev-shm-usage',
            '--disable-gpu',
            '--hide-scrollbars',
            '--force-device-scale-factor=1',
            "--window-size={$width},{$height}",
            "--lang={$lang}",
        ];
        $answer = Wire::request('POST', $this->url . '/session', [
            'capabilities' => ['alwaysMatch' => [
                'browserName' => 'chrome',
                'goog:chromeOptions' => [
                    'binary' => self::BROWSER,
                    'args' => $arguments,
                    'prefs' => [
                        'download.default_directory' => $downloads,
                        'download.prompt_for_download' => false,
                        'intl.accept_languages' => $lang,
                    ],
                ],
                'goog:loggingPrefs' => ['browser' => 'ALL'],
            ]],
        ]);
        $sessionId = (string) ($answer['value']['sessionId'] ?? throw new RuntimeException('no session: ' . json_encode($answer)));

        $session = new Session($this->url . '/session/' . $sessionId);
        $session->allowDownloads($downloads);
        $session->resize($width, $height);
        return $session;
    }

    public function stop(): void
    {
        if (is_resource($this->process)) {
            proc_terminate($this->process);
            proc_close($this->process);
        }
    }
}
