<?php

/**
 * Demo: gives the seeded shop a push key pair, as an admin does on the addon's page, and hands
 * the public key to the sandbox, as the admin pastes it into the TrustOcean console. From then on
 * the sandbox's pushes reach the shop's orders at once. The addon's System page reads its module
 * feed (newest version, news) from the sandbox too, which publishes one as the console does.
 *
 *     php -d extension=$PWD/target/release/libtrustocean.so tests/demo/push-key.php http://127.0.0.1:8089
 *
 * Run it after `tests/whmcs/bin/whmcs seed`, with the same WHMCS_VAR_DIR / WHMCS_DB.
 */

declare(strict_types=1);

use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Database\Settings;
use TrustOcean\Whmcs\Push\PushKeyStore;

require dirname(__DIR__) . '/whmcs/init.php';
require dirname(__DIR__, 2) . '/whmcs-module/modules/servers/trustocean/shim.php';

$sandboxUrl = rtrim($argv[1] ?? 'http://127.0.0.1:8089', '/');
$keys = new PushKeyStore();
if ($keys->publicKey() === null) {
    $keys->generate(2048, time());
}

$answer = file_get_contents($sandboxUrl . '/_sandbox/push-key', false, stream_context_create(['http' => [
    'method' => 'PUT',
    'header' => "Content-Type: application/x-pem-file\r\n",
    'content' => (string) $keys->publicKey(),
    'ignore_errors' => true,
    'timeout' => 10,
]]));
/** @var list<string> $http_response_header */
if ($answer === false || preg_match('~^HTTP/\S+ 200~', $http_response_header[0] ?? '') !== 1) {
    fwrite(STDERR, "the sandbox refused the push key: " . var_export($answer, true) . "\n");
    exit(1);
}
echo "push key: {$keys->bits()}-bit RSA, public key registered with the sandbox\n";

(new Settings())->put(AddonSettings::FEED_URL, $sandboxUrl . '/TrustOceanSSLModuleSyncInformation.php', time());
echo "module feed: {$sandboxUrl}/TrustOceanSSLModuleSyncInformation.php\n";
