<?php

declare(strict_types=1);

namespace TrustOcean\Bench\Sync;

/**
 * The baseline: the status sync a careful plain-PHP module does, one order after another over
 * one kept-alive cURL handle; `getSSLDetails`, then, for a newly issued certificate, its dates
 * and serial from `openssl_x509_parse` and every name marked verified.
 */
final class PlainSync
{
    public function __construct(
        private readonly string $apiBase,
        private readonly string $username,
        #[\SensitiveParameter] private readonly string $token
    ) {
    }

    /**
     * @param list<array<string, mixed>> $orders stored records
     *
     * @return list<array<string, mixed>> the records as they are after the sync
     */
    public function run(array $orders): array
    {
        $curl = curl_init();
        curl_setopt_array($curl, [
            CURLOPT_POST => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TCP_KEEPALIVE => 1,
            CURLOPT_CONNECTTIMEOUT => 10,
            CURLOPT_TIMEOUT => 60,
            CURLOPT_HTTPHEADER => ['Expect:'],
        ]);

        $synced = [];
        foreach ($orders as $order) {
            curl_setopt($curl, CURLOPT_URL, $this->apiBase . '/getSSLDetails');
            curl_setopt($curl, CURLOPT_POSTFIELDS, http_build_query([
                'username' => $this->username,
                'password' => $this->token,
                'trustocean_id' => $order['trustocean_id'],
            ]));
            $answer = json_decode((string) curl_exec($curl), true);
            $synced[] = is_array($answer) && ($answer['status'] ?? '') === 'success'
                ? self::apply($order, $answer)
                : $order + ['error' => is_array($answer) ? (string) ($answer['message'] ?? 'error') : 'no answer'];
        }
        curl_close($curl);
        return $synced;
    }

    /**
     * @param array<string, mixed> $order
     * @param array<string, mixed> $details
     *
     * @return array<string, mixed>
     */
    private static function apply(array $order, array $details): array
    {
        $order['remote_status'] = (string) $details['cert_status'];
        if ($details['cert_status'] !== 'issued_active' || $order['state'] !== 'validating') {
            return $order;
        }
        $certificate = openssl_x509_parse((string) $details['cert_code']);
        if ($certificate === false) {
            return $order;
        }
        $order['state'] = 'issued';
        $order['certificate'] = trim((string) $details['cert_code']) . "\n";
        $order['chain'] = trim((string) $details['ca_code']) . "\n";
        $order['valid_from'] = (int) $certificate['validFrom_time_t'];
        $order['valid_to'] = (int) $certificate['validTo_time_t'];
        $order['serial'] = strtoupper((string) $certificate['serialNumberHex']);
        foreach ($order['dcv'] as $domain => $choice) {
            $order['dcv'][$domain]['status'] = 'verified';
        }
        return $order;
    }
}
