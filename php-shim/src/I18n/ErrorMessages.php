<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\I18n;

use Throwable;
use TrustOcean\ApiException;
use TrustOcean\InvalidArgumentException;
use TrustOcean\TransportException;

/**
 * Turns a failure into messages a customer or an administrator can read, in their language.
 *
 * Refusals of the extension and of this module are translated from their reason codes; every
 * broken rule of a refused input is listed, not only the first. TrustOcean's own message is shown
 * for API refusals (it says what the CA objects to). Anything unexpected gets a generic message:
 * its details are in the module log only.
 */
final class ErrorMessages
{
    public function __construct(private readonly Translator $translator)
    {
    }

    /** @return list<string> */
    public function describe(Throwable $error): array
    {
        if ($error instanceof TranslatableException) {
            return [$this->translator->reason($error->reasonCode, $error->subject)];
        }
        if ($error instanceof InvalidArgumentException) {
            return $this->refusal($error);
        }
        if ($error instanceof ApiException) {
            return [$this->translator->get('error.api', ['message' => $error->getMessage()])];
        }
        if ($error instanceof TransportException) {
            return [$this->translator->reason('transport')];
        }
        return [$this->translator->reason('internal')];
    }

    /** The messages as one line, for WHMCS functions that return a single string. */
    public function summary(Throwable $error): string
    {
        return implode(' ', $this->describe($error));
    }

    /**
     * The messages of findings (`code`, `severity`, `subject`) of one severity.
     *
     * @param list<array<string, mixed>> $findings
     *
     * @return list<string>
     */
    public function findings(array $findings, string $severity): array
    {
        $messages = [];
        foreach ($findings as $finding) {
            if (is_array($finding) && ($finding['severity'] ?? 'error') === $severity) {
                $messages[] = $this->translator->reason((string) $finding['code'], $this->subject($finding['subject'] ?? null));
            }
        }
        return array_values(array_unique($messages));
    }

    /** @return list<string> */
    private function refusal(InvalidArgumentException $error): array
    {
        $findings = is_array($error->findings) ? $error->findings : [];
        $messages = $this->findings($findings, 'error');
        if ($messages === []) {
            $messages[] = $this->translator->reason($error->reasonCode !== '' ? $error->reasonCode : 'input.invalid');
        }
        return $messages;
    }

    /**
     * What a finding is about, in words: an organisation field's label instead of its API name.
     */
    private function subject(mixed $subject): ?string
    {
        if ($subject === null || $subject === '') {
            return null;
        }
        $label = 'organization.' . $subject;
        return $this->translator->has($label) ? $this->translator->get($label) : (string) $subject;
    }
}
