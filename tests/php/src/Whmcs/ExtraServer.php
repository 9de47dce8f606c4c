<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Whmcs;

/**
 * A second php -S serving the stand-in's installation (same database, same sessions), started
 * for one test: one that is meant to crash, or one with several workers.
 */
final class ExtraServer
{
    /** @param resource $process */
    public function __construct(public readonly string $url, private $process)
    {
    }

    public function __destruct()
    {
        $this->stop();
    }

    /**
     * The signal that ended the server, waiting up to $seconds for it to end; null while it runs
     * or when it ended without a signal.
     */
    public function killedBy(float $seconds = 5.0): ?int
    {
        $deadline = microtime(true) + $seconds;
        do {
            $status = proc_get_status($this->process);
            if (!$status['running']) {
                return $status['signaled'] ? (int) $status['termsig'] : null;
            }
            usleep(20000);
        } while (microtime(true) < $deadline);
        return null;
    }

    public function stop(): void
    {
        if (is_resource($this->process)) {
            proc_terminate($this->process);
            proc_close($this->process);
        }
    }
}
