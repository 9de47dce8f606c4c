<?php

/**
 * IDE stubs for the `trustocean` PHP extension (libtrustocean.so).
 *
 * The extension is written in Rust; this file only describes its API for IDEs and static
 * analysers and must never be loaded next to the real extension. tests/php keeps it identical
 * to the extension through reflection (StubMatchesExtensionTest).
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
 *   type or an invalid value; nothing was sent. The message names the field.
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
