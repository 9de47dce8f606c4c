<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Client;

use TrustOcean\Whmcs\Addon\Addon;
use TrustOcean\Whmcs\Addon\AddonLang;
use WHMCS\View\Menu\Item;

/**
 * "My SSL certificates" in the client area's primary navigation, under Services, right after
 * WHMCS's own "My Services" (order 10). WHMCS has a Services menu only for a logged-in client, so
 * visitors never see the link.
 */
final class CertificatesMenu
{
    public const NAME = 'TrustOcean SSL Certificates';

    private const ORDER = 15;

    public static function add(Item $primaryNavbar, AddonLang $lang): void
    {
        $services = $primaryNavbar->getChild('Services');
        if ($services === null) {
            return;
        }
        $services->addChild(self::NAME, [
            'label' => $lang->get('client.nav'),
            'uri' => 'index.php?m=' . Addon::NAME,
            'order' => self::ORDER,
        ]);
    }
}
