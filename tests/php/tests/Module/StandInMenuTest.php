<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Module;

use InvalidArgumentException;
use TrustOcean\Tests\Support\Whmcs\ModuleTestCase;
use WHMCS\View\Menu\Item;
use WhmcsStandIn\Web\Client\PrimaryNavbar;

/**
 * The stand-in's client area menus as WHMCS documents them: WHMCS\View\Menu\Item (children by
 * name with label, uri, order, icon and badge options, label defaulting to the name, replace on
 * a repeated name, one parent only, moveToFront/moveToBack), and the primary navigation bar
 * handed to ClientAreaPrimaryNavbar hooks and shown in the hooks' order.
 */
final class StandInMenuTest extends ModuleTestCase
{
    protected function setUp(): void
    {
        // Boots the stand-in, whose autoloader provides WHMCS's classes.
        self::standIn();
    }

    public function testChildrenAreAddedFoundReplacedAndRemovedByName(): void
    {
        $root = new Item('Primary Navbar');

        $services = $root->addChild('Services', ['label' => 'Services', 'uri' => 'clientarea.php', 'order' => '20', 'icon' => 'fa-cube', 'badge' => '3']);
        $plain = $services->addChild('Plain');
        $replaced = $services->addChild('Plain', ['uri' => 'other.php']);

        self::assertSame($services, $root->getChild('Services'));
        self::assertSame($root, $services->getParent());
        self::assertSame(['Services', 'clientarea.php', 20, 'fa-cube', '3'], [$services->getLabel(), $services->getUri(), $services->getOrder(), $services->getIcon(), $services->getBadge()]);
        self::assertSame('Plain', $replaced->getLabel(), 'the label is the name until one is set');
        self::assertNotSame($plain, $services->getChild('Plain'), 'a repeated name replaces the child');
        self::assertSame(['Plain'], array_keys($services->getChildren()));
        self::assertNull($root->getChild('Billing'));
        self::assertFalse($root->removeChild('Services')->hasChildren());
        self::assertNull($services->getParent());
    }

    public function testSettersChainAndAnItemHasOneParent(): void
    {
        $root = new Item('root');
        $item = $root->addChild('Item')->setLabel('Label')->setUri('page.php')->setOrder(70);

        self::assertSame(['Label', 'page.php', 70], [$item->getLabel(), $item->getUri(), $item->getOrder()]);
        $this->expectException(InvalidArgumentException::class);
        (new Item('other'))->addChild($item);
    }

    public function testMoveToFrontAndBackOrderAmongSiblings(): void
    {
        $root = new Item('root');
        $root->addChild('a', ['order' => 10]);
        $root->addChild('b', ['order' => 20]);
        $c = $root->addChild('c', ['order' => 15]);

        self::assertSame(9, $c->moveToFront()->getOrder());
        self::assertSame(21, $c->moveToBack()->getOrder());
    }

    public function testTheNavbarHooksSeeTheDefaultMenuAndTheBarShowsTheirOrder(): void
    {
        $active = true;
        add_hook('ClientAreaPrimaryNavbar', 5, static function (Item $navbar) use (&$active): void {
            if (!$active || $navbar->getChild('Services') === null) {
                return;
            }
            $navbar->getChild('Services')->addChild('First', ['label' => '<First>', 'uri' => 'first.php', 'order' => 1]);
            $navbar->getChild('Services')->addChild('Unordered', ['uri' => 'unordered.php']);
            $navbar->addChild('Top Level', ['uri' => 'top.php', 'order' => 5]);
        });

        try {
            $client = (new PrimaryNavbar())->build(true);
            $visitor = (new PrimaryNavbar())->build(false);
        } finally {
            $active = false;
        }

        self::assertSame(['Primary_Navbar-Top_Level', 'Primary_Navbar-Services'], array_column($client, 'id'));
        $services = $client[1]['children'];
        self::assertSame(['<First>', 'My Services'], array_slice(array_column($services, 'label'), 0, 2));
        self::assertSame('unordered.php', end($services)['uri'], 'entries without an order come last');
        self::assertSame('Primary_Navbar-Services-My_Services', $services[1]['id']);
        self::assertSame([], $visitor, 'a visitor has no Services menu');
    }
}
