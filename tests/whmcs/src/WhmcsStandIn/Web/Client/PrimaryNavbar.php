<?php

declare(strict_types=1);

namespace WhmcsStandIn\Web\Client;

use WHMCS\View\Menu\Item;
use WhmcsStandIn\Web\Lang;

/**
 * The client area's primary navigation bar as WHMCS builds it: a root menu item with the default
 * entries (for a logged-in client, Services with My Services under it), handed to every
 * ClientAreaPrimaryNavbar hook, then flattened for the layout with the children of each item in
 * their order (items without an order after those with one, ties as added).
 */
final class PrimaryNavbar
{
    /**
     * The bar after the hooks ran, as nested arrays of `id`, `label`, `uri`, `badge` and
     * `children`.
     *
     * @return list<array<string, mixed>>
     */
    public function build(bool $loggedIn): array
    {
        $root = new Item('Primary Navbar');
        if ($loggedIn) {
            $root->addChild('Services', ['label' => Lang::get('nav.services'), 'uri' => 'clientarea.php?action=services', 'order' => 10])
                ->addChild('My Services', ['label' => Lang::get('nav.my_services'), 'uri' => 'clientarea.php?action=services', 'order' => 10]);
        }

        run_hook('ClientAreaPrimaryNavbar', $root);

        return self::flatten($root, 'Primary_Navbar');
    }

    /** @return list<array<string, mixed>> */
    private static function flatten(Item $item, string $idPrefix): array
    {
        $entries = [];
        foreach (self::sorted($item) as $child) {
            // WHMCS's themes give each entry an id from its name, e.g. Primary_Navbar-Services.
            $id = $idPrefix . '-' . (string) preg_replace('/[^A-Za-z0-9]+/', '_', $child->getName());
            $entries[] = [
                'id' => $id,
                'label' => $child->getLabel(),
                'uri' => (string) $child->getUri(),
                'badge' => (string) $child->getBadge(),
                'children' => self::flatten($child, $id),
            ];
        }
        return $entries;
    }

    /** @return list<Item> */
    private static function sorted(Item $item): array
    {
        $children = array_values($item->getChildren());
        $positions = array_keys($children);
        $key = static fn (int $position): array => [
            $children[$position]->getOrder() === null ? 1 : 0,
            $children[$position]->getOrder() ?? 0,
            $position,
        ];
        usort($positions, static fn (int $a, int $b): int => $key($a) <=> $key($b));
        return array_map(static fn (int $position): Item => $children[$position], $positions);
    }
}
