<div class="row">
    {if $sidebar}<aside class="col-md-3">{$sidebar nofilter}</aside>{/if}
    <section class="{if $sidebar}col-md-9{else}col-12{/if} module-output">{$output nofilter}</section>
</div>
