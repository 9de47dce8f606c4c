<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\System;

use TrustOcean\Whmcs\Addon\Addon;
use TrustOcean\Whmcs\Addon\AddonLang;
use TrustOcean\Whmcs\Addon\AdminArea;
use TrustOcean\Whmcs\Addon\AdminPage;
use TrustOcean\Whmcs\Addon\AdminRequest;
use TrustOcean\Whmcs\Addon\Html;
use TrustOcean\Whmcs\Config\AddonSettings;
use TrustOcean\Whmcs\Config\SystemUrl;
use TrustOcean\Whmcs\Cron\CronRunner;
use TrustOcean\Whmcs\Database\Settings;
use TrustOcean\Whmcs\Push\PushActivity;
use TrustOcean\Whmcs\View\DateFormat;

/**
 * The addon's System page: the extension and module versions (and whether the feed has a newer
 * one), the API account's connection and credit, the last cron run, the push URL and the last
 * push, and the reseller news from the feed, shown as text.
 */
final class SystemPage implements AdminPage
{
    public function __construct(
        private readonly AddonLang $lang,
        private readonly Settings $settings = new Settings(),
        private readonly ModuleFeed $feed = new ModuleFeed(),
        private readonly ApiStatus $api = new ApiStatus(),
        private readonly ?string $extensionVersion = null
    ) {
    }

    public function handle(AdminRequest $request): string
    {
        $addonSettings = AddonSettings::load();
        $feed = $this->feed->read($addonSettings->feedUrl(), $request->now);

        $html = '<h2>' . $this->e('system.title') . '</h2>';
        $html .= $this->section('system.section.module', [
            'extension' => [$this->lang->get('system.extension'), $this->extensionRow()],
            'module-version' => [$this->lang->get('system.module_version'), Html::escape(Addon::VERSION)],
            'latest-version' => [$this->lang->get('system.latest_version'), $this->latestVersion($feed)],
        ]);
        $html .= $this->section('system.section.api', $this->apiRows($addonSettings, $request));
        $html .= $this->section('system.section.cron', $this->cronRows());
        $html .= $this->section('system.section.push', $this->pushRows());
        return $html . $this->news($feed);
    }

    /**
     * The loaded extension's version, and a warning when it is not the release of the module
     * files: an upgrade that replaced only one of the two (or a php-fpm not restarted after it).
     */
    private function extensionRow(): string
    {
        $version = $this->extensionVersion ?? (string) phpversion('trustocean');
        $html = $this->e('system.extension_loaded', ['version' => $version]);
        if ($version === Addon::VERSION) {
            return $html;
        }
        return $html . '<br><strong class="text-danger" id="system-version-mismatch">'
            . $this->e('system.version_mismatch', ['extension' => $version, 'module' => Addon::VERSION]) . '</strong>';
    }

    private function latestVersion(?FeedInfo $feed): string
    {
        if ($feed === null) {
            return '<span class="text-muted">' . $this->e('system.unavailable') . '</span>';
        }
        if (!$feed->isNewerThan(Addon::VERSION)) {
            return $this->e('system.version_current', ['version' => $feed->currentVersion]);
        }
        $html = '<strong>' . $this->e('system.version_newer', ['version' => $feed->currentVersion, 'date' => $feed->publishDate]) . '</strong>';
        if ($feed->downloadUrl !== '') {
            $html .= ' <a href="' . Html::escape($feed->downloadUrl) . '" rel="noopener noreferrer" target="_blank" id="system-download">' . $this->e('system.download') . '</a>';
        }
        if ($feed->whmcsVersions !== []) {
            $html .= '<br><small class="text-muted">' . $this->e('system.whmcs_versions', ['versions' => implode(', ', $feed->whmcsVersions)]) . '</small>';
        }
        return $html;
    }

