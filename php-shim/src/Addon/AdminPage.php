<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon;

/**
 * One tab of the addon's admin area.
 */
interface AdminPage
{
    /**
     * The tab's HTML, or a download, for the request. A POST reaches the page only with a valid
     * CSRF token; the caller turns any other into a GET.
     */
    public function handle(AdminRequest $request): string|Download;
}
