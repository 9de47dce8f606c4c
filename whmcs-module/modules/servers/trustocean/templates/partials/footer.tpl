{* The end of every state's page. The scripts only enhance: every form works without them. *}
</div>
<script src="{$assetsUrl|escape}/js/clientarea.js" defer></script>
