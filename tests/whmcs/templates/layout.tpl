{* The page frame of every stand-in page: Bootstrap 4 like WHMCS's default theme, assets local. *}
<!DOCTYPE html>
<html lang="{if $language == 'chinese'}zh-CN{else}en{/if}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{$pageTitle|escape} - {$companyName|escape}</title>
    {* The stand-in has no icon of its own; an empty one keeps browsers from asking for /favicon.ico. *}
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
    <link rel="stylesheet" href="/assets/css/standin.css">
    <script>var csrfToken = '{$token|escape:'javascript'}';</script>
    <script src="/assets/vendor/jquery/jquery.min.js"></script>
    <script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js" defer></script>
</head>
<body class="{if $area == 'admin'}area-admin{else}area-client{/if}">
<nav class="navbar navbar-expand-md {if $area == 'admin'}navbar-dark bg-dark{else}navbar-light bg-light border-bottom{/if} mb-4">
    <div class="container">
        <a class="navbar-brand" href="{if $area == 'admin'}/admin/index.php{else}/clientarea.php{/if}">{$companyName|escape}{if $area == 'admin'} · {$lang['nav.admin']|escape}{/if}</a>
        <ul class="navbar-nav mr-auto">
            {if $area == 'admin'}
                {if $adminName}
                    <li class="nav-item"><a class="nav-link" href="/admin/index.php">{$lang['nav.services']|escape}</a></li>
                    <li class="nav-item"><a class="nav-link" href="/admin/configaddonmods.php">{$lang['nav.addons']|escape}</a></li>
                    <li class="nav-item"><a class="nav-link" href="/admin/systemmodulelog.php">{$lang['nav.modulelog']|escape}</a></li>
                {/if}
            {else}
                {foreach $navbar as $item}
                    {if $item.children}
                        <li class="nav-item dropdown" id="{$item.id|escape}">
                            <a class="nav-link dropdown-toggle" href="{$item.uri|escape}" id="{$item.id|escape}-toggle" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{$item.label|escape}</a>
                            <div class="dropdown-menu" aria-labelledby="{$item.id|escape}-toggle">
                                {foreach $item.children as $child}
                                    <a class="dropdown-item" id="{$child.id|escape}" href="{$child.uri|escape}">{$child.label|escape}{if $child.badge} <span class="badge badge-info">{$child.badge|escape}</span>{/if}</a>
                                {/foreach}
                            </div>
                        </li>
                    {else}
                        <li class="nav-item" id="{$item.id|escape}"><a class="nav-link" href="{$item.uri|escape}">{$item.label|escape}{if $item.badge} <span class="badge badge-info">{$item.badge|escape}</span>{/if}</a></li>
                    {/if}
                {/foreach}
            {/if}
        </ul>
        <ul class="navbar-nav">
            {foreach $languages as $code}
                <li class="nav-item"><a class="nav-link{if $code == $language} active{/if}" href="?language={$code|escape:'url'}" lang="{if $code == 'chinese'}zh-CN{else}en{/if}">{$lang["language.$code"]|escape}</a></li>
            {/foreach}
            {if $area == 'admin' && $adminName}
                <li class="nav-item"><span class="navbar-text px-2">{$adminName|escape}</span></li>
                <li class="nav-item"><a class="nav-link" href="/admin/logout.php">{$lang['nav.logout']|escape}</a></li>
            {elseif $area != 'admin' && $clientName}
                <li class="nav-item"><span class="navbar-text px-2">{$clientName|escape}</span></li>
                <li class="nav-item"><a class="nav-link" href="/logout.php">{$lang['nav.logout']|escape}</a></li>
            {/if}
        </ul>
    </div>
</nav>
<main class="container mb-5">
    <h1 class="h3 mb-4">{$pageTitle|escape}</h1>
    {include file=$contentTemplate}
</main>
<footer class="container text-muted small mb-4">{$lang['footer.standin']|escape}</footer>
</body>
</html>
