<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

use RuntimeException;

/**
 * The `expect` object of a corpus case, checked when the corpus is read.
 *
 * - `refused`: message keys (`server:`, `addon:` or `whmcs:` followed by the lang key) whose
 *   text must be in the page's error or warning alerts;
 * - `error`: an error alert and no success, whatever its words (for a refusal the module has no
 *   message for yet);
 * - `naming`: text the alert must also hold: the field or value to fix;
 * - `text`: literal texts of the host (WHMCS) that must be in the alerts;
 * - `shows`: message keys whose text must be somewhere in the page;
 * - `status`: the HTTP status; `redirect`: a part of the final URL after redirects;
 * - `answer`: the exact body (the push endpoint's JSON);
 * - `ignored`: the page is shown as usual, without any error: the value was not used;
 * - `csv_rows`: the number of data rows of a CSV download;
 * - `accepted`: the input is legitimate once normalised and is stored: the stored values
 *   (`state`, `domains`, `contact_email`, `organization`, `settings`) or a `download` type;
 * - `startup_warning`: a warning PHP itself logs while reading the request, before any script
 *   runs (too many input variables), which the case provokes on purpose.
 */
final class Expectation
{
    private const KEYS = [
        'refused', 'error', 'naming', 'text', 'shows', 'status', 'redirect', 'answer', 'ignored', 'csv_rows', 'accepted', 'startup_warning',
    ];

    private const OUTCOMES = ['refused', 'error', 'text', 'shows', 'redirect', 'answer', 'ignored', 'accepted', 'csv_rows'];

    private const ACCEPTED_KEYS = ['state', 'domains', 'contact_email', 'organization', 'settings', 'download'];

    /** @param array<string, mixed> $expect */
    public static function validate(array $expect, string $where): void
    {
        $unknown = array_diff(array_keys($expect), self::KEYS);
        if ($unknown !== []) {
            throw new RuntimeException("{$where}: unknown expectations " . implode(', ', $unknown));
        }
        if (array_intersect(array_keys($expect), self::OUTCOMES) === []) {
            throw new RuntimeException("{$where}: no outcome is expected");
        }
        foreach (['refused', 'shows'] as $list) {
            foreach ((array) ($expect[$list] ?? []) as $key) {
                if (preg_match('/^(server|addon|whmcs):[a-z0-9_.-]+$/', (string) $key) !== 1) {
                    throw new RuntimeException("{$where}: {$key} is not a catalogue:key message");
                }
            }
        }
        $unknownAccepted = array_diff(array_keys((array) ($expect['accepted'] ?? [])), self::ACCEPTED_KEYS);
        if ($unknownAccepted !== []) {
            throw new RuntimeException("{$where}: unknown accepted values " . implode(', ', $unknownAccepted));
        }
    }
}
