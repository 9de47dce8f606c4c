{if $services}
<table class="table table-striped">
    <thead><tr><th>{$lang['services.product']|escape}</th><th>{$lang['services.domain']|escape}</th><th>{$lang['services.cycle']|escape}</th><th>{$lang['services.due']|escape}</th><th>{$lang['services.status']|escape}</th></tr></thead>
    <tbody>
    {foreach $services as $service}
        <tr>
            <td><a href="/clientarea.php?action=productdetails&amp;id={$service->id|escape:'url'}">{$service->name|escape}</a></td>
            <td>{$service->domain|escape}</td>
            <td>{$lang["cycle.{$service->billingcycle}"]|default:$service->billingcycle|escape}</td>
            <td>{$service->nextduedate|escape}</td>
            <td><span class="badge badge-secondary">{$lang["status.{$service->domainstatus}"]|default:$service->domainstatus|escape}</span></td>
        </tr>
    {/foreach}
    </tbody>
</table>
{else}
<p>{$lang['services.none']|escape}</p>
{/if}
