<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WHMCS\Database\Capsule;

/**
 * The addon's push settings page: the push URL from the System URL, generating a key pair
 * (public key shown, private key stored only encrypted and never shown), importing a key the
 * reseller has (junk refused, nothing changed), CSRF, and both languages.
 */
final class PushSettingsPageTest extends ModuleTestCase
{
    private const PAGE = 'admin/addonmodules.php?module=trustoceanssl&page=push';

    private const PRIVATE_KEY = 'push.private_key';

    /** @var array<string, string|null> the key settings before this test */
    private array $saved = [];

    protected function setUp(): void
    {
        self::standIn();
        foreach (Capsule::table('mod_trustocean_settings')->where('name', 'like', 'push.%')->get() as $row) {
            $this->saved[(string) $row->name] = (string) $row->value;
        }
    }

    protected function tearDown(): void
    {
        Capsule::table('mod_trustocean_settings')->where('name', 'like', 'push.%')->delete();
        foreach ($this->saved as $name => $value) {
            Capsule::table('mod_trustocean_settings')->insert(['name' => $name, 'value' => $value, 'updated_at' => time()]);
        }
    }

    public function testThePageShowsThePushUrlAndHasNoKeyAtFirst(): void
    {
        Capsule::table('mod_trustocean_settings')->where('name', 'like', 'push.%')->delete();

        $page = self::standIn()->admin()->get(self::PAGE);

        self::assertSame(200, $page->status, $page->text());
        self::assertSame(self::standIn()->url . '/modules/servers/trustocean/push.php', $page->value('//code[@id="push-url"]'));
        self::assertStringContainsString('No push key yet', (string) $page->value('//*[@id="push-key-status"]'));
        self::assertSame(0, $page->count('//textarea[@id="push-public-key"]'));
    }

    public function testGeneratingAKeyPairShowsThePublicKeyAndStoresThePrivateKeyEncrypted(): void
    {
        $admin = self::standIn()->admin();
        $form = $admin->get(self::PAGE);

        $page = $admin->post(self::PAGE, ['token' => $form->token(), 'push_action' => 'generate', 'bits' => '2048']);

        self::assertSame([], $page->alerts('danger'), $page->errors());
        self::assertStringContainsString('2048-bit', implode(' ', $page->alerts('success')));
        $public = (string) $page->value('//textarea[@id="push-public-key"]');
        self::assertStringStartsWith('-----BEGIN PUBLIC KEY-----', trim($public));
        self::assertSame(2048, openssl_pkey_get_details(openssl_pkey_get_public($public))['bits']);
        $stored = (string) Capsule::table('mod_trustocean_settings')->where('name', self::PRIVATE_KEY)->value('value');
        self::assertStringNotContainsString('PRIVATE KEY', $stored);
        $privatePem = (string) decrypt($stored);
        self::assertStringNotContainsString(explode("\n", trim($privatePem))[1], $page->body, 'the private key is never shown');
        $private = openssl_pkey_get_private($privatePem);
        self::assertNotFalse($private);
        self::assertSame(trim($public), trim(openssl_pkey_get_details($private)['key']), 'the pair belongs together');
    }

    public function testALegacyKeySizeCanBeChosenAndOthersAreRefused(): void
    {
        $admin = self::standIn()->admin();
        $token = $admin->get(self::PAGE)->token();

        $legacy = $admin->post(self::PAGE, ['token' => $token, 'push_action' => 'generate', 'bits' => '1024']);
        $odd = $admin->post(self::PAGE, ['token' => $token, 'push_action' => 'generate', 'bits' => '1536']);

        self::assertStringContainsString('1024-bit', (string) $legacy->value('//*[@id="push-key-status"]'));
        self::assertStringContainsString('Choose one of the key sizes offered', $odd->errors());
        self::assertStringContainsString('1024-bit', (string) $odd->value('//*[@id="push-key-status"]'), 'nothing changed');
    }

    public function testImportingAKeyKeepsItsPublicKeyAndJunkChangesNothing(): void
    {
        $key = openssl_pkey_new(['private_key_bits' => 1024, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
        openssl_pkey_export($key, $pem);
        $admin = self::standIn()->admin();
        $token = $admin->get(self::PAGE)->token();

        $imported = $admin->post(self::PAGE, ['token' => $token, 'push_action' => 'import', 'private_key' => $pem]);
        $storedAfterImport = Capsule::table('mod_trustocean_settings')->where('name', self::PRIVATE_KEY)->value('value');
        $junk = $admin->post(self::PAGE, ['token' => $token, 'push_action' => 'import', 'private_key' => "-----BEGIN PRIVATE KEY-----\n<script>alert(1)</script>\n-----END PRIVATE KEY-----"]);

        self::assertStringContainsString('imported', implode(' ', $imported->alerts('success')));
        self::assertSame(trim(openssl_pkey_get_details($key)['key']), trim((string) $imported->value('//textarea[@id="push-public-key"]')));
        self::assertStringContainsString('nothing was changed', $junk->errors());
        self::assertStringNotContainsString('<script>alert(1)</script>', $junk->body);
        self::assertSame($storedAfterImport, Capsule::table('mod_trustocean_settings')->where('name', self::PRIVATE_KEY)->value('value'));
        self::assertStringNotContainsString(explode("\n", trim($pem))[1], $imported->body . $junk->body);
    }

    public function testAPostWithoutTheTokenChangesNothing(): void
    {
        $admin = self::standIn()->admin();
        $admin->get(self::PAGE);
        $before = Capsule::table('mod_trustocean_settings')->where('name', self::PRIVATE_KEY)->value('value');

        $page = $admin->post(self::PAGE, ['push_action' => 'generate', 'bits' => '2048']);

        self::assertNotSame(200, $page->status);
        self::assertSame($before, Capsule::table('mod_trustocean_settings')->where('name', self::PRIVATE_KEY)->value('value'));
    }

    public function testThePageSpeaksChinese(): void
    {
        $admin = self::standIn()->admin();
        $admin->get(self::PAGE . '&language=chinese');

        $page = $admin->get(self::PAGE);

        self::assertStringContainsString('推送通知', $page->text());
        self::assertStringContainsString('推送地址', $page->text());
    }
}
