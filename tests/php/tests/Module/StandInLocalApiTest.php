<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ServiceOptions;

/**
 * localAPI() as WHMCS answers it: `result` "success" or "error" with a `message`, command names
 * matched case-insensitively, GetClientsProducts in WHMCS's nested shape, UpdateClientProduct
 * with base64(serialize()) configurable options, and SendEmail rendering templates (with their
 * translations) and custom messages into the outbox with merged, HTML-escaped fields.
 */
final class StandInLocalApiTest extends ModuleTestCase
{
    public function testAnUnknownCommandIsCommandNotFound(): void
    {
        self::standIn();
        self::assertSame(['result' => 'error', 'message' => 'Command Not Found'], localAPI('NoSuchStandInCommand', []));
        self::assertSame(['result' => 'error', 'message' => 'Command Not Found'], localAPI('', []));
    }

    public function testCommandNamesAreMatchedCaseInsensitively(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $expected = localAPI('GetClientsProducts', ['serviceid' => $serviceId]);
        self::assertSame('success', $expected['result']);
        self::assertSame($expected, localAPI('getclientsproducts', ['serviceid' => $serviceId]));
        self::assertSame($expected, localAPI('GETCLIENTSPRODUCTS', ['serviceid' => $serviceId]));
    }

    public function testGetClientsProductsAnswersInWhmcsShapeWithTheQuantityOption(): void
    {
        $serviceId = self::standIn()->order('dv_multi_ip');
        $product = self::standIn()->seed->products['dv_multi_ip'];
        $clientId = self::standIn()->seed->clients[0]['id'];
        $optionId = ServiceOptions::optionId($product['id'], 'DomainCount');
        self::assertNotNull($optionId);

        $result = localAPI('GetClientsProducts', ['serviceid' => $serviceId]);

        self::assertSame('success', $result['result']);
        self::assertSame(1, $result['totalresults']);
        self::assertSame(1, $result['numreturned']);
        self::assertCount(1, $result['products']['product']);
        $service = $result['products']['product'][0];
        $row = Capsule::table('tblhosting')->where('id', $serviceId)->first();
        self::assertSame($serviceId, $service['id']);
        self::assertSame($clientId, $service['clientid']);
        self::assertSame($product['id'], $service['pid']);
        self::assertSame((string) $row->domain, $service['domain']);
        self::assertSame('Active', $service['status']);
        self::assertSame('Annually', $service['billingcycle']);
        self::assertSame($product['name'], $service['name']);
        self::assertSame(self::standIn()->seed->serverId, $service['serverid']);

        $options = $service['configoptions']['configoption'];
        self::assertSame(array_values($options), $options, 'a list, as WHMCS gives it');
        self::assertCount(1, $options);
        self::assertSame(['id', 'option', 'type', 'value'], array_keys($options[0]));
        self::assertSame($optionId, $options[0]['id']);
        self::assertSame('DomainCount', $options[0]['option'], 'the name before the "|" label');
        self::assertSame('quantity', $options[0]['type']);
        self::assertSame(3, (int) $options[0]['value'], 'the seed orders it with 3 domains');
        self::assertSame(['customfield' => []], $service['customfields']);
    }

    public function testGetClientsProductsFiltersByClient(): void
    {
        $clientId = self::standIn()->seed->clients[2]['id'];
        $first = self::standIn()->order('dv_single', 2);
        $second = self::standIn()->order('dv_wildcard', 2);

        $result = localAPI('GetClientsProducts', ['clientid' => $clientId, 'limitnum' => 1000]);

        self::assertSame('success', $result['result']);
        $ids = array_column($result['products']['product'], 'id');
        self::assertContains($first, $ids);
        self::assertContains($second, $ids);
        self::assertSame([$clientId], array_values(array_unique(array_column($result['products']['product'], 'clientid'))));
        self::assertSame(count($ids), $result['totalresults']);

        $none = localAPI('GetClientsProducts', ['serviceid' => 987654321]);
        self::assertSame('success', $none['result']);
        self::assertSame(0, $none['totalresults']);
        self::assertSame([], $none['products']['product']);
    }

