<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support;

use TrustOcean\Client;

/**
 * Builds real orders against the sandbox.
 */
final class Orders
{
    /** TrustOcean DV Multi-Domain SSL: 3 to 250 domains, Annually available. */
    public const MULTI_DOMAIN_PID = 47;

    /** TrustOcean DV SSL: one domain. */
    public const SINGLE_DOMAIN_PID = 46;

    /**
     * Distinct host names under a fresh label of example.com, so tests never share domains.
     *
     * @return non-empty-list<string>
     */
    public static function domains(int $count): array
    {
        $label = 'to' . bin2hex(random_bytes(4));
        $hosts = ['www', 'api', 'shop', 'mail', 'cdn', 'blog'];
        $domains = [];
        for ($i = 0; $i < $count; $i++) {
            $suffix = $i >= count($hosts) ? (string) $i : '';
            $domains[] = $hosts[$i % count($hosts)] . $suffix . ".{$label}.example.com";
        }
        return $domains;
    }

    /**
     * The parameters of addSSLOrder for the given domains, one DCV method per domain.
     *
     * @param non-empty-list<string> $domains
     * @param list<string>           $dcvMethods Defaults to "http" for every domain.
     *
     * @return array<string, mixed>
     */
    public static function addParams(
        Client $client,
        array $domains,
        Csr $csr,
        int $pid = self::MULTI_DOMAIN_PID,
        array $dcvMethods = []
    ): array {
        return [
            'pid' => $pid,
            'csr_code' => $csr->csrPem,
            'period' => 'Annually',
            'domains' => $domains,
            'dcv_method' => $dcvMethods === [] ? array_fill(0, count($domains), 'http') : $dcvMethods,
            'unique_id' => self::uniqueId($client),
            'contact_email' => 'ssl-admin@example.com',
            'callback' => 'https://billing.example.com/modules/servers/TRUSTOCEANSSL/TrustOceanEventsPush.php',
            'renew' => 'no',
        ];
    }

    /**
     * Places an order and returns addSSLOrder's answer.
     *
     * @param non-empty-list<string> $domains
     *
     * @return array<string, mixed>
     */
    public static function place(Client $client, array $domains, int $pid = self::MULTI_DOMAIN_PID): array
    {
        return $client->addSSLOrder(self::addParams($client, $domains, Csr::create($domains), $pid));
    }

    public static function uniqueId(Client $client): string
    {
        $answer = $client->createNewUniqueId();
        return (string) $answer['unique_id'];
    }
}
