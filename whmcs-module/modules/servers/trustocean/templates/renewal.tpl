{* A renewal waiting for its configuration: reuse the previous certificate's details, or enter new ones. *}
{include file="$templateDir/partials/header.tpl"}
<div class="alert alert-info" role="status">
    <p class="mb-1">{$lang['renewal.intro']|escape}</p>
    {if $previous.validTo}
        <p class="mb-1">{$lang['renewal.previous_valid_to']|escape} {$previous.validTo|escape}</p>
    {/if}
    <p class="mb-0">{$lang['renewal.previous_domains']|escape} {$previous.domains|escape}</p>
</div>
{if $can.reuse_previous}
    <form method="post" action="{$formAction|escape}" class="mb-4">
        {include file="$templateDir/partials/form-fields.tpl" action="acceptRenewal"}
        <button type="submit" class="btn btn-primary">{$lang['renewal.reuse']|escape}</button>
        <small class="form-text text-muted">{$lang['renewal.reuse_help']|escape}</small>
    </form>
{/if}
{if $can.configure}
    <h4 class="h5">{$lang['renewal.configure_new']|escape}</h4>
    <form method="post" action="{$formAction|escape}" class="mb-3">
        {include file="$templateDir/partials/form-fields.tpl" action="configure"}
        {include file="$templateDir/partials/configure-fields.tpl"}
        <button type="submit" class="btn btn-outline-primary">{$lang['configure.submit']|escape}</button>
    </form>
    {include file="$templateDir/partials/csr-generator.tpl"}
{/if}
{include file="$templateDir/partials/footer.tpl"}
