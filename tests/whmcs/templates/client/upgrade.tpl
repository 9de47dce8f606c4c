<p>{$productName|escape} · {$service->domain|escape}</p>
{if $errors}<div class="alert alert-danger" role="alert"><ul class="mb-0">{foreach $errors as $error}<li>{$error|escape}</li>{/foreach}</ul></div>{/if}
{if $result}
    {if $result->success}
        <div class="alert alert-success" role="status">{$lang['upgrade.done']|escape}</div>
    {else}
        <div class="alert alert-danger" role="alert">{$result->message|escape}</div>
    {/if}
{/if}
<form method="post" action="/upgrade.php?type=configoptions&amp;id={$service->id|escape:'url'}">
    <input type="hidden" name="token" value="{$token|escape}">
    {foreach $options as $option}
        <div class="form-group">
            <label for="option-{$option.id|escape}">{$option.label|escape}</label>
            <input type="number" class="form-control" id="option-{$option.id|escape}" name="configoption[{$option.id|escape}]" value="{$option.value|escape}" min="{$option.min|escape}"{if $option.max > 0} max="{$option.max|escape}"{/if}>
            <small class="form-text text-muted">{$lang['upgrade.limits']|replace:'{min}':$option.min|replace:'{max}':$option.max|escape}</small>
        </div>
    {/foreach}
    <button type="submit" class="btn btn-primary">{$lang['upgrade.submit']|escape}</button>
    <a class="btn btn-link" href="/clientarea.php?action=productdetails&amp;id={$service->id|escape:'url'}">{$lang['upgrade.back']|escape}</a>
</form>
<p class="text-muted small mt-3">{$lang['upgrade.no_billing']|escape}</p>
