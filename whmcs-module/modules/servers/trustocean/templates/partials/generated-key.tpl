{* Shown once, right after the server generated the key: it is never displayed again. *}
<div class="alert alert-warning" role="alert">
    <h4 class="alert-heading">{$lang['key.generated.title']|escape}</h4>
    <p>{$lang['key.generated.text']|escape}</p>
    <label class="sr-only" for="trustocean-generated-key">{$lang['key.generated.title']|escape}</label>
    <textarea class="form-control text-monospace" id="trustocean-generated-key" rows="8" readonly>{$generatedKey|escape}</textarea>
    <a class="btn btn-warning mt-2" download="{$generatedKeyName|escape}" href="{$generatedKeyDataUri|escape}">{$lang['key.generated.download']|escape}</a>
</div>
