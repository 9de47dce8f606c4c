{* The top of every state's page: the order summary and what the last action did. *}
<link rel="stylesheet" href="{$assetsUrl|escape}/css/trustocean.css">
<div class="trustocean" id="trustocean-order">
<div class="card mb-3">
    <div class="card-header">
        <h3 class="card-title mb-0">{$lang['page.title']|escape}</h3>
    </div>
    <div class="card-body">
        <dl class="row mb-0">
            {foreach $summary as $row}
                <dt class="col-sm-4">{$row.label|escape}</dt>
                <dd class="col-sm-8">{$row.value|escape}</dd>
            {/foreach}
        </dl>
    </div>
</div>
{if $suspended}
    <div class="alert alert-warning" role="alert">{$lang['notice.suspended']|escape}</div>
{/if}
{if $pending}
    <div class="alert alert-warning" role="status">
        <p>{$lang['notice.pending']|escape}</p>
        {if $can.reconcile}
            <form method="post" action="{$formAction|escape}" class="mb-0">
                {include file="$templateDir/partials/form-fields.tpl" action="reconcile"}
                <button type="submit" class="btn btn-outline-primary btn-sm">{$lang['action.reconcile']|escape}</button>
            </form>
        {/if}
    </div>
{/if}
{if $notice}
    <div class="alert alert-success" role="status">{$notice|escape}</div>
{/if}
{if $errors}
    <div class="alert alert-danger" role="alert">
        <ul class="mb-0">
            {foreach $errors as $error}
                <li>{$error|escape}</li>
            {/foreach}
        </ul>
    </div>
{/if}
{if $warnings}
    <div class="alert alert-warning" role="status">
        <ul class="mb-0">
            {foreach $warnings as $warning}
                <li>{$warning|escape}</li>
            {/foreach}
        </ul>
    </div>
{/if}
{if $generatedKey}
    {include file="$templateDir/partials/generated-key.tpl"}
{/if}