    public function testUpdateClientProductChangesDomainStatusAndQuantity(): void
    {
        $serviceId = self::standIn()->order('dv_multi_ip');
        $optionId = (int) ServiceOptions::optionId(self::standIn()->seed->products['dv_multi_ip']['id'], 'DomainCount');
        $domain = 'updated-' . bin2hex(random_bytes(4)) . '.example.com';

        $result = localAPI('UpdateClientProduct', [
            'serviceid' => $serviceId,
            'domain' => $domain,
            'status' => 'Suspended',
            'configoptions' => base64_encode(serialize([$optionId => 7])),
        ]);

        self::assertSame(['result' => 'success', 'serviceid' => $serviceId], $result);
        $row = Capsule::table('tblhosting')->where('id', $serviceId)->first();
        self::assertSame($domain, $row->domain);
        self::assertSame('Suspended', $row->domainstatus);
        self::assertSame(7, (int) Capsule::table('tblhostingconfigoptions')->where('relid', $serviceId)->where('configid', $optionId)->value('qty'));
        self::assertSame(1, Capsule::table('tblhostingconfigoptions')->where('relid', $serviceId)->where('configid', $optionId)->count(), 'the option is updated, not added twice');

        $service = localAPI('GetClientsProducts', ['serviceid' => $serviceId])['products']['product'][0];
        self::assertSame($domain, $service['domain']);
        self::assertSame('Suspended', $service['status']);
        self::assertSame(7, (int) $service['configoptions']['configoption'][0]['value']);
    }

    public function testUpdateClientProductRefusesAnUnknownService(): void
    {
        self::standIn();
        self::assertSame(['result' => 'error', 'message' => 'Service ID Not Found'], localAPI('UpdateClientProduct', ['serviceid' => 987654321, 'domain' => 'x.example.com']));
        self::assertSame(['result' => 'error', 'message' => 'Service ID Not Found'], localAPI('UpdateClientProduct', ['domain' => 'x.example.com']));
        self::assertSame(0, Capsule::table('tblhosting')->where('domain', 'x.example.com')->count());
    }

    public function testUpdateClientProductRefusesMalformedConfigOptionsAndChangesNothing(): void
    {
        $serviceId = self::standIn()->order('dv_multi_ip');
        $optionId = (int) ServiceOptions::optionId(self::standIn()->seed->products['dv_multi_ip']['id'], 'DomainCount');
        $before = (array) Capsule::table('tblhosting')->where('id', $serviceId)->first();

        foreach (['not base64 at all!', base64_encode('not serialized'), base64_encode(serialize('a string, not an array'))] as $malformed) {
            $result = localAPI('UpdateClientProduct', ['serviceid' => $serviceId, 'domain' => 'refused.example.com', 'configoptions' => $malformed]);
            self::assertSame('error', $result['result'], $malformed);
            self::assertStringContainsString('configoptions', (string) $result['message']);
        }

        self::assertSame($before, (array) Capsule::table('tblhosting')->where('id', $serviceId)->first(), 'a refused call changes nothing');
        self::assertSame(3, (int) Capsule::table('tblhostingconfigoptions')->where('relid', $serviceId)->where('configid', $optionId)->value('qty'));
    }

    public function testSendEmailMergesATemplateWithCustomVarsAndEscapesHtml(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $client = self::standIn()->seed->clients[0];
        $domain = 'mail-' . bin2hex(random_bytes(4)) . '.example.com';
        Capsule::table('tblhosting')->where('id', $serviceId)->update(['domain' => $domain]);
        $name = self::template();
        $lastId = (int) Capsule::table('tblemails')->max('id');

        $result = localAPI('SendEmail', [
            'messagename' => $name,
            'id' => $serviceId,
            'customvars' => base64_encode(serialize(['ssl_note' => 'R&D <team> "quoted"'])),
        ]);

        self::assertSame(['result' => 'success'], $result);
        $mail = self::onlyMailSince($lastId);
        self::assertSame($client['id'], (int) $mail->userid);
        self::assertSame($client['email'], $mail->to);
        self::assertSame("Certificate for {$domain}", $mail->subject);
        self::assertStringContainsString('<p>Dear Alice Walker,</p>', $mail->message, 'the template markup stays, the client name is merged');
        self::assertStringContainsString("<p>Your service {$domain} is ready.</p>", $mail->message);
        self::assertStringContainsString('R&amp;D &lt;team&gt; &quot;quoted&quot;', $mail->message, 'merge fields are HTML-escaped');
        self::assertStringNotContainsString('<team>', $mail->message);
        self::assertStringNotContainsString('{$', $mail->message, 'every merge field was replaced');
    }

