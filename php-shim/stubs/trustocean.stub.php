<?php

/**
 * IDE stubs for the `trustocean` PHP extension (libtrustocean.so).
 *
 * The extension is written in Rust; this file only describes its API for IDEs and static
 * analysers and must never be loaded next to the real extension. tests/php keeps it identical
 * to the extension through reflection (StubMatchesExtensionTest).
 *
 * Three parts: {@see \TrustOcean\Client}, one method per TrustOcean reseller API call; the order
 * lifecycle {@see \TrustOcean\Workflow}, which makes every decision of the module; and the
 * certificate toolkit ({@see \TrustOcean\Domain}, {@see \TrustOcean\Dcv}, {@see \TrustOcean\Csr},
 * {@see \TrustOcean\PrivateKey}, {@see \TrustOcean\Certificate}, {@see \TrustOcean\Bundle}), which
 * works offline, keeps nothing and writes no file.
 *
 * Every API method takes the fields the TrustOcean reseller API (v5) documents, with the API's own
 * names (`trustocean_id`, `csr_code`, `dcv_method`, ...), and returns the API's answer as an
 * array: the `status` envelope is removed, known fields come first, unknown fields are kept, and
 * `dcvinfo` is normalised to `dcv_info`. Lists such as `domains` may be given as a PHP list or
 * as a comma-separated string.
 *
 * Errors are exceptions, all extending {@see \TrustOcean\Exception}:
 * - {@see \TrustOcean\ApiException}: TrustOcean answered `status=error`; getCode() is its error_code.
 * - {@see \TrustOcean\TransportException}: no usable answer (connect/TLS/IO error, timeout,
 *   a body that is not the API's JSON).
 * - {@see \TrustOcean\InvalidArgumentException}: an argument or field is missing, has the wrong
 *   type or an invalid value, or certificate material breaks a rule; nothing was sent. The
 *   message names the field or item, and `$reasonCode` is a stable code for translations.
 */

declare(strict_types=1);

namespace TrustOcean;

/**
 * Base class of every exception the extension throws.
 */
class Exception extends \Exception
{
    /**
     * The TrustOcean API method of the failed call, e.g. "addSSLOrder"; "" when the error is not
     * tied to one (e.g. an invalid constructor argument).
     *
     * @var string
     */
    public $apiMethod = '';

    /**
     * A stable code for what was refused, e.g. "csr.rsa_key_too_small" or "input.invalid", for
     * translations; "" for failed API calls (use getCode() there).
     *
     * @var string
     */
    public $reasonCode = '';

    /**
     * Every problem found, so a form can show them all at once: a list of
     * `['code' => string, 'severity' => 'error'|'warning', 'subject' => ?string, 'message' => string]`
     * (`subject` names the domain, field or, for `order.throttled`, the seconds to wait). The
     * first error's code is also in $reasonCode. [] when the error carries no list.
     *
     * @var list<array{code: string, severity: string, subject: ?string, message: string}>
     */
    public $findings = [];
}

/**
 * TrustOcean answered a call with `status=error`.
 *
 * getCode() is TrustOcean's `error_code` (e.g. 778804 wrong username or token, 778806 IP not
 * whitelisted, 778807 unknown order); getMessage() holds the server's message plus a hint on what
 * to fix; $apiMethod names the call.
 */
class ApiException extends Exception
{
}

/**
 * The call produced no usable answer: DNS, connect, TLS or I/O failure, a timeout, or a body that
 * is not the API's JSON envelope (then getCode() is the HTTP status, otherwise 0). The message says
 * which and what to check. The request may or may not have reached TrustOcean.
 */
class TransportException extends Exception
{
}

/**
 * An argument or API field is unusable: wrong PHP type, missing required field, invalid value.
 * Nothing was sent. The message names the parameter or field (e.g. `domains`, `dcv_method[1]`).
 */
class InvalidArgumentException extends Exception
{
}

/**
 * A client of the TrustOcean SSL reseller API (v5), one method per API call.
 *
 * The API token is kept inside the extension: it is not a property, never appears in var_dump(),
 * print_r(), var_export() or exception messages, and the constructor's $token parameter is a
 * sensitive parameter (hidden in stack traces). The object cannot be cloned or serialized.
 */
final class Client
{
    /**
     * Creates a client; no request is sent until an API method is called.
     *
     * @param string $username       API username (the TrustOcean account e-mail).
     * @param string $token          API token from the TrustOcean console (not the login password).
     * @param string $endpoint       "CN-Beijing", "UK-London", or a base URL: https, or http for
     *                               a server on the loopback interface (a local sandbox).
     * @param float  $connectTimeout Seconds to establish the connection (int or float, > 0;
     *                               numeric strings are accepted).
     * @param float  $timeout        Seconds for a whole call (int or float, > 0).
     *
     * @throws InvalidArgumentException Empty username or token, unknown endpoint, or a timeout
     *                                  that is not a positive number.
     */
    public function __construct(
        string $username,
        #[\SensitiveParameter] string $token,
        string $endpoint = 'CN-Beijing',
        float $connectTimeout = 10.0,
        float $timeout = 60.0
    ) {
    }

    /**
     * The base URL calls are sent to (`<base>/<method>`), ending in `/ssl/v5`.
     */
    public function endpoint(): string
    {
    }

    /**
     * The API username the client authenticates as.
     */
    public function username(): string
    {
    }

    /**
     * The calls made since the last take, oldest first, and empties the list (it keeps at most
     * the last 100 calls). Made for WHMCS's module log: pass each entry to
     * logModuleCall('trustocean', $entry['method'], $entry['request'], $entry['response'] ?? $entry['error'], ...).
     * Calls made by a {@see Workflow} built on this client are listed too.
     *
     * @return list<array{
     *     method: string,
     *     request: array<string, string>,
     *     response: ?array<string, mixed>,
     *     error: ?string,
     *     milliseconds: int
     * }> `request` holds the fields sent, never the API username or token; `response` is the
     *   decoded answer (with its `status`), null when none arrived or it was not JSON; `error`
     *   is the failure's text, null on success. The token is redacted from both.
     */
    public function takeJournal(): array
    {
    }

    /**
     * `ping`: checks connectivity and credentials.
     *
     * @return array<string, mixed> Empty on success (plus any field the server adds).
     *
     * @throws ApiException       e.g. 778804 wrong username/token, 778806 IP not whitelisted.
     * @throws TransportException The API could not be reached or answered garbage.
     */
    public function ping(): array
    {
    }

    /**
     * `getProfileInfo`: the reseller account.
     *
     * @return array<string, mixed> `credit` (the balance) and any further account fields.
     *
     * @throws ApiException
     * @throws TransportException
     */
    public function getProfileInfo(): array
    {
    }

    /**
     * `getProductList`: the products the account may order.
     *
     * @return array<string, mixed> `products`: pid => product (`pid`, `name`, `class`,
     *                              `multidomain`, `wildcard`, `periods`, ...).
     *
     * @throws ApiException
     * @throws TransportException
     */
    public function getProductList(): array
    {
    }

    /**
     * `getProductPriceList`: the products with their prices.
     *
     * @return array<string, mixed> `products`: pid => product with prices.
     *
     * @throws ApiException
     * @throws TransportException
     */
    public function getProductPriceList(): array
    {
    }

    /**
     * `getProductListWithPricing`: the products, each with a `pricing` entry per period.
     *
     * @return array<string, mixed> `products`: pid => product incl. `pricing`.
     *
     * @throws ApiException
     * @throws TransportException
     */
    public function getProductListWithPricing(): array
    {
    }

    /**
     * `createNewUniqueId`: reserves a `unique_id` for addSSLOrder()/reissueSSLOrder(). It is part
     * of the DCV values and expires after 24 hours.
     *
     * @return array<string, mixed> `unique_id`.
     *
     * @throws ApiException
     * @throws TransportException
     */
    public function createNewUniqueId(): array
    {
    }

