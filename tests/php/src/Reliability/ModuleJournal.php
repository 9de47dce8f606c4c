<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

use WHMCS\Database\Capsule;

/**
 * The TrustOcean calls the module made, as its module log records them (one entry per call,
 * with the error when the call failed): what a campaign action really sent, which answers were
 * lost on the way, and whether a read was sent again after a lost answer (it may be) or a write
 * was (it must never be: what became of a write is found out by reading).
 */
final class ModuleJournal
{
    /** Methods whose call changes nothing at TrustOcean. */
    public const READS = [
        'ping', 'getProfileInfo', 'getProductList', 'getProductPriceList', 'getProductListWithPricing',
        'checkUniqueId', 'getPreDomainValidationInformation', 'getOrderStatus', 'getSSLDetails',
        'getDomainValidationStatus', 'checkRefundStatus',
    ];

    /** Methods whose call changes something at TrustOcean. */
    public const WRITES = [
        'createNewUniqueId', 'addSSLOrder', 'changeDCVMethod', 'reTryDcvEmailOrDCVCheck', 'removeSanDomain',
        'reissueSSLOrder', 'revokeSSL', 'cancelAndRefund',
    ];

    /** How each kind of failed call shows in the log, checked in this order. */
    private const OUTCOMES = [
        'error' => 'Sandbox fault injection',
        'drop' => 'could not reach the TrustOcean API',
        'timeout' => 'did not answer',
        'malformed' => 'sent an unreadable answer',
        'refused' => 'TrustOcean refused',
    ];

    /** The newest log entry now: what a later read starts after. */
    public static function mark(): int
    {
        return (int) Capsule::table('tblmodulelog')->max('id');
    }

    /**
     * The API calls logged after $mark, oldest first: method, request (as logged), outcome (ok,
     * error, drop, timeout, malformed or refused).
     *
     * @return list<array{method: string, request: string, outcome: string}>
     */
    public static function since(int $mark): array
    {
        $methods = array_merge(self::READS, self::WRITES);
        $calls = [];
        $rows = Capsule::table('tblmodulelog')->where('id', '>', $mark)->whereIn('action', $methods)->orderBy('id')->get();
        foreach ($rows as $row) {
            $calls[] = [
                'method' => (string) $row->action,
                'request' => (string) $row->request,
                'outcome' => self::outcome((string) $row->response),
            ];
        }
        return $calls;
    }

    /** Whether a call's answer was lost on the way (TrustOcean may or may not have acted). */
    public static function lost(string $outcome): bool
    {
        return in_array($outcome, ['drop', 'timeout', 'malformed'], true);
    }

    public static function isWrite(string $method): bool
    {
        return in_array($method, self::WRITES, true);
    }

    /**
     * Calls sent again, identical, straight after their answer was lost (a retry, not a later
     * decision): [reads, writes].
     *
     * @param list<array{method: string, request: string, outcome: string}> $calls
     *
     * @return array{int, int}
     */
    public static function resent(array $calls): array
    {
        $reads = 0;
        $writes = 0;
        $previous = null;
        foreach ($calls as $call) {
            if (
                $previous !== null && self::lost($previous['outcome'])
                && $previous['method'] === $call['method'] && $previous['request'] === $call['request']
            ) {
                self::isWrite($call['method']) ? $writes++ : $reads++;
            }
            $previous = $call;
        }
        return [$reads, $writes];
    }

    private static function outcome(string $response): string
    {
        foreach (self::OUTCOMES as $outcome => $marker) {
            if (str_contains($response, $marker)) {
                return $outcome;
            }
        }
        return 'ok';
    }
}
