{* Reissue of the issued certificate: a new CSR or key, or other names within the quota. *}
{include file="$templateDir/partials/header.tpl"}
<p>{$lang['reissue.intro']|escape}</p>
{if $can.reissue}
    <form method="post" action="{$formAction|escape}" class="mb-3">
        {include file="$templateDir/partials/form-fields.tpl" action="reissue"}
        {include file="$templateDir/partials/configure-fields.tpl"}
        <div class="form-group">
            <label for="trustocean-reissue-method">{$lang['reissue.method']|escape}</label>
            <select class="custom-select" id="trustocean-reissue-method" name="same_for_all">
                {foreach $sameForAllOptions as $option}
                    <option value="{$option.value|escape}"{if $option.selected} selected{/if}>{$option.label|escape}</option>
                {/foreach}
            </select>
            <small class="form-text text-muted">{$lang['reissue.method.help']|escape}</small>
        </div>
        <button type="submit" class="btn btn-primary">{$lang['reissue.submit']|escape}</button>
        <a class="btn btn-link" href="{$pageUrl|escape}">{$lang['reissue.cancel']|escape}</a>
    </form>
    {include file="$templateDir/partials/csr-generator.tpl"}
{/if}
{include file="$templateDir/partials/footer.tpl"}