    /**
     * `checkUniqueId`: checks that a unique id is still free.
     *
     * @param array<string, mixed> $params `unique_id` (string, 8-15 characters).
     *
     * @return array<string, mixed> Empty when the id is free.
     *
     * @throws ApiException             The id is taken or invalid.
     * @throws InvalidArgumentException `unique_id` missing or malformed.
     * @throws TransportException
     */
    public function checkUniqueId(array $params): array
    {
    }

    /**
     * `getPreDomainValidationInformation`: the DCV values for domains before ordering.
     *
     * @param array<string, mixed> $params `domains` (list or comma-separated), `csr_code` (PEM),
     *                                     `unique_id`.
     *
     * @return array<string, mixed> `pre_dcv_info`: domain => `dns_cname`, `http`, `https`,
     *                              `auth_email_addresses`, ...
     *
     * @throws ApiException
     * @throws InvalidArgumentException A field is missing or malformed.
     * @throws TransportException
     */
    public function getPreDomainValidationInformation(array $params): array
    {
    }

    /**
     * `addSSLOrder`: places a certificate order.
     *
     * @param array<string, mixed> $params Required: `pid` (int), `csr_code` (PEM), `period`
     *                                     (Monthly|Quarterly|Annually|...), `domains`, `dcv_method`
     *                                     (one per domain, same order: dns|http|https|e-mail),
     *                                     `unique_id`, `contact_email`, `callback` (URL), `renew`
     *                                     (yes|no). OV/EV: the organisation fields.
     *
     * @return array<string, mixed> The order: `trustocean_id`, `cert_status`, `unique_id`,
     *                              `domains`, `dcv_info` (domain => DCV instructions), ...
     *
     * @throws ApiException             e.g. 770004 insufficient balance.
     * @throws InvalidArgumentException A field is missing or malformed.
     * @throws TransportException
     */
    public function addSSLOrder(array $params): array
    {
    }

    /**
     * `getOrderStatus`: the status of an order.
     *
     * @param array<string, mixed> $params `trustocean_id` (int).
     *
     * @return array<string, mixed> `cert_status` (e.g. enroll_caprocessing, issued_active).
     *
     * @throws ApiException             778807 unknown order.
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function getOrderStatus(array $params): array
    {
    }

    /**
     * `getSSLDetails`: an order with its certificate.
     *
     * @param array<string, mixed> $params `trustocean_id` (int).
     *
     * @return array<string, mixed> `cert_status`, `domains`, `csr_code`, `cert_code` and `ca_code`
     *                              (PEM, once issued), `dcv_info`, `org_info`, ...
     *
     * @throws ApiException             778807 unknown order.
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function getSSLDetails(array $params): array
    {
    }

    /**
     * `getDomainValidationStatus`: the DCV state of every domain of an order.
     *
     * @param array<string, mixed> $params `trustocean_id` (int).
     *
     * @return array<string, mixed> `dcv_info`: domain => `method`, `status`, ...
     *
     * @throws ApiException
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function getDomainValidationStatus(array $params): array
    {
    }

    /**
     * `changeDCVMethod`: switches the validation method of one domain.
     *
     * @param array<string, mixed> $params `trustocean_id`, `domain`, `method` (dns|http|https|an
     *                                     approver e-mail address).
     *
     * @return array<string, mixed>
     *
     * @throws ApiException
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function changeDCVMethod(array $params): array
    {
    }

    /**
     * `reTryDcvEmailOrDCVCheck`: re-runs the DCV checks and resends DCV e-mails.
     *
     * @param array<string, mixed> $params `trustocean_id`.
     *
     * @return array<string, mixed>
     *
     * @throws ApiException
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function reTryDcvEmailOrDCVCheck(array $params): array
    {
    }

    /**
     * `removeSanDomain`: removes a domain from a multi-domain order (never the last one).
     *
     * @param array<string, mixed> $params `trustocean_id`, `domain`.
     *
     * @return array<string, mixed>
     *
     * @throws ApiException
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function removeSanDomain(array $params): array
    {
    }

    /**
     * `reissueSSLOrder`: reissues an issued certificate with a new CSR.
     *
     * @param array<string, mixed> $params `trustocean_id`, `csr_code`, `domains`, `dcv_method`,
     *                                     `contact_email`, `unique_id` (a new one).
     *
     * @return array<string, mixed> The order, as addSSLOrder() returns it.
     *
     * @throws ApiException             e.g. 770020 the order is not issued_active.
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function reissueSSLOrder(array $params): array
    {
    }

    /**
     * `revokeSSL`: revokes an issued certificate.
     *
     * @param array<string, mixed> $params `trustocean_id`, `revocationReason`.
     *
     * @return array<string, mixed>
     *
     * @throws ApiException             e.g. the order is not issued_active.
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function revokeSSL(array $params): array
    {
    }

    /**
     * `cancelAndRefund`: cancels an order and requests a refund (reviewed by TrustOcean).
     *
     * @param array<string, mixed> $params `trustocean_id`.
     *
     * @return array<string, mixed>
     *
     * @throws ApiException
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function cancelAndRefund(array $params): array
    {
    }

    /**
     * `checkRefundStatus`: the state of a refund request.
     *
     * @param array<string, mixed> $params `trustocean_id`.
     *
     * @return array<string, mixed> `refund_status`, `refund_at`, `refund_requested_at`.
     *
     * @throws ApiException             The order is not in refund status.
     * @throws InvalidArgumentException
     * @throws TransportException
     */
    public function checkRefundStatus(array $params): array
    {
    }
}

/**
 * Domain names and IP addresses: normalisation and product rules. Static methods only.
 *
 * A name is trimmed, lower-cased, stripped of one trailing dot, converted to punycode (IDNA,
 * UTS-46), and checked: label and name length, letters/digits/hyphens only, a `*.` only as the
 * whole first label, and the Public Suffix List. IPv4 and IPv6 addresses are recognised and
 * written canonically (IPv6 without brackets). Nothing is ever cut out of a name (`www.` stays).
 *
 * Reason codes (`$reasonCode` of the exception, `code` of a finding): `domain.empty`,
 * `domain.too_long`, `domain.label_too_long`, `domain.empty_label`, `domain.label_hyphen`,
 * `domain.invalid_character`, `domain.invalid_idn`, `domain.mixed_scripts`,
 * `domain.wildcard_misplaced`, `domain.not_fqdn`, `domain.invalid_ip`, `domain.unknown_tld`,
 * `domain.public_suffix`, and in
 * findings also `domain.duplicate`, `domain.wildcard_not_allowed`, `domain.wildcard_required`,
 * `domain.ip_not_allowed`, `domain.ip_not_public`, `domain.too_many`, `domain.too_few`,
 * `domain.single_domain_only`, `domain.www_pair_redundant` (a warning).
 */
final class Domain
{
    /**
     * Not instantiable: every method is static.
     *
     * @throws \Exception Always ("You cannot instantiate this class from PHP").
     */
    public function __construct()
    {
    }

    /**
     * Normalises one name: a host name, a `*.` wildcard or an IP address.
     *
     * @param string $name As entered, e.g. " WWW.Bücher.example.com. ".
     *
     * @return array{
     *     name: string,
     *     unicode: string,
     *     type: 'dns'|'wildcard'|'ipv4'|'ipv6',
     *     registrable_domain: ?string,
     *     subdomain: ?string,
     *     base_name: string
     * } `name` is the ASCII form for CSRs and API calls, `unicode` the display form,
     *   `registrable_domain` the eTLD+1 (null for IPs), `subdomain` the labels left of it (null
     *   when none), `base_name` the name without `*.`.
     *
     * @throws InvalidArgumentException The name breaks a rule; `$reasonCode` is a `domain.*` code
     *                                  and the message names the name.
     */
    public static function normalize(string $name): array
    {
    }

