{* An order that has ended: expired, cancelled or revoked. *}
{include file="$templateDir/partials/header.tpl"}
<div class="alert alert-secondary" role="status">{$finalMessage|escape}</div>
{include file="$templateDir/partials/footer.tpl"}
