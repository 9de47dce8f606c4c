<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

use DateTimeImmutable;
use DateTimeZone;
use TrustOcean\Whmcs\Addon\AddonLang;

/**
 * What an order list is filtered by: a domain (any of the order's names, Unicode or punycode),
 * an order number
 * (TrustOcean's or the CA's), a client (name, e-mail or company), a state and a range of expiry
 * dates (UTC days, both ends included). A value that cannot be used is left out of the search
 * and named in $problems, so the list still shows and says what to correct.
 */
final class OrderSearch
{
    /** Query parameters the search is read from and written to. */
    public const PARAMETERS = ['domain', 'number', 'client', 'state', 'from', 'to'];

    /** @param list<string> $problems */
    private function __construct(
        public readonly string $domain,
        public readonly string $number,
        public readonly string $client,
        public readonly string $state,
        public readonly string $from,
        public readonly string $to,
        public readonly array $problems
    ) {
    }

    /** @param callable(string): string $query reads one query parameter */
    public static function fromQuery(callable $query, AddonLang $lang): self
    {
        $problems = [];
        $domain = self::asciiDomain(mb_strtolower(self::text($query('domain'), 253)));
        $number = self::text($query('number'), 64);
        $client = self::text($query('client'), 100);

        $state = $query('state');
        if ($state !== '' && !in_array($state, OrderStates::filters(), true)) {
            $problems[] = $lang->get('orders.search.invalid', ['field' => $lang->get('orders.search.state'), 'fix' => $lang->get('orders.fix.state')]);
            $state = '';
        }

        $from = $query('from');
        if ($from !== '' && self::day($from) === null) {
            $problems[] = $lang->get('orders.search.invalid', ['field' => $lang->get('orders.search.from'), 'fix' => $lang->get('orders.fix.date')]);
            $from = '';
        }
        $to = $query('to');
        if ($to !== '' && self::day($to) === null) {
            $problems[] = $lang->get('orders.search.invalid', ['field' => $lang->get('orders.search.to'), 'fix' => $lang->get('orders.fix.date')]);
            $to = '';
        }
        if ($from !== '' && $to !== '' && $from > $to) {
            $problems[] = $lang->get('orders.search.invalid', ['field' => $lang->get('orders.search.to'), 'fix' => $lang->get('orders.fix.range')]);
            $to = '';
        }

        return new self($domain, $number, $client, $state, $from, $to, $problems);
    }

    /** A search for one state only (the figures' links). */
    public static function forState(string $state): self
    {
        return new self('', '', '', $state, '', '', []);
    }

    /** The first second of the "from" day, or null. */
    public function expiresFrom(): ?int
    {
        return $this->from === '' ? null : self::day($this->from);
    }

    /** The first second after the "to" day, or null. */
    public function expiresBefore(): ?int
    {
        return $this->to === '' ? null : (int) self::day($this->to) + 86400;
    }

    /** @return list<string> the client words, each to be found in a name, the e-mail or the company */
    public function clientWords(): array
    {
        $words = preg_split('/\s+/u', $this->client, -1, PREG_SPLIT_NO_EMPTY) ?: [];
        return array_slice($words, 0, 5);
    }

    public function isEmpty(): bool
    {
        return $this->toQuery() === [];
    }

    /** @return array<string, string> the query parameters that repeat this search */
    public function toQuery(): array
    {
        return array_filter([
            'domain' => $this->domain,
            'number' => $this->number,
            'client' => $this->client,
            'state' => $this->state,
            'from' => $this->from,
            'to' => $this->to,
        ], static fn (string $value): bool => $value !== '');
    }

    /**
     * Names are stored in their ASCII form (punycode), so a label typed in Unicode (例子) is
     * searched as its xn-- form; labels that cannot be converted stay as typed.
     */
    private static function asciiDomain(string $domain): string
    {
        if (preg_match('/[^\x00-\x7f]/', $domain) !== 1 || !function_exists('idn_to_ascii')) {
            return $domain;
        }
        $labels = array_map(static function (string $label): string {
            $ascii = preg_match('/[^\x00-\x7f]/', $label) === 1 ? idn_to_ascii($label, IDNA_DEFAULT, INTL_IDNA_VARIANT_UTS46) : $label;
            return is_string($ascii) ? $ascii : $label;
        }, explode('.', $domain));
        return implode('.', $labels);
    }

    /** Typed text cut to $length characters, invalid UTF-8 replaced (the database would refuse it). */
    private static function text(string $value, int $length): string
    {
        return mb_substr(mb_scrub($value, 'UTF-8'), 0, $length, 'UTF-8');
    }

    /** A YYYY-MM-DD day as unix seconds at 00:00 UTC; null for anything else. */
    private static function day(string $text): ?int
    {
        $day = DateTimeImmutable::createFromFormat('!Y-m-d', $text, new DateTimeZone('UTC'));
        return $day !== false && $day->format('Y-m-d') === $text ? $day->getTimestamp() : null;
    }
}