    /** @return array<string, array{0: string, 1: string}> */
    private function apiRows(AddonSettings $settings, AdminRequest $request): array
    {
        $status = $this->api->check($settings);
        $settingsLink = '<a href="' . Html::escape($request->link(['page' => AdminArea::SETTINGS])) . '">' . $this->e('nav.settings') . '</a>';
        $reachable = match ($status['outcome']) {
            ApiStatus::NOT_CONFIGURED => $this->e('system.api_not_configured') . ' ' . $settingsLink,
            ApiStatus::REACHABLE => '<span class="text-success">' . $this->e('system.api_reachable') . '</span>',
            ApiStatus::REFUSED => '<span class="text-danger">' . $this->e('system.api_refused') . '</span><br><small>' . Html::escape($status['message']) . '</small>',
            default => '<span class="text-danger">' . $this->e('system.api_unreachable') . '</span><br><small>' . Html::escape($status['message']) . '</small>',
        };
        $rows = ['api-reachable' => [$this->lang->get('system.api_connection'), $reachable]];
        if ($settings->hasApiAccount()) {
            $rows['api-account'] = [$this->lang->get('system.api_account'), Html::escape($settings->apiUsername() . ' · ' . $settings->endpoint())];
        }
        if ($status['credit'] !== null) {
            $rows['api-credit'] = [$this->lang->get('system.api_credit'), Html::escape($status['credit'])];
        }
        return $rows;
    }

    /** @return array<string, array{0: string, 1: string}> */
    private function cronRows(): array
    {
        $at = (int) ($this->settings->get(CronRunner::LAST_RUN) ?? 0);
        if ($at <= 0) {
            return ['cron-last-run' => [$this->lang->get('system.cron_last_run'), $this->e('system.never')]];
        }
        return [
            'cron-last-run' => [$this->lang->get('system.cron_last_run'), Html::escape(DateFormat::unix($at))],
            'cron-last-result' => [$this->lang->get('system.cron_last_result'), Html::escape((string) $this->settings->get(CronRunner::LAST_RESULT))],
        ];
    }

    /** @return array<string, array{0: string, 1: string}> */
    private function pushRows(): array
    {
        $urls = SystemUrl::load();
        $last = (new PushActivity($this->settings))->last();
        return [
            'push-url' => [
                $this->lang->get('system.push_url'),
                $urls->isConfigured() ? '<code>' . Html::escape($urls->callbackUrl()) . '</code>' : $this->e('push.system_url_missing'),
            ],
            'push-last' => [
                $this->lang->get('push.last'),
                $last === null ? $this->e('push.never') : Html::escape(DateFormat::unix($last['at']) . ', ' . $last['event']),
            ],
        ];
    }

    private function news(?FeedInfo $feed): string
    {
        $html = '<h3 class="h5 mt-4">' . $this->e('system.news') . '</h3><div id="system-news">';
        if ($feed === null) {
            return $html . '<p class="text-muted">' . $this->e('system.unavailable') . '</p></div>';
        }
        if ($feed->news === []) {
            return $html . '<p class="text-muted">' . $this->e('system.no_news') . '</p></div>';
        }
        foreach ($feed->news as $item) {
            $html .= '<article class="mb-3"><h4 class="h6 mb-1 news-title">' . Html::escape((string) $item['title'])
                . ' <small class="text-muted news-date">' . Html::escape((string) $item['date']) . '</small></h4>'
                . '<p class="mb-0 news-body">' . nl2br(Html::escape((string) $item['body'])) . '</p></article>';
        }
        return $html . '</div>';
    }

    /** @param array<string, array{0: string, 1: string}> $rows id => [label, HTML value] */
    private function section(string $titleKey, array $rows): string
    {
        $html = '<h3 class="h5 mt-4">' . $this->e($titleKey) . '</h3><dl class="row">';
        foreach ($rows as $id => [$label, $value]) {
            $html .= '<dt class="col-sm-4">' . Html::escape($label) . '</dt><dd class="col-sm-8" id="system-' . $id . '">' . $value . '</dd>';
        }
        return $html . '</dl>';
    }

    /** @param array<string, string|int> $placeholders */
    private function e(string $key, array $placeholders = []): string
    {
        return Html::escape($this->lang->get($key, $placeholders));
    }
}
