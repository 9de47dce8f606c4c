<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

use RuntimeException;
use TrustOcean\Tests\Support\Sandbox;

/**
 * Turns the sandbox's fault knobs on and off for a campaign and counts, by kind, the faults the
 * module's calls met.
 *
 * The sandbox does not say which call it hit, so the ledger replays its seeded draws
 * (FaultDraws). It only needs the number of calls: the sandbox records every call that reached
 * its handler (not the dropped ones, not the injected errors), and when the ledger closes a
 * segment it sends its own pings until one is recorded. The replayed stream then tells where
 * the module's calls ended, which of them were hit, and checks itself: the count of recorded
 * calls must come out exactly.
 */
final class FaultLedger
{
    /** The calls the sandbox's log keeps; beyond it the oldest go and counts stop adding up. */
    private const CALL_LOG_CAPACITY = 100000;

    /** @var array{drop: float, error: float, malformed: float, slow: float}|null rates of the open segment */
    private ?array $rates = null;

    private int $seed = 0;

    private int $recordedAtStart = 0;

    /** @var array<string, int> faults by kind over the closed segments */
    private array $faults = ['drop' => 0, 'error' => 0, 'malformed' => 0, 'slow' => 0];

    private int $calls = 0;

    private int $probes = 0;

    private int $segments = 0;

    public function __construct(private readonly Sandbox $sandbox)
    {
    }

    /**
     * Opens a segment: these rates (fractions of calls) from now on, drawn from $seed, with slow
     * bodies of $slowChunkBytes every $slowDelayMs and $latencyMs before every call.
     *
     * @param array{drop: float, error: float, malformed: float, slow: float} $rates
     */
    public function open(int $seed, array $rates, int $slowDelayMs, int $slowChunkBytes, int $latencyMs): void
    {
        if ($this->rates !== null) {
            throw new RuntimeException('a fault segment is already open');
        }
        $this->recordedAtStart = $this->recordedCalls();
        $this->sandbox->setFaults([
            'drop_rate' => $rates['drop'],
            'error_rate' => $rates['error'],
            'error_mode' => 'envelope',
            'malformed_rate' => $rates['malformed'],
            'slow_body_rate' => $rates['slow'],
            'slow_body_delay_ms' => $slowDelayMs,
            'slow_body_chunk_bytes' => $slowChunkBytes,
            'latency_ms' => $latencyMs,
            'methods' => [],
            'seed' => $seed,
        ]);
        $this->rates = $rates;
        $this->seed = $seed;
    }

    /** Changes the latency of every call; the draws go on. */
    public function setLatency(int $latencyMs): void
    {
        $this->sandbox->setFaults(['latency_ms' => $latencyMs]);
    }

    public function isOpen(): bool
    {
        return $this->rates !== null;
    }

    /**
     * Closes the open segment: pings until the sandbox records one, turns every fault off and
     * adds the segment's calls and faults to the totals.
     */
    public function close(): void
    {
        if ($this->rates === null) {
            return;
        }
        $probes = 0;
        $before = $this->recordedCalls();
        do {
            $probes++;
            $this->ping();
        } while ($this->recordedCalls() === $before && $probes < 200);
        $recordedNow = $this->recordedCalls();
        $this->sandbox->clearFaults();
        if ($recordedNow >= self::CALL_LOG_CAPACITY) {
            throw new RuntimeException('the sandbox\'s call log is full: restart it to count faults again');
        }
        $recorded = $recordedNow - $this->recordedAtStart;

        $draws = new FaultDraws($this->seed);
        $kinds = [];
        $seen = 0;
        while ($seen < $recorded) {
            $kind = $draws->next($this->rates);
            $kinds[] = $kind;
            if ($kind !== 'drop' && $kind !== 'error') {
                $seen++;
            }
            if (count($kinds) > 10 * $recorded + 1000) {
                throw new RuntimeException('the fault draws do not replay the sandbox\'s: is another client calling it?');
            }
        }
        // The last draws are the pings: the one recorded, after those dropped or refused.
        if (count($kinds) < $probes) {
            throw new RuntimeException('the fault draws do not replay the sandbox\'s pings');
        }
        foreach (array_slice($kinds, count($kinds) - $probes, $probes - 1) as $kind) {
            if ($kind !== 'drop' && $kind !== 'error') {
                throw new RuntimeException('the fault draws do not replay the sandbox\'s pings');
            }
        }
        $moduleCalls = array_slice($kinds, 0, count($kinds) - $probes);
        foreach ($moduleCalls as $kind) {
            if ($kind !== null) {
                $this->faults[$kind]++;
            }
        }
        $this->calls += count($moduleCalls);
        $this->probes += $probes;
        $this->segments++;
        $this->rates = null;
    }

    /** @return array<string, int> faults by kind, over the closed segments */
    public function faults(): array
    {
        return $this->faults;
    }

    /** The module's calls to the API over the closed segments. */
    public function calls(): int
    {
        return $this->calls;
    }

    public function segments(): int
    {
        return $this->segments;
    }

    public function probes(): int
    {
        return $this->probes;
    }

    /** How many API calls reached the sandbox's handler so far. */
    private function recordedCalls(): int
    {
        return (int) ($this->sandbox->control('GET', '/_sandbox/calls')['count'] ?? 0);
    }

    /** One ping as the module would send it; any outcome will do. */
    private function ping(): void
    {
        $handle = curl_init($this->sandbox->url() . '/ssl/v5/ping');
        curl_setopt_array($handle, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => http_build_query(['username' => Sandbox::USERNAME, 'password' => Sandbox::TOKEN]),
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 60,
        ]);
        curl_exec($handle);
        curl_close($handle);
    }
}
