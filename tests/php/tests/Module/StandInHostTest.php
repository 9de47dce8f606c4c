<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use InvalidArgumentException;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WhmcsStandIn\Security\Encryption;

/**
 * The stand-in's global helpers behind WHMCS's functions: encrypt()/decrypt() (round trip,
 * fresh ciphertext every time, nothing readable, tampering detected), add_hook()/run_hook()
 * (priority order, insertion order for ties, results returned, callables only) and
 * generate_token()/check_token() on the session's CSRF token.
 */
final class StandInHostTest extends ModuleTestCase
{
    /** @var array<string, mixed>|null */
    private ?array $savedSession = null;

    /** @var array<string, mixed> */
    private array $savedPost = [];

    /** @var array<string, mixed> */
    private array $savedGet = [];

    protected function setUp(): void
    {
        self::standIn();
        $this->savedSession = $_SESSION ?? null;
        $this->savedPost = $_POST;
        $this->savedGet = $_GET;
    }

    protected function tearDown(): void
    {
        $_SESSION = $this->savedSession ?? [];
        $_POST = $this->savedPost;
        $_GET = $this->savedGet;
    }

    public function testEncryptAndDecryptRoundTripBinaryAndUtf8Text(): void
    {
        $binary = "\x00\x01\xff\xfe key\x00" . random_bytes(48) . "\n\r\t";
        $utf8 = '证书私钥 — ключ ✓ 🔐 café';
        foreach ([$binary, $utf8, '', str_repeat('long text ', 2000)] as $plain) {
            $cipher = encrypt($plain);
            self::assertIsString($cipher);
            self::assertSame($plain, decrypt($cipher));
        }
    }

    public function testCiphertextIsFreshEachTimeAndDoesNotContainThePlainText(): void
    {
        $plain = 'server-private-key-' . bin2hex(random_bytes(8));

        $first = encrypt($plain);
        $second = encrypt($plain);

        self::assertNotSame($first, $second, 'a fresh nonce every time');
        self::assertStringNotContainsString($plain, $first);
        self::assertStringNotContainsString($plain, (string) base64_decode($first, true));
        self::assertStringNotContainsString(base64_encode($plain), $first);
        self::assertSame($plain, decrypt($first));
        self::assertSame($plain, decrypt($second));
    }

    public function testTamperedOrForeignCiphertextDecryptsToAnEmptyString(): void
    {
        $cipher = encrypt('do not change me');
        $raw = (string) base64_decode($cipher, true);

        $lastByteFlipped = base64_encode(substr($raw, 0, -1) . chr(ord($raw[strlen($raw) - 1]) ^ 0x01));
        $nonceFlipped = base64_encode(chr(ord($raw[0]) ^ 0x80) . substr($raw, 1));
        $truncated = base64_encode(substr($raw, 0, 20));

        self::assertSame('', decrypt($lastByteFlipped));
        self::assertSame('', decrypt($nonceFlipped));
        self::assertSame('', decrypt($truncated));
        self::assertSame('', decrypt('do not change me'), 'plain text is not a ciphertext');
        self::assertSame('', decrypt(''));
        self::assertNull((new Encryption('another installation'))->decrypt($cipher), 'another key cannot read it');
    }

    public function testHooksRunInAscendingPriorityThenInTheOrderTheyWereAdded(): void
    {
        $point = self::hookPoint('order');
        $calls = [];
        $hook = static function (string $name) use (&$calls): \Closure {
            return static function (array $vars) use ($name, &$calls): string {
                $calls[] = $name . ':' . ($vars['serviceid'] ?? '-');
                return $name;
            };
        };
        add_hook($point, 10, $hook('ten-first'));
        add_hook($point, 1, $hook('one'));
        add_hook($point, 10, $hook('ten-second'));
        add_hook($point, -5, $hook('minus-five'));
        add_hook($point, 10, $hook('ten-third'));

        $results = run_hook($point, ['serviceid' => 77]);

        self::assertSame(['minus-five', 'one', 'ten-first', 'ten-second', 'ten-third'], $results, 'what each function returned, in order');
        self::assertSame(['minus-five:77', 'one:77', 'ten-first:77', 'ten-second:77', 'ten-third:77'], $calls, 'each got the vars');
    }

    public function testAHookPointWithoutFunctionsReturnsNothing(): void
    {
        self::assertSame([], run_hook(self::hookPoint('empty'), ['x' => 1]));
    }

    public function testNamedFunctionsAndStaticMethodsAreHooksToo(): void
    {
        $point = self::hookPoint('callables');
        add_hook($point, 2, [self::class, 'staticHook']);
        add_hook($point, 1, 'array_keys');

        self::assertSame([['a', 'b'], 'static:a,b'], run_hook($point, ['a' => 1, 'b' => 2]));
    }

    public function testRegisteringANonCallableThrowsAndRegistersNothing(): void
    {
        $point = self::hookPoint('invalid');
        foreach (['standin_no_such_function_' . bin2hex(random_bytes(4)), [self::class, 'noSuchMethod'], 42, null] as $notCallable) {
            try {
                add_hook($point, 1, $notCallable);
                self::fail('add_hook accepted ' . var_export($notCallable, true));
            } catch (InvalidArgumentException $error) {
                self::assertStringContainsString($point, $error->getMessage());
            }
        }
        self::assertSame([], run_hook($point, []));
    }

    public function testGenerateTokenGivesTheSessionTokenInEveryForm(): void
    {
        $_SESSION = [];

        $token = generate_token('plain');

        self::assertMatchesRegularExpression('/^[0-9a-f]{40}$/', $token);
        self::assertSame($token, generate_token('plain'), 'one token per session');
        self::assertSame('<input type="hidden" name="token" value="' . $token . '" />', generate_token('form'));
        self::assertSame(generate_token('form'), generate_token(), "'form' is the default");
        self::assertSame('&token=' . $token, generate_token('link'));
        self::assertSame($token, $_SESSION['tkval'] ?? null, 'kept in the session');

        $_SESSION = [];
        self::assertNotSame($token, generate_token('plain'), 'a new session has a new token');
    }

    public function testCheckTokenAcceptsOnlyTheSessionsToken(): void
    {
        $_SESSION = [];
        $_POST = [];
        $_GET = [];
        self::assertFalse(check_token('WHMCS.default', 'anything'), 'no session token yet');
        $token = generate_token('plain');

        self::assertTrue(check_token('WHMCS.default', $token));
        self::assertFalse(check_token('WHMCS.default', strrev($token)));
        self::assertFalse(check_token('WHMCS.default', substr($token, 0, 39)));
        self::assertFalse(check_token('WHMCS.default', ''), 'no token in the request');
        self::assertFalse(check_token(), 'no token in the request');

        $_POST = ['token' => $token];
        self::assertTrue(check_token(), "the request's token field");
        $_POST = ['token' => [$token]];
        self::assertFalse(check_token(), 'an array is not a token');
        $_POST = [];
        $_GET = ['token' => $token];
        self::assertTrue(check_token(), 'a link token');

        $_SESSION = [];
        self::assertFalse(check_token('WHMCS.default', $token), 'the token of another session');
    }

    /** A hook function given by class and method name. */
    public static function staticHook(array $vars): string
    {
        return 'static:' . implode(',', array_keys($vars));
    }

    private static function hookPoint(string $label): string
    {
        return 'StandInTestHook_' . $label . '_' . bin2hex(random_bytes(6));
    }
}
