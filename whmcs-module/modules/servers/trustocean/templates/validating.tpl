{* Step 3: the order is with the CA; per name its status, how to validate it, and what can be done. *}
{include file="$templateDir/partials/header.tpl"}
{if $state == 'unconfirmed'}
    <div class="alert alert-info" role="status">{$lang['validating.unconfirmed']|escape}</div>
{/if}
{if $reissuing}
    <div class="alert alert-info" role="status">{$lang['validating.reissuing']|escape}</div>
{/if}
{if $organizationCheck}
    <div class="alert alert-info" role="status">{$lang['validating.organization']|escape}</div>
{/if}
<p>{$lang['validating.intro']|escape}</p>
<div class="d-flex flex-wrap align-items-start mb-3">
    {if $can.refresh}
        <form method="post" action="{$formAction|escape}" class="mr-3 mb-2">
            {include file="$templateDir/partials/form-fields.tpl" action="refresh"}
            <button type="submit" class="btn btn-primary"{if $checkWait > 0} disabled{/if}>{$lang['action.refresh']|escape}</button>
            {if $checkWaitText}<small class="form-text text-muted">{$checkWaitText|escape}</small>{/if}
        </form>
    {/if}
    {if $can.retry_dcv}
        <form method="post" action="{$formAction|escape}" class="mb-2">
            {include file="$templateDir/partials/form-fields.tpl" action="retryDcv"}
            <button type="submit" class="btn btn-outline-primary"{if $retryWait > 0} disabled{/if}>{$lang['action.retry_dcv']|escape}</button>
            <small class="form-text text-muted">{if $retryWaitText}{$retryWaitText|escape}{else}{$lang['action.retry_dcv.help']|escape}{/if}</small>
        </form>
    {/if}
</div>
<div class="table-responsive">
    <table class="table table-sm">
        <thead>
            <tr>
                <th scope="col">{$lang['dcv.column.domain']|escape}</th>
                <th scope="col">{$lang['dcv.column.status']|escape}</th>
                <th scope="col">{$lang['dcv.column.method']|escape}</th>
                <th scope="col"><span class="sr-only">{$lang['dcv.column.actions']|escape}</span></th>
            </tr>
        </thead>
        <tbody>
            {foreach $dcvRows as $row}
                <tr>
                    <td class="text-break">{$row.domain|escape}</td>
                    <td><span class="badge {if $row.verified}badge-success{else}badge-warning{/if}">{$row.statusLabel|escape}</span></td>
                    <td>
                        {if !$row.verified && $can.change_dcv_method}
                            <form method="post" action="{$formAction|escape}" class="form-inline">
                                {include file="$templateDir/partials/form-fields.tpl" action="changeDcvMethod"}
                                <input type="hidden" name="domain" value="{$row.index|escape}">
                                <label class="sr-only" for="trustocean-change-{$row.index|escape}">{$lang['dcv.column.method']|escape}</label>
                                <select class="custom-select custom-select-sm mr-1" id="trustocean-change-{$row.index|escape}" name="method" data-dcv-method="{$row.index|escape}">
                                    {foreach $row.options as $option}
                                        <option value="{$option.value|escape}"{if $option.selected} selected{/if}>{$option.label|escape}</option>
                                    {/foreach}
                                </select>
                                <button type="submit" class="btn btn-sm btn-outline-secondary">{$lang['action.change_method']|escape}</button>
                            </form>
                        {else}
                            {$row.methodLabel|escape}
                        {/if}
                    </td>
                    <td>
                        {if !$row.verified && $multiDomain && $can.remove_domain}
                            <form method="post" action="{$formAction|escape}" data-confirm="{$lang['action.remove_domain.confirm']|escape}">
                                {include file="$templateDir/partials/form-fields.tpl" action="removeDomain"}
                                <input type="hidden" name="domain" value="{$row.index|escape}">
                                <button type="submit" class="btn btn-sm btn-outline-danger">{$lang['action.remove_domain']|escape}</button>
                            </form>
                        {/if}
                    </td>
                </tr>
                {if !$row.verified}
                    <tr>
                        <td colspan="4" class="border-top-0">{include file="$templateDir/partials/dcv-instructions.tpl" row=$row}</td>
                    </tr>
                {/if}
            {/foreach}
        </tbody>
    </table>
</div>
{include file="$templateDir/partials/dcv-file-forms.tpl"}
{include file="$templateDir/partials/footer.tpl"}
