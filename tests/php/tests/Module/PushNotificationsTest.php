<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Database\Settings;
use TrustOcean\Whmcs\Module;
use TrustOcean\Whmcs\Push\PushKeyStore;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ModuleParams;

/**
 * Pushes from the sandbox reach the order through modules/servers/trustocean/push.php within a
 * second (issuance with its e-mail, refund decisions, cancellation, revocation), and forged or
 * broken pushes change nothing beyond what getSSLDetails says: each case its own test. The
 * endpoint answers every POST the same way, whatever its body.
 */
final class PushNotificationsTest extends ModuleTestCase
{
    private const PUSH_PATH = '/modules/servers/trustocean/push.php';

    /** Seconds between two push-prompted fetches of one order during these tests. */
    private const INTERVAL = 1;

    private static ?string $publicKey = null;

    public static function setUpBeforeClass(): void
    {
        require_once dirname(__DIR__, 4) . '/php-shim/autoload.php';
        self::standIn();
        self::serverModule()->migrate();
        self::setInterval(self::INTERVAL);
        $keys = new PushKeyStore();
        $keys->generate(1024, time());
        self::$publicKey = (string) $keys->publicKey();
        self::sandbox()->setPushKey(self::$publicKey);
    }

    public static function tearDownAfterClass(): void
    {
        // Other test classes check issuance themselves: no pushes from here on.
        self::sandbox()->setPushKey(null);
        (new Settings())->delete(AddonSettings::PUSH_INTERVAL);
    }

    public function testAnIssuancePushStoresTheCertificateAndMailsTheCustomerWithinASecond(): void
    {
        [$serviceId, $trustoceanId, $names] = self::placed('dv_single', 1);
        $mailsBefore = self::mailsTo($serviceId);

        self::sandbox()->approve($trustoceanId);
        $elapsed = self::waitFor($serviceId, static fn (array $row): bool => $row['state'] === 'issued');

        self::assertLessThan(1.0, $elapsed, 'the push reached the order within a second');
        $row = self::standIn()->orderRow($serviceId);
        self::assertStringContainsString('BEGIN CERTIFICATE', (string) $row['certificate']);
        self::assertStringContainsString('BEGIN CERTIFICATE', (string) $row['chain']);
        self::assertSame(['verified'], array_values(array_unique(array_column(json_decode((string) $row['dcv'], true), 'status'))));
        // The mail goes out right after the order is stored.
        $deadline = microtime(true) + 2;
        while (count(self::mailsTo($serviceId)) === count($mailsBefore) && microtime(true) < $deadline) {
            usleep(20000);
        }
        $mails = array_slice(self::mailsTo($serviceId), count($mailsBefore));
        self::assertCount(1, $mails, 'one issuance e-mail');
        self::assertStringContainsString($names[0], $mails[0]->subject);
        self::assertStringContainsString('clientarea.php?action=productdetails&amp;id=' . $serviceId, $mails[0]->message);
        self::assertStringNotContainsString('PRIVATE KEY', $mails[0]->message);
        $delivery = self::lastDelivery($trustoceanId, 'cert_issued');
        self::assertSame(200, $delivery['http_status']);
        self::assertStringContainsString("cert_issued for order #{$trustoceanId}, service #{$serviceId}: fetched from TrustOcean, the order is issued", self::activityText());
    }

