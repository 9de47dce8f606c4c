<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs;

use TrustOcean\Whmcs\I18n\TranslatableException;

/**
 * PHP runs without the trustocean extension (libtrustocean.so), which holds the module's logic.
 */
final class ExtensionMissing extends TranslatableException
{
    public function __construct()
    {
        parent::__construct('module.extension_missing', 'the trustocean PHP extension is not loaded');
    }

    /** @throws self when the extension is not loaded */
    public static function check(): void
    {
        if (!extension_loaded('trustocean')) {
            throw new self();
        }
    }
}
