{*
  The CSR generator that runs in the browser (WebCrypto). Its fields have no name, so nothing of
  it is ever posted: the CSR is copied into the form and the private key only offered as a file.
  Hidden until the script finds WebCrypto.
*}
<div class="card mb-3 d-none" data-csr-generator
     data-msg-working="{$lang['generator.working']|escape}"
     data-msg-done="{$lang['generator.done']|escape}"
     data-msg-failed="{$lang['generator.failed']|escape}"
     data-msg-cn-required="{$lang['generator.cn_required']|escape}">
    <div class="card-header">
        <h4 class="card-title h5 mb-0">{$lang['generator.title']|escape}</h4>
    </div>
    <div class="card-body">
        <p class="text-muted">{$lang['generator.intro']|escape}</p>
        <div class="form-row">
            <div class="form-group col-md-6">
                <label for="trustocean-gen-cn">{$lang['generator.cn']|escape}</label>
                <input class="form-control" type="text" id="trustocean-gen-cn" data-subject="CN" maxlength="64" spellcheck="false">
            </div>
            <div class="form-group col-md-6">
                <label for="trustocean-gen-o">{$lang['generator.o']|escape}</label>
                <input class="form-control" type="text" id="trustocean-gen-o" data-subject="O" maxlength="64">
            </div>
            <div class="form-group col-md-6">
                <label for="trustocean-gen-ou">{$lang['generator.ou']|escape}</label>
                <input class="form-control" type="text" id="trustocean-gen-ou" data-subject="OU" maxlength="64">
            </div>
            <div class="form-group col-md-6">
                <label for="trustocean-gen-l">{$lang['generator.l']|escape}</label>
                <input class="form-control" type="text" id="trustocean-gen-l" data-subject="L" maxlength="128">
            </div>
            <div class="form-group col-md-6">
                <label for="trustocean-gen-st">{$lang['generator.st']|escape}</label>
                <input class="form-control" type="text" id="trustocean-gen-st" data-subject="ST" maxlength="128">
            </div>
            <div class="form-group col-md-6">
                <label for="trustocean-gen-c">{$lang['generator.c']|escape}</label>
                <select class="custom-select" id="trustocean-gen-c" data-subject="C">
                    <option value="">{$lang['organization.country.choose']|escape}</option>
                    {foreach $countries as $country}
                        <option value="{$country.code|escape}">{$country.label|escape}</option>
                    {/foreach}
                </select>
            </div>
            <div class="form-group col-md-6">
                <label for="trustocean-gen-algorithm">{$lang['generator.algorithm']|escape}</label>
                <select class="custom-select" id="trustocean-gen-algorithm" data-generator-algorithm>
                    <option value="rsa2048">{$lang['configure.key_type.rsa2048']|escape}</option>
                    <option value="ecdsa-p256">{$lang['configure.key_type.ecdsa-p256']|escape}</option>
                </select>
            </div>
        </div>
        <button type="button" class="btn btn-secondary" data-generator-run>{$lang['generator.run']|escape}</button>
        <p class="mt-2 mb-0" role="status" data-generator-status></p>
        <div class="mt-2 d-none" data-generator-key>
            <div class="alert alert-warning">{$lang['generator.key_warning']|escape}</div>
            <label for="trustocean-gen-key">{$lang['generator.key']|escape}</label>
            <textarea class="form-control text-monospace" id="trustocean-gen-key" rows="8" readonly></textarea>
            <a class="btn btn-warning mt-2" data-generator-key-download href="#">{$lang['generator.key_download']|escape}</a>
        </div>
    </div>
</div>
<script src="{$assetsUrl|escape}/js/asn1.js" defer></script>
<script src="{$assetsUrl|escape}/js/pkcs10.js" defer></script>
<script src="{$assetsUrl|escape}/js/csr-generator.js" defer></script>
