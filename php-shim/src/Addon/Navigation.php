<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon;

/**
 * The tabs at the top of the addon's admin area, one per page, the current one marked.
 */
final class Navigation
{
    public function __construct(private readonly AddonLang $lang)
    {
    }

    public function render(AdminRequest $request, string $current): string
    {
        $labels = [
            AdminArea::ORDERS => $this->lang->get('nav.orders'),
            AdminArea::SYSTEM => $this->lang->get('nav.system'),
            AdminArea::PUSH => $this->lang->get('nav.push'),
            AdminArea::SETTINGS => $this->lang->get('nav.settings'),
            AdminArea::DATA => $this->lang->get('nav.data'),
        ];

        $html = '<ul class="nav nav-tabs mb-4" id="trustocean-nav">';
        foreach ($labels as $page => $label) {
            $active = $page === $current;
            $html .= '<li class="nav-item"><a class="nav-link' . ($active ? ' active" aria-current="page' : '') . '"'
                . ' href="' . Html::escape($request->link(['page' => $page])) . '" data-page="' . $page . '">'
                . Html::escape($label) . '</a></li>';
        }
        return $html . '</ul>';
    }
}
