<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Http;

use TrustOcean\Bundle;
use TrustOcean\Whmcs\Order\OrganizationFields;
use TrustOcean\Whmcs\Product\ProductSettings;

/**
 * Builds the workflow input of each customer action from the posted form.
 *
 * Rows of the domain table are addressed by position and resolved against the stored order, so
 * a customer can only name domains the order really has.
 */
final class CustomerInput
{
    public const CSR_MAX = 65536;
    private const DOMAINS_MAX = 70000;
    private const EMAIL_MAX = 254;
    private const METHOD_MAX = 254;
    private const SECRET_MAX = 1024;

    public const KEY_TYPES = ['rsa2048', 'rsa4096', 'ecdsa-p256'];
    public const SAME_FOR_ALL = ['dns', 'http', 'https'];

    /**
     * Step 1: CSR (uploaded or generated on the server), names, contact, organisation.
     *
     * @return array<string, mixed>
     */
    public static function configure(RequestReader $form, ProductSettings $product): array
    {
        $sources = $product->serverKeys ? ['upload', 'generate'] : ['upload'];
        $source = $form->choice('csr_source', $sources, 'upload');
        $input = [
            'csr_source' => $source,
            'domains' => $form->text('domains', self::DOMAINS_MAX),
            'contact_email' => $form->text('contact_email', self::EMAIL_MAX),
        ];
        if ($source === 'upload') {
            $input['csr'] = $form->requiredText('csr', self::CSR_MAX);
        } else {
            $input['key_type'] = $form->choice('key_type', self::KEY_TYPES, self::KEY_TYPES[0]);
        }
        if ($product->requiresOrganization()) {
            $input['organization'] = $form->textGroup('organization', OrganizationFields::NAMES, OrganizationFields::MAX_LENGTH);
        }
        return $input;
    }

    /**
     * Step 2: a validation method per domain, or one for all of them.
     *
     * @param list<string> $domains the order's domains, in table order
     *
     * @return array{methods: array<string, string>, same_for_all: ?string}
     */
    public static function submit(RequestReader $form, array $domains): array
    {
        $sameForAll = $form->choice('same_for_all', array_merge([''], self::SAME_FOR_ALL), '');
        $methods = [];
        foreach ($form->textRows('methods', count($domains), self::METHOD_MAX) as $row => $method) {
            if ($method !== '') {
                $methods[$domains[$row]] = $method;
            }
        }
        return ['methods' => $methods, 'same_for_all' => $sameForAll === '' ? null : $sameForAll];
    }

    /**
     * @param list<string> $domains
     *
     * @return array{domain: string, method: string}
     */
    public static function changeDcvMethod(RequestReader $form, array $domains): array
    {
        return [
            'domain' => $domains[$form->index('domain', count($domains))],
            'method' => $form->requiredText('method', self::METHOD_MAX),
        ];
    }

    /**
     * @param list<string> $domains
     *
     * @return array{domain: string}
     */
    public static function domain(RequestReader $form, array $domains): array
    {
        return ['domain' => $domains[$form->index('domain', count($domains))]];
    }

    /**
     * A reissue: like step 1, where the CSR (and key) may also stay the current one, plus one validation
     * method for every name.
     *
     * @return array<string, mixed>
     */
    public static function reissue(RequestReader $form, ProductSettings $product): array
    {
        $sources = $product->serverKeys ? ['keep', 'upload', 'generate'] : ['keep', 'upload'];
        $source = $form->choice('csr_source', $sources, 'keep');
        $input = [
            'csr_source' => $source,
            'domains' => $form->text('domains', self::DOMAINS_MAX),
            'contact_email' => $form->text('contact_email', self::EMAIL_MAX),
            'same_for_all' => $form->choice('same_for_all', self::SAME_FOR_ALL, self::SAME_FOR_ALL[0]),
        ];
        if ($source === 'upload') {
            $input['csr'] = $form->requiredText('csr', self::CSR_MAX);
        } elseif ($source === 'generate') {
            $input['key_type'] = $form->choice('key_type', self::KEY_TYPES, self::KEY_TYPES[0]);
        }
        return $input;
    }

    /**
     * A download: one bundle format, and the key to put in it (none, the one the server keeps,
     * or one pasted for this download only).
     */
    public static function download(RequestReader $form): DownloadRequest
    {
        $format = $form->choice('format', Bundle::formats());
        $keySource = $form->choice('key_source', DownloadRequest::KEY_SOURCES, 'none');
        $pastedKey = $keySource === 'pasted' ? $form->requiredText('key', self::CSR_MAX) : null;
        $password = $form->text('key_password', self::SECRET_MAX);
        $pfxPassword = $form->text('pfx_password', self::SECRET_MAX);
        return new DownloadRequest(
            $format,
            $keySource,
            $pastedKey,
            $password === '' ? null : $password,
            $pfxPassword === '' ? null : $pfxPassword,
            $form->choice('pfx_legacy', ['', '1'], '') === '1'
        );
    }
}