    public function testPushesReachAWhmcsInstalledInASubFolder(): void
    {
        $subFolder = self::standIn()->serveInSubFolder('/billing');
        $systemUrl = Capsule::table('tblconfiguration')->where('setting', 'SystemURL')->value('value');
        Capsule::table('tblconfiguration')->where('setting', 'SystemURL')->update(['value' => $subFolder . '/']);
        try {
            [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        } finally {
            Capsule::table('tblconfiguration')->where('setting', 'SystemURL')->update(['value' => $systemUrl]);
        }

        self::sandbox()->approve($trustoceanId);
        $elapsed = self::waitFor($serviceId, static fn (array $row): bool => $row['state'] === 'issued');

        self::assertLessThan(1.0, $elapsed);
        $delivery = self::lastDelivery($trustoceanId, 'cert_issued');
        $uniqueId = Capsule::table('mod_trustocean_orders')->where('service_id', $serviceId)->value('unique_id');
        self::assertSame($subFolder . self::PUSH_PATH . '?uid=' . $uniqueId, $delivery['url']);
        self::assertSame(200, $delivery['http_status']);
    }

    public function testAFinishedRefundAfterTerminationReachesTheOrder(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        self::assertTrue(self::standIn()->commands()->terminate($serviceId)->success);
        self::assertSame('processing', self::standIn()->orderRow($serviceId)['refund_status']);

        self::sandbox()->decideRefund($trustoceanId, 'finished');
        $elapsed = self::waitFor($serviceId, static fn (array $row): bool => $row['refund_status'] === 'finished');

        self::assertLessThan(1.0, $elapsed);
        self::assertSame('cancelled', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testARejectedRefundReachesTheOrderAndLeavesItIssued(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        self::sandbox()->approve($trustoceanId);
        self::waitFor($serviceId, static fn (array $row): bool => $row['state'] === 'issued');
        usleep((self::INTERVAL * 1000 + 100) * 1000);
        self::serverModule()->service(ModuleParams::forService($serviceId))->perform('refund');
        self::assertSame('processing', self::standIn()->orderRow($serviceId)['refund_status']);

        self::sandbox()->decideRefund($trustoceanId, 'reject');
        $elapsed = self::waitFor($serviceId, static fn (array $row): bool => $row['refund_status'] === 'reject');

        self::assertLessThan(1.0, $elapsed);
        self::assertSame('issued', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testACancellationByTheCaReachesTheOrder(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);

        self::sandbox()->caAction($trustoceanId, 'cancel');
        $elapsed = self::waitFor($serviceId, static fn (array $row): bool => $row['state'] === 'cancelled');

        self::assertLessThan(1.0, $elapsed);
        self::assertSame('cancelled', self::standIn()->orderRow($serviceId)['remote_status']);
    }

    public function testARevocationByTheCaReachesTheOrder(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        self::sandbox()->approve($trustoceanId);
        self::waitFor($serviceId, static fn (array $row): bool => $row['state'] === 'issued');
        usleep((self::INTERVAL * 1000 + 100) * 1000);

        self::sandbox()->caAction($trustoceanId, 'revoke');
        $elapsed = self::waitFor($serviceId, static fn (array $row): bool => $row['state'] === 'revoked');

        self::assertLessThan(1.0, $elapsed);
        self::assertNotNull(self::standIn()->orderRow($serviceId)['certificate'], 'the revoked certificate stays on record');
    }

    public function testAPlaintextPushWithAFakeCertificateOnlyMakesTheModuleAsk(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        $before = self::standIn()->orderRow($serviceId);
        $calls = self::sandbox()->callCount($trustoceanId, 'getSSLDetails');

        $answer = self::post(http_build_query([
            'type' => 'cert_issued',
            'trustocean_id' => $trustoceanId,
            'status' => 'issued_active',
            'cert_code' => "-----BEGIN CERTIFICATE-----\nMIIBforged\n-----END CERTIFICATE-----",
            'ca_code' => '',
        ]));

        self::assertSame(self::accepted(), $answer);
        $after = self::standIn()->orderRow($serviceId);
        self::assertSame('validating', $after['state'], 'the API says the order is still being validated');
        self::assertNull($after['certificate']);
        self::assertSame($before['dcv'], $after['dcv']);
        self::assertSame($calls + 1, self::sandbox()->callCount($trustoceanId, 'getSSLDetails'), 'one fetch, and the API decided');
    }

    public function testAPushSealedForAnotherKeyIsIgnored(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        $other = openssl_pkey_get_details(openssl_pkey_new(['private_key_bits' => 1024, 'private_key_type' => OPENSSL_KEYTYPE_RSA]))['key'];

        $answer = self::post(http_build_query(['encrypted_data' => self::seal(self::event('cert_issued', $trustoceanId), $other)]));

        self::assertUntouched($serviceId, $trustoceanId, $answer);
    }

    public function testAPushWithATamperedBlockIsIgnored(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        $sealed = self::seal(self::event('cert_issued', $trustoceanId), (string) self::$publicKey);

        // The first block carries the order id: altered, the push names no order.
        $answer = self::post(http_build_query(['encrypted_data' => self::tamper($sealed, 0)]));

        self::assertUntouched($serviceId, $trustoceanId, $answer);
    }

    public function testAPushWithATamperedCertificateBlockCanOnlyMakeTheModuleAsk(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        $sealed = self::seal(self::event('cert_issued', $trustoceanId), (string) self::$publicKey);

        // A later block lies inside the certificate text. Altered, it opens to different bytes
        // (implicit rejection), which now and then still leaves JSON naming the order: then the
        // module asks the API, and only what the API says counts.
        foreach ([1, 2, 3] as $block) {
            $answer = self::post(http_build_query(['encrypted_data' => self::tamper($sealed, $block)]));
            self::assertSame(self::accepted(), $answer);
        }

        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('validating', $row['state']);
        self::assertNull($row['certificate']);
        self::assertLessThanOrEqual(1, self::sandbox()->callCount($trustoceanId, 'getSSLDetails'), 'at most the rate limit allows');
    }

    public function testATruncatedPushIsIgnored(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        $sealed = self::seal(self::event('cert_issued', $trustoceanId), (string) self::$publicKey);

        foreach ([substr($sealed, 0, 172), substr($sealed, 0, strlen($sealed) - 100), "-----BEGIN TRUSTOCEAN ENCRYPTED DATA-----\n"] as $truncated) {
            $answer = self::post(http_build_query(['encrypted_data' => $truncated]));
            self::assertUntouched($serviceId, $trustoceanId, $answer);
        }
    }

    public function testAPushForAnOrderOfNoServiceIsIgnored(): void
    {
        $unknown = 900000000 + random_int(1, 99999999);

        $answer = self::post(http_build_query(['encrypted_data' => self::seal(self::event('cert_issued', $unknown), (string) self::$publicKey)]));

        self::assertSame(self::accepted(), $answer);
        self::assertSame(0, self::sandbox()->callCount($unknown), 'nothing is asked about an order no service holds');
    }

    public function testAPushOfAnUnknownTypeOnlyMakesTheModuleAsk(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        $before = self::standIn()->orderRow($serviceId);
        $calls = self::sandbox()->callCount($trustoceanId, 'getSSLDetails');

        $answer = self::post(http_build_query(['encrypted_data' => self::seal(self::event('cert_exploded', $trustoceanId, ['status' => 'revoked']), (string) self::$publicKey)]));

        self::assertSame(self::accepted(), $answer);
        $after = self::standIn()->orderRow($serviceId);
        self::assertSame($before['state'], $after['state']);
        self::assertSame($before['certificate'], $after['certificate']);
        self::assertSame($calls + 1, self::sandbox()->callCount($trustoceanId, 'getSSLDetails'));
    }

    public function testAReplayedIssuancePushAfterARevocationChangesNothing(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        self::sandbox()->approve($trustoceanId);
        self::waitFor($serviceId, static fn (array $row): bool => $row['state'] === 'issued');
        $issuedPush = self::seal(self::event('cert_issued', $trustoceanId, ['status' => 'issued_active']), (string) self::$publicKey);
        usleep((self::INTERVAL * 1000 + 100) * 1000);
        self::sandbox()->caAction($trustoceanId, 'revoke');
        self::waitFor($serviceId, static fn (array $row): bool => $row['state'] === 'revoked');
        usleep((self::INTERVAL * 1000 + 100) * 1000);
        $mails = count(self::mailsTo($serviceId));

        $answer = self::post(http_build_query(['encrypted_data' => $issuedPush]));

        self::assertSame(self::accepted(), $answer);
        self::assertSame('revoked', self::standIn()->orderRow($serviceId)['state'], 'revoked is final');
        self::assertCount($mails, self::mailsTo($serviceId), 'no second issuance e-mail');
    }

    public function testATenMegabyteBodyIsRefusedBeforeItIsRead(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        $body = 'encrypted_data=' . str_repeat('A', 10 * 1024 * 1024);

        $answer = self::post($body);

        self::assertSame(413, $answer['status']);
        self::assertSame('{"status":"error","message":"The request body is too large."}', $answer['body']);
        self::assertUntouched($serviceId, $trustoceanId, null);
    }

    public function testAFloodOfAThousandPushesMakesAtMostTheRateLimitsCalls(): void
    {
        [$serviceId, $trustoceanId] = self::placed('dv_single', 1);
        $interval = 2;
        self::setInterval($interval);
        $activityBefore = Capsule::table('tblactivitylog')->count();
        $calls = self::sandbox()->callCount($trustoceanId);
        $push = http_build_query(['encrypted_data' => self::seal(self::event('cert_issued', $trustoceanId), (string) self::$publicKey)]);

        try {
            $started = microtime(true);
            $answers = self::postMany(array_fill(0, 1000, $push), 16);
            $elapsed = microtime(true) - $started;
        } finally {
            self::setInterval(self::INTERVAL);
        }

        self::assertCount(1000, $answers);
        self::assertSame([200], array_values(array_unique(array_column($answers, 'status'))));
        // The limit counts whole clock seconds (one fetch per order once `interval` seconds have
        // ticked since the last), so over $elapsed seconds at most this many fetches can start.
        $bound = (int) floor(($elapsed + 1) / $interval) + 1;
        $made = self::sandbox()->callCount($trustoceanId) - $calls;
        self::assertGreaterThanOrEqual(1, $made, 'the first push was acted on');
        self::assertLessThanOrEqual($bound, $made, sprintf('%d calls in %.1f s with one allowed per %d s', $made, $elapsed, $interval));
        self::assertLessThanOrEqual($bound + 2, Capsule::table('tblactivitylog')->count() - $activityBefore, 'the log is not flooded either');
        self::assertSame('validating', self::standIn()->orderRow($serviceId)['state']);
    }

    public function testEveryPostGetsTheSameAnswerWhateverItsBody(): void
    {
        [, $trustoceanId] = self::placed('dv_single', 1);
        $event = self::event('cert_issued', $trustoceanId);
        $other = openssl_pkey_get_details(openssl_pkey_new(['private_key_bits' => 1024, 'private_key_type' => OPENSSL_KEYTYPE_RSA]))['key'];
        $bodies = [
            'readable' => http_build_query(['encrypted_data' => self::seal($event, (string) self::$publicKey)]),
            'another key' => http_build_query(['encrypted_data' => self::seal($event, $other)]),
            'not base64' => http_build_query(['encrypted_data' => '!!!!']),
            'plaintext' => http_build_query(['trustocean_id' => $trustoceanId, 'type' => 'cert_issued']),
            'empty' => '',
            'junk' => random_bytes(300),
        ];

        $answers = array_map(static fn (string $body): array => self::post($body), $bodies);

        foreach ($answers as $label => $answer) {
            self::assertSame(self::accepted(), $answer, $label);
        }
    }

    public function testOnlyPostIsAccepted(): void
    {
        $answer = self::request('GET', '');

        self::assertSame(405, $answer['status']);
        self::assertSame('POST', $answer['headers']['allow'] ?? null);
        self::assertSame('{"status":"error","message":"Only POST is accepted here."}', $answer['body']);
    }

    public function testThePushLogHoldsNoBodyAndNoKey(): void
    {
        $keys = new PushKeyStore();
        $privateKey = (string) $keys->privateKey();
        $secretLine = explode("\n", trim($privateKey))[1];
        $log = self::activityText() . self::standIn()->moduleLogText();

        self::assertStringNotContainsString($secretLine, $log);
        self::assertStringNotContainsString('BEGIN TRUSTOCEAN ENCRYPTED DATA', $log);
        self::assertStringNotContainsString('encrypted_data', $log);
        self::assertStringNotContainsString('MIIBforged', $log);
        $stored = (string) Capsule::table('mod_trustocean_settings')->where('name', 'push.private_key')->value('value');
        self::assertStringNotContainsString('PRIVATE KEY', $stored, 'stored only encrypted');
        self::assertSame($privateKey, decrypt($stored));
    }

    /**
     * A service of $product ordered, configured with an uploaded CSR and placed with HTTP
     * validation: [service id, TrustOcean id, names].
     *
     * @return array{0: int, 1: int, 2: list<string>}
     */
    private static function placed(string $product, int $names): array
    {
        $serviceId = self::standIn()->order($product);
        $customer = self::standIn()->customer();
        $domains = self::names($names);
        $page = self::configure($customer, $serviceId, $domains);
        self::assertSame([], $page->alerts('danger'), 'configure: ' . $page->errors());
        $page = self::submit($customer, $serviceId, $names);
        self::assertSame([], $page->alerts('danger'), 'submit: ' . $page->errors());
        $trustoceanId = (int) (self::standIn()->orderRow($serviceId)['trustocean_id'] ?? 0);
        self::assertGreaterThan(0, $trustoceanId);
        return [$serviceId, $trustoceanId, $domains];
    }

    /** The order is as it was, and the API was not asked about it. */
    private static function assertUntouched(int $serviceId, int $trustoceanId, ?array $answer): void
    {
        if ($answer !== null) {
            self::assertSame(self::accepted(), $answer);
        }
        $row = self::standIn()->orderRow($serviceId);
        self::assertSame('validating', $row['state']);
        self::assertNull($row['certificate']);
        self::assertNull($row['synced_at'], 'no fetch was claimed');
        self::assertSame(0, self::sandbox()->callCount($trustoceanId, 'getSSLDetails'));
    }

    /**
     * Polls the order row until $done holds; returns the seconds it took (fails after 5 s).
     *
     * @param callable(array<string, mixed>): bool $done
     */
    private static function waitFor(int $serviceId, callable $done): float
    {
        $started = microtime(true);
        while (microtime(true) - $started < 5.0) {
            $row = self::standIn()->orderRow($serviceId);
            if ($row !== null && $done($row)) {
                return microtime(true) - $started;
            }
            usleep(20000);
        }
        self::fail('the push did not reach the order: ' . json_encode(self::standIn()->orderRow($serviceId)) . ' deliveries: ' . json_encode(self::sandbox()->pushDeliveries()));
    }

    /** @param array<string, mixed> $extra */
    private static function event(string $type, int $trustoceanId, array $extra = []): string
    {
        return (string) json_encode(['type' => $type, 'trustocean_id' => $trustoceanId] + $extra + [
            'cert_code' => str_repeat('MIIFazCCBFOgAwIBAgIQ', 100),
            'ca_code' => '',
            'domains' => ['forged.example.com'],
        ]);
    }

    /** $sealed (172-character pieces) with one bit of piece $index flipped, below the modulus. */
    private static function tamper(string $sealed, int $index): string
    {
        $block = (string) base64_decode(substr($sealed, 172 * $index, 172), true);
        $block[64] = chr(ord($block[64]) ^ 0x01);
        return substr($sealed, 0, 172 * $index) . base64_encode($block) . substr($sealed, 172 * ($index + 1));
    }

    /** Seals as TrustOcean's PHP does: openssl_public_encrypt per 117-byte block, base64 each. */
    private static function seal(string $plaintext, string $publicKey): string
    {
        $sealed = '';
        foreach (str_split($plaintext, 117) as $chunk) {
            self::assertTrue(openssl_public_encrypt($chunk, $block, $publicKey, OPENSSL_PKCS1_PADDING));
            $sealed .= base64_encode($block);
        }
        return $sealed;
    }

    /** @return array{status: int, type: string, body: string} */
    private static function accepted(): array
    {
        return ['status' => 200, 'type' => 'application/json', 'body' => '{"status":"success"}'];
    }

    /** @return array{status: int, type: string, body: string} */
    private static function post(string $body): array
    {
        $answer = self::request('POST', $body);
        return ['status' => $answer['status'], 'type' => $answer['headers']['content-type'] ?? '', 'body' => $answer['body']];
    }

    /** @return array{status: int, headers: array<string, string>, body: string} */
    private static function request(string $method, string $body): array
    {
        $curl = curl_init(self::standIn()->url . self::PUSH_PATH);
        $headers = [];
        curl_setopt_array($curl, [
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_POSTFIELDS => $method === 'POST' ? $body : null,
            CURLOPT_HTTPHEADER => ['Content-Type: application/x-www-form-urlencoded', 'Expect:'],
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 30,
            CURLOPT_HEADERFUNCTION => static function ($curl, string $line) use (&$headers): int {
                if (str_contains($line, ':')) {
                    [$name, $value] = explode(':', $line, 2);
                    $headers[strtolower(trim($name))] = trim($value);
                }
                return strlen($line);
            },
        ]);
        $responseBody = curl_exec($curl);
        $status = (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
        curl_close($curl);
        return ['status' => $status, 'headers' => $headers, 'body' => is_string($responseBody) ? $responseBody : ''];
    }

    /**
     * Posts every body, $parallel at a time.
     *
     * @param list<string> $bodies
     *
     * @return list<array{status: int, body: string}>
     */
    private static function postMany(array $bodies, int $parallel): array
    {
        $multi = curl_multi_init();
        $answers = [];
        $pending = $bodies;
        $running = 0;
        $active = [];
        do {
            while (count($active) < $parallel && $pending !== []) {
                $curl = curl_init(self::standIn()->url . self::PUSH_PATH);
                curl_setopt_array($curl, [
                    CURLOPT_POST => true,
                    CURLOPT_POSTFIELDS => array_shift($pending),
                    CURLOPT_HTTPHEADER => ['Content-Type: application/x-www-form-urlencoded', 'Expect:'],
                    CURLOPT_RETURNTRANSFER => true,
                    CURLOPT_TIMEOUT => 60,
                ]);
                curl_multi_add_handle($multi, $curl);
                $active[(int) spl_object_id($curl)] = $curl;
            }
            curl_multi_exec($multi, $running);
            curl_multi_select($multi, 0.05);
            while (($done = curl_multi_info_read($multi)) !== false) {
                $curl = $done['handle'];
                $answers[] = ['status' => (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE), 'body' => (string) curl_multi_getcontent($curl)];
                curl_multi_remove_handle($multi, $curl);
                unset($active[(int) spl_object_id($curl)]);
                curl_close($curl);
            }
        } while ($pending !== [] || $active !== []);
        curl_multi_close($multi);
        return $answers;
    }

    private static function serverModule(): Module
    {
        return new Module(dirname(__DIR__, 4) . '/whmcs-module/modules/servers/trustocean');
    }

    private static function setInterval(int $seconds): void
    {
        (new Settings())->put(AddonSettings::PUSH_INTERVAL, (string) $seconds, time());
    }

    /** @return list<object> the client's e-mails about a service, oldest first */
    private static function mailsTo(int $serviceId): array
    {
        $clientId = (int) Capsule::table('tblhosting')->where('id', $serviceId)->value('userid');
        return Capsule::table('tblemails')->where('userid', $clientId)->orderBy('id')->get()->filter(
            static fn (object $mail): bool => str_contains((string) $mail->message, 'id=' . $serviceId . '"') || str_contains((string) $mail->message, 'id=' . $serviceId . '&')
        )->values()->all();
    }

    /** @return array<string, mixed> the last delivery of $event for the order */
    private static function lastDelivery(int $trustoceanId, string $event): array
    {
        $deadline = microtime(true) + 5;
        do {
            $found = array_values(array_filter(
                self::sandbox()->pushDeliveries(),
                static fn (array $delivery): bool => $delivery['trustocean_id'] === $trustoceanId && $delivery['event'] === $event
            ));
            if ($found !== []) {
                return end($found);
            }
            usleep(20000);
        } while (microtime(true) < $deadline);
        self::fail("no {$event} delivery for order {$trustoceanId}");
    }

    private static function activityText(): string
    {
        return implode("\n", Capsule::table('tblactivitylog')->orderBy('id')->pluck('description')->all());
    }
}
