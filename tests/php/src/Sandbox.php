<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support;

use RuntimeException;
use TrustOcean\Client;

/**
 * A trustocean-sandbox process on a free loopback port, and its control endpoints.
 *
 * The binary is target/release/trustocean-sandbox under the repository root, or the path in the
 * TRUSTOCEAN_SANDBOX_BIN environment variable. It prints `listening on http://127.0.0.1:PORT` on
 * stdout once it accepts connections.
 */
final class Sandbox
{
    public const USERNAME = 'demo@sandbox.test';
    public const TOKEN = 'sandbox-token';

    private const START_TIMEOUT_SECONDS = 20.0;

    private static ?self $shared = null;

    /** @var resource */
    private $process;

    /** @var array<int, resource> */
    private array $pipes;

    private string $baseUrl;

    private string $logFile;

    /**
     * @param resource             $process
     * @param array<int, resource> $pipes
     */
    private function __construct($process, array $pipes, string $baseUrl, string $logFile)
    {
        $this->process = $process;
        $this->pipes = $pipes;
        $this->baseUrl = $baseUrl;
        $this->logFile = $logFile;
    }

    public static function startShared(string $repositoryRoot): void
    {
        if (self::$shared === null) {
            self::$shared = self::start($repositoryRoot);
        }
    }

    public static function stopShared(): void
    {
        if (self::$shared !== null) {
            self::$shared->stop();
            self::$shared = null;
        }
    }

    public static function shared(): self
    {
        if (self::$shared === null) {
            throw new RuntimeException('the sandbox is not running; is tests/php/bootstrap.php the bootstrap?');
        }
        return self::$shared;
    }

    public static function binary(string $repositoryRoot): string
    {
        $fromEnv = getenv('TRUSTOCEAN_SANDBOX_BIN');
        return is_string($fromEnv) && $fromEnv !== ''
            ? $fromEnv
            : $repositoryRoot . '/target/release/trustocean-sandbox';
    }