    /**
     * Checks a list of names against a product's rules and reports every broken rule.
     *
     * @param array<int|string, string> $names Names in order (keys are ignored); blank entries are
     *                                         skipped, so explode("\n", $text) can be passed.
     * @param array{
     *     wildcard?: 'forbidden'|'allowed'|'required'|bool,
     *     multiDomain?: bool|int|string,
     *     maxDomains?: int|string|null,
     *     minDomains?: int|string,
     *     ipAllowed?: bool|int|string,
     *     wwwCoversApex?: bool|int|string
     * }|null $rules The product's rules (snake_case keys and TrustOcean's `multidomain`/`ipv4`
     *               with "on"/"off" are accepted too). Omitted keys, or null, mean the strictest
     *               product: one DNS name, no wildcard, no IP address. `required` wildcards apply
     *               to the first (primary) name.
     *
     * @return array{
     *     ok: bool,
     *     names: list<string>,
     *     findings: list<array{code: string, severity: 'error'|'warning', subject: ?string, message: string}>
     * } `ok` is true when no finding is an error; `names` are the normalised names, each once.
     *
     * @throws InvalidArgumentException A name that is not a string, or unknown or malformed rules
     *                                  (`$reasonCode` `input.invalid`).
     */
    public static function check(array $names, ?array $rules = null): array
    {
    }
}

/**
 * Domain control validation (Sectigo CSR-hash scheme) computed locally from the CSR and the
 * order's unique_id, the same values getPreDomainValidationInformation returns. Static methods
 * only.
 *
 * Wildcards validate at their base name; IP addresses only by HTTP or HTTPS file (no DNS record,
 * no approver e-mail).
 */
final class Dcv
{
    /**
     * Not instantiable: every method is static.
     *
     * @throws \Exception Always ("You cannot instantiate this class from PHP").
     */
    public function __construct()
    {
    }

    /**
     * The validation values of every domain.
     *
     * @param string                    $csr      PEM or DER certificate request (at most 64 KiB).
     * @param string                    $uniqueId The order's unique_id (8 to 20 letters or digits;
     *                                            written in lower case into the values).
     * @param array<int|string, string> $domains  Names in order; normalised like Domain::normalize().
     *
     * @return array<string, array{
     *     domain: string,
     *     isip: bool,
     *     subdomain: ?string,
     *     topdomain: string,
     *     validation_host: string,
     *     dns_host: ?string,
     *     dns_type: ?string,
     *     dns_value: ?string,
     *     http_verifylink: string,
     *     http_filename: string,
     *     http_filecontent: string,
     *     https_verifylink: string,
     *     https_filename: string,
     *     https_filecontent: string,
     *     emails: list<string>,
     *     methods: list<string>
     * }> Keyed by the normalised domain, in the order given. `dns_*` are null for IPs (they cannot
     *   use DNS); the CNAME `dns_host` is relative to the zone `topdomain`; the file content uses
     *   "\r\n" line endings; `methods` lists the usable `dcv_method` kinds (`dns`, `http`, `https`,
     *   `email`).
     *
     * @throws InvalidArgumentException Not a certificate request, a bad unique_id, no domain
     *                                  (`input.invalid`), or a name that breaks a rule (`domain.*`,
     *                                  `domain.duplicate`).
     */
    public static function artifacts(string $csr, string $uniqueId, array $domains): array
    {
    }

    /**
     * The approver e-mail addresses of a name, in the original module's order: admin@,
     * administrator@, hostmaster@, postmaster@, webmaster@ at the registrable domain, then at each
     * longer level from the full name down (`a.b.example.co.uk`: example.co.uk,
     * a.b.example.co.uk, b.example.co.uk). A wildcard uses its base name; IPs have none.
     *
     * @return list<string>
     *
     * @throws InvalidArgumentException The name breaks a rule (`domain.*`).
     */
    public static function approverEmails(string $domain): array
    {
    }

    /**
     * Checks that a `dcv_method` value can validate a name, and returns it as the API takes it.
     *
     * @param string $domain The name.
     * @param string $method `dns`, `http`, `https` or an approver address (any case).
     *
     * @return string The method in lower case.
     *
     * @throws InvalidArgumentException `dcv.method_not_for_ip` (DNS or e-mail for an IP),
     *                                  `dcv.email_not_approver`, `dcv.method_unknown`, or a
     *                                  `domain.*` code for the name.
     */
    public static function checkMethod(string $domain, string $method): string
    {
    }
}

/**
 * Certificate signing requests: parse, lint, generate. Nothing is stored between calls.
 *
 * Every refusal is an {@see InvalidArgumentException} whose `$reasonCode` says why
 * (`csr.empty`, `csr.not_pem`, `csr.wrong_pem_type`, `csr.multiple`, `csr.truncated`,
 * `csr.unparsable`, `csr.too_large`, `csr.signature_invalid`, ...), for templates to translate.
 */
final class Csr
{
    /**
     * Not instantiable: every method is static.
     *
     * @throws \Exception Always ("You cannot instantiate this class from PHP").
     */
    public function __construct()
    {
    }

    /**
     * Parses a CSR and verifies its self-signature.
     *
     * @param string $csr PEM (`-----BEGIN CERTIFICATE REQUEST-----`, also the older
     *                    `NEW CERTIFICATE REQUEST`) or DER bytes; at most 64 KiB.
     *
     * @return array{
     *     subject: array{CN: ?string, O: ?string, OU: ?string, L: ?string, ST: ?string, C: ?string, emailAddress: ?string},
     *     sans: list<string>,
     *     dns_names: list<string>,
     *     ip_addresses: list<string>,
     *     key_type: string,
     *     key_bits: int,
     *     key_curve: ?string,
     *     signature_algorithm: string,
     *     signature_valid: ?bool,
     *     public_key_sha256: string,
     *     pem: string,
     *     der_sha256: string,
     *     der_md5: string
     * } `key_type` is `rsa`, `ec` or another algorithm's name; `signature_valid` is null when
     *   the algorithm cannot be checked; `der_sha256`/`der_md5` are upper-case hex of the DER.
     *
     * @throws InvalidArgumentException `csr.too_large`, `csr.empty`, `csr.not_pem`,
     *                                  `csr.wrong_pem_type`, `csr.multiple`, `csr.truncated`,
     *                                  `csr.unparsable`, `csr.signature_invalid`.
     */
    public static function parse(string $csr): array
    {
    }

    /**
     * Lists every rule the CSR breaks: weak keys and signatures, a broken signature, a missing
     * or invalid CN, and the product's name rules for the CN.
     *
     * @param string     $csr   PEM or DER.
     * @param array|null $rules The product's rules: `wildcard` (`forbidden`|`allowed`|`required`),
     *                          `multiDomain`, `maxDomains`, `minDomains`, `ipAllowed`,
     *                          `wwwCoversApex`; null for the strictest product.
     *
     * @return list<array{code: string, severity: string, subject: ?string, message: string}>
     *         `severity` is `error` (blocks the order) or `warning`. Codes: `csr.signature_invalid`,
     *         `csr.signature_unchecked`, `csr.weak_signature_md5`, `csr.weak_signature_sha1`,
     *         `csr.rsa_key_too_small`, `csr.curve_not_supported`, `csr.key_type_not_supported`,
     *         `csr.missing_common_name`, `csr.country_invalid`, `csr.common_name_not_in_sans`,
     *         and `domain.*` for the CN.
     *
     * @throws InvalidArgumentException The CSR cannot be read (the `parse` codes except
     *                                  `csr.signature_invalid`), or `$rules` is malformed.
     */
    public static function lint(string $csr, ?array $rules = null): array
    {
    }

