{* The order could not be shown at all; the details are in the module log. *}
<div class="trustocean">
    <div class="alert alert-danger" role="alert">
        <ul class="mb-0">
            {foreach $errors as $error}
                <li>{$error|escape}</li>
            {/foreach}
        </ul>
    </div>
</div>
