<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Toolkit;

use PHPUnit\Framework\TestCase;
use ReflectionMethod;
use TrustOcean\InvalidArgumentException;
use TrustOcean\Push;

/**
 * TrustOcean\Push: key pairs PHP's OpenSSL uses, pushes sealed by openssl_public_encrypt() in
 * both text forms receivers meet, and one "unreadable" answer for every push that is not for
 * this key; private keys never in messages and marked sensitive.
 */
final class PushTest extends TestCase
{
    /**
     * @return array<string, array{0: int}>
     */
    public function keySizes(): array
    {
        return ['1024 (old consoles)' => [1024], '2048' => [2048], '4096' => [4096]];
    }

    /**
     * @dataProvider keySizes
     */
    public function testGeneratedPairsWorkWithPhpsOpenSsl(int $bits): void
    {
        $pair = Push::generateKeyPair($bits);

        self::assertSame($bits, $pair['bits']);
        $private = openssl_pkey_get_private($pair['privateKey']);
        self::assertNotFalse($private, 'OpenSSL reads the private key');
        $details = openssl_pkey_get_details($private);
        self::assertSame($bits, $details['bits']);
        self::assertSame(trim($details['key']), trim($pair['publicKey']), 'the public key OpenSSL derives');

        $event = self::issuanceEvent(700001);
        $sealed = self::sealWithOpenSsl($event, $pair['publicKey'], $bits);
        $read = Push::read($pair['privateKey'], http_build_query(['encrypted_data' => $sealed]));
        self::assertSame(['result' => 'hint', 'trustocean_id' => 700001, 'event' => 'cert_issued', 'encrypted' => true], $read);
    }

    public function testBothTextFormsAndJsonBodiesAreRead(): void
    {
        $pair = Push::generateKeyPair(1024);
        $event = self::issuanceEvent(700002);

        $chunked = self::sealWithOpenSsl($event, $pair['publicKey'], 1024);
        self::assertSame(0, strlen($chunked) % 172, '172-character pieces for 1024-bit keys');
        $raw = implode('', array_map(static fn (string $piece): string => (string) base64_decode($piece, true), str_split($chunked, 172)));
        $oneBase64 = base64_encode($raw);
        $armored = Push::encrypt($pair['publicKey'], $event);
        self::assertStringStartsWith("-----BEGIN TRUSTOCEAN ENCRYPTED DATA-----\n", $armored);

        foreach (['chunked' => $chunked, 'one base64' => $oneBase64, 'armored' => $armored] as $label => $sealed) {
            $read = Push::read($pair['privateKey'], http_build_query(['encrypted_data' => $sealed]));
            self::assertSame(700002, $read['trustocean_id'] ?? null, $label);
        }
        $json = Push::read($pair['privateKey'], (string) json_encode(['encrypted_data' => $armored]), 'application/json');
        self::assertSame(700002, $json['trustocean_id'] ?? null);
    }

    public function testEveryPushNotForThisKeyIsTheSameUnreadable(): void
    {
        $pair = Push::generateKeyPair(1024);
        $other = Push::generateKeyPair(1024);
        $event = self::issuanceEvent(700003);
        $good = self::sealWithOpenSsl($event, $pair['publicKey'], 1024);
        $raw = (string) base64_decode(substr($good, 0, 172), true);
        $tampered = base64_encode(substr($raw, 0, 60) . chr(ord($raw[60]) ^ 0x01) . substr($raw, 61)) . substr($good, 172);

        $bodies = [
            'another key' => ['encrypted_data' => self::sealWithOpenSsl($event, $other['publicKey'], 1024)],
            'tampered block' => ['encrypted_data' => $tampered],
            'truncated' => ['encrypted_data' => substr($good, 0, 172 * 2)],
            'cut mid-piece' => ['encrypted_data' => substr($good, 0, 100)],
            'not base64' => ['encrypted_data' => '%%%%'],
            'no order' => ['type' => 'cert_issued'],
            'order id is not a number' => ['trustocean_id' => '12; DROP TABLE'],
        ];
        foreach ($bodies as $label => $fields) {
            self::assertSame(['result' => 'unreadable'], Push::read($pair['privateKey'], http_build_query($fields)), $label);
        }
        self::assertSame(['result' => 'unreadable'], Push::read($pair['privateKey'], str_repeat('a', Push::MAX_BODY + 1)));
        self::assertSame(['result' => 'no_key'], Push::read(null, http_build_query(['encrypted_data' => $good])));
    }

