<form method="post" action="/admin/systemmodulelog.php" class="mb-3">
    <input type="hidden" name="token" value="{$token|escape}">
    {if $enabled}
        <button type="submit" name="enable" value="0" class="btn btn-outline-secondary btn-sm">{$lang['admin.modulelog.disable']|escape}</button>
    {else}
        <button type="submit" name="enable" value="1" class="btn btn-primary btn-sm">{$lang['admin.modulelog.enable']|escape}</button>
    {/if}
</form>
<table class="table table-sm">
    <thead><tr><th>{$lang['admin.modulelog.date']|escape}</th><th>{$lang['admin.modulelog.action']|escape}</th><th>{$lang['admin.modulelog.request']|escape}</th><th>{$lang['admin.modulelog.response']|escape}</th></tr></thead>
    <tbody>
    {foreach $entries as $entry}
        <tr><td class="text-nowrap">{$entry->date|escape}</td><td>{$entry->module|escape} · {$entry->action|escape}</td><td><pre class="small mb-0">{$entry->request|escape}</pre></td><td><pre class="small mb-0">{$entry->response|escape}</pre><div class="text-muted small">{$entry->arrdata|escape}</div></td></tr>
    {/foreach}
    </tbody>
</table>
