<?php

/**
 * Demo: order a certificate from a TrustOcean sandbox through the trustocean extension.
 *
 * Start a sandbox, then run this script with the extension loaded, from the repository root:
 *
 *     target/release/trustocean-sandbox --listen 127.0.0.1:8089 &
 *     php -d extension=$PWD/target/release/libtrustocean.so tests/demo/place-order.php http://127.0.0.1:8089
 *
 * The sandbox URL comes from the first argument or TRUSTOCEAN_SANDBOX_URL (default
 * http://127.0.0.1:8089); credentials from TRUSTOCEAN_USERNAME / TRUSTOCEAN_TOKEN (default: the
 * sandbox's demo@sandbox.test / sandbox-token). The script makes a key and CSR, reserves a unique
 * id, places an order, shows the DCV instructions of one domain, polls until the certificate is
 * issued_active (the sandbox approves orders by itself after a few seconds), and prints the
 * certificate's subject and SANs. The private key stays in memory and is never printed.
 */

declare(strict_types=1);

use TrustOcean\Client;
use TrustOcean\Exception as TrustOceanException;

const POLL_INTERVAL_SECONDS = 1;
const POLL_LIMIT_SECONDS = 60;

/**
 * @param list<string> $argv
 */
function main(array $argv): int
{
    if (!extension_loaded('trustocean')) {
        fwrite(STDERR, "The trustocean extension is not loaded. Run:\n"
            . "  php -d extension=\$PWD/target/release/libtrustocean.so tests/demo/place-order.php [SANDBOX_URL]\n");
        return 2;
    }
    $url = $argv[1] ?? (getenv('TRUSTOCEAN_SANDBOX_URL') ?: 'http://127.0.0.1:8089');
    $username = getenv('TRUSTOCEAN_USERNAME') ?: 'demo@sandbox.test';
    $token = getenv('TRUSTOCEAN_TOKEN') ?: 'sandbox-token';

    $label = 'demo' . bin2hex(random_bytes(3));
    $domains = ["www.{$label}.example.com", "shop.{$label}.example.com", "api.{$label}.example.com"];

    try {
        $client = new Client($username, $token, $url, 5, 30);
        step("Connecting to {$client->endpoint()} as {$client->username()}");
        $client->ping();
        $credit = $client->getProfileInfo()['credit'] ?? '?';
        say("connected, reseller credit: {$credit}");

        step('Creating a 2048-bit RSA key and a SHA-256 CSR');
        $csr = makeCsr($domains);
        say('CSR for ' . implode(', ', $domains) . ' (the private key stays in this process)');

        step('Reserving a unique id');
        $uniqueId = (string) $client->createNewUniqueId()['unique_id'];
        say("unique id: {$uniqueId}");

        step('Placing the order (TrustOcean DV Multi-Domain SSL, Annually)');
        $order = $client->addSSLOrder([
            'pid' => 47,
            'csr_code' => $csr,
            'period' => 'Annually',
            'domains' => $domains,
            'dcv_method' => ['dns', 'http', 'http'],
            'unique_id' => $uniqueId,
            'contact_email' => 'ssl-admin@example.com',
            'callback' => 'https://billing.example.com/modules/servers/TRUSTOCEANSSL/TrustOceanEventsPush.php',
            'renew' => 'no',
        ]);
        $id = (int) $order['trustocean_id'];
        say("order id (trustocean_id): {$id}, status: {$order['cert_status']}");

        step("Domain validation for {$domains[0]} (DNS)");
        $dcv = $order['dcv_info'][$domains[0]];
        say("add this DNS record, then wait for the CA to see it:");
        say("  {$dcv['dns_host']}.{$dcv['topdomain']}  {$dcv['dns_type']}  {$dcv['dns_value']}");
        $http = $order['dcv_info'][$domains[1]];
        say("{$domains[1]} validates over HTTP: serve {$http['http_verifylink']}");

        step('Waiting for issuance');
        $status = waitUntilIssued($client, $id);
        if ($status !== 'issued_active') {
            fwrite(
                STDERR,
                "The order is still {$status} after " . POLL_LIMIT_SECONDS . "s. Is the sandbox started with "
                . "--approve-after never? Approve it with:\n  curl -X POST {$url}/_sandbox/orders/{$id}/approve\n"
            );
            return 1;
        }

        step('Certificate issued');
        $details = $client->getSSLDetails(['trustocean_id' => $id]);
        $certificate = openssl_x509_parse($details['cert_code']);
        if ($certificate === false) {
            fwrite(STDERR, "The issued certificate could not be parsed.\n");
            return 1;
        }
        say('subject:    ' . ($certificate['name'] ?? '?'));
        say('issuer:     ' . ($certificate['issuer']['CN'] ?? '?'));
        $from = date('Y-m-d', $certificate['validFrom_time_t']);
        $to = date('Y-m-d', $certificate['validTo_time_t']);
        say("valid:      {$from} to {$to}");
        say('SANs:       ' . ($certificate['extensions']['subjectAltName'] ?? '(none)'));
        say('serial:     ' . ($certificate['serialNumberHex'] ?? '?'));
        echo "\nDone.\n";
        return 0;
    } catch (TrustOceanException $e) {
        $where = $e->apiMethod !== '' ? " in {$e->apiMethod}" : '';
        fwrite(STDERR, "\n" . get_class($e) . $where . ': ' . $e->getMessage() . "\n");
        return 1;
    }
}

function waitUntilIssued(Client $client, int $id): string
{
    $deadline = time() + POLL_LIMIT_SECONDS;
    $status = '';
    $poll = 0;
    do {
        $poll++;
        $status = (string) $client->getOrderStatus(['trustocean_id' => $id])['cert_status'];
        say(sprintf('poll %2d: %s', $poll, $status));
        if ($status !== 'enroll_caprocessing') {
            return $status;
        }
        sleep(POLL_INTERVAL_SECONDS);
    } while (time() < $deadline);
    return $status;
}

/**
 * @param non-empty-list<string> $domains
 */
function makeCsr(array $domains): string
{
    $config = (string) tempnam(sys_get_temp_dir(), 'demo-csr-');
    $sans = implode(',', array_map(static fn (string $d): string => "DNS:{$d}", $domains));
    file_put_contents(
        $config,
        "[req]\ndistinguished_name = dn\nreq_extensions = v3_req\n[dn]\n[v3_req]\nsubjectAltName = {$sans}\n"
    );
    try {
        $options = [
            'config' => $config,
            'digest_alg' => 'sha256',
            'private_key_bits' => 2048,
            'private_key_type' => OPENSSL_KEYTYPE_RSA,
            'req_extensions' => 'v3_req',
        ];
        $key = openssl_pkey_new($options);
        if ($key === false) {
            throw new RuntimeException('openssl_pkey_new failed: ' . (openssl_error_string() ?: 'unknown error'));
        }
        $csr = openssl_csr_new(['commonName' => $domains[0]], $key, $options);
        if (!$csr instanceof OpenSSLCertificateSigningRequest || !openssl_csr_export($csr, $pem)) {
            throw new RuntimeException('openssl_csr_new failed: ' . (openssl_error_string() ?: 'unknown error'));
        }
        return $pem;
    } finally {
        @unlink($config);
    }
}

function step(string $title): void
{
    echo "\n== {$title}\n";
}

function say(string $line): void
{
    echo "   {$line}\n";
}

exit(main(array_values($argv)));
