<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

use TrustOcean\Tests\Support\Sandbox;

/**
 * The orders a campaign placed at the sandbox, each with the campaign service it belongs to.
 *
 * Every campaign service names its domains under a label of its own (`fc…`.example.com), and
 * reissues and removals never leave it, so an order's names tell whose it is, even when the
 * module lost its number or its unique id. Orders that existed before the campaign are not its.
 */
final class SandboxBook
{
    /** @var array<int, true> orders that existed before the campaign */
    private array $before = [];

    /** @var array<int, string> trustocean_id => label ('' for names of no campaign service) */
    private array $labels = [];

    public function __construct(private readonly Sandbox $sandbox)
    {
        foreach ($sandbox->orders() as $order) {
            $this->before[(int) $order['trustocean_id']] = true;
        }
    }

    /**
     * The campaign's orders as the sandbox holds them now: trustocean_id, unique_id,
     * cert_status, refund_status and label.
     *
     * @return array<int, array{trustocean_id: int, unique_id: string, cert_status: string, refund_status: ?string, label: string}>
     */
    public function orders(): array
    {
        $orders = [];
        foreach ($this->sandbox->orders() as $order) {
            $id = (int) $order['trustocean_id'];
            if (isset($this->before[$id])) {
                continue;
            }
            $this->labels[$id] ??= self::label((array) ($this->details($id)['domains'] ?? []));
            $orders[$id] = [
                'trustocean_id' => $id,
                'unique_id' => (string) $order['unique_id'],
                'cert_status' => (string) $order['cert_status'],
                'refund_status' => isset($order['refund_status']) ? (string) $order['refund_status'] : null,
                'label' => $this->labels[$id],
            ];
        }
        return $orders;
    }

    /**
     * One order as getSSLDetails shows it.
     *
     * @return array<string, mixed>
     */
    public function details(int $trustoceanId): array
    {
        return $this->sandbox->control('GET', "/_sandbox/orders/{$trustoceanId}");
    }

    /** The campaign label in an order's names, or ''. */
    public static function label(array $domains): string
    {
        foreach ($domains as $domain) {
            if (is_string($domain) && preg_match('/(?:^|\.)(fc[0-9a-f]{8})\.example\.com$/', $domain, $match) === 1) {
                return $match[1];
            }
        }
        return '';
    }
}