    /**
     * Generates a key and a CSR (SHA-256; SHA-384 on P-384) from what the customer entered.
     * The subject holds only the non-empty fields given; the SANs are the CN then `$sans`.
     *
     * @param array       $subject  `CN` (required), `O`, `OU`, `L`, `ST`, `C` (two letters),
     *                              `emailAddress` (long names such as `commonName`, `country`,
     *                              `email` are accepted too); values are strings or null.
     * @param string      $keyType  `rsa2048`, `rsa3072`, `rsa4096`, `ec-p256` or `ec-p384`.
     * @param array|null  $sans     More domain names or IP addresses.
     * @param string|null $password Encrypts the returned key (PKCS#8, PBES2, AES-256-CBC).
     *
     * @return array{csr: string, private_key: string, key_type: string, encrypted: bool}
     *         The key is returned once and stored nowhere.
     *
     * @throws InvalidArgumentException `csr.missing_common_name`, `csr.country_invalid`,
     *                                  `csr.email_invalid`, `csr.field_too_long`,
     *                                  `csr.field_invalid`, `domain.*` for a bad name,
     *                                  `key.unsupported_type`, `key.password_empty`.
     */
    public static function generate(
        array $subject,
        string $keyType = 'rsa2048',
        ?array $sans = null,
        #[\SensitiveParameter] ?string $password = null
    ): array {
    }
}

/**
 * Private keys: generate, inspect, and check against a CSR. Keys exist only during a call;
 * neither keys nor passwords ever appear in exception messages.
 */
final class PrivateKey
{
    /**
     * Not instantiable: every method is static.
     *
     * @throws \Exception Always ("You cannot instantiate this class from PHP").
     */
    public function __construct()
    {
    }

    /**
     * Generates a private key.
     *
     * @param string      $keyType  `rsa2048`, `rsa3072`, `rsa4096`, `ec-p256` or `ec-p384`.
     * @param string|null $password Encrypts the key (PKCS#8, PBES2: PBKDF2-SHA256, AES-256-CBC).
     *
     * @return string PKCS#8 PEM (`PRIVATE KEY` or `ENCRYPTED PRIVATE KEY`).
     *
     * @throws InvalidArgumentException `key.unsupported_type`, `key.password_empty`.
     */
    public static function generate(
        string $keyType = 'rsa2048',
        #[\SensitiveParameter] ?string $password = null
    ): string
    {
    }

    /**
     * Describes a private key.
     *
     * @param string      $key      PEM or DER: PKCS#8, encrypted PKCS#8, PKCS#1 (`RSA PRIVATE
     *                              KEY`) or SEC1 (`EC PRIVATE KEY`).
     * @param string|null $password For an encrypted key.
     *
     * @return array{type: string, bits: int, curve: ?string, name: string, public_key_sha256: string}
     *         `type` is `rsa` or `ec`; `public_key_sha256` (hex) equals the `public_key_sha256`
     *         of {@see Csr::parse()} for the matching CSR.
     *
     * @throws InvalidArgumentException `key.too_large`, `key.empty`, `key.truncated`,
     *                                  `key.unreadable`, `key.wrong_pem_type`,
     *                                  `key.legacy_encryption`, `key.password_required`,
     *                                  `key.wrong_password`, `key.unsupported_encryption`,
     *                                  `key.unsupported_type`, `key.unsupported_curve`,
     *                                  `key.rsa_too_small`, `key.rsa_too_large`, `key.invalid`.
     */
    public static function inspect(
        #[\SensitiveParameter] string $key,
        #[\SensitiveParameter] ?string $password = null
    ): array
    {
    }

    /**
     * Whether the key is the one the CSR was made with.
     *
     * @param string      $key      The private key, as for {@see inspect()}.
     * @param string      $csr      The CSR, as for {@see Csr::parse()}.
     * @param string|null $password For an encrypted key.
     *
     * @throws InvalidArgumentException Any `key.*` code of {@see inspect()} or `csr.*` code of
     *                                  {@see Csr::parse()}.
     */
    public static function matchesCsr(
        #[\SensitiveParameter] string $key,
        string $csr,
        #[\SensitiveParameter] ?string $password = null
    ): bool
    {
    }
}

/**
 * Certificates and chains: describe a certificate, order a chain leaf → root, and check that a
 * certificate belongs to a private key or a CSR.
 *
 * Static methods only. Every input is a PHP string read as bytes: PEM (one or several
 * `CERTIFICATE` blocks, text between them is ignored) or binary DER. Inputs over 1 MiB are
 * refused before parsing. Nothing is written to disk or kept after the call.
 *
 * Failures throw {@see InvalidArgumentException} with a stable `$reasonCode`:
 * `certificate.empty`, `certificate.unparsable`, `certificate.wrong_pem_type` (e.g. a key or CSR
 * where a certificate belongs), `certificate.truncated`, `certificate.too_large`,
 * `chain.incomplete`, `certificate.csr_unparsable`, and the `key.*` codes of {@see PrivateKey}
 * for an unreadable key. Messages never contain key material or passwords.
 */
final class Certificate
{
    /**
     * Not instantiable: every method is static.
     *
     * @throws \Exception Always ("You cannot instantiate this class from PHP").
     */
    public function __construct()
    {
    }

    /**
     * Describes a certificate; for a pasted chain (any order), its leaf.
     *
     * @param string   $certificate PEM or DER.
     * @param int|null $now         Unix seconds for `days_left`/`expired`; null for the current time.
     *
     * @return array{
     *     subject: string, common_name: ?string, issuer: string, issuer_common_name: ?string,
     *     serial: string, not_before: string, not_after: string, not_before_unix: int,
     *     not_after_unix: int, subject_alt_names: list<array{type: string, value: string}>,
     *     dns_names: list<string>, ip_addresses: list<string>,
     *     key: array{algorithm: string, bits: int, curve: ?string}, signature_algorithm: string,
     *     sha256_fingerprint: string, sha1_fingerprint: string, is_ca: bool, self_signed: bool,
     *     subject_key_id: ?string, authority_key_id: ?string, days_left: int, expired: bool,
     *     not_yet_valid: bool
     * } `serial` is upper-case hex; dates are RFC 3339 UTC; fingerprints are upper-case hex
     *   pairs joined by colons; `type` of a SAN is dns, ip, email, uri or other; `days_left` is
     *   negative once expired.
     *
     * @throws InvalidArgumentException certificate.* reason codes (see the class).
     */
    public static function parse(string $certificate, ?int $now = null): array
    {
    }

    /**
     * Orders the certificates leaf → root (by issuer/subject names and key identifiers, whatever
     * the input order), drops duplicates, and reports what does not fit.
     *
     * @param string   $chain PEM with several certificates, or DER.
     * @param int|null $now   Unix seconds for each certificate's `days_left`; null for now.
     *
     * @return array{
     *     certificates: list<array<string, mixed>>, pem: string,
     *     problems: list<array{code: string, severity: string, subject: ?string, message: string}>,
     *     ends_at_root: bool, usable: bool
     * } `certificates` as {@see Certificate::parse()}, leaf first; `pem` the ordered chain;
     *   `problems` codes: chain.duplicate_certificate and chain.unrelated_certificate (severity
     *   "warning", left out of the order) and chain.incomplete ("error": a missing intermediate);
     *   `usable` is false when a problem is an error.
     *
     * @throws InvalidArgumentException certificate.* reason codes (see the class).
     */
    public static function parseChain(string $chain, ?int $now = null): array
    {
    }

    /**
     * The chain as PEM, leaf first, duplicates and unrelated certificates left out.
     *
     * @throws InvalidArgumentException certificate.* codes, or chain.incomplete when an
     *                                  intermediate is missing (or only a leaf was given).
     */
    public static function orderChain(string $chain): string
    {
    }

