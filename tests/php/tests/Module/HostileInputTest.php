<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Hostile\Corpus;
use TrustOcean\Tests\Support\Hostile\Fixtures;
use TrustOcean\Tests\Support\Hostile\HostileCase;
use TrustOcean\Tests\Support\Hostile\Messages;
use TrustOcean\Tests\Support\Hostile\PushBodies;
use TrustOcean\Tests\Support\Hostile\Sender;
use TrustOcean\Tests\Support\Hostile\Snapshot;
use TrustOcean\Tests\Support\Hostile\Values;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Tests\Support\Whmcs\Page;
use TrustOcean\Whmcs\Module;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ServerModule;

/**
 * Every input of the hostile corpus (tests/php/corpus/hostile) against the form or endpoint it
 * names, through the real pages: malformed and weak CSRs and keys, oversized fields, domain
 * tricks, markup and template syntax in every text field, SQL metacharacters, CRLF in e-mail
 * fields, wrong types, missing fields, other customers' services, admin functions called by
 * customers, forms without their CSRF token, and forged pushes.
 *
 * Besides what each case expects, every case must leave the module's tables, the services and
 * the outbox as they were (unless the case says the input is legitimate and stored), send no
 * call that changes anything to the API, show none of its markup unescaped nor evaluate its
 * template syntax, write nothing that looks like a private key to the logs, and make PHP log no
 * warning, notice or error. One stand-in server and one
 * sandbox serve all cases; the services are made once and put back after a case that changed
 * them.
 */
final class HostileInputTest extends ModuleTestCase
{
    private const MINIMUM_CASES = 200;

    /** API calls that place, change or spend something at TrustOcean. Reads are fine. */
    private const WRITE_CALLS = [
        'addSSLOrder', 'reissueSSLOrder', 'changeDCVMethod', 'removeSanDomain', 'reTryDcvEmailOrDCVCheck',
        'revokeSSL', 'cancelAndRefund', 'createNewUniqueId',
    ];

    /** Lines of the web server's log that are PHP complaining. */
    private const PHP_TROUBLE = '/PHP (Warning|Notice|Fatal error|Deprecated|Parse error|Recoverable fatal error)|Uncaught |Stack trace:/';

    /** What the secrets scan after the run looks for in every log: a private key's PEM line. */
    private const KEY_IN_LOG = 'PRIVATE KEY-----';

    /** Template syntax of the corpus => what it would print if a template engine ran it. */
    private const EVALUATED = ['1234*5678' => '7006652', "'ssti'|cat:'marker'" => 'sstimarker', '"ssti"~"marker"' => 'sstimarker'];

    private static ?Fixtures $fixtures = null;

    private static ?Sender $sender = null;

    /** @var list<array<string, mixed>> the module's settings before the first case */
    private static array $settings = [];

