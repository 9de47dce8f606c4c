<?php

declare(strict_types=1);

namespace WhmcsStandIn\Mail;

use WHMCS\Database\Capsule;
use WhmcsStandIn\View\SmartyFactory;

/**
 * The merge fields of an e-mail (client_*, service_*, company_name, whmcs_url, signature) and
 * their Smarty rendering, escaped for HTML as WHMCS escapes merge fields in HTML templates.
 */
final class MergeFields
{
    /**
     * The fields for a template type and its related id; null when the related record is missing.
     *
     * @return array<string, mixed>|null
     */
    public static function for(string $type, int $relatedId): ?array
    {
        $service = null;
        if ($type === 'product') {
            $service = Capsule::table('tblhosting')->where('id', $relatedId)->first();
            if ($service === null) {
                return null;
            }
            $clientId = (int) $service->userid;
        } else {
            $clientId = $relatedId;
        }
        $client = Capsule::table('tblclients')->where('id', $clientId)->first();
        if ($client === null) {
            return null;
        }

        $fields = self::general() + [
            'client_id' => (int) $client->id,
            'client_name' => trim($client->firstname . ' ' . $client->lastname),
            'client_first_name' => (string) $client->firstname,
            'client_last_name' => (string) $client->lastname,
            'client_company_name' => (string) $client->companyname,
            'client_email' => (string) $client->email,
            'client_language' => (string) $client->language,
        ];
        if ($service !== null) {
            $fields += [
                'service_id' => (int) $service->id,
                'service_product_name' => (string) Capsule::table('tblproducts')->where('id', $service->packageid)->value('name'),
                'service_domain' => (string) $service->domain,
                'service_status' => (string) $service->domainstatus,
                'service_billing_cycle' => (string) $service->billingcycle,
                'service_next_due_date' => (string) $service->nextduedate,
            ];
        }
        return $fields;
    }

    /** @param array<string, mixed> $vars */
    public static function render(string $template, array $vars): string
    {
        $smarty = SmartyFactory::create();
        $smarty->escape_html = true;
        $smarty->assign($vars);
        return $smarty->fetch('string:' . $template);
    }

    /** @return array<string, string> */
    private static function general(): array
    {
        $setting = static fn (string $name): string => (string) Capsule::table('tblconfiguration')->where('setting', $name)->value('value');
        return [
            'company_name' => $setting('CompanyName'),
            'whmcs_url' => rtrim($setting('SystemURL'), '/') . '/',
            'signature' => $setting('Signature'),
        ];
    }
}
