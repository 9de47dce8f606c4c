<?php

/**
 * English strings of the TrustOcean SSL addon ($_ADDONLANG, as WHMCS loads addon languages; also
 * the fallback of every language). `{name}` marks a placeholder.
 */

$_ADDONLANG = [
    'addon.name' => 'TrustOcean SSL',
    'addon.description' => 'The TrustOcean reseller account, push notifications and the SSL order tools.',
    'addon.activated' => 'The TrustOcean SSL tables are ready.',
    'addon.deactivated' => 'The addon is deactivated. Orders and the push key are kept.',
    'addon.failed' => 'The TrustOcean SSL tables could not be prepared: {reason}',
    'addon.extension_missing' => 'The trustocean PHP extension is not loaded on this server; add it to php.ini and restart PHP.',

    'config.api_username' => 'API username',
    'config.api_username.description' => 'The e-mail of your TrustOcean reseller account.',
    'config.api_token' => 'API token',
    'config.api_token.description' => 'From the API settings of the TrustOcean console. It is never shown again once saved.',
    'config.endpoint' => 'API endpoint',
    'config.endpoint.description' => 'CN-Beijing, UK-London, or the base URL of another endpoint.',
    'config.site_seal' => 'Site seal',
    'config.site_seal.description' => 'Offer customers the TrustOcean site seal code for issued certificates.',
    'config.push_interval' => 'Push fetch interval',
    'config.push_interval.description' => 'Seconds between two fetches of one order prompted by push notifications (10 by default).',

    'push.title' => 'Push notifications',
    'push.explain' => 'TrustOcean tells this module at once when an order is issued, cancelled, revoked or refunded. Each notification only names the order; the module then asks the TrustOcean API for the order and applies what the API says.',
    'push.url' => 'Push URL (PUSH_URL)',
    'push.system_url_missing' => 'Set the System URL in the WHMCS general settings first.',
    'push.key' => 'Push key',
    'push.no_key' => 'No push key yet: generate one below, or import the one your TrustOcean console already holds.',
    'push.key_in_use' => 'A {bits}-bit RSA key is in use.',
    'push.last' => 'Last push received',
    'push.never' => 'None yet.',
    'push.public_key' => 'Public key (PUSH public key)',
    'push.public_key_help' => 'Paste this public key and the push URL into the API settings of the TrustOcean console.',
    'push.generate_label' => 'New key pair',
    'push.generate' => 'Generate',
    'push.size.1024' => '1024 bits (only for consoles that take nothing larger)',
    'push.size.2048' => '2048 bits (recommended)',
    'push.size.3072' => '3072 bits',
    'push.size.4096' => '4096 bits',
    'push.replace_warning' => 'A new key pair replaces the current one: until its public key is in the TrustOcean console, pushes cannot be read and orders update on the next check instead.',
    'push.import_label' => 'Import a private key',
    'push.import_help' => 'An unencrypted RSA private key in PEM (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY), 1024 to 4096 bits. It is stored encrypted and never shown again.',
    'push.import' => 'Import',
    'push.generated' => 'A new {bits}-bit key pair is ready. Paste its public key into the TrustOcean console.',
    'push.imported' => 'The {bits}-bit private key is imported.',
    'push.import_empty' => 'Paste the private key to import.',
    'push.key_invalid' => 'This is not an unencrypted RSA private key of 1024 to 4096 bits in PEM; nothing was changed.',
    'push.size_invalid' => 'Choose one of the key sizes offered.',
    'push.token_invalid' => 'The form has expired. Reload the page and try again.',
];

return $_ADDONLANG;
