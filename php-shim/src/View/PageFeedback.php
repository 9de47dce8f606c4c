<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

/**
 * What the page shows about the action that led to it: a success notice, errors and warnings, the
 * form as the customer sent it (after a refusal), a key generated just now, or a sub-page asked
 * for (`view=reissue`).
 */
final class PageFeedback
{
    /**
     * @param list<string>         $errors   translated messages
     * @param list<string>         $warnings translated messages
     * @param array<string, mixed> $sent     the workflow input of a refused form
     */
    public function __construct(
        public readonly ?string $notice = null,
        public readonly array $errors = [],
        public readonly array $warnings = [],
        public readonly array $sent = [],
        #[\SensitiveParameter] public readonly ?string $generatedKey = null,
        public readonly ?string $requestedView = null
    ) {
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['notice' => $this->notice, 'errors' => $this->errors, 'requestedView' => $this->requestedView];
    }
}
