<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\I18n;

use RuntimeException;

/**
 * A refusal raised by the module itself, with a reason code the lang files translate as
 * `error.<reasonCode>` (the same scheme as the extension's exceptions).
 */
abstract class TranslatableException extends RuntimeException
{
    /**
     * @param string      $reasonCode `area.rule`, e.g. `request.invalid_field`
     * @param string      $message    English, for the module log
     * @param string|null $subject    the field or item concerned, shown with the translation
     */
    public function __construct(
        public readonly string $reasonCode,
        string $message,
        public readonly ?string $subject = null
    ) {
        parent::__construct($message);
    }
}
