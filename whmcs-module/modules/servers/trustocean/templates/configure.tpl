{* Step 1: the certificate's CSR, names, contact and organisation. *}
{include file="$templateDir/partials/header.tpl"}
{if $can.configure}
    <p>{$lang['configure.intro']|escape}</p>
    <form method="post" action="{$formAction|escape}" class="mb-3">
        {include file="$templateDir/partials/form-fields.tpl" action="configure"}
        {include file="$templateDir/partials/configure-fields.tpl"}
        <button type="submit" class="btn btn-primary">{$lang['configure.submit']|escape}</button>
    </form>
    {include file="$templateDir/partials/csr-generator.tpl"}
{/if}
{include file="$templateDir/partials/footer.tpl"}