    public function testAPlainPushIsOnlyAHintNamingItsOrder(): void
    {
        $read = Push::read(null, http_build_query(['trustocean_id' => '700004', 'type' => 'cert_issued', 'cert_code' => 'forged']));

        self::assertSame(['result' => 'hint', 'trustocean_id' => 700004, 'event' => 'cert_issued', 'encrypted' => false], $read);
    }

    public function testUnusableKeysAreRefusedWithoutQuotingThem(): void
    {
        $ec = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
        openssl_pkey_export($ec, $ecPem);
        $small = openssl_pkey_new(['private_key_bits' => 512, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
        $smallPem = '';
        if ($small !== false) {
            openssl_pkey_export($small, $smallPem);
        }

        foreach (['junk' => 'not a key', 'EC key' => $ecPem, '512-bit RSA' => $smallPem] as $label => $key) {
            if ($key === '') {
                continue;
            }
            foreach ([static fn () => Push::importKey($key), static fn () => Push::read($key, 'trustocean_id=1')] as $call) {
                try {
                    $call();
                    self::fail("{$label} accepted");
                } catch (InvalidArgumentException $error) {
                    self::assertStringContainsString('push private key', $error->getMessage(), $label);
                    $secretLine = explode("\n", trim($key))[1] ?? 'not a key';
                    self::assertStringNotContainsString($secretLine, $error->getMessage(), $label);
                    self::assertStringNotContainsString($secretLine, $error->getTraceAsString(), $label);
                }
            }
        }
        $this->expectException(InvalidArgumentException::class);
        Push::generateKeyPair(512);
    }

    public function testImportTurnsPkcs1IntoPkcs8WithTheSamePublicKey(): void
    {
        $key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
        openssl_pkey_export($key, $pkcs8);
        $pkcs1 = self::toPkcs1($pkcs8);

        $imported = Push::importKey($pkcs1);

        self::assertStringStartsWith('-----BEGIN PRIVATE KEY-----', $imported['privateKey']);
        self::assertSame(trim(openssl_pkey_get_details($key)['key']), trim($imported['publicKey']));
        self::assertSame(2048, $imported['bits']);
    }

    public function testPrivateKeyParametersAreSensitive(): void
    {
        self::assertCount(1, (new ReflectionMethod(Push::class, 'read'))->getParameters()[0]->getAttributes(\SensitiveParameter::class));
        self::assertCount(1, (new ReflectionMethod(Push::class, 'importKey'))->getParameters()[0]->getAttributes(\SensitiveParameter::class));
    }

    private static function issuanceEvent(int $trustoceanId): string
    {
        return (string) json_encode([
            'type' => 'cert_issued',
            'trustocean_id' => $trustoceanId,
            'cert_code' => str_repeat('MIIFazCCBFOgAwIBAgIQ', 290),
            'status' => 'issued_active',
        ]);
    }

    /** Seals as TrustOcean's PHP code does: openssl_public_encrypt per block, base64 per block. */
    private static function sealWithOpenSsl(string $plaintext, string $publicKey, int $bits): string
    {
        $sealed = '';
        foreach (str_split($plaintext, intdiv($bits, 8) - 11) as $chunk) {
            self::assertTrue(openssl_public_encrypt($chunk, $block, $publicKey, OPENSSL_PKCS1_PADDING));
            $sealed .= base64_encode($block);
        }
        return $sealed;
    }

    /** The traditional "RSA PRIVATE KEY" form of a PKCS#8 key, through the openssl tool. */
    private static function toPkcs1(string $pkcs8): string
    {
        $process = proc_open(['openssl', 'rsa', '-traditional'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        self::assertIsResource($process);
        fwrite($pipes[0], $pkcs8);
        fclose($pipes[0]);
        $pkcs1 = (string) stream_get_contents($pipes[1]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        proc_close($process);
        self::assertStringStartsWith('-----BEGIN RSA PRIVATE KEY-----', $pkcs1);
        return $pkcs1;
    }
}
