<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Data;

use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\AdminPage;
use TrustOcean\Whmcs\Addon\AdminRequest;
use TrustOcean\Whmcs\Addon\Html;
use TrustOcean\Whmcs\Migration\LegacyMigration;
use TrustOcean\Whmcs\Migration\LegacyRowResult;

/**
 * The addon's Data page: moving the original TrustOcean module's orders over (a dry run shown
 * first, row by row, then one button to carry them over) and what deactivating the addon does
 * to the module's data.
 */
final class DataPage implements AdminPage
{
    public function __construct(
        private readonly AddonLang $lang,
        private readonly LegacyMigration $migration = new LegacyMigration(),
        private readonly ModuleData $data = new ModuleData()
    ) {
    }

    public function handle(AdminRequest $request): string
    {
        $message = '';
        $applied = null;
        if ($request->isPost && $request->post('data_action') === 'migrate') {
            $applied = $this->migration->apply($request->now);
            $migrated = count(array_filter($applied, static fn (LegacyRowResult $row): bool => $row->outcome === LegacyRowResult::MIGRATED));
            $message = Html::alert('success', $this->lang->get('data.migrated', ['count' => $migrated]));
        }
        if ($request->isPost && $request->post('data_action') === 'deactivation') {
            $message = $this->saveDeactivationChoice($request);
        }

        return $message . $this->migrationSection($request, $applied) . $this->deactivationSection($request);
    }

    /** @param list<LegacyRowResult>|null $applied what a migration just did, or null to show the dry run */
    private function migrationSection(AdminRequest $request, ?array $applied): string
    {
        $html = '<h2 class="h4">' . $this->e('data.migration') . '</h2>';
        if (!$this->migration->hasLegacyTable()) {
            return $html . '<p id="trustocean-migration-none">' . $this->e('data.no_legacy_table') . '</p>';
        }
        $rows = $applied ?? $this->migration->plan($request->now);
        $html .= '<p>' . $this->e($applied === null ? 'data.dry_run' : 'data.done') . '</p>'
            . (new MigrationTable($this->lang))->render($rows);

        $pending = count(array_filter($rows, static fn (LegacyRowResult $row): bool => $row->outcome === LegacyRowResult::MIGRATE));
        if ($applied === null && $pending > 0) {
            $html .= '<form method="post" action="' . Html::escape($request->link(['page' => 'data'])) . '">' . $request->csrfField
                . '<input type="hidden" name="data_action" value="migrate">'
                . '<button type="submit" class="btn btn-primary" id="trustocean-migrate">' . $this->e('data.migrate_button', ['count' => $pending]) . '</button></form>';
        }
        return $html;
    }

    /** Stores what deactivating the addon does to the module's data: only the two choices offered. */
    private function saveDeactivationChoice(AdminRequest $request): string
    {
        $choice = $request->post('on_deactivate');
        if (!in_array($choice, ['keep', 'drop'], true)) {
            return Html::alert('danger', $this->lang->get('data.deactivation_invalid'));
        }

        $this->data->chooseDropOnDeactivate($choice === 'drop', $request->now);
        return Html::alert('success', $this->lang->get('data.deactivation_saved'));
    }

    private function deactivationSection(AdminRequest $request): string
    {
        $drop = $this->data->dropOnDeactivate();
        $option = fn (string $value, bool $checked): string => '<div class="form-check"><input class="form-check-input" type="radio" name="on_deactivate"'
            . ' id="on-deactivate-' . $value . '" value="' . $value . '"' . ($checked ? ' checked' : '') . '>'
            . '<label class="form-check-label" for="on-deactivate-' . $value . '">' . $this->e('data.on_deactivate.' . $value) . '</label></div>';

        return '<h2 class="h4 mt-4">' . $this->e('data.deactivation') . '</h2>'
            . '<form method="post" action="' . Html::escape($request->link(['page' => 'data'])) . '">' . $request->csrfField
            . '<input type="hidden" name="data_action" value="deactivation">'
            . $option('keep', !$drop) . $option('drop', $drop)
            . '<button type="submit" class="btn btn-secondary mt-2">' . $this->e('data.save') . '</button></form>';
    }

    /** @param array<string, string|int> $placeholders */
    private function e(string $key, array $placeholders = []): string
    {
        return Html::escape($this->lang->get($key, $placeholders));
    }
}
