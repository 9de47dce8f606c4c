<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Logging\ModuleLog;

/**
 * The stand-in's logging functions as WHMCS defines them: logModuleCall() writes to
 * tblmodulelog only while module logging is on, stores arrays as print_r() text and masks every
 * value of $replaceVars (also urlencoded and JSON-escaped) in the request, the response and the
 * processed data; logActivity() and localAPI('LogActivity') write tblactivitylog with the
 * description, the client and who acted.
 */
final class StandInLoggingTest extends ModuleTestCase
{
    /** @var array<string, mixed>|null */
    private ?array $savedSession = null;

    protected function setUp(): void
    {
        self::standIn();
        $this->savedSession = $_SESSION ?? null;
        $_SESSION = [];
    }

    protected function tearDown(): void
    {
        $_SESSION = $this->savedSession ?? [];
        // Other tests read the module log: it must be on whatever happened here.
        ModuleLog::enable();
    }

    public function testModuleCallsAreLoggedOnlyWhileModuleLoggingIsOn(): void
    {
        $action = self::uniqueAction('off');
        ModuleLog::enable(false);
        self::assertFalse(ModuleLog::isEnabled());
        logModuleCall('standintest', $action, 'request while off', 'response while off', 'processed while off');
        self::assertSame(0, Capsule::table('tblmodulelog')->where('action', $action)->count(), 'nothing is written while logging is off');

        ModuleLog::enable();
        self::assertTrue(ModuleLog::isEnabled());
        self::assertSame('on', Capsule::table('tblconfiguration')->where('setting', 'ModuleDebugMode')->value('value'));
        logModuleCall('standintest', $action, 'request while on', 'response while on', 'processed while on');
        $rows = Capsule::table('tblmodulelog')->where('action', $action)->get()->all();
        self::assertCount(1, $rows);
        self::assertSame('standintest', $rows[0]->module);
        self::assertSame('request while on', $rows[0]->request);
        self::assertSame('response while on', $rows[0]->response);
        self::assertSame('processed while on', $rows[0]->arrdata);
        self::assertNotEmpty($rows[0]->date);
    }

    public function testArraysAreStoredAsPrintRText(): void
    {
        $action = self::uniqueAction('arrays');
        $request = ['action' => 'getOrderStatus', 'params' => ['trustocean_id' => 42, 'names' => ['a.example.com', 'b.example.com']]];
        $response = ['status' => 'success', 'cert_status' => 'issued_active'];
        $processed = [['step' => 1], ['step' => 2]];

        logModuleCall('standintest', $action, $request, $response, $processed);

        $row = self::row($action);
        self::assertSame(print_r($request, true), $row->request);
        self::assertSame(print_r($response, true), $row->response);
        self::assertSame(print_r($processed, true), $row->arrdata);
        self::assertStringContainsString('[trustocean_id] => 42', $row->request);
    }