    public static function setUpBeforeClass(): void
    {
        require_once dirname(__DIR__, 4) . '/php-shim/autoload.php';
        $standIn = self::standIn();
        (new Module(dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean'))->migrate();
        self::$settings = array_map(static fn (object $row): array => (array) $row, Capsule::table('mod_trustocean_settings')->get()->all());
        self::$fixtures = new Fixtures($standIn, self::sandbox());
        self::$sender = new Sender(self::$fixtures, new Values(self::$fixtures, new PushBodies()), $standIn->url);
    }

    public static function tearDownAfterClass(): void
    {
        Capsule::table('mod_trustocean_settings')->delete();
        foreach (array_chunk(self::$settings, 50) as $rows) {
            Capsule::table('mod_trustocean_settings')->insert($rows);
        }
        self::$fixtures = null;
        self::$sender = null;
    }

    /** @return array<string, array{HostileCase}> */
    public static function corpus(): array
    {
        return Corpus::provide(Corpus::files());
    }

    /** @dataProvider corpus */
    public function testAHostileInputGetsAClearAnswerAndChangesNothing(HostileCase $case): void
    {
        $send = self::$sender->prepare($case);
        $before = Snapshot::take();
        $calls = self::apiCalls();
        $log = self::webLogSize();
        $logged = self::lastLogIds();
        try {
            $page = $send();
            $after = Snapshot::take();
            $callsAfter = self::apiCalls();
            $newCalls = count($callsAfter) >= count($calls) ? array_slice($callsAfter, count($calls)) : $callsAfter;
            $language = Fixtures::language($case->actor);
            $context = self::describe($case, $page);

            $this->assertExpected($case, $page, $after, $language, $context);
            if (!$case->isAccepted()) {
                self::assertSame([], $before->changesIn($after), "nothing is stored\n{$context}");
                self::assertSame([], self::writes($newCalls), "nothing is sent to the API\n{$context}");
            }
            self::assertNothingUnescaped($case, $page, $context);
            foreach (self::pagesShowing($case) as $view) {
                self::assertNothingUnescaped($case, $view, self::describe($case, $view));
            }
            self::assertPhpQuiet($case, self::webLogSince($log), $context);
            self::assertKeyNotLogged(self::logsSince($logged), $context);
        } finally {
            if ($before->changesIn(Snapshot::take()) !== []) {
                $before->restore();
            }
        }
    }

    public function testTheCorpusCoversEveryFormAndEndpoint(): void
    {
        $cases = array_column(self::corpus(), 0);
        self::assertGreaterThanOrEqual(self::MINIMUM_CASES, count($cases));
        $module = ServerModule::load('trustocean');

        $covered = static fn (string $endpoint): array => array_values(array_unique(array_map(
            static fn (HostileCase $case): string => $case->function,
            array_filter($cases, static fn (HostileCase $case): bool => $case->endpoint === $endpoint)
        )));
        self::assertSame([], array_values(array_diff(Corpus::ENDPOINTS, array_map(static fn (HostileCase $case): string => $case->endpoint, $cases))), 'every endpoint');
        self::assertSame([], array_values(array_diff($module->clientFunctions(), $covered('client_function'))), 'every client function');
        self::assertSame([], array_values(array_diff(array_values($module->adminButtons()), $covered('admin_button'))), 'every admin button');

        $pages = array_map(
            static fn (HostileCase $case): string => is_string($case->query['page'] ?? null) ? $case->query['page'] : 'orders',
            array_filter($cases, static fn (HostileCase $case): bool => $case->endpoint === 'addon_admin')
        );
        self::assertSame([], array_values(array_diff(['orders', 'system', 'push', 'settings', 'data'], $pages)), 'every addon tab');
        foreach (['customer', 'other_customer', 'admin', 'anonymous', 'customer_zh'] as $actor) {
            self::assertNotSame([], array_filter($cases, static fn (HostileCase $case): bool => $case->actor === $actor), "a case as {$actor}");
        }
        foreach (['none', 'wrong', 'foreign'] as $token) {
            self::assertNotSame([], array_filter($cases, static fn (HostileCase $case): bool => $case->token === $token), "a case with the token {$token}");
        }
    }

    /**
     * The case's own expectations.
     */
    private function assertExpected(HostileCase $case, Page $page, Snapshot $after, string $language, string $context): void
    {
        $expect = $case->expect;
        $html = $page->isHtml();
        $alerts = $html ? implode(' | ', [...$page->alerts('danger'), ...$page->alerts('warning')]) : '';

        self::assertSame((int) ($expect['status'] ?? 200), $page->status, "the HTTP status\n{$context}");
        if (isset($expect['redirect'])) {
            self::assertStringContainsString((string) $expect['redirect'], $page->url, "where the request ends up\n{$context}");
        }
        foreach ((array) ($expect['refused'] ?? []) as $message) {
            foreach (Messages::fragments((string) $message, $language) as $fragment) {
                self::assertStringContainsString($fragment, $alerts, "the error {$message}\n{$context}");
            }
        }
        if (($expect['error'] ?? false) === true) {
            self::assertNotSame([], $html ? $page->alerts('danger') : [], "an error is shown\n{$context}");
        }
        if ((isset($expect['refused']) || isset($expect['error'])) && $html) {
            self::assertSame([], $page->alerts('success'), "a refusal is not also a success\n{$context}");
        }
        foreach ([...(array) ($expect['naming'] ?? []), ...(array) ($expect['text'] ?? [])] as $text) {
            self::assertStringContainsString((string) $text, $alerts, "the error says\n{$context}");
        }
        foreach ((array) ($expect['shows'] ?? []) as $message) {
            foreach (Messages::fragments((string) $message, $language) as $fragment) {
                self::assertStringContainsString($fragment, $page->text(), "the page shows {$message}\n{$context}");
            }
        }
        if (array_key_exists('answer', $expect)) {
            self::assertSame((string) $expect['answer'], $page->body, "the answer\n{$context}");
        }
        if (($expect['ignored'] ?? false) === true) {
            self::assertTrue($html, "an HTML page\n{$context}");
            self::assertSame([], $page->alerts('danger'), "no error\n{$context}");
        }
        if (isset($expect['csv_rows'])) {
            self::assertStringStartsWith('text/csv', $page->headers['content-type'] ?? '', $context);
            self::assertCount((int) $expect['csv_rows'] + 1, self::csvRows($page->body), "the CSV's rows\n{$context}");
        }
        if (isset($expect['accepted'])) {
            $this->assertStored($case, (array) $expect['accepted'], $page, $after, $context);
        }
    }

    /**
     * What a legitimate input stored (or, for a download, what came back).
     *
     * @param array<string, mixed> $accepted
     */
    private function assertStored(HostileCase $case, array $accepted, Page $page, Snapshot $after, string $context): void
    {
        if (isset($accepted['download'])) {
            self::assertStringStartsWith((string) $accepted['download'], $page->headers['content-type'] ?? '', "a download\n{$context}");
            self::assertStringContainsString('attachment', $page->headers['content-disposition'] ?? '', $context);
        }
        $row = $case->target === '' ? null : $after->row('mod_trustocean_orders', 'service_id', self::$fixtures->service($case->target));
        if (isset($accepted['state'])) {
            self::assertSame($accepted['state'], $row['state'] ?? null, "the stored state\n{$context}");
        }
        if (isset($accepted['domains'])) {
            self::assertSame($accepted['domains'], json_decode((string) ($row['domains'] ?? '[]'), true), "the stored names\n{$context}");
        }
        if (isset($accepted['contact_email'])) {
            self::assertSame($accepted['contact_email'], $row['contact_email'] ?? null, "the stored contact\n{$context}");
        }
        if (isset($accepted['organization'])) {
            $stored = (array) json_decode((string) ($row['organization'] ?? '{}'), true);
            foreach ((array) $accepted['organization'] as $field => $value) {
                self::assertSame($value, $stored[$field] ?? null, "the stored organisation's {$field}\n{$context}");
            }
        }
        foreach ((array) ($accepted['settings'] ?? []) as $name => $value) {
            self::assertSame($value, $after->row('mod_trustocean_settings', 'name', $name)['value'] ?? null, "the setting {$name}\n{$context}");
        }
    }

    /** The input's markup is nowhere in the page as markup, and its template syntax never ran. */
    private static function assertNothingUnescaped(HostileCase $case, Page $page, string $context): void
    {
        $inputs = self::strings([$case->fields, $case->query, $case->body]);
        $body = $page->body;
        foreach ($inputs as $input) {
            if ($page->isHtml()) {
                foreach (self::markup($input) as $markup) {
                    self::assertStringNotContainsString($markup, $body, "markup of the input is escaped\n{$context}");
                }
            }
            foreach (self::EVALUATED as $syntax => $result) {
                if (str_contains($input, $syntax)) {
                    self::assertStringNotContainsString($result, $body, "template syntax is not run\n{$context}");
                }
            }
        }
    }

    /**
     * Nothing the secrets scan would take for a private key is logged. The failure message
     * shows the lines with the dashes bracketed, or PHPUnit's own output would trip the scan.
     */
    private static function assertKeyNotLogged(string $logged, string $context): void
    {
        $lines = array_filter(explode("\n", $logged), static fn (string $line): bool => str_contains($line, self::KEY_IN_LOG));
        $shown = array_map(static fn (string $line): string => str_replace(self::KEY_IN_LOG, 'PRIVATE KEY[-----]', $line), $lines);
        self::assertSame([], array_values(array_unique($shown)), "no private key, nor what looks like one, is logged\n{$context}");
    }

    /**
     * The pages that show what a case may have left behind: for stored input, the service's
     * client-area page to its owner and the admin's service page with the module's tab; for a
     * push, the addon's push page with the last push received.
     *
     * @return list<Page>
     */
    private static function pagesShowing(HostileCase $case): array
    {
        if ($case->endpoint === 'push') {
            return [self::$fixtures->browser('admin')->get('admin/addonmodules.php?module=trustoceanssl&page=push')];
        }
        if (!$case->isAccepted() || $case->target === '') {
            return [];
        }
        $serviceId = self::$fixtures->service($case->target);
        return [
            self::$fixtures->browser(self::$fixtures->ownerActor($case->target))->get("clientarea.php?action=productdetails&id={$serviceId}"),
            self::$fixtures->browser('admin')->get("admin/clientsservices.php?id={$serviceId}"),
        ];
    }

    /** @param list<string> $log */
    private static function assertPhpQuiet(HostileCase $case, array $log, string $context): void
    {
        $allowed = (string) ($case->expect['startup_warning'] ?? '');
        $trouble = array_values(array_filter(
            $log,
            static fn (string $line): bool => preg_match(self::PHP_TROUBLE, $line) === 1 && ($allowed === '' || !str_contains($line, $allowed))
        ));
        self::assertSame([], $trouble, "PHP logs nothing\n{$context}");
        if ($allowed !== '') {
            self::assertNotSame([], array_filter($log, static fn (string $line): bool => str_contains($line, $allowed)), "the expected startup warning\n{$context}");
        }
    }

    /**
     * The tags of a text that would be markup if printed as they are: a tag with attributes
     * or with text after it (`<script>alert(1)`), not a bare `</textarea>` the page has anyway.
     *
     * @return list<string>
     */
    private static function markup(string $input): array
    {
        if (strlen($input) > 20000 || !str_contains($input, '<')) {
            return [];
        }
        preg_match_all('/<[a-z!\/][^<>]*>?[^<>\s]{0,24}/i', $input, $matches);
        return array_values(array_unique(array_filter(
            $matches[0],
            static fn (string $tag): bool => strlen($tag) >= 5 && preg_match('/^<\/?[a-z0-9]+>?$/i', $tag) !== 1
        )));
    }

    /**
     * Every string of the (unexpanded) fields, query and body, names included; generated
     * material (CSRs, keys) holds no markup of the corpus.
     *
     * @return list<string>
     */
    private static function strings(mixed $value): array
    {
        if (is_string($value)) {
            return [$value];
        }
        if (!is_array($value)) {
            return [];
        }
        $strings = [];
        foreach ($value as $key => $member) {
            $named = is_string($key) && !str_starts_with($key, '$') ? [$key] : [];
            array_push($strings, ...$named, ...self::strings($member));
        }
        return $strings;
    }

    /**
     * The calls the sandbox recorded, oldest first.
     *
     * @return list<array<string, mixed>>
     */
    private static function apiCalls(): array
    {
        return array_values((array) (self::sandbox()->control('GET', '/_sandbox/calls')['calls'] ?? []));
    }

    /**
     * @param list<array<string, mixed>> $calls
     *
     * @return list<string>
     */
    private static function writes(array $calls): array
    {
        return array_values(array_filter(
            array_map(static fn (array $call): string => (string) ($call['method'] ?? ''), $calls),
            static fn (string $method): bool => in_array($method, self::WRITE_CALLS, true)
        ));
    }

    /** @return array{int, int} the last ids of the module log and the activity log */
    private static function lastLogIds(): array
    {
        return [(int) Capsule::table('tblmodulelog')->max('id'), (int) Capsule::table('tblactivitylog')->max('id')];
    }

    /**
     * What the module log and the activity log gained since, in the forms the secrets scan
     * reads them (as stored, without escapes, URL-decoded).
     *
     * @param array{int, int} $ids
     */
    private static function logsSince(array $ids): string
    {
        $text = '';
        foreach (Capsule::table('tblmodulelog')->where('id', '>', $ids[0])->get() as $row) {
            $text .= implode("\n", array_map('strval', (array) $row)) . "\n";
        }
        $text .= implode("\n", Capsule::table('tblactivitylog')->where('id', '>', $ids[1])->pluck('description')->all());
        return $text . "\n" . stripslashes($text) . "\n" . urldecode($text);
    }

    private static function webLogSize(): int
    {
        clearstatcache();
        return (int) @filesize(self::standIn()->varDir . '/web.log');
    }

    /** @return list<string> the web server's log lines since $offset */
    private static function webLogSince(int $offset): array
    {
        $text = (string) @file_get_contents(self::standIn()->varDir . '/web.log', false, null, $offset);
        return array_values(array_filter(explode("\n", $text), static fn (string $line): bool => trim($line) !== ''));
    }

    /** @return list<list<string>> */
    private static function csvRows(string $body): array
    {
        $stream = fopen('php://memory', 'r+b');
        fwrite($stream, str_starts_with($body, "\xEF\xBB\xBF") ? substr($body, 3) : $body);
        rewind($stream);
        $rows = [];
        while (($row = fgetcsv($stream, 0, ',', '"', '')) !== false) {
            if ($row !== [null]) {
                $rows[] = $row;
            }
        }
        fclose($stream);
        return $rows;
    }

    /**
     * What the failure message shows of a case's answer: its alerts, or the start of its body.
     * Private keys are cut out: PHPUnit's output is searched for them after the run.
     */
    private static function describe(HostileCase $case, Page $page): string
    {
        $what = $page->isHtml()
            ? 'alerts: ' . json_encode(['danger' => $page->alerts('danger'), 'warning' => $page->alerts('warning'), 'success' => $page->alerts('success')], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)
            : 'body: ' . mb_substr($page->body, 0, 300);
        $what = (string) preg_replace('/-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?(-----END \1PRIVATE KEY-----|$)/s', '[a private key]', $what);
        return "{$case->label()} ({$case->actor} -> {$case->endpoint} {$case->function}): {$page->status} {$page->url}\n{$what}";
    }
}
