<?php

declare(strict_types=1);

namespace WhmcsStandIn\Modules;

use WHMCS\Database\Capsule;

/**
 * A service's configurable options and custom fields, as WHMCS resolves them for module
 * parameters and the internal API.
 *
 * Names are the part before a `|` (WHMCS's "Name|Friendly label" convention). A quantity or
 * yes/no option's value is its quantity; a dropdown or radio option's value is the chosen
 * sub-option's name.
 */
final class ServiceOptions
{
    public const DROPDOWN = 1;
    public const RADIO = 2;
    public const YES_NO = 3;
    public const QUANTITY = 4;

    private const TYPE_NAMES = [self::DROPDOWN => 'dropdown', self::RADIO => 'radio', self::YES_NO => 'yesno', self::QUANTITY => 'quantity'];

    /**
     * Every configurable option linked to the service's product, with the service's value.
     *
     * @return list<array{id: int, name: string, type: int, typeName: string, value: string|int, subOptionId: int}>
     */
    public static function of(int $serviceId): array
    {
        $service = Capsule::table('tblhosting')->where('id', $serviceId)->first();
        if ($service === null) {
            return [];
        }
        $options = Capsule::table('tblproductconfigoptions')
            ->join('tblproductconfiglinks', 'tblproductconfiglinks.gid', '=', 'tblproductconfigoptions.gid')
            ->where('tblproductconfiglinks.pid', $service->packageid)
            ->orderBy('tblproductconfigoptions.order')
            ->orderBy('tblproductconfigoptions.id')
            ->select('tblproductconfigoptions.*')
            ->get();

        $result = [];
        foreach ($options as $option) {
            $chosen = Capsule::table('tblhostingconfigoptions')->where('relid', $serviceId)->where('configid', $option->id)->first();
            $type = (int) $option->optiontype;
            $subOptionId = $chosen === null ? 0 : (int) $chosen->optionid;
            $value = in_array($type, [self::QUANTITY, self::YES_NO], true)
                ? ($chosen === null ? 0 : (int) $chosen->qty)
                : self::name((string) Capsule::table('tblproductconfigoptionssub')->where('id', $subOptionId)->value('optionname'));
            $result[] = [
                'id' => (int) $option->id,
                'name' => self::name((string) $option->optionname),
                'type' => $type,
                'typeName' => self::TYPE_NAMES[$type] ?? 'dropdown',
                'value' => $value,
                'subOptionId' => $subOptionId,
            ];
        }
        return $result;
    }

    /**
     * The `configoptions` module parameter: option name => value.
     *
     * @return array<string, string|int>
     */
    public static function byName(int $serviceId): array
    {
        $byName = [];
        foreach (self::of($serviceId) as $option) {
            $byName[$option['name']] = $option['value'];
        }
        return $byName;
    }

    /**
     * Sets options of a service: a quantity (quantity, yes/no) or a sub-option id (dropdown,
     * radio) per option id.
     *
     * @param array<int, int> $choices
     */
    public static function apply(int $serviceId, array $choices): void
    {
        foreach ($choices as $optionId => $choice) {
            $type = (int) Capsule::table('tblproductconfigoptions')->where('id', $optionId)->value('optiontype');
            $isCount = in_array($type, [self::QUANTITY, self::YES_NO], true);
            $row = $isCount ? ['qty' => $choice] : ['optionid' => $choice, 'qty' => 0];
            if ($isCount) {
                // Quantity options keep their single sub-option as optionid, as WHMCS stores them.
                $row['optionid'] = (int) Capsule::table('tblproductconfigoptionssub')->where('configid', $optionId)->orderBy('sortorder')->value('id');
            }
            Capsule::table('tblhostingconfigoptions')->updateOrInsert(['relid' => $serviceId, 'configid' => $optionId], $row);
        }
    }

    /**
     * The product's custom fields with the service's values.
     *
     * @return list<array{id: int, name: string, value: string}>
     */
    public static function customFields(int $serviceId, int $productId): array
    {
        $fields = Capsule::table('tblcustomfields')->where('type', 'product')->where('relid', $productId)->orderBy('sortorder')->orderBy('id')->get();
        $result = [];
        foreach ($fields as $field) {
            $value = Capsule::table('tblcustomfieldsvalues')->where('fieldid', $field->id)->where('relid', $serviceId)->value('value');
            $result[] = ['id' => (int) $field->id, 'name' => self::name((string) $field->fieldname), 'value' => (string) ($value ?? '')];
        }
        return $result;
    }

    /** The option id of a named configurable option linked to a product, if any. */
    public static function optionId(int $productId, string $name): ?int
    {
        $options = Capsule::table('tblproductconfigoptions')
            ->join('tblproductconfiglinks', 'tblproductconfiglinks.gid', '=', 'tblproductconfigoptions.gid')
            ->where('tblproductconfiglinks.pid', $productId)
            ->select('tblproductconfigoptions.id', 'tblproductconfigoptions.optionname')
            ->get();
        foreach ($options as $option) {
            if (self::name((string) $option->optionname) === $name) {
                return (int) $option->id;
            }
        }
        return null;
    }

    private static function name(string $name): string
    {
        return trim(explode('|', $name, 2)[0]);
    }
}