    public static function start(string $repositoryRoot): self
    {
        $binary = self::binary($repositoryRoot);
        if (!is_file($binary) || !is_executable($binary)) {
            throw new RuntimeException(
                "sandbox binary not found or not executable: {$binary}; build it with "
                . '`cargo build --release -p trustocean-sandbox` or set TRUSTOCEAN_SANDBOX_BIN'
            );
        }
        $logFile = (string) tempnam((string) getenv('TRUSTOCEAN_TEST_ARTIFACTS') ?: sys_get_temp_dir(), 'trustocean-sandbox-log-');
        $process = proc_open(
            // Approval only through approve(), so tests decide when an order is issued; credit for
            // the hundreds of orders the cron and list tests place.
            [$binary, '--listen', '127.0.0.1:0', '--token', self::TOKEN, '--approve-after', 'never', '--credit', '10000000'],
            [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', $logFile, 'a']],
            $pipes
        );
        if (!is_resource($process)) {
            throw new RuntimeException("could not start {$binary}");
        }
        fclose($pipes[0]);
        unset($pipes[0]);

        $deadline = microtime(true) + self::START_TIMEOUT_SECONDS;
        $line = '';
        stream_set_blocking($pipes[1], false);
        while (microtime(true) < $deadline) {
            $chunk = fgets($pipes[1]);
            if ($chunk !== false) {
                $line .= $chunk;
                if (str_ends_with($line, "\n")) {
                    break;
                }
                continue;
            }
            if (!proc_get_status($process)['running']) {
                break;
            }
            usleep(20000);
        }
        if (preg_match('~listening on (https?://\S+)~', $line, $match) !== 1) {
            proc_terminate($process);
            proc_close($process);
            $log = (string) @file_get_contents($logFile);
            throw new RuntimeException(
                "the sandbox did not report its address within " . self::START_TIMEOUT_SECONDS
                . "s; stdout: " . var_export($line, true) . "; stderr: {$log}"
            );
        }
        return new self($process, $pipes, rtrim($match[1], '/'), $logFile);
    }

    public function stop(): void
    {
        foreach ($this->pipes as $pipe) {
            if (is_resource($pipe)) {
                fclose($pipe);
            }
        }
        $this->pipes = [];
        if (is_resource($this->process)) {
            // SIGINT is the sandbox's orderly shutdown; SIGKILL if it does not stop in time.
            proc_terminate($this->process, 2);
            $deadline = microtime(true) + 5.0;
            while (proc_get_status($this->process)['running'] && microtime(true) < $deadline) {
                usleep(20000);
            }
            if (proc_get_status($this->process)['running']) {
                proc_terminate($this->process, 9);
            }
            proc_close($this->process);
        }
        if ((string) getenv('TRUSTOCEAN_TEST_ARTIFACTS') === '') {
            @unlink($this->logFile);
        }
    }

    public function url(): string
    {
        return $this->baseUrl;
    }

    public function client(string $token = self::TOKEN, float $timeout = 20.0): Client
    {
        return new Client(self::USERNAME, $token, $this->baseUrl, 5, $timeout);
    }

    /**
     * Marks every domain of an order verified and issues the certificate.
     *
     * @return array<string, mixed>
     */
    public function approve(int $trustoceanId): array
    {
        return $this->control('POST', "/_sandbox/orders/{$trustoceanId}/approve");
    }

    /**
     * Decides a pending refund: "finished" (cancel, credit returned) or "reject".
     *
     * @return array<string, mixed>
     */
    public function decideRefund(int $trustoceanId, string $decision): array
    {
        return $this->control('POST', "/_sandbox/orders/{$trustoceanId}/refund/{$decision}");
    }

    /**
     * The CA cancels (`cancel`) or revokes (`revoke`) an order on its own, and pushes it.
     *
     * @return array<string, mixed>
     */
    public function caAction(int $trustoceanId, string $action): array
    {
        return $this->control('POST', "/_sandbox/orders/{$trustoceanId}/{$action}");
    }

    /**
     * Every order the sandbox holds: trustocean_id, unique_id, cert_status, refund_status.
     *
     * @return list<array<string, mixed>>
     */
    public function orders(): array
    {
        return array_values((array) ($this->control('GET', '/_sandbox/orders')['orders'] ?? []));
    }

    /** Seals every push from now on for this public key (PEM); null stops sending pushes. */
    public function setPushKey(?string $publicKey): void
    {
        $context = stream_context_create(['http' => [
            'method' => $publicKey === null ? 'DELETE' : 'PUT',
            'ignore_errors' => true,
            'timeout' => 10,
            'header' => "Content-Type: application/x-pem-file\r\n",
            'content' => (string) $publicKey,
        ]]);
        $answer = file_get_contents($this->baseUrl . '/_sandbox/push-key', false, $context);
        /** @var list<string> $http_response_header */
        if ($answer === false || preg_match('~^HTTP/\S+ 200~', $http_response_header[0] ?? '') !== 1) {
            throw new RuntimeException('the sandbox refused the push key: ' . var_export($answer, true));
        }
    }

    /**
     * The pushes the sandbox tried to deliver, oldest first: url, event, trustocean_id,
     * http_status, error, at.
     *
     * @return list<array<string, mixed>>
     */
    public function pushDeliveries(): array
    {
        return $this->control('GET', '/_sandbox/push-deliveries')['deliveries'] ?? [];
    }

    /** How many API calls of $method (any, when null) the sandbox received for an order. */
    public function callCount(int $trustoceanId, ?string $method = null): int
    {
        $query = http_build_query(array_filter(['trustocean_id' => $trustoceanId, 'method' => $method]));
        return (int) ($this->control('GET', "/_sandbox/calls?{$query}")['count'] ?? 0);
    }

    /**
     * Changes fault knobs (latency_ms, error_rate, malformed_rate, drop_rate, ...); the keys not
     * given keep their value.
     *
     * @param array<string, mixed> $faults
     *
     * @return array<string, mixed>
     */
    public function setFaults(array $faults): array
    {
        return $this->control('POST', '/_sandbox/faults', $faults);
    }

    /**
     * Turns every fault off again.
     */
    public function clearFaults(): void
    {
        $this->setFaults([
            'latency_ms' => 0,
            'error_rate' => 0.0,
            'malformed_rate' => 0.0,
            'drop_rate' => 0.0,
            'slow_body_rate' => 0.0,
            'methods' => [],
        ]);
    }

    /**
     * Calls a control endpoint with a JSON body and returns the decoded JSON answer.
     *
     * @param array<string, mixed>|null $body
     *
     * @return array<string, mixed>
     */
    public function control(string $method, string $path, ?array $body = null): array
    {
        $options = [
            'method' => $method,
            'ignore_errors' => true,
            'timeout' => 10,
            'header' => "Content-Type: application/json\r\n",
            'content' => $body === null ? '' : json_encode((object) $body, JSON_THROW_ON_ERROR),
        ];
        $answer = file_get_contents($this->baseUrl . $path, false, stream_context_create(['http' => $options]));
        /** @var list<string> $http_response_header */
        $status = $http_response_header[0] ?? 'no response';
        if ($answer === false || preg_match('~^HTTP/\S+ 2\d\d~', $status) !== 1) {
            throw new RuntimeException(
                "sandbox control {$method} {$path} failed: {$status}: " . var_export($answer, true)
            );
        }
        if ($answer === '') {
            return [];
        }
        $decoded = json_decode($answer, true, 512, JSON_THROW_ON_ERROR);
        return is_array($decoded) ? $decoded : ['value' => $decoded];
    }
}