    public function testEveryReplaceVarIsMaskedInRequestResponseAndProcessedData(): void
    {
        $action = self::uniqueAction('mask');
        $token = 'tok/en+"secret"&é 1';
        $username = 'api-user-7f3a';
        $request = 'username=' . urlencode($username) . '&token=' . urlencode($token) . '&raw=' . rawurlencode($token) . '&plain=' . $token;
        $response = json_encode(['token' => $token, 'user' => $username]) . "\n"
            . json_encode(['token' => $token], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        $processed = ['token' => $token, 'nested' => ['user' => $username, 'note' => 'keep me']];

        logModuleCall('standintest', $action, $request, $response, $processed, [$token, $username]);

        $row = self::row($action);
        $forms = [
            'plain' => $token,
            'urlencoded' => urlencode($token),
            'rawurlencoded' => rawurlencode($token),
            'JSON-escaped' => substr((string) json_encode($token), 1, -1),
            'JSON-escaped (unescaped slashes and unicode)' => substr((string) json_encode($token, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), 1, -1),
            'the username' => $username,
        ];
        foreach (['request' => $row->request, 'response' => $row->response, 'processed data' => $row->arrdata] as $column => $text) {
            foreach ($forms as $form => $secret) {
                self::assertStringNotContainsString($secret, $text, "{$form} in the {$column}");
            }
            self::assertStringContainsString(ModuleLog::MASK, $text, "the {$column} shows where the secret was");
        }
        self::assertStringStartsWith('username=' . ModuleLog::MASK . '&token=' . ModuleLog::MASK, $row->request);
        self::assertStringContainsString('keep me', $row->arrdata, 'what is not secret stays readable');
        self::assertStringContainsString('[token] => ' . ModuleLog::MASK, $row->arrdata);
    }

    public function testNumericReplaceVarsAreMaskedAndEmptyOnesAreIgnored(): void
    {
        $action = self::uniqueAction('empty');
        logModuleCall('standintest', $action, 'pin=918273 and nothing else', ['answer' => 'unchanged text'], 'processed text', ['', 918273, null, []]);

        $row = self::row($action);
        self::assertSame('pin=' . ModuleLog::MASK . ' and nothing else', $row->request);
        self::assertSame(print_r(['answer' => 'unchanged text'], true), $row->response, 'an empty replace var masks nothing');
        self::assertSame('processed text', $row->arrdata);
    }

    public function testLogActivityRecordsTheDescriptionAndTheClient(): void
    {
        $clientId = self::standIn()->seed->clients[2]['id'];
        $description = 'Stand-in test activity ' . bin2hex(random_bytes(4));

        logActivity($description, $clientId);

        $row = Capsule::table('tblactivitylog')->where('description', $description)->first();
        self::assertNotNull($row);
        self::assertSame($clientId, (int) $row->userid);
        self::assertSame('System', $row->user, 'no one is logged in: the system acted');
        self::assertSame(0, (int) $row->admin_id);
        self::assertNotEmpty($row->date);
    }

    public function testLogActivityNamesTheLoggedInAdminOrClient(): void
    {
        $clientId = self::standIn()->seed->clients[0]['id'];
        $asAdmin = 'Stand-in admin activity ' . bin2hex(random_bytes(4));
        $_SESSION = ['adminid' => 1, 'adminusername' => 'admin'];
        logActivity($asAdmin, $clientId);
        $row = Capsule::table('tblactivitylog')->where('description', $asAdmin)->first();
        self::assertSame('admin', $row->user);
        self::assertSame(1, (int) $row->admin_id);

        $asClient = 'Stand-in client activity ' . bin2hex(random_bytes(4));
        $_SESSION = ['uid' => $clientId, 'userid' => 5];
        logActivity($asClient, $clientId);
        $row = Capsule::table('tblactivitylog')->where('description', $asClient)->first();
        self::assertSame('Client', $row->user);
        self::assertSame(5, (int) $row->user_id);
    }

    public function testLocalApiLogActivityWritesTheActivityLog(): void
    {
        $clientId = self::standIn()->seed->clients[1]['id'];
        $description = 'Stand-in API activity ' . bin2hex(random_bytes(4));

        $result = localAPI('LogActivity', ['description' => $description, 'clientid' => $clientId]);

        self::assertSame('success', $result['result']);
        $rows = Capsule::table('tblactivitylog')->where('description', $description)->get()->all();
        self::assertCount(1, $rows);
        self::assertSame($clientId, (int) $rows[0]->userid);

        $older = $description . ' (userid)';
        self::assertSame('success', localAPI('LogActivity', ['description' => $older, 'userid' => $clientId])['result']);
        self::assertSame($clientId, (int) Capsule::table('tblactivitylog')->where('description', $older)->value('userid'));
    }

    public function testLocalApiLogActivityWithoutADescriptionIsAnError(): void
    {
        $before = Capsule::table('tblactivitylog')->count();

        foreach ([[], ['description' => ''], ['description' => '   ', 'clientid' => 1]] as $values) {
            $result = localAPI('LogActivity', $values);
            self::assertSame('error', $result['result'], json_encode($values));
            self::assertNotSame('', (string) ($result['message'] ?? ''), 'an error says why');
        }
        self::assertSame($before, Capsule::table('tblactivitylog')->count(), 'nothing was logged');
    }

    private static function uniqueAction(string $label): string
    {
        return 'standin_' . $label . '_' . bin2hex(random_bytes(6));
    }

    private static function row(string $action): object
    {
        $rows = Capsule::table('tblmodulelog')->where('action', $action)->get()->all();
        self::assertCount(1, $rows, "one log entry for {$action}");
        return $rows[0];
    }
}
