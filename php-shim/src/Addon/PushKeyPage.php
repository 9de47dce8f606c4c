<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon;

use TrustOcean\InvalidArgumentException;
use TrustOcean\Whmcs\Config\SystemUrl;
use TrustOcean\Whmcs\Push\PushActivity;
use TrustOcean\Whmcs\Push\PushKeyStore;

/**
 * The addon's push settings: the push URL and public key to enter in the TrustOcean console, the
 * last push received, and forms to generate a key pair (2048 bits by default, 1024 for old
 * consoles) or import a private key. The private key is stored only encrypted and never shown.
 */
final class PushKeyPage implements AdminPage
{
    /** Sizes offered, the recommended first. */
    private const SIZES = [2048, 3072, 4096, 1024];

    public function __construct(
        private readonly AddonLang $lang,
        private readonly string $moduleLink,
        private readonly PushKeyStore $keys = new PushKeyStore(),
        private readonly PushActivity $activity = new PushActivity()
    ) {
    }

    /** The page after carrying out what the request posted, if anything. */
    public function handle(AdminRequest $request): string
    {
        $message = $request->isPost ? $this->act($request->postFields(), $request->now) : null;

        return $this->render($message, $request->csrfField);
    }

    /**
     * Carries out a posted action (the caller has checked the CSRF token) and returns the
     * message to show: ['success'|'error', text], or null when nothing was posted.
     *
     * @param array<string, mixed> $post
     *
     * @return array{0: string, 1: string}|null
     */
    public function act(array $post, int $now): ?array
    {
        $action = $post['push_action'] ?? null;
        try {
            if ($action === 'generate') {
                // Digits only: (int) would read "2048abc" as 2048 and replace the key pair.
                $size = array_key_exists('bits', $post) ? $post['bits'] : '2048';
                $bits = is_string($size) && preg_match('/^\d{1,5}$/', $size) === 1 ? (int) $size : 0;
                if (!in_array($bits, self::SIZES, true)) {
                    return ['error', $this->lang->get('push.size_invalid')];
                }
                $this->keys->generate($bits, $now);
                return ['success', $this->lang->get('push.generated', ['bits' => $bits])];
            }
            if ($action === 'import') {
                $pem = is_string($post['private_key'] ?? null) ? trim($post['private_key']) : '';
                if ($pem === '') {
                    return ['error', $this->lang->get('push.import_empty')];
                }
                $this->keys->import($pem, $now);
                return ['success', $this->lang->get('push.imported', ['bits' => (int) $this->keys->bits()])];
            }
        } catch (InvalidArgumentException) {
            // The extension's message may describe the key; show our own instead.
            return ['error', $this->lang->get('push.key_invalid')];
        }
        return null;
    }

    /**
     * The section's HTML, every value escaped.
     *
     * @param array{0: string, 1: string}|null $message
     */
    public function render(?array $message, string $csrfField): string
    {
        $urls = SystemUrl::load();
        $html = '<h2>' . $this->e('push.title') . '</h2>';
        if ($message !== null) {
            $class = $message[0] === 'success' ? 'alert-success' : 'alert-danger';
            $html .= '<div class="alert ' . $class . '" role="alert">' . self::escape($message[1]) . '</div>';
        }

        $html .= '<p>' . $this->e('push.explain') . '</p><dl class="row">';
        $pushUrl = $urls->isConfigured() ? self::escape($urls->callbackUrl()) : $this->e('push.system_url_missing');
        $html .= '<dt class="col-sm-3">' . $this->e('push.url') . '</dt><dd class="col-sm-9"><code id="push-url">' . $pushUrl . '</code></dd>';
        $bits = $this->keys->bits();
        $status = $bits === null ? $this->e('push.no_key') : $this->e('push.key_in_use', ['bits' => $bits]);
        $html .= '<dt class="col-sm-3">' . $this->e('push.key') . '</dt><dd class="col-sm-9" id="push-key-status">' . $status . '</dd>';
        $last = $this->activity->last();
        $lastText = $last === null ? $this->e('push.never') : self::escape(gmdate('Y-m-d H:i:s', $last['at']) . ' UTC, ' . $last['event']);
        $html .= '<dt class="col-sm-3">' . $this->e('push.last') . '</dt><dd class="col-sm-9" id="push-last">' . $lastText . '</dd></dl>';

        $public = $this->keys->publicKey();
        if ($public !== null) {
            $html .= '<div class="form-group"><label for="push-public-key">' . $this->e('push.public_key') . '</label>'
                . '<textarea id="push-public-key" class="form-control text-monospace" rows="6" readonly>' . self::escape($public) . '</textarea>'
                . '<small class="form-text text-muted">' . $this->e('push.public_key_help') . '</small></div>';
        }

        $link = self::escape($this->moduleLink);
        $options = '';
        foreach (self::SIZES as $size) {
            $options .= '<option value="' . $size . '">' . $this->e('push.size.' . $size) . '</option>';
        }
        $html .= '<form method="post" action="' . $link . '" class="form-inline mb-3">' . $csrfField
            . '<input type="hidden" name="push_action" value="generate">'
            . '<label class="mr-2" for="push-bits">' . $this->e('push.generate_label') . '</label>'
            . '<select id="push-bits" name="bits" class="form-control mr-2">' . $options . '</select>'
            . '<button type="submit" class="btn btn-primary">' . $this->e('push.generate') . '</button></form>';
        if ($public !== null) {
            $html .= '<p class="text-warning small">' . $this->e('push.replace_warning') . '</p>';
        }
        $html .= '<form method="post" action="' . $link . '">' . $csrfField
            . '<input type="hidden" name="push_action" value="import">'
            . '<div class="form-group"><label for="push-import">' . $this->e('push.import_label') . '</label>'
            . '<textarea id="push-import" name="private_key" class="form-control text-monospace" rows="6" autocomplete="off" spellcheck="false"></textarea>'
            . '<small class="form-text text-muted">' . $this->e('push.import_help') . '</small></div>'
            . '<button type="submit" class="btn btn-secondary">' . $this->e('push.import') . '</button></form>';
        return $html;
    }

    /** @param array<string, string|int> $placeholders */
    private function e(string $key, array $placeholders = []): string
    {
        return self::escape($this->lang->get($key, $placeholders));
    }

    private static function escape(string $text): string
    {
        return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }
}
