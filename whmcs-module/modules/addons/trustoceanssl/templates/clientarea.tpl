{* My SSL certificates (index.php?m=trustoceanssl): the logged-in client's certificate orders. Every text comes from $lang or the page's variables. *}
<div id="trustocean-certificates">
    {if $error}<div class="alert alert-danger" role="alert">{$error|escape}</div>{/if}
    <form method="get" action="{$formAction|escape}" class="form-inline mb-3" id="ssl-search">
        <input type="hidden" name="m" value="{$moduleName|escape}">
        <label class="sr-only" for="ssl-domain">{$lang['client.search.domain']|escape}</label>
        <input type="search" class="form-control mr-2 mb-2" id="ssl-domain" name="domain" value="{$search|escape}" placeholder="{$lang['client.search.domain']|escape}">
        <button type="submit" class="btn btn-primary mb-2">{$lang['client.search.submit']|escape}</button>
        {if $search}<a class="btn btn-link mb-2" href="{$clearUrl|escape}">{$lang['client.search.clear']|escape}</a>{/if}
    </form>
    {if $rows}
        <p class="text-muted" id="ssl-total">{$totalText|escape}</p>
        <div class="table-responsive">
            <table class="table table-striped" id="ssl-certificates">
                <thead>
                    <tr>
                        <th scope="col">{$lang['client.column.product']|escape}</th>
                        <th scope="col">{$lang['client.column.domain']|escape}</th>
                        <th scope="col">{$lang['client.column.state']|escape}</th>
                        <th scope="col">{$lang['client.column.expiry']|escape}</th>
                        <th scope="col"><span class="sr-only">{$lang['client.manage']|escape}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {foreach $rows as $row}
                        <tr data-service="{$row.serviceId|escape}">
                            <td>{$row.product|escape}</td>
                            <td class="text-break">{$row.domain|escape}{if $row.more} <small class="text-muted">{$row.more|escape}</small>{/if}</td>
                            <td>{$row.state|escape}</td>
                            <td>{$row.expires|escape}</td>
                            <td><a class="btn btn-sm btn-outline-primary" href="{$row.url|escape}">{$lang['client.manage']|escape}</a></td>
                        </tr>
                    {/foreach}
                </tbody>
            </table>
        </div>
        {if $pages}
            <nav aria-label="{$lang['client.pages']|escape}">
                <ul class="pagination" id="ssl-pages">
                    {foreach $pages as $page}
                        <li class="page-item{if $page.current} active{/if}"><a class="page-link" href="{$page.url|escape}">{$page.label|escape}</a></li>
                    {/foreach}
                </ul>
            </nav>
        {/if}
    {elseif !$error}
        <p class="text-muted" id="ssl-none">{$noneText|escape}</p>
    {/if}
</div>
