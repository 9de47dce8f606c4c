<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Database;

use Illuminate\Database\Schema\Builder;

/**
 * One versioned change to the module's tables.
 *
 * A migration must be safe to run on a database that already has its effect (two web requests
 * can race to apply it), so each one checks before it creates.
 */
interface Migration
{
    /** The version recorded in mod_trustocean_migrations once applied; unique and increasing. */
    public function version(): int;

    /** Applies the change. */
    public function up(Builder $schema): void;
}
