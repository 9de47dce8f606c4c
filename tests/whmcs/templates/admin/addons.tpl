{if $message}<div class="alert alert-{if $message.status == 'error'}danger{elseif $message.status == 'info'}info{else}success{/if}" role="status">{$message.description|default:$lang['addon.saved']|escape}</div>{/if}
{foreach $addons as $addon}
<div class="card mb-3">
    <div class="card-header d-flex justify-content-between">
        <span>{$addon.config.name|default:$addon.name|escape} <small class="text-muted">{$addon.config.version|default:''|escape}</small></span>
        <form method="post" action="/admin/configaddonmods.php" class="d-inline">
            <input type="hidden" name="token" value="{$token|escape}"><input type="hidden" name="module" value="{$addon.name|escape}">
            {if $addon.active}
                <a class="btn btn-sm btn-outline-primary" href="/admin/addonmodules.php?module={$addon.name|escape:'url'}">{$lang['addon.open']|escape}</a>
                <button type="submit" name="action" value="deactivate" class="btn btn-sm btn-outline-danger">{$lang['addon.deactivate']|escape}</button>
            {else}
                <button type="submit" name="action" value="activate" class="btn btn-sm btn-primary">{$lang['addon.activate']|escape}</button>
            {/if}
        </form>
    </div>
    {if $addon.active && $addon.fields}
    <div class="card-body">
        <p class="text-muted">{$addon.config.description|default:''|escape}</p>
        <form method="post" action="/admin/configaddonmods.php">
            <input type="hidden" name="token" value="{$token|escape}"><input type="hidden" name="module" value="{$addon.name|escape}"><input type="hidden" name="action" value="save">
            {foreach $addon.fields as $field}
                <div class="form-group">
                    <label for="f-{$addon.name|escape}-{$field.key|escape}">{$field.label|escape}</label>
                    {if $field.type == 'yesno'}
                        <input type="checkbox" id="f-{$addon.name|escape}-{$field.key|escape}" name="fields[{$field.key|escape}]" value="on"{if $field.value == 'on'} checked{/if}>
                    {elseif $field.type == 'dropdown' || $field.type == 'radio'}
                        <select class="form-control" id="f-{$addon.name|escape}-{$field.key|escape}" name="fields[{$field.key|escape}]">{foreach $field.options as $value => $label}<option value="{$value|escape}"{if $value == $field.value} selected{/if}>{$label|escape}</option>{/foreach}</select>
                    {elseif $field.type == 'textarea'}
                        <textarea class="form-control" id="f-{$addon.name|escape}-{$field.key|escape}" name="fields[{$field.key|escape}]" rows="4">{$field.value|escape}</textarea>
                    {else}
                        <input type="{if $field.type == 'password'}password{else}text{/if}" class="form-control" id="f-{$addon.name|escape}-{$field.key|escape}" name="fields[{$field.key|escape}]" value="{$field.value|escape}" autocomplete="off">
                    {/if}
                    {if $field.description}<small class="form-text text-muted">{$field.description|escape}</small>{/if}
                </div>
            {/foreach}
            <button type="submit" class="btn btn-primary">{$lang['admin.service.save']|escape}</button>
        </form>
    </div>
    {/if}
</div>
{foreachelse}
<p>{$lang['addon.none']|escape}</p>
{/foreach}
