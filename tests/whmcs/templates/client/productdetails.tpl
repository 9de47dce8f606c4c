{* clientarea.php?action=productdetails: the service, then the module's output. *}
<div class="card mb-4">
    <div class="card-body">
        <dl class="row mb-0">
            <dt class="col-sm-3">{$lang['services.product']|escape}</dt><dd class="col-sm-9">{$productName|escape}</dd>
            <dt class="col-sm-3">{$lang['services.domain']|escape}</dt><dd class="col-sm-9">{$service->domain|escape}</dd>
            <dt class="col-sm-3">{$lang['services.status']|escape}</dt><dd class="col-sm-9">{$lang["status.{$service->domainstatus}"]|default:$service->domainstatus|escape}</dd>
            <dt class="col-sm-3">{$lang['services.cycle']|escape}</dt><dd class="col-sm-9">{$lang["cycle.{$service->billingcycle}"]|default:$service->billingcycle|escape}</dd>
            <dt class="col-sm-3">{$lang['services.due']|escape}</dt><dd class="col-sm-9">{$service->nextduedate|escape}</dd>
            {foreach $options as $option}
                <dt class="col-sm-3">{$option.name|escape}</dt><dd class="col-sm-9">{$option.value|escape}</dd>
            {/foreach}
        </dl>
        {if $canUpgrade}
            <a class="btn btn-outline-secondary btn-sm mt-3" href="/upgrade.php?type=configoptions&amp;id={$service->id|escape:'url'}">{$lang['service.upgrade_options']|escape}</a>
        {/if}
    </div>
</div>
{if $feedback.success}<div class="alert alert-success" role="status">{$feedback.success|escape}</div>{/if}
{if $feedback.error}<div class="alert alert-danger" role="alert">{$feedback.error|escape}</div>{/if}
<section class="module-output">{$moduleOutput nofilter}</section>