    public function testSendEmailUsesTheTranslationInTheClientsLanguage(): void
    {
        $serviceId = self::standIn()->order('dv_single', 1);
        $client = self::standIn()->seed->clients[1];
        self::assertSame('chinese', $client['language']);
        $domain = 'zh-' . bin2hex(random_bytes(4)) . '.example.cn';
        Capsule::table('tblhosting')->where('id', $serviceId)->update(['domain' => $domain]);
        $name = self::template();
        $lastId = (int) Capsule::table('tblemails')->max('id');

        $result = localAPI('SendEmail', ['messagename' => $name, 'id' => $serviceId, 'customvars' => ['ssl_note' => '请尽快验证 <域名>']]);

        self::assertSame(['result' => 'success'], $result);
        $mail = self::onlyMailSince($lastId);
        self::assertSame($client['id'], (int) $mail->userid);
        self::assertSame("{$domain} 的证书", $mail->subject);
        self::assertStringContainsString('<p>伟 王，您好：</p>', $mail->message);
        self::assertStringContainsString("<p>您的服务 {$domain} 已就绪。</p>", $mail->message);
        self::assertStringContainsString('请尽快验证 &lt;域名&gt;', $mail->message);
        self::assertStringNotContainsString('Dear', $mail->message, 'not the English template');
    }

    public function testSendEmailSendsACustomMessage(): void
    {
        $serviceId = self::standIn()->order('dv_single', 2);
        $client = self::standIn()->seed->clients[2];
        $lastId = (int) Capsule::table('tblemails')->max('id');
        $subject = 'Custom notice ' . bin2hex(random_bytes(4));

        $result = localAPI('SendEmail', [
            'customtype' => 'product',
            'customsubject' => $subject,
            'custommessage' => '<p>Hello {$client_first_name}, service #{$service_id} of {$company_name}: {$note}</p>',
            'id' => $serviceId,
            'customvars' => base64_encode(serialize(['note' => 'a < b'])),
        ]);

        self::assertSame(['result' => 'success'], $result);
        $mail = self::onlyMailSince($lastId);
        self::assertSame($client['id'], (int) $mail->userid);
        self::assertSame($client['email'], $mail->to);
        self::assertSame($subject, $mail->subject);
        self::assertSame("<p>Hello Bob, service #{$serviceId} of Demo Hosting: a &lt; b</p>", $mail->message);
        $lastId = (int) $mail->id;

        $general = localAPI('SendEmail', ['customtype' => 'general', 'customsubject' => $subject . ' (general)', 'custommessage' => 'Hi {$client_name}', 'id' => $client['id']]);
        self::assertSame(['result' => 'success'], $general);
        self::assertSame('Hi Bob Stone', self::onlyMailSince($lastId)->message);
    }

    public function testSendEmailRefusesAnUnknownTemplateOrAMissingService(): void
    {
        $serviceId = self::standIn()->order('dv_single');
        $lastId = (int) Capsule::table('tblemails')->max('id');

        $unknown = localAPI('SendEmail', ['messagename' => 'No Such Stand-in Template ' . bin2hex(random_bytes(4)), 'id' => $serviceId]);
        self::assertSame('error', $unknown['result']);
        self::assertSame('Email Template not found', $unknown['message']);

        $missingService = localAPI('SendEmail', ['messagename' => self::template(), 'id' => 987654321]);
        self::assertSame(['result' => 'error', 'message' => 'Service ID Not Found'], $missingService);

        $incomplete = localAPI('SendEmail', ['customtype' => 'product', 'custommessage' => 'no subject', 'id' => $serviceId]);
        self::assertSame('error', $incomplete['result']);

        self::assertSame($lastId, (int) Capsule::table('tblemails')->max('id'), 'nothing was sent');
    }

    /** A product template of its own, in English and Chinese; returns its name. */
    private static function template(): string
    {
        $name = 'Stand-in Test Template ' . bin2hex(random_bytes(4));
        Capsule::table('tblemailtemplates')->insert([
            'type' => 'product',
            'name' => $name,
            'subject' => 'Certificate for {$service_domain}',
            'message' => '<p>Dear {$client_name},</p><p>Your service {$service_domain} is ready.</p><p>{$ssl_note}</p>',
            'language' => '',
        ]);
        Capsule::table('tblemailtemplates')->insert([
            'type' => 'product',
            'name' => $name,
            'subject' => '{$service_domain} 的证书',
            'message' => '<p>{$client_name}，您好：</p><p>您的服务 {$service_domain} 已就绪。</p><p>{$ssl_note}</p>',
            'language' => 'chinese',
        ]);
        return $name;
    }

    private static function onlyMailSince(int $lastId): object
    {
        $mails = Capsule::table('tblemails')->where('id', '>', $lastId)->orderBy('id')->get()->all();
        self::assertCount(1, $mails, 'one message in the outbox');
        return $mails[0];
    }
}
