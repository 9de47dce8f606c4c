<div class="row"><div class="col-md-6">
{if $error}<div class="alert alert-danger" role="alert">{$error|escape}</div>{/if}
<form method="post" action="/dologin.php">
    <input type="hidden" name="token" value="{$token|escape}">
    <input type="hidden" name="goto" value="{$goto|escape}">
    <div class="form-group">
        <label for="username">{$lang['login.email']|escape}</label>
        <input type="email" class="form-control" id="username" name="username" value="{$email|escape}" required autofocus>
    </div>
    <div class="form-group">
        <label for="password">{$lang['login.password']|escape}</label>
        <input type="password" class="form-control" id="password" name="password" required>
    </div>
    <button type="submit" class="btn btn-primary">{$lang['login.submit']|escape}</button>
</form>
</div></div>
