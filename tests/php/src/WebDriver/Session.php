<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\WebDriver;

use RuntimeException;

/**
 * One browser window driven through WebDriver: pages, elements found by CSS selector, the
 * keyboard, screenshots, scripts and the browser's console log.
 */
final class Session
{
    /** The key under which WebDriver passes an element reference. */
    private const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

    public function __construct(private readonly string $url)
    {
    }

    public function __destruct()
    {
        try {
            Wire::request('DELETE', $this->url, null, 10.0);
        } catch (RuntimeException) {
            // The driver may already be gone at the end of a run; the browser goes with it.
        }
    }

    public function visit(string $url): void
    {
        $this->command('POST', '/url', ['url' => $url]);
    }

    public function currentUrl(): string
    {
        return (string) $this->command('GET', '/url');
    }

    public function resize(int $width, int $height): void
    {
        $this->command('POST', '/window/rect', ['width' => $width, 'height' => $height]);
    }

    /** Lets downloads land in $directory without asking (Chromium's DevTools command). */
    public function allowDownloads(string $directory): void
    {
        $this->command('POST', '/goog/cdp/execute', [
            'cmd' => 'Browser.setDownloadBehavior',
            'params' => ['behavior' => 'allow', 'downloadPath' => $directory, 'eventsEnabled' => false],
        ]);
    }

    /** The first element matching $css; fails when there is none. */
    public function find(string $css): Element
    {
        $value = $this->command('POST', '/element', ['using' => 'css selector', 'value' => $css]);
        return new Element($this, (string) $value[self::ELEMENT]);
    }

    /** @return list<Element> every element matching $css */
    public function findAll(string $css): array
    {
        $values = $this->command('POST', '/elements', ['using' => 'css selector', 'value' => $css]);
        return array_map(fn (array $value): Element => new Element($this, (string) $value[self::ELEMENT]), $values);
    }

    public function has(string $css): bool
    {
        return $this->findAll($css) !== [];
    }

    /**
     * Runs $script in the page with $arguments (elements are passed as references) and returns
     * what it returns.
     *
     * @param list<mixed> $arguments
     */
    public function script(string $script, array $arguments = []): mixed
    {
        $arguments = array_map(fn (mixed $value): mixed => $value instanceof Element ? [self::ELEMENT => $value->id] : $value, $arguments);
        return $this->command('POST', '/execute/sync', ['script' => $script, 'args' => $arguments]);
    }

    /** The text a reader sees in the page (no markup, hidden parts left out). */
    public function visibleText(): string
    {
        return (string) $this->script('return document.body.innerText;');
    }

    /** Accepts the confirm() dialog the page opened (waits for it a moment). */
    public function acceptDialog(): string
    {
        return $this->waitFor(function (): ?string {
            try {
                $text = (string) $this->command('GET', '/alert/text');
                $this->command('POST', '/alert/accept');
                return $text;
            } catch (WebDriverError $error) {
                if ($error->error === 'no such alert') {
                    return null;
                }
                throw $error;
            }
        }, 'a confirmation dialog', 5.0);
    }

    /** Presses keys on whatever has the focus ("\u{E004}" is Tab, "\u{E007}" Enter). */
    public function press(string $keys): void
    {
        $actions = [];
        foreach (mb_str_split($keys) as $key) {
            $actions[] = ['type' => 'keyDown', 'value' => $key];
            $actions[] = ['type' => 'keyUp', 'value' => $key];
        }
        $this->command('POST', '/actions', ['actions' => [['type' => 'key', 'id' => 'keyboard', 'actions' => $actions]]]);
    }

    /** Saves a PNG of the whole page, not only the part the window shows, to $file. */
    public function screenshot(string $file): void
    {
        $size = (array) $this->script('return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];');
        $shot = $this->command('POST', '/goog/cdp/execute', [
            'cmd' => 'Page.captureScreenshot',
            'params' => [
                'format' => 'png',
                'captureBeyondViewport' => true,
                'clip' => ['x' => 0, 'y' => 0, 'width' => (int) $size[0], 'height' => min((int) $size[1], 8000), 'scale' => 1],
            ],
        ]);
        $png = base64_decode((string) ($shot['data'] ?? ''), true);
        if ($png === false || $png === '' || file_put_contents($file, $png) === false) {
            throw new RuntimeException("could not save the screenshot {$file}");
        }
    }

    /**
     * What the page wrote to the console since the last call (WebDriver's log endpoint empties
     * it): each with `level` (SEVERE, WARNING, INFO) and `message`.
     *
     * @return list<array{level: string, message: string}>
     */
    public function consoleLog(): array
    {
        $entries = $this->command('POST', '/se/log', ['type' => 'browser']);
        return array_map(static fn (array $entry): array => ['level' => (string) $entry['level'], 'message' => (string) $entry['message']], $entries);
    }

    /**
     * Does $action (a click, a key press) and waits until the page it leads to has loaded: a
     * mark set on the current document is gone and the new one is complete.
     *
     * @param callable(): mixed $action
     */
    public function navigate(callable $action, string $what): void
    {
        $this->script('window.__trustoceanStale = true;');
        $action();
        $this->waitFor(
            fn (): bool => $this->script('return window.__trustoceanStale !== true && document.readyState === "complete";') === true,
            $what
        );
    }

    /**
     * Waits up to $seconds for $condition to return something other than false or null.
     *
     * @template T
     *
     * @param callable(): (T|false|null) $condition
     *
     * @return T
     */
    public function waitFor(callable $condition, string $what, float $seconds = 15.0): mixed
    {
        $deadline = microtime(true) + $seconds;
        do {
            $result = $condition();
            if ($result !== false && $result !== null) {
                return $result;
            }
            usleep(100000);
        } while (microtime(true) < $deadline);
        throw new RuntimeException("waited {$seconds}s for {$what}; the page is " . $this->currentUrl());
    }

    /**
     * A WebDriver command of this session.
     *
     * @param array<string, mixed>|null $body
     */
    public function command(string $method, string $path, ?array $body = null): mixed
    {
        return Wire::request($method, $this->url . $path, $body)['value'] ?? null;
    }
}
