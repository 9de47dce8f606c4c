{* Step 2: choose how each name is validated, then place the order. *}
{include file="$templateDir/partials/header.tpl"}
{if $can.submit}
    <p>{$lang['dcv.intro']|escape}</p>
    <form method="post" action="{$formAction|escape}" class="mb-3" data-dcv-form>
        {include file="$templateDir/partials/form-fields.tpl" action="submit"}
        <div class="form-group">
            <label for="trustocean-same-for-all">{$lang['dcv.same_for_all']|escape}</label>
            <select class="custom-select w-auto ml-2" id="trustocean-same-for-all" name="same_for_all" data-same-for-all>
                <option value="">{$lang['dcv.same_for_all.none']|escape}</option>
                {foreach $sameForAllOptions as $option}
                    <option value="{$option.value|escape}">{$option.label|escape}</option>
                {/foreach}
            </select>
            <small class="form-text text-muted">{$lang['dcv.same_for_all.help']|escape}</small>
        </div>
        <div class="table-responsive">
            <table class="table table-sm">
                <thead>
                    <tr>
                        <th scope="col">{$lang['dcv.column.domain']|escape}</th>
                        <th scope="col">{$lang['dcv.column.method']|escape}</th>
                    </tr>
                </thead>
                <tbody>
                    {foreach $dcvRows as $row}
                        <tr>
                            <td class="text-break"><label for="trustocean-method-{$row.index|escape}" class="mb-0">{$row.domain|escape}</label></td>
                            <td>
                                <select class="custom-select custom-select-sm" id="trustocean-method-{$row.index|escape}" name="methods[{$row.index|escape}]" data-dcv-method="{$row.index|escape}" data-is-ip="{if $row.isIp}1{else}0{/if}">
                                    {foreach $row.options as $option}
                                        <option value="{$option.value|escape}"{if $option.selected} selected{/if}>{$option.label|escape}</option>
                                    {/foreach}
                                </select>
                            </td>
                        </tr>
                        <tr>
                            <td colspan="2" class="border-top-0">{include file="$templateDir/partials/dcv-instructions.tpl" row=$row}</td>
                        </tr>
                    {/foreach}
                </tbody>
            </table>
        </div>
        <button type="submit" class="btn btn-primary">{$lang['dcv.submit']|escape}</button>
    </form>
    {include file="$templateDir/partials/dcv-file-forms.tpl"}
{/if}
{if $can.reset}
    <form method="post" action="{$formAction|escape}" class="mb-3">
        {include file="$templateDir/partials/form-fields.tpl" action="reset"}
        <button type="submit" class="btn btn-outline-secondary">{$lang['action.reset']|escape}</button>
        <small class="form-text text-muted">{$lang['action.reset.help']|escape}</small>
    </form>
{/if}
{include file="$templateDir/partials/footer.tpl"}
