{* The hidden fields of a module custom function form; $action names the function. *}
<input type="hidden" name="id" value="{$serviceId|escape}">
<input type="hidden" name="modop" value="custom">
<input type="hidden" name="a" value="{$action|escape}">
<input type="hidden" name="token" value="{$csrfToken|escape}">
