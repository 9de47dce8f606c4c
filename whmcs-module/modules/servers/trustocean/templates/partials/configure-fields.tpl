{* Step 1 fields, shared by the configure, renewal and reissue forms. *}
<fieldset class="mb-3">
    <legend class="h5">{$lang['configure.csr.legend']|escape}</legend>
    {foreach $csrSources as $source}
        <div class="form-check">
            <input class="form-check-input" type="radio" name="csr_source" id="trustocean-csr-source-{$source.value|escape}" value="{$source.value|escape}" data-csr-source-choice{if $source.selected} checked{/if}>
            <label class="form-check-label" for="trustocean-csr-source-{$source.value|escape}">{$source.label|escape}</label>
        </div>
    {/foreach}
    <div class="form-group mt-2" data-csr-source="upload">
        <label for="trustocean-csr">{$lang['configure.csr.label']|escape}</label>
        <textarea class="form-control text-monospace" id="trustocean-csr" name="csr" rows="8" spellcheck="false" placeholder="-----BEGIN CERTIFICATE REQUEST-----">{$form.csr|escape}</textarea>
        <small class="form-text text-muted">{$lang['configure.csr.help']|escape}</small>
    </div>
    {foreach $csrSources as $source}
        {if $source.value == 'generate'}
            <div class="form-group mt-2" data-csr-source="generate">
                <label for="trustocean-key-type">{$lang['configure.key_type.label']|escape}</label>
                <select class="custom-select" id="trustocean-key-type" name="key_type">
                    {foreach $keyTypes as $keyType}
                        <option value="{$keyType.value|escape}"{if $keyType.selected} selected{/if}>{$keyType.label|escape}</option>
                    {/foreach}
                </select>
                <small class="form-text text-muted">{$lang['configure.key_type.help']|escape}</small>
            </div>
        {/if}
    {/foreach}
</fieldset>

<div class="form-group">
    {if $multiDomain}
        <label for="trustocean-domains">{$lang['configure.domains.label']|escape}</label>
        <textarea class="form-control text-monospace" id="trustocean-domains" name="domains" rows="6" spellcheck="false">{$form.domains|escape}</textarea>
    {else}
        <label for="trustocean-domains">{$lang['configure.domain.label']|escape}</label>
        <input class="form-control" type="text" id="trustocean-domains" name="domains" value="{$form.domains|escape}" spellcheck="false">
    {/if}
    <small class="form-text text-muted">{$domainsHint|escape}</small>
</div>

<div class="form-group">
    <label for="trustocean-contact-email">{$lang['configure.contact_email.label']|escape}</label>
    <input class="form-control" type="email" id="trustocean-contact-email" name="contact_email" value="{$form.contact_email|escape}" maxlength="254" required>
    <small class="form-text text-muted">{$lang['configure.contact_email.help']|escape}</small>
</div>

{if $requiresOrganization}
    <fieldset class="mb-3">
        <legend class="h5">{$lang['organization.legend']|escape}</legend>
        <p class="text-muted">{$lang['organization.help']|escape}</p>
        <div class="form-row">
            {foreach $organizationFields as $field}
                <div class="form-group col-md-6">
                    <label for="trustocean-org-{$field.name|escape}">{$field.label|escape}</label>
                    {if $field.kind == 'country'}
                        <select class="custom-select" id="trustocean-org-{$field.name|escape}" name="organization[{$field.name|escape}]" required>
                            <option value="">{$lang['organization.country.choose']|escape}</option>
                            {foreach $countries as $country}
                                <option value="{$country.code|escape}"{if $country.selected} selected{/if}>{$country.label|escape}</option>
                            {/foreach}
                        </select>
                    {else}
                        <input class="form-control" type="{if $field.kind == 'date'}date{else}text{/if}" id="trustocean-org-{$field.name|escape}" name="organization[{$field.name|escape}]" value="{$field.value|escape}" maxlength="255" required>
                    {/if}
                </div>
            {/foreach}
        </div>
    </fieldset>
{/if}
