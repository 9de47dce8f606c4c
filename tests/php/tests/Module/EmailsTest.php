<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use TrustOcean\Whmcs\Mail\MailTemplate;
use WHMCS\Database\Capsule;

/**
 * The module's e-mails: four product templates in English and Chinese created with the tables,
 * left alone once an admin edits them; the configuration e-mail on a new order, the issuance
 * e-mail with the certificate, each naming the service and the primary domain, in the client's
 * language, with merge fields escaped and no key.
 */
final class EmailsTest extends ModuleTestCase
{
    public function testEveryTemplateExistsInBothLanguagesAsAProductTemplate(): void
    {
        self::standIn()->order('dv_single');

        foreach (MailTemplate::cases() as $template) {
            foreach (['', 'chinese'] as $language) {
                $row = Capsule::table('tblemailtemplates')->where('name', $template->value)->where('language', $language)->first();
                self::assertNotNull($row, "{$template->value} ({$language})");
                self::assertSame('product', $row->type);
                self::assertStringContainsString('{$service_id}', $row->subject, 'names the service');
                self::assertStringContainsString('{$ssl_manage_url}', $row->message);
            }
        }
    }

    public function testANewOrderAsksTheCustomerToConfigureItInTheirLanguage(): void
    {
        $english = self::standIn()->order('dv_single');
        $chinese = self::standIn()->order('dv_single', 1);

        $englishMail = self::lastMail($english);
        $chineseMail = self::lastMail($chinese);
        self::assertStringContainsString("[#{$english}] Configure your SSL certificate", $englishMail->subject);
        self::assertStringContainsString("clientarea.php?action=productdetails&amp;id={$english}", $englishMail->message);
        self::assertStringContainsString("[#{$chinese}] 请配置您的", $chineseMail->subject);
        self::assertStringContainsString('尊敬的', $chineseMail->message);
    }

    public function testTheIssuanceMailCarriesTheCertificateAndNamesTheDomain(): void
    {
        [$serviceId, $customer] = self::orderIssued('dv_single', [$name = self::names(1)[0]]);
        unset($customer);

        $mail = self::lastMail($serviceId);

        self::assertSame("[#{$serviceId}] Your SSL certificate for {$name} has been issued", $mail->subject);
        self::assertStringContainsString('-----BEGIN CERTIFICATE-----', $mail->message);
        self::assertStringContainsString('valid from', $mail->message);
        self::assertStringNotContainsString('PRIVATE KEY', $mail->message);
    }

    public function testAnEditedTemplateSurvivesTheMigrationsRunningAgain(): void
    {
        self::standIn()->order('dv_single');
        $template = Capsule::table('tblemailtemplates')->where('name', MailTemplate::Issued->value)->where('language', '');
        $original = (string) (clone $template)->value('subject');
        (clone $template)->update(['subject' => 'Edited by the admin']);
        Capsule::table('mod_trustocean_migrations')->where('version', 5)->delete();

        try {
            self::standIn()->order('dv_single');

            self::assertSame('Edited by the admin', (clone $template)->value('subject'));
            self::assertSame(1, (clone $template)->count());
        } finally {
            (clone $template)->update(['subject' => $original]);
        }
    }

    private static function lastMail(int $serviceId): object
    {
        $clientId = (int) Capsule::table('tblhosting')->where('id', $serviceId)->value('userid');
        $mail = Capsule::table('tblemails')->where('userid', $clientId)->where('subject', 'like', "[#{$serviceId}]%")->orderByDesc('id')->first();
        self::assertNotNull($mail, "no e-mail about service {$serviceId}");
        return $mail;
    }
}
