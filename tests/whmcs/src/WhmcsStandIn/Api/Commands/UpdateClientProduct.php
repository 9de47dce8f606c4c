<?php

declare(strict_types=1);

namespace WhmcsStandIn\Api\Commands;

use WHMCS\Database\Capsule;
use WhmcsStandIn\Api\ApiError;
use WhmcsStandIn\Api\Command;
use WhmcsStandIn\Modules\ServiceOptions;

/**
 * UpdateClientProduct: `serviceid` and the fields to change (`domain`, `status`, `notes`,
 * `nextduedate`, `billingcycle`, `serviceusername`, `servicepassword`, `suspendreason`), and
 * `configoptions` as base64(serialize([optionId => quantity or sub-option id])), or an array.
 */
final class UpdateClientProduct implements Command
{
    private const COLUMNS = [
        'domain' => 'domain',
        'status' => 'domainstatus',
        'notes' => 'notes',
        'nextduedate' => 'nextduedate',
        'billingcycle' => 'billingcycle',
        'serviceusername' => 'username',
        'suspendreason' => 'suspendreason',
    ];

    public function run(array $values): array
    {
        $serviceId = (int) ($values['serviceid'] ?? 0);
        if ($serviceId <= 0 || !Capsule::table('tblhosting')->where('id', $serviceId)->exists()) {
            throw new ApiError('Service ID Not Found');
        }

        // Read the options first: a refused call must change nothing.
        $options = isset($values['configoptions']) ? self::options($values['configoptions']) : null;

        $changes = [];
        foreach (self::COLUMNS as $field => $column) {
            if (array_key_exists($field, $values)) {
                $changes[$column] = (string) $values[$field];
            }
        }
        if (array_key_exists('servicepassword', $values)) {
            $changes['password'] = encrypt((string) $values['servicepassword']);
        }
        if ($changes !== []) {
            Capsule::table('tblhosting')->where('id', $serviceId)->update($changes);
        }
        if ($options !== null) {
            ServiceOptions::apply($serviceId, $options);
        }
        return ['serviceid' => $serviceId];
    }

    /** @return array<int, int> option id => quantity or sub-option id */
    private static function options(mixed $value): array
    {
        if (is_string($value)) {
            $decoded = base64_decode($value, true);
            $value = $decoded === false ? false : @unserialize($decoded, ['allowed_classes' => false]);
        }
        if (!is_array($value)) {
            throw new ApiError('configoptions must be base64_encode(serialize(array))');
        }
        $options = [];
        foreach ($value as $optionId => $choice) {
            $options[(int) $optionId] = (int) (is_array($choice) ? reset($choice) : $choice);
        }
        return $options;
    }
}
