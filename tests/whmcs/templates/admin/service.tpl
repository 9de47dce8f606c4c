{* admin/clientsservices.php: the service, module commands and the module's tab fields. *}
{if $result}
    {if $result->success}
        <div class="alert alert-success" role="status">{$lang['admin.service.command_done']|escape}</div>
    {else}
        <div class="alert alert-danger" role="alert">{$result->message|escape}</div>
    {/if}
{/if}
<p>{$client->firstname|escape} {$client->lastname|escape} · {$client->email|escape}</p>
<form method="post" action="/admin/clientsservices.php?userid={$service->userid|escape:'url'}&amp;id={$service->id|escape:'url'}" class="card mb-4">
    <div class="card-body">
        <input type="hidden" name="token" value="{$token|escape}">
        <div class="form-row">
            <div class="form-group col-md-4"><label for="product">{$lang['services.product']|escape}</label><input class="form-control" id="product" value="{$productName|escape}" readonly></div>
            <div class="form-group col-md-4"><label for="domain">{$lang['services.domain']|escape}</label><input class="form-control" id="domain" name="domain" value="{$service->domain|escape}"></div>
            <div class="form-group col-md-4"><label for="domainstatus">{$lang['services.status']|escape}</label>
                <select class="form-control" id="domainstatus" name="domainstatus">{foreach $statuses as $status}<option value="{$status|escape}"{if $status == $service->domainstatus} selected{/if}>{$lang["status.$status"]|default:$status|escape}</option>{/foreach}</select></div>
            <div class="form-group col-md-4"><label for="billingcycle">{$lang['services.cycle']|escape}</label>
                <select class="form-control" id="billingcycle" name="billingcycle">{foreach $cycles as $cycle}<option value="{$cycle|escape}"{if $cycle == $service->billingcycle} selected{/if}>{$lang["cycle.$cycle"]|default:$cycle|escape}</option>{/foreach}</select></div>
            <div class="form-group col-md-4"><label for="nextduedate">{$lang['services.due']|escape}</label><input class="form-control" id="nextduedate" name="nextduedate" value="{$service->nextduedate|escape}"></div>
            {foreach $options as $option}
                <div class="form-group col-md-4"><label for="option-{$option.id|escape}">{$option.name|escape}</label><input class="form-control" id="option-{$option.id|escape}" name="configoption[{$option.id|escape}]" value="{$option.value|escape}"></div>
            {/foreach}
        </div>
        <button type="submit" name="save" value="1" class="btn btn-primary">{$lang['admin.service.save']|escape}</button>
    </div>
</form>
{if $commands || $buttons}
<div class="card mb-4">
    <div class="card-header">{$lang['admin.service.module_commands']|escape} ({$moduleName|escape})</div>
    <div class="card-body">
        {foreach $commands as $modop => $label}
            <form method="post" class="d-inline" action="/admin/clientsservices.php?userid={$service->userid|escape:'url'}&amp;id={$service->id|escape:'url'}">
                <input type="hidden" name="token" value="{$token|escape}"><input type="hidden" name="modop" value="{$modop|escape}">
                <button type="submit" class="btn btn-outline-primary btn-sm mb-1">{$label|escape}</button>
            </form>
        {/foreach}
        {foreach $buttons as $label => $function}
            <form method="post" class="d-inline" action="/admin/clientsservices.php?userid={$service->userid|escape:'url'}&amp;id={$service->id|escape:'url'}">
                <input type="hidden" name="token" value="{$token|escape}"><input type="hidden" name="modop" value="custom"><input type="hidden" name="ac" value="{$function|escape}">
                <button type="submit" class="btn btn-outline-secondary btn-sm mb-1">{$label|escape}</button>
            </form>
        {/foreach}
    </div>
</div>
{/if}
{if $tabFields}
<table class="table table-sm module-fields">
    <tbody>
    {foreach $tabFields as $label => $html}
        <tr><th class="w-25">{$label|escape}</th><td>{$html nofilter}</td></tr>
    {/foreach}
    </tbody>
</table>
{/if}