    /**
     * Whether `$key` is the private key of the certificate (the leaf, for a pasted chain).
     *
     * @param string      $certificate PEM or DER.
     * @param string      $key         PEM or DER: PKCS#8 (plain or encrypted), PKCS#1 or SEC1.
     * @param string|null $password    Password of an encrypted key.
     *
     * @throws InvalidArgumentException certificate.* codes, or key.* codes when the key cannot
     *                                  be read or decrypted (never false for an unreadable key).
     */
    public static function matchesKey(
        string $certificate,
        #[\SensitiveParameter] string $key,
        #[\SensitiveParameter] ?string $password = null
    ): bool
    {
    }

    /**
     * Whether the CSR (PEM or DER) holds the certificate's public key.
     *
     * @throws InvalidArgumentException certificate.* codes, or certificate.csr_unparsable.
     */
    public static function matchesCsr(string $certificate, string $csr): bool
    {
    }
}

/**
 * Download bundles: the certificate in every server format, built in memory.
 *
 * Static methods only. The chain is ordered before writing; unrelated certificates in it are left
 * out (and noted in README.txt). The private key is only what the call receives: it is never
 * stored, logged or put in a message, and the extension wipes its copies when the call returns.
 * Nothing is written to disk.
 *
 * Failures throw {@see InvalidArgumentException} with `$reasonCode`: the certificate.* codes of
 * {@see Certificate} (for either input), `chain.incomplete`, the key.* codes for an unreadable
 * key, `bundle.key_mismatch`, `bundle.key_required`, `bundle.pfx_password_required`,
 * `input.invalid` (a bad option), `bundle.pkcs12_failed` / `bundle.zip_failed`.
 */
final class Bundle
{
    /**
     * Not instantiable: every method is static.
     *
     * @throws \Exception Always ("You cannot instantiate this class from PHP").
     */
    public function __construct()
    {
    }

    /**
     * The zip (bytes) for an order. File names derive from the certificate's name
     * (`www.example.com` → `www_example_com`, `*.example.com` → `wildcard_example_com`):
     *
     * - `Apache/<name>.crt`, `Apache/<name>.ca-bundle`, `Apache/<name>.key` (with a key)
     * - `Nginx/<name>.pem` (full chain, leaf first), `Nginx/<name>.key` (with a key)
     * - `IIS/<name>.pfx` (with a key; password-protected PKCS#12)
     * - `Tomcat/<name>.p12` (with a key; PKCS#12 keystore, alias `tomcat_alias`)
     * - `HAProxy/<name>.pem` (with a key; key + certificate + chain)
     * - `Other/<name>.p7b` (PKCS#7 DER, certificate and chain), `Other/<name>.cer` (DER)
     * - `README.txt`: what each file is for, and what was left out and why.
     *
     * @param string $certificate The certificate (PEM or DER; a whole chain is accepted too).
     * @param string $chain       The CA bundle (intermediates, optionally the root); may be "".
     * @param array{
     *     formats?: list<string>|string, key?: ?string, key_password?: ?string,
     *     pfx_password?: ?string, pfx_legacy?: bool, tomcat_alias?: ?string
     * } $options `formats`: names from {@see Bundle::formats()}, all by default. `key`: the
     *   private key (PEM or DER; "" or null for none: the key files, IIS, Tomcat and HAProxy are
     *   then left out). `key_password`: for an encrypted key. `pfx_password`: required for IIS
     *   and Tomcat when a key is given. `pfx_legacy`: 3DES/SHA-1 PKCS#12 for Windows Server 2016
     *   and older instead of AES-256/SHA-256. `tomcat_alias`: default "tomcat".
     *
     * @return string The zip file's bytes.
     *
     * @throws InvalidArgumentException See the class; `input.invalid` for an unknown option, an
     *                                  unknown format or a wrongly typed value.
     */
    public static function zip(string $certificate, string $chain, #[\SensitiveParameter] array $options = []): string
    {
    }

    /**
     * One PKCS#12 file (.pfx) with the key, the certificate and its ordered chain.
     *
     * @param string      $key         The private key, PEM or DER.
     * @param string      $password    The PFX password (not empty).
     * @param string|null $keyPassword Password of an encrypted key.
     * @param bool        $legacy      3DES/SHA-1 for Windows Server 2016 and older.
     *
     * @return string The PFX bytes.
     *
     * @throws InvalidArgumentException See the class.
     */
    public static function pfx(
        string $certificate,
        string $chain,
        #[\SensitiveParameter] string $key,
        #[\SensitiveParameter] string $password,
        #[\SensitiveParameter] ?string $keyPassword = null,
        bool $legacy = false
    ): string {
    }

    /**
     * The certificate and its ordered chain as PKCS#7 certs-only (.p7b).
     *
     * @param bool $pem PEM text (`-----BEGIN PKCS7-----`) instead of DER bytes.
     *
     * @throws InvalidArgumentException certificate.* codes, chain.incomplete.
     */
    public static function pkcs7(string $certificate, string $chain, bool $pem = false): string
    {
    }

    /**
     * The format names {@see Bundle::zip()} accepts, in bundle order:
     * apache, nginx, iis, tomcat, haproxy, pkcs7, der.
     *
     * @return list<string>
     */
    public static function formats(): array
    {
    }
}

/**
 * TrustOcean's push notifications: reading them without trusting them, and the key pair they are
 * sealed with.
 *
 * TrustOcean posts `encrypted_data` (the event JSON, RSA PKCS#1 v1.5 with the reseller's public
 * key, in 172-character base64 pieces for 1024-bit keys, or one base64 string) to the order's
 * callback URL. Encryption with a public key proves nothing about the sender, so a push is only
 * a hint: {@see read()} gives the order it names, and the module then fetches that order over
 * its own authenticated connection ({@see Workflow::sync()}). Opening a push takes the same time
 * and gives the same kind of answer whether it was sealed for this key or not (constant-time RSA
 * and padding check with implicit rejection), so a receiver built on it is no decryption oracle.
 */
final class Push
{
    /** Largest body {@see read()} looks at, in bytes: refuse bigger requests before reading. */
    public const MAX_BODY = 262144;

    /** The key size {@see generateKeyPair()} uses unless told otherwise. */
    public const DEFAULT_KEY_BITS = 2048;

    /**
     * Not instantiable: every method is static.
     *
     * @throws \Exception Always ("You cannot instantiate this class from PHP").
     */
    public function __construct()
    {
    }

    /**
     * Reads a push request body.
     *
     * @param string|null $privateKey  The push private key (PKCS#8 or PKCS#1 PEM), or null when
     *                                 none is configured.
     * @param string      $body        The raw request body: a form (`encrypted_data`, or the
     *                                 plain `trustocean_id` and `type`) or a JSON object.
     * @param string      $contentType The request's Content-Type.
     *
     * @return array{result: 'hint', trustocean_id: int, event: string, encrypted: bool}|array{result: 'no_key'}|array{result: 'unreadable'}
     *         `hint` when it names an order (`event` is the type sent, or `unknown`; for logs
     *         only); `no_key` when it is encrypted and $privateKey is null; `unreadable` for
     *         everything else: not a push, sealed for another key, tampered with, over
     *         {@see MAX_BODY}, naming no order. Nothing tells those apart, by design.
     *
     * @throws InvalidArgumentException The private key is not a usable RSA key of 1024 to 4096
     *                                  bits (the message never quotes it).
     */
    public static function read(
        #[\SensitiveParameter] ?string $privateKey,
        string $body,
        string $contentType = 'application/x-www-form-urlencoded'
    ): array
    {
    }

    /**
     * Makes a push key pair.
     *
     * @param int $bits 2048 (default), 3072, 4096, or 1024 for consoles that take no larger key.
     *
     * @return array{privateKey: string, publicKey: string, bits: int} The private key as PKCS#8
     *         PEM (store it encrypted, never show or log it) and the public key as SPKI PEM (paste
     *         it into the TrustOcean console).
     *
     * @throws InvalidArgumentException Another size; `key.generation_failed`.
     */
    public static function generateKeyPair(int $bits = 2048): array
    {
    }

