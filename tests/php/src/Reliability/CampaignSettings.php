<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

/**
 * How big a campaign is and how it is drawn, from the environment (CAMPAIGN_ACTIONS,
 * CAMPAIGN_SEED, CAMPAIGN_SERVICES, CAMPAIGN_TIMEOUTS, CAMPAIGN_REPORT, CAMPAIGN_TRACE) or the
 * defaults of the short campaign that runs with every test run.
 */
final class CampaignSettings
{
    /** The faults of every call, as fractions: about 30% of calls meet one (1 - 0.915^4). */
    public const RATES = ['drop' => 0.085, 'error' => 0.085, 'malformed' => 0.085, 'slow' => 0.085];

    /** A slow body: this many bytes every this many milliseconds, well within the client's timeout. */
    public const SLOW_CHUNK_BYTES = 512;
    public const SLOW_DELAY_MS = 25;

    /** Latency before each call, changed every LATENCY_PHASE actions. */
    public const LATENCIES_MS = [0, 0, 20, 80];
    public const LATENCY_PHASE = 100;

    /**
     * @param int    $actions  module actions to run
     * @param int    $seed     seed of the campaign's choices and of the sandbox's faults
     * @param int    $services services ordered at the start
     * @param int    $timeouts calls held past the module's client timeout (each costs a minute)
     * @param string $report   where the figures are written (JSON)
     * @param string $trace    where every action is traced (JSON lines), or '' for nowhere
     */
    public function __construct(
        public readonly int $actions,
        public readonly int $seed,
        public readonly int $services,
        public readonly int $timeouts,
        public readonly string $report,
        public readonly string $trace = ''
    ) {
    }

    public static function fromEnvironment(int $defaultActions, string $defaultReport): self
    {
        return new self(
            max(1, self::integer('CAMPAIGN_ACTIONS', $defaultActions)),
            self::integer('CAMPAIGN_SEED', 20261204),
            max(5, self::integer('CAMPAIGN_SERVICES', 16)),
            max(0, self::integer('CAMPAIGN_TIMEOUTS', 0)),
            (string) (getenv('CAMPAIGN_REPORT') ?: $defaultReport),
            (string) getenv('CAMPAIGN_TRACE')
        );
    }

    private static function integer(string $name, int $default): int
    {
        $value = getenv($name);
        return is_string($value) && preg_match('/^-?\d+$/', trim($value)) === 1 ? (int) trim($value) : $default;
    }
}
