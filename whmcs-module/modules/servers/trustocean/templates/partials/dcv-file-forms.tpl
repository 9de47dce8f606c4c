{* One form per name for its HTTP validation file, placed outside the page's other forms. *}
{if $can.dcv_file}
    {foreach $dcvRows as $row}
        {if $row.http}
            <form method="post" action="{$formAction|escape}" id="trustocean-dcv-file-{$row.index|escape}" class="d-none">
                {include file="$templateDir/partials/form-fields.tpl" action="dcvFile"}
                <input type="hidden" name="domain" value="{$row.index|escape}">
            </form>
        {/if}
    {/foreach}
{/if}
