<table class="table table-sm table-striped">
    <thead><tr><th>#</th><th>{$lang['admin.client']|escape}</th><th>{$lang['services.product']|escape}</th><th>{$lang['services.domain']|escape}</th><th>{$lang['services.status']|escape}</th></tr></thead>
    <tbody>
    {foreach $services as $service}
        <tr>
            <td><a href="/admin/clientsservices.php?userid={$service->userid|escape:'url'}&amp;id={$service->id|escape:'url'}">{$service->id|escape}</a></td>
            <td>{$service->firstname|escape} {$service->lastname|escape}{if $service->companyname} ({$service->companyname|escape}){/if}</td>
            <td>{$service->name|escape}</td>
            <td>{$service->domain|escape}</td>
            <td>{$lang["status.{$service->domainstatus}"]|default:$service->domainstatus|escape}</td>
        </tr>
    {/foreach}
    </tbody>
</table>
