{if $breadcrumb}
<nav aria-label="breadcrumb"><ol class="breadcrumb">{foreach $breadcrumb as $url => $label}<li class="breadcrumb-item"><a href="/{$url|escape}">{$label|escape}</a></li>{/foreach}</ol></nav>
{/if}
<section class="module-output">{$moduleOutput nofilter}</section>
