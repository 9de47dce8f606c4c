<?php

declare(strict_types=1);

namespace WHMCS\Database;

use Illuminate\Database\Capsule\Manager;

/**
 * WHMCS's database facade: modules call Capsule::table(), Capsule::schema() and
 * Capsule::connection() statically, which works because the instance is set as global.
 */
class Capsule extends Manager
{
}
