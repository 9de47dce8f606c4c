{*
  How to validate one name ($row) with each method it may use. Without JavaScript every method's
  instructions are shown; the script shows only the selected one. The file download button
  belongs to a form outside any other form (HTML forms cannot nest).
*}
<div class="trustocean-dcv-instructions small" data-dcv-instructions="{$row.index|escape}">
    {if $row.dns}
        <div class="mb-2" data-dcv-for="dns">
            <h6>{$lang['dcv.dns.title']|escape}</h6>
            <p class="mb-1">{$lang['dcv.dns.text']|escape}</p>
            <dl class="row mb-0">
                <dt class="col-sm-3">{$lang['dcv.dns.host']|escape}</dt>
                <dd class="col-sm-9"><code class="trustocean-copy">{$row.dns.host|escape}</code></dd>
                <dt class="col-sm-3">{$lang['dcv.dns.type']|escape}</dt>
                <dd class="col-sm-9"><code>{$row.dns.type|escape}</code></dd>
                <dt class="col-sm-3">{$lang['dcv.dns.value']|escape}</dt>
                <dd class="col-sm-9"><code class="trustocean-copy">{$row.dns.value|escape}</code></dd>
            </dl>
        </div>
    {/if}
    {if $row.http}
        <div class="mb-2" data-dcv-for="http https">
            <h6>{$lang['dcv.http.title']|escape}</h6>
            <p class="mb-1">{$lang['dcv.http.text']|escape}</p>
            <dl class="row mb-0">
                <dt class="col-sm-3">{$lang['dcv.http.url']|escape}</dt>
                <dd class="col-sm-9"><code class="trustocean-copy">{$row.http.url|escape}</code></dd>
                <dt class="col-sm-3">{$lang['dcv.http.https_url']|escape}</dt>
                <dd class="col-sm-9"><code class="trustocean-copy">{$row.http.https_url|escape}</code></dd>
                <dt class="col-sm-3">{$lang['dcv.http.content']|escape}</dt>
                <dd class="col-sm-9"><pre class="mb-0">{$row.http.content|escape}</pre></dd>
            </dl>
            {if $can.dcv_file}
                <button type="submit" class="btn btn-sm btn-outline-secondary mt-1" form="trustocean-dcv-file-{$row.index|escape}">{$lang['dcv.http.download']|escape}</button>
            {/if}
        </div>
    {/if}
    {if $row.emails}
        <div class="mb-2" data-dcv-for="email">
            <h6>{$lang['dcv.email.title']|escape}</h6>
            <p class="mb-1">{$lang['dcv.email.text']|escape}</p>
        </div>
    {/if}
</div>
