<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

/**
 * What a workflow action left behind: the stored record, what happened, what to be aware of, and a private key the
 * server generated in this very call (shown to the customer once, never again).
 */
final class ActionOutcome
{
    /**
     * @param array<string, mixed>       $order
     * @param list<array<string, mixed>> $warnings findings that did not stop the action
     */
    public function __construct(
        public readonly array $order,
        public readonly string $notice,
        public readonly array $warnings = [],
        #[\SensitiveParameter] public readonly ?string $generatedKey = null
    ) {
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['order' => $this->order, 'notice' => $this->notice, 'generatedKey' => $this->generatedKey === null ? null : '(hidden)'];
    }
}
