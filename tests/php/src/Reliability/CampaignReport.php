<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

/**
 * What a campaign did and found, as figures: written as JSON for machines and as a few lines for
 * people. Violations are the findings that fail the campaign (each says which action, service
 * and step); the three order figures must be 0.
 */
final class CampaignReport
{
    /** @var array<string, int> module actions run, by kind */
    public array $actions = [];

    /** @var array<string, int> succeeded, failed_with_message, viewed, downloaded */
    public array $outcomes = ['succeeded' => 0, 'failed_with_message' => 0, 'viewed' => 0, 'downloaded' => 0];

    /** @var array<string, int> failed actions by cause: a fault met on the way, or a refusal */
    public array $failedBecause = ['fault' => 0, 'refusal' => 0];

    /** @var array<string, int> faults the module's calls met, as its log shows them */
    public array $faultsSeen = ['drop' => 0, 'error' => 0, 'malformed' => 0, 'timeout' => 0];

    /** @var array<string, int> */
    public array $settlement = [
        'lost_write_answers' => 0,
        'settled_at_once' => 0,
        'left_pending' => 0,
        'settled_later' => 0,
        'unconfirmed' => 0,
        'confirmed_by_admin' => 0,
        'cron_settled' => 0,
    ];

    /** @var array<string, int> */
    public array $retries = ['read_retries' => 0, 'blind_write_retries' => 0];

    /** @var array<string, int> what the certificate authority did meanwhile */
    public array $caEvents = ['approved' => 0, 'refund_finished' => 0, 'refund_rejected' => 0];

    /** @var array<string, int> */
    public array $events = ['clock' => 0, 'latency_phases' => 0, 'timeout_episodes' => 0];

    /** @var array<string, int> failure messages shown, by text */
    public array $messages = [];

    /** @var list<string> */
    public array $violations = [];

    /** @var array<string, int> violations by what went wrong, whatever the action and service */
    public array $violationKinds = [];

    /** @var array<string, mixed> */
    public array $faults = [];

    /** @var array<string, mixed> */
    public array $convergence = [];

    /** @var array<string, mixed> */
    public array $orders = [];

    /** @var array<string, int> final states of the campaign's records */
    public array $finalStates = [];

    /** @var array<string, mixed> */
    public array $run = [];

    public function action(string $kind): void
    {
        $this->actions[$kind] = ($this->actions[$kind] ?? 0) + 1;
    }

    public function violation(string $text): void
    {
        if (count($this->violations) < 200) {
            $this->violations[] = $text;
        }
        // "#12 submit on service 3 (dv_single, validating): what" → "what", numbers and paths masked.
        $what = preg_replace('/^#\d+ [^:]*\): /', '', $text) ?? $text;
        $kind = preg_replace(['~/\S*/~', '/[0-9a-f]{40}_\d+\.file\./', '/\d+/'], ['…/', '', 'N'], $what) ?? $what;
        $this->violationKinds[$kind] = ($this->violationKinds[$kind] ?? 0) + 1;
    }

    public function message(string $text): void
    {
        $this->messages[$text] = ($this->messages[$text] ?? 0) + 1;
    }

    public function actionsRun(): int
    {
        return array_sum($this->actions);
    }

    /** @return array<string, mixed> */
    public function toArray(): array
    {
        arsort($this->messages);
        ksort($this->actions);
        return [
            'run' => $this->run,
            'actions_run' => $this->actionsRun(),
            'actions_by_kind' => $this->actions,
            'outcomes' => $this->outcomes,
            'failed_because' => $this->failedBecause,
            'faults_injected' => $this->faults,
            'faults_seen_by_module' => $this->faultsSeen,
            'reconciliations' => $this->settlement['settled_at_once'] + $this->settlement['settled_later'],
            'settlement' => $this->settlement,
            'retries' => $this->retries,
            'ca_events' => $this->caEvents,
            'events' => $this->events,
            'convergence' => $this->convergence,
            'orders' => $this->orders,
            'final_states' => $this->finalStates,
            'failure_messages' => (object) array_slice($this->messages, 0, 25, true),
            'violation_kinds' => (object) $this->violationKinds,
            'violations' => $this->violations,
        ];
    }

    public function write(string $path): void
    {
        $directory = dirname($path);
        if (!is_dir($directory)) {
            mkdir($directory, 0755, true);
        }
        file_put_contents($path, json_encode($this->toArray(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n");
    }

    public function summary(): string
    {
        $faults = $this->faults['by_kind'] ?? [];
        $lines = [
            sprintf(
                'fault campaign (seed %s): %d actions on %d services in %.0f s; %d succeeded, %d failed with a message (%d by a fault, %d refused), %d views, %d downloads',
                (string) ($this->run['seed'] ?? '?'),
                $this->actionsRun(),
                (int) ($this->run['services'] ?? 0),
                (float) ($this->run['seconds'] ?? 0),
                $this->outcomes['succeeded'],
                $this->outcomes['failed_with_message'],
                $this->failedBecause['fault'],
                $this->failedBecause['refusal'],
                $this->outcomes['viewed'],
                $this->outcomes['downloaded']
            ),
            sprintf(
                'faults injected: %d of %d calls (%.1f%%): %s',
                (int) ($this->faults['total'] ?? 0),
                (int) ($this->faults['calls'] ?? 0),
                100 * (float) ($this->faults['fraction'] ?? 0),
                implode(', ', array_map(static fn (string $kind, int $count): string => "{$kind} {$count}", array_keys($faults), $faults))
            ),
            sprintf(
                'lost write answers %d: settled at once %d, left pending %d, settled later %d; unconfirmed %d, confirmed by the admin %d; read retries %d, blind write retries %d',
                $this->settlement['lost_write_answers'],
                $this->settlement['settled_at_once'],
                $this->settlement['left_pending'],
                $this->settlement['settled_later'],
                $this->settlement['unconfirmed'],
                $this->settlement['confirmed_by_admin'],
                $this->retries['read_retries'],
                $this->retries['blind_write_retries']
            ),
            sprintf(
                'converged in %d rounds; lost orders %d, duplicate orders %d, stuck orders %d (drift %d); violations %d',
                (int) ($this->convergence['rounds'] ?? 0),
                (int) ($this->orders['lost'] ?? -1),
                (int) ($this->orders['duplicate'] ?? -1),
                (int) ($this->orders['stuck'] ?? -1),
                (int) ($this->orders['drift'] ?? -1),
                count($this->violations)
            ),
        ];
        return implode("\n", $lines) . "\n";
    }
}