    /**
     * Checks a push private key the reseller already has.
     *
     * @param string $privateKey PKCS#8 or PKCS#1 PEM, unencrypted, 1024 to 4096 bits.
     *
     * @return array{privateKey: string, publicKey: string, bits: int} As for
     *         {@see generateKeyPair()}, the private key re-encoded as PKCS#8.
     *
     * @throws InvalidArgumentException Not such a key (the message never quotes it).
     */
    public static function importKey(#[\SensitiveParameter] string $privateKey): array
    {
    }

    /**
     * Seals an event as TrustOcean does, to test a receiver.
     *
     * @param string $publicKey The push public key, SPKI or PKCS#1 PEM.
     * @param string $plaintext The event JSON.
     *
     * @return string `-----BEGIN TRUSTOCEAN ENCRYPTED DATA-----`, the per-block base64, and the
     *                end line, separated by "\n".
     *
     * @throws InvalidArgumentException Not an RSA public key.
     */
    public static function encrypt(string $publicKey, string $plaintext): string
    {
    }
}

/**
 * The order lifecycle of the WHMCS module. Every decision is made here: which action is allowed
 * in which state, every input rule, the remote calls and how their answers change the order.
 * PHP only stores the record that comes back (one row per service) and shows it.
 *
 * States (`state`): awaiting_configuration → awaiting_submission → validating → issued, and the
 * final expired, cancelled, revoked (a renewal starts a new cycle); unconfirmed when a submission
 * was accepted but its answer lost (the order waits for its number: confirm()). `suspended` is separate:
 * while true only the WHMCS/admin actions (sync, changePackage, renew, suspend, unsuspend,
 * terminate, revoke, refund) are allowed; view() lists what is allowed.
 *
 * The record (`$order`, returned in full as `order`; missing keys take their defaults, unknown
 * keys are refused; ints may be digit strings and arrays JSON text, as a database returns them):
 * service_id int, state string, suspended bool, remote_status ?string, trustocean_id ?int,
 * unique_id ?string, vendor_id ?string, certificate_id ?string, csr ?string,
 * key_source ?'server'|'customer', domains list<string> (first = primary),
 * dcv array<domain, array{method: 'dns'|'http'|'https'|'email', email: ?string, status: 'needverification'|'verified'}>,
 * contact_email ?string, organization ?array<string, string>, certificate ?string, chain ?string,
 * valid_from ?int, valid_to ?int, serial ?string, renew bool, reissuing bool,
 * dcv_retried_at ?int, checked_at ?int, synced_at ?int, refund_status ?string, domain_quota int,
 * previous ?array{trustocean_id: ?int, certificate: ?string, chain: ?string, valid_to: ?int, domains: list<string>, csr: ?string, contact_email: ?string, organization: ?array<string, string>},
 * created_at int, updated_at int, version int (passed through: store a change only over the
 * version read, and count it up), pending ?string and pending_since ?int (an action recorded
 * before its call to TrustOcean; while set, only that action and reconcile() run).
 *
 * The product (`$product`; unknown keys refused): pid int, class 'dv'|'ov'|'ev', wildcard bool,
 * multi_domain bool, ip bool, quota int (names included, min 1), min_domains int (default 1),
 * period string (any casing of Monthly, Quarterly, Annually, Biennially, ...),
 * termination 'keep'|'revoke' (default keep), server_keys bool (default false).
 *
 * The input (`$input`; unknown keys refused): csr_source, csr, domains, contact_email,
 * organization, key_type, methods, same_for_all, domain, method, force, reason, renew,
 * trustocean_id; each method says which it reads.
 *
 * Organisation fields (OV/EV, all required): organization_name, organizationalUnitName,
 * registered_address_line1, registered_no, country (two letters), state, city, postal_code,
 * organization_phone, date_of_incorporation, contact_name, contact_title, contact_phone.
 *
 * Every action method returns `['order' => the full new record, 'privateKey' => ?string (PEM,
 * only when a key was just generated here: encrypt it before storing, never log it),
 * 'notice' => string (what happened, e.g. 'order.configured'), 'warnings' => list of findings
 * that did not block]`. When a method throws, nothing changed: keep the stored record. Nothing is
 * sent to TrustOcean when a check fails.
 *
 * Reason codes of refusals ($reasonCode = the first finding's code, $findings = all): the
 * `domain.*`, `csr.*`, `dcv.*` and `key.*` codes of the toolkit, `input.invalid`, and
 * `order.wrong_state` (subject: the state), `order.service_suspended`, `order.throttled`
 * (subject: seconds to wait), `order.csr_missing`, `order.csr_source_invalid`,
 * `order.server_keys_disabled`, `order.csr_domain_mismatch`, `order.contact_email_missing`,
 * `order.contact_email_invalid`, `order.organization_field_missing` (subject: the field),
 * `order.organization_field_unknown`, `order.organization_country_invalid`,
 * `order.organization_field_invalid`, `order.organization_date_invalid`,
 * `order.domain_unknown`, `order.domain_verified`, `order.primary_domain`, `order.last_domain`,
 * `order.not_multi_domain`, `order.input_missing` (subject: the field),
 * `order.callback_missing`, `order.not_submitted`, `order.no_previous`,
 * `order.quota_below_domains`, `order.revocation_reason_missing`, `order.record_incomplete`,
 * `order.import_class_mismatch`.
 */
final class Workflow
{
    /**
     * A workflow whose remote calls go through $client (and appear in its takeJournal()).
     *
     * @param Client               $client   The API client.
     * @param array<string, mixed> $settings `callbackUrl` (string, required to submit: the
     *                                       module's push URL built from the WHMCS System URL,
     *                                       never from a request's Host header), `retryDelay`
     *                                       (seconds between DCV retries, default 300),
     *                                       `checkDelay` (seconds between status checks,
     *                                       default 60), `syncInterval` (seconds between two
     *                                       push-prompted syncs of one order, default 10).
     *
     * @throws InvalidArgumentException An unknown or malformed setting.
     */
    public function __construct(Client $client, array $settings = [])
    {
    }

