<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Order;

/**
 * Who may take files away, judged from the workflow's view. Downloads change nothing, so the
 * workflow has no action for them; they follow the same rule as its customer actions: nothing
 * while the service is suspended.
 */
final class MaterialAccess
{
    /** States in which the customer sets up domain validation. */
    private const VALIDATION_STATES = ['awaiting_submission', 'validating'];

    /**
     * The certificate bundles: once a certificate is stored (also while a reissue is validated).
     *
     * @param array<string, mixed> $view
     */
    public static function canDownload(array $view): bool
    {
        return empty($view['suspended']) && !empty($view['certificate']);
    }

    /**
     * The HTTP validation file of a row of the domain table, while validation is set up.
     *
     * @param array<string, mixed> $view
     */
    public static function canDownloadDcvFile(array $view, int $row): bool
    {
        return empty($view['suspended'])
            && in_array($view['state'] ?? '', self::VALIDATION_STATES, true)
            && is_array($view['dcv'][$row]['http'] ?? null);
    }

    /**
     * The download actions to offer, named like the workflow's actions.
     *
     * @param array<string, mixed> $view
     *
     * @return list<string>
     */
    public static function actions(array $view): array
    {
        $actions = [];
        if (self::canDownload($view)) {
            $actions[] = 'download';
        }
        foreach (array_keys($view['dcv'] ?? []) as $row) {
            if (self::canDownloadDcvFile($view, (int) $row)) {
                $actions[] = 'dcv_file';
                break;
            }
        }
        return $actions;
    }
}
