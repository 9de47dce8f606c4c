{*
  The issued certificate. Without JavaScript the sections follow each other; the script turns
  them into tabs.
*}
{include file="$templateDir/partials/header.tpl"}
<div class="mb-3">
    {if $can.reissue}
        <a class="btn btn-outline-primary mr-2 mb-2" href="{$reissueUrl|escape}">{$lang['issued.reissue']|escape}</a>
    {/if}
    {if $upgradeUrl && !$suspended}
        <a class="btn btn-outline-secondary mb-2" href="{$upgradeUrl|escape}">{$lang['issued.buy_domains']|escape}</a>
    {/if}
</div>

<ul class="nav nav-tabs mb-3 d-none" role="tablist" data-tabs>
    <li class="nav-item"><a class="nav-link active" href="#trustocean-details" data-tab>{$lang['issued.tab.details']|escape}</a></li>
    <li class="nav-item"><a class="nav-link" href="#trustocean-download" data-tab>{$lang['issued.tab.download']|escape}</a></li>
    <li class="nav-item"><a class="nav-link" href="#trustocean-certificate" data-tab>{$lang['issued.tab.certificate']|escape}</a></li>
    <li class="nav-item"><a class="nav-link" href="#trustocean-chain" data-tab>{$lang['issued.tab.chain']|escape}</a></li>
    <li class="nav-item"><a class="nav-link" href="#trustocean-csr" data-tab>{$lang['issued.tab.csr']|escape}</a></li>
    {if $sealCode}
        <li class="nav-item"><a class="nav-link" href="#trustocean-seal" data-tab>{$lang['issued.tab.seal']|escape}</a></li>
    {/if}
</ul>

<section id="trustocean-details" class="mb-4" data-tab-pane>
    <h4 class="h5">{$lang['issued.tab.details']|escape}</h4>
    <dl class="row">
        {foreach $facts as $fact}
            <dt class="col-sm-4">{$fact.label|escape}</dt>
            <dd class="col-sm-8 text-break">{$fact.value|escape}</dd>
        {/foreach}
        <dt class="col-sm-4">{$lang['certificate.names']|escape}</dt>
        <dd class="col-sm-8">
            <ul class="list-unstyled mb-0">
                {foreach $names as $name}
                    <li>{$name|escape}</li>
                {/foreach}
            </ul>
        </dd>
    </dl>
</section>

<section id="trustocean-download" class="mb-4" data-tab-pane>
    <h4 class="h5">{$lang['issued.tab.download']|escape}</h4>
    {if $can.download}
        <form method="post" action="{$formAction|escape}">
            {include file="$templateDir/partials/form-fields.tpl" action="download"}
            <div class="form-group">
                <label for="trustocean-format">{$lang['download.format']|escape}</label>
                <select class="custom-select" id="trustocean-format" name="format">
                    {foreach $formats as $format}
                        <option value="{$format.value|escape}">{$format.label|escape}</option>
                    {/foreach}
                </select>
            </div>
            <fieldset class="form-group">
                <legend class="col-form-label pt-0">{$lang['download.key']|escape}</legend>
                <div class="form-check">
                    <input class="form-check-input" type="radio" name="key_source" id="trustocean-key-none" value="none" data-key-source-choice{if !$hasServerKey} checked{/if}>
                    <label class="form-check-label" for="trustocean-key-none">{$lang['download.key.none']|escape}</label>
                </div>
                {if $hasServerKey}
                    <div class="form-check">
                        <input class="form-check-input" type="radio" name="key_source" id="trustocean-key-server" value="server" data-key-source-choice checked>
                        <label class="form-check-label" for="trustocean-key-server">{$lang['download.key.server']|escape}</label>
                    </div>
                {/if}
                <div class="form-check">
                    <input class="form-check-input" type="radio" name="key_source" id="trustocean-key-pasted" value="pasted" data-key-source-choice>
                    <label class="form-check-label" for="trustocean-key-pasted">{$lang['download.key.pasted']|escape}</label>
                </div>
            </fieldset>
            <div data-key-source="pasted">
                <div class="form-group">
                    <label for="trustocean-pasted-key">{$lang['download.key.paste']|escape}</label>
                    <textarea class="form-control text-monospace" id="trustocean-pasted-key" name="key" rows="6" spellcheck="false" autocomplete="off" placeholder="-----BEGIN PRIVATE KEY-----"></textarea>
                    <small class="form-text text-muted">{$lang['download.key.paste_help']|escape}</small>
                </div>
                <div class="form-group">
                    <label for="trustocean-key-password">{$lang['download.key_password']|escape}</label>
                    <input class="form-control" type="password" id="trustocean-key-password" name="key_password" autocomplete="off">
                </div>
            </div>
            <div class="form-group">
                <label for="trustocean-pfx-password">{$lang['download.pfx_password']|escape}</label>
                <input class="form-control" type="password" id="trustocean-pfx-password" name="pfx_password" autocomplete="new-password">
                <small class="form-text text-muted">{$lang['download.pfx_password.help']|escape}</small>
            </div>
            <div class="form-group form-check">
                <input class="form-check-input" type="checkbox" id="trustocean-pfx-legacy" name="pfx_legacy" value="1">
                <label class="form-check-label" for="trustocean-pfx-legacy">{$lang['download.pfx_legacy']|escape}</label>
            </div>
            <button type="submit" class="btn btn-primary">{$lang['download.submit']|escape}</button>
        </form>
    {else}
        <p class="text-muted">{$lang['download.unavailable']|escape}</p>
    {/if}
</section>

<section id="trustocean-certificate" class="mb-4" data-tab-pane>
    <h4 class="h5"><label for="trustocean-pem-certificate" class="mb-0">{$lang['issued.tab.certificate']|escape}</label></h4>
    <textarea class="form-control text-monospace" id="trustocean-pem-certificate" rows="12" readonly>{$pem.certificate|escape}</textarea>
</section>

<section id="trustocean-chain" class="mb-4" data-tab-pane>
    <h4 class="h5"><label for="trustocean-pem-chain" class="mb-0">{$lang['issued.tab.chain']|escape}</label></h4>
    <textarea class="form-control text-monospace" id="trustocean-pem-chain" rows="12" readonly>{$pem.chain|escape}</textarea>
</section>

<section id="trustocean-csr" class="mb-4" data-tab-pane>
    <h4 class="h5"><label for="trustocean-pem-csr" class="mb-0">{$lang['issued.tab.csr']|escape}</label></h4>
    <textarea class="form-control text-monospace" id="trustocean-pem-csr" rows="10" readonly>{$pem.csr|escape}</textarea>
</section>

{if $sealCode}
    <section id="trustocean-seal" class="mb-4" data-tab-pane>
        <h4 class="h5"><label for="trustocean-seal-code" class="mb-0">{$lang['issued.tab.seal']|escape}</label></h4>
        <p>{$lang['seal.help']|escape}</p>
        <textarea class="form-control text-monospace" id="trustocean-seal-code" rows="3" readonly>{$sealCode|escape}</textarea>
        <small class="form-text text-muted">{$lang['seal.reissue_note']|escape}</small>
        {if $isWildcard}
            <div class="alert alert-warning mt-2">{$lang['seal.wildcard']|escape}</div>
        {/if}
    </section>
{/if}
{include file="$templateDir/partials/footer.tpl"}