    /**
     * WHMCS CreateAccount: a fresh record awaiting configuration.
     *
     * `$order` may hold only `service_id` (and `domain_quota`; else `$product['quota']` is used); an
     * unspent `unique_id` and `created_at` of a repeated call are kept. Notice `order.created`.
     * Allowed in awaiting_configuration only.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     */
    public function create(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Step 1: CSR, domains, contact e-mail and organisation; then reserves a unique id.
     *
     * `$input`: `csr_source` ('upload' default | 'generate' when `$product['server_keys']`), `csr`
     * (PEM), `domains` (list, or text with one per line; the first is the primary; empty on single-
     * domain products = the CSR's CN, on multi-domain products = the CSR's CN and SANs),
     * `contact_email`, `organization` (OV/EV: all 13 API fields, see {@see Workflow} class doc),
     * `key_type` ('rsa2048' default, 'rsa4096', 'ecdsa-p256', 'ec-p384'), optional
     * `methods`/`same_for_all` as for submit(). Every rule is checked (CSR lint, names against the
     * product, quota, wildcard and IP rules, organisation, e-mail) and all problems are reported
     * together; only then is an unspent `unique_id` reused or `createNewUniqueId` called. State
     * becomes awaiting_submission with DCV defaults (dns for names, http for IPs). `privateKey` is
     * set when the key was generated here. Notice `order.configured`.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function configure(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Renewal step 1 with the previous certificate's CSR, domains, contact and organisation.
     *
     * `$input` may override `domains`, `contact_email`, `organization`. The key source stays (a
     * server key kept by PHP remains valid). Same checks and result as configure().
     * `order.no_previous` without a previous certificate.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function reusePrevious(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Step 2: checks the DCV method of every domain and places the order (`addSSLOrder`).
     *
     * `$input`: `methods` (domain => 'dns'|'http'|'https'|an approver address of that domain;
     * `_issuewild.` may stand for `*.`; domains left out keep their choice), `same_for_all` (one
     * method for every domain that can use it; an approver address stands for the same position in
     * each domain's list; IPs keep http for dns/e-mail). Sends `renew=yes` for renewals and the
     * settings' `callbackUrl`. State becomes validating with `trustocean_id` set; notice
     * `order.submitted`. If TrustOcean says the unique id is already used, an earlier submission
     * placed the order and its answer was lost: the state becomes unconfirmed (notice
     * `order.placed_unconfirmed`), and nothing is placed again. If the id is expired or unknown, a
     * new one is stored, the state stays awaiting_submission and the notice is
     * `order.unique_id_renewed` (the DCV values changed: show them again). Record the action as
     * pending (`pending` = 'submit') in your database before calling, so that a crash or a lost
     * answer is settled by reconcile() and never by submitting again.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function submit(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * "Check issuance": syncs the remote status (`getOrderStatus`, then `getDomainValidationStatus` while validating, or `getSSLDetails` once issued, and `checkRefundStatus` while a refund is processing).
     *
     * Throttled by `checkDelay` unless `$input['force']` is true. Once issued, `certificate`,
     * `chain`, `valid_from`, `valid_to`, `serial` are stored and the state becomes issued. Never
     * moves backwards; expired/cancelled/revoked are final. Notices `order.issued`, `order.pending`,
     * `order.unchanged`, `order.cancelled`, `order.revoked`, `order.expired`. Allowed in validating
     * and issued.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function refresh(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * A push named this order: one `getSSLDetails`, applied as TrustOcean reports it.
     *
     * The certificate, chain and dates when newly issued (every domain verified; the end of a
     * reissue), the domains' validation progress while validating, cancellation, revocation and
     * expiry; a pending refund is looked up with `checkRefundStatus`. Nothing the push itself
     * carried is used. Applying the same answer twice changes nothing, and nothing moves
     * backwards (a late "processing" never undoes "issued"; expired, cancelled and revoked are
     * final). Sets `synced_at`. Notice `order.issued`, `order.cancelled`, `order.revoked`,
     * `order.expired`, `order.pending` or `order.unchanged`. Allowed once the order is placed,
     * suspended or not; in expired, cancelled and revoked only a pending refund is looked up
     * (nothing else can change there). Ask {@see syncWait()} first, and claim the slot in the
     * database, so a flood of pushes cannot become a flood of API calls.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   Not read.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order or $product has the wrong shape, or the
     *                                  state does not allow it (`order.wrong_state`).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function sync(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Seconds until a push may make {@see sync()} call TrustOcean for this order again.
     *
     * @param array<string, mixed> $order The stored record (its `synced_at` counts).
     * @param int|null             $now   Unix seconds; null = now.
     *
     * @return int 0 when it may sync now, else up to the `syncInterval` setting.
     *
     * @throws InvalidArgumentException A field of $order has the wrong shape.
     */
    public function syncWait(array $order, ?int $now = null): int
    {
    }

    /**
     * Switches one domain's DCV method (`changeDCVMethod` once placed; before that only the stored choice).
     *
     * `$input`: `domain`, `method` ('dns'|'http'|'https'|approver address). Refused for a validated
     * domain. Notice `order.dcv_method_changed`. Allowed in awaiting_submission and validating.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function changeDcvMethod(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Removes a domain that cannot be validated (`removeSanDomain` once placed).
     *
     * `$input`: `domain`. Multi-domain products only; never the primary, the last or a validated
     * domain. Notice `order.domain_removed`. Allowed in awaiting_submission and validating.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function removeDomain(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Asks the CA to re-check the domains and resend approval e-mails (`reTryDcvEmailOrDCVCheck`).
     *
     * Throttled by `retryDelay` (`order.throttled`, subject = seconds to wait) unless
     * `$input['force']` (the admin's retry). Notice `order.dcv_retried`. Allowed in validating.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function retryDcv(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Back to step 1 before submission: clears the CSR, domains, DCV choices, organisation and key source.
     *
     * An unspent `unique_id` and the contact address stay (if `key_source` was 'server', PHP should
     * drop the stored key). Notice `order.reset`. Allowed in awaiting_configuration and
     * awaiting_submission only.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     */
    public function reset(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Reissues the issued certificate with a new CSR and/or domains under a new unique id (`reissueSSLOrder`).
     *
     * `$input` as for configure() plus `methods`/`same_for_all` as for submit(); `csr_source` 'keep'
     * (the default without `csr`) keeps the current CSR; a multi-domain reissue without `domains`
     * keeps the names. Domains must fit the quota. State becomes validating with `reissuing` true;
     * the current certificate stays until refresh() stores the new one. `privateKey` is set for a
     * generated key (it belongs to the pending certificate). Notice `order.reissue_submitted`.
     * Allowed in issued only.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function reissue(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * WHMCS ChangePackage: `$product['quota']` becomes the order's `domain_quota`.
     *
     * Refused (`order.quota_below_domains`, subject = the new quota) when the order already has more
     * names. Notice `order.package_changed`. Allowed in every state, also while suspended.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     */
    public function changePackage(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * WHMCS Renew: starts a new certificate cycle.
     *
     * The current certificate, chain, CSR, domains, contact and organisation go to `previous`; the
     * state becomes awaiting_configuration with `renew` true when there was a certificate (issued or
     * expired); the spent unique id and the remote ids are cleared. Notice `order.renewal_started`.
     * Allowed in issued, expired, cancelled and revoked.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     */
    public function renew(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * WHMCS Suspend: sets `suspended`; customers may then only view the order.
     *
     * Notice `order.suspended`. Allowed in every state.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     */
    public function suspend(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * WHMCS Unsuspend: clears `suspended`.
     *
     * Notice `order.unsuspended`. Allowed in every state.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     */
    public function unsuspend(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * WHMCS Terminate.
     *
     * Before submission: cancelled locally (`order.cancelled`). Validating: `cancelAndRefund`,
     * cancelled, `refund_status` 'processing' (`order.refund_requested`). Issued (or reissuing): kept
     * as is when `$product['termination']` is 'keep' (`order.kept`), else `revokeSSL` and revoked
     * (`order.revoked`). Final states: unchanged (`order.nothing_to_do`). Allowed in every state,
     * also while suspended.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function terminate(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Admin: revokes the issued certificate (`revokeSSL`).
     *
     * `$input`: `reason` (required, `order.revocation_reason_missing`). State becomes revoked; notice
     * `order.revoked`. Allowed in issued.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function revoke(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Admin: cancels the order at TrustOcean and asks for a refund (`cancelAndRefund`).
     *
     * Sets `refund_status` 'processing'; refresh() reads the decision and a finished refund cancels
     * the order. Notice `order.refund_requested`. Allowed in validating and issued.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   What was entered.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException A field of $order, $product or $input has the wrong shape
     *                                  (`input.invalid`, the message names it), the action is not
     *                                  allowed now (`order.wrong_state`, `order.service_suspended`),
     *                                  or a rule is broken (every problem in $findings).
     * @throws ApiException             TrustOcean refused the call; nothing changed locally.
     * @throws TransportException       The call got no usable answer; nothing changed locally.
     */
    public function refund(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Admin, before the first submission: the order will be placed as a renewal.
     *
     * TrustOcean adds extra validity to a renewal of a qualifying certificate; the flag is sent as
     * `renew=yes` by {@see submit()}. `$input['renew']` false unmarks it. Notice
     * `order.marked_renewal` or `order.unmarked_renewal`. Allowed in awaiting_configuration and
     * awaiting_submission, suspended or not.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   `renew` (bool, default true).
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException The state does not allow it (`order.wrong_state`).
     */
    public function markRenewal(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Settles the action recorded in `$order['pending']` that a crash or a lost answer left
     * unsettled, and clears it.
     *
     * A submission: `checkUniqueId` on the order's unique id; free means nothing was placed
     * (notice `order.not_placed`, still awaiting_submission with the same id and DCV values),
     * spent means TrustOcean holds the order (state unconfirmed, notice
     * `order.placed_unconfirmed`). Any other action on a placed order: `getSSLDetails`, applied as
     * sync() does; a reissue TrustOcean accepted is taken over with its unique id, CSR and names
     * (notice `order.reissue_submitted`; warning `order.reissue_key_lost` when the server had made
     * its key). Allowed whenever something is pending, in any state; never places anything.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   Nothing.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException `order.nothing_pending`.
     * @throws ApiException             TrustOcean refused the question.
     * @throws TransportException       The call got no usable answer: the action stays pending.
     */
    public function reconcile(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * An unconfirmed order's number, `$input['trustocean_id']` (from a push or the admin).
     *
     * `getSSLDetails` must show this order's unique id, or `order.confirm_mismatch`; then the order
     * goes on as placed: validating (notice `order.confirmed`), or issued at once with its
     * certificate when TrustOcean already issued it. Allowed in unconfirmed.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   `trustocean_id`.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException `order.input_missing`, `order.confirm_mismatch`, `order.wrong_state`.
     * @throws ApiException             TrustOcean refused (no such order of this account).
     * @throws TransportException       The call got no usable answer.
     */
    public function confirm(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Admin: takes over an order that already exists at TrustOcean into this new service.
     *
     * `$input['trustocean_id']` names it; `getSSLDetails` supplies its names, CSR, unique id,
     * validation choices, organisation, and certificate and chain when issued; the state follows
     * its status (validating, issued, cancelled, revoked, expired). The key stays with the customer
     * (`key_source` customer). The service's quota grows to fit its names (warning
     * `order.import_quota_raised`). Notice `order.imported`. Allowed in awaiting_configuration.
     * Check first that no other service holds the order.
     *
     * @param array<string, mixed> $order   The stored record (see the class doc).
     * @param array<string, mixed> $product The product (see the class doc).
     * @param array<string, mixed> $input   `trustocean_id`.
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *
     * @throws InvalidArgumentException `order.input_missing`, `order.import_class_mismatch` (the
     *                                  order is DV and the product OV, ...), `order.wrong_state`.
     * @throws ApiException             TrustOcean refused (778807: no such order of this account).
     * @throws TransportException       The call got no usable answer.
     */
    public function import(array $order, array $product, array $input = [], ?int $now = null): array
    {
    }

    /**
     * Syncs many orders at once, as the cron does: each as {@see sync()} would, with a bounded
     * number of calls in flight.
     *
     * @param list<array<string, mixed>> $orders  Stored records.
     * @param array<string, mixed>       $options `concurrency` (calls in flight, 1 to 64, default
     *                                            8) and `minIntervalMs` (least time between two
     *                                            call starts, for an API that limits its rate;
     *                                            default 0).
     * @param int|null                   $now     Unix seconds; null = now.
     *
     * @return list<array{order: ?array<string, mixed>, notice: ?string, error: ?array{kind: string, code: int, reasonCode: ?string, message: string}}>
     *         One item per order, in the order given: the new record and notice, or the error
     *         (`kind` api, transport or invalid_argument; `code` TrustOcean's error code or the
     *         HTTP status). An order whose state allows no sync gets `order.wrong_state` without a
     *         call; one order's failure never stops the others.
     *
     * @throws InvalidArgumentException A record or option has the wrong shape.
     */
    public function syncMany(array $orders, array $options = [], ?int $now = null): array
    {
    }

    /**
     * The record of a row of the original TrustOcean module's `tbltrustocean_certificate`.
     *
     * The status becomes a state (TrustOcean's own statuses need a placed order; `enroll_dcv` with
     * CSR, names and unique id is awaiting_submission), names, validation choices, organisation,
     * certificate and chain carry over; a certificate that cannot be read is left out (warning
     * `order.legacy_certificate_unreadable`). Makes no call.
     *
     * @param array<string, mixed> $row     The row as the database returns it.
     * @param array<string, mixed> $product The service's product (its quota counts).
     * @param int|null             $now     Unix seconds; null = now.
     *
     * @return array{order: array<string, mixed>, privateKey: ?string, notice: string, warnings: list<array{code: string, severity: string, subject: ?string, message: string}>}
     *         `privateKey` is the row's clear `key_code`: encrypt it before storing, never log it.
     *         Notice `order.migrated`.
     *
     * @throws InvalidArgumentException The row names no service (`order.input_missing`) or a
     *                                  field has the wrong shape.
     */
    public static function fromLegacy(array $row, array $product, ?int $now = null): array
    {
    }

    /**
     * The record as it really is at $now: an issued certificate past its end is expired. Makes no
     * call; store the result when its state differs.
     *
     * @param array<string, mixed> $order The stored record.
     * @param int|null             $now   Unix seconds; null = now.
     *
     * @return array<string, mixed> The full record.
     *
     * @throws InvalidArgumentException A field of $order has the wrong shape.
     */
    public static function settle(array $order, ?int $now = null): array
    {
    }

    /**
     * The expiry reminder due for an order, once per threshold and certificate.
     *
     * Only the most urgent threshold crossed is due (a late run sends one reminder, not several);
     * `0` is the notice once expired. Nothing is due during a reissue, or after a revocation or
     * cancellation.
     *
     * @param array<string, mixed> $order      The stored record.
     * @param list<int>            $thresholds Days before the end (90, 30, 7, 1 by default).
     * @param list<int>            $sent       Thresholds already sent for its current certificate.
     * @param int|null             $now        Unix seconds; null = now.
     *
     * @return array{threshold: int, days_left: int}|null
     *
     * @throws InvalidArgumentException A field of $order has the wrong shape.
     */
    public static function reminderDue(array $order, array $thresholds, array $sent, ?int $now = null): ?array
    {
    }

    /**
     * What the client area shows for an order, computed without any remote call. Static: it can
     * also be called on an instance, but then pass the same $settings for the waits.
     *
     * @param array<string, mixed> $order    The stored record.
     * @param array<string, mixed> $product  The product.
     * @param int|null             $now      Unix seconds; null = now.
     * @param array<string, mixed> $settings `retryDelay`, `checkDelay` as for the constructor.
     *
     * @return array{
     *     state: string,
     *     suspended: bool,
     *     actions: list<string>,
     *     admin_actions: list<string>,
     *     domains: list<string>,
     *     dcv: list<array{
     *         domain: string,
     *         method: string,
     *         email: ?string,
     *         status: string,
     *         is_ip: bool,
     *         approver_emails: list<string>,
     *         dns: ?array{host: string, type: string, value: string},
     *         http: ?array{url: string, https_url: string, path: string, filename: string, content: string}
     *     }>,
     *     retry_wait: int,
     *     check_wait: int,
     *     certificate: ?array<string, mixed>,
     *     reissuing: bool,
     *     renew: bool
     * } `state` is the state at $now (an issued certificate past its end shows expired);
     *   `actions` are the customer actions possible now (snake_case: configure, reuse_previous,
     *   submit, refresh, change_dcv_method, remove_domain, retry_dcv, reset, reissue),
     *   `admin_actions` the WHMCS/admin ones (sync, mark_renewal, import, change_package, renew,
     *   suspend, unsuspend, terminate, revoke, refund); `dns`/`http` are null until a CSR and unique id exist (`dns`
     *   always for IPs); `retry_wait`/`check_wait` are seconds until retryDcv()/refresh() may run;
     *   `certificate` is the stored certificate as {@see Certificate::parse()} describes it.
     *
     * @throws InvalidArgumentException A field of $order, $product or $settings has the wrong shape.
     */
    public static function view(array $order, array $product, ?int $now = null, array $settings = []): array
    {
    }
}
