<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

use TrustOcean\Whmcs\Http\CustomerInput;
use TrustOcean\Whmcs\I18n\Translator;
use TrustOcean\Whmcs\Order\OrganizationFields;
use TrustOcean\Whmcs\Product\ProductSettings;

/**
 * The fields of step 1 (and of a reissue or a fresh renewal): CSR, names, contact and, for OV and
 * EV products, the organisation. After a refusal the form shows what the customer sent.
 */
final class ConfigureForm
{
    /** Fields shown as a date picker; the country is a select. */
    private const DATE_FIELDS = ['date_of_incorporation'];

    public function __construct(private readonly Translator $translator, private readonly CountryList $countries)
    {
    }

    /**
     * @param array<string, mixed> $order
     * @param array<string, mixed> $sent      what the customer posted last time, if it was refused
     * @param bool                 $reissue   the reissue form (may keep the current CSR)
     *
     * @return array<string, mixed>
     */
    public function vars(ProductSettings $product, array $order, array $sent, string $defaultEmail, bool $reissue): array
    {
        $organization = is_array($sent['organization'] ?? null) ? $sent['organization'] : ($order['organization'] ?? []);
        $form = [
            'csr_source' => (string) ($sent['csr_source'] ?? ($reissue ? 'keep' : 'upload')),
            'csr' => (string) ($sent['csr'] ?? ''),
            'domains' => (string) ($sent['domains'] ?? implode("\n", $order['domains'] ?? [])),
            'contact_email' => (string) ($sent['contact_email'] ?? ($order['contact_email'] ?? $defaultEmail)),
            'key_type' => (string) ($sent['key_type'] ?? CustomerInput::KEY_TYPES[0]),
            'same_for_all' => (string) ($sent['same_for_all'] ?? CustomerInput::SAME_FOR_ALL[0]),
        ];

        return [
            'form' => $form,
            'csrSources' => $this->choices('configure.csr_source.', self::sources($product, $reissue), $form['csr_source']),
            'keyTypes' => $this->choices('configure.key_type.', CustomerInput::KEY_TYPES, $form['key_type']),
            'sameForAllOptions' => $this->choices('dcv.method.', CustomerInput::SAME_FOR_ALL, $form['same_for_all']),
            'domainsHint' => $this->domainsHint($product),
            'requiresOrganization' => $product->requiresOrganization(),
            'organizationFields' => $this->organizationFields($organization),
            'countries' => $this->countries->options($this->translator->language, (string) ($organization['country'] ?? '')),
        ];
    }

    /** @return list<string> */
    private static function sources(ProductSettings $product, bool $reissue): array
    {
        $sources = $reissue ? ['keep', 'upload'] : ['upload'];
        if ($product->serverKeys) {
            $sources[] = 'generate';
        }
        return $sources;
    }

    private function domainsHint(ProductSettings $product): string
    {
        if (!$product->multiDomain) {
            return $this->translator->get($product->wildcard ? 'configure.domain.hint_wildcard' : 'configure.domain.hint_single');
        }
        return $this->translator->get('configure.domains.hint_multi', ['quota' => $product->quota]);
    }

    /**
     * @param array<string, mixed> $values
     *
     * @return list<array{name: string, label: string, value: string, kind: string}>
     */
    private function organizationFields(array $values): array
    {
        $fields = [];
        foreach (OrganizationFields::NAMES as $name) {
            $fields[] = [
                'name' => $name,
                'label' => $this->translator->get('organization.' . $name),
                'value' => (string) ($values[$name] ?? ''),
                'kind' => $name === 'country' ? 'country' : (in_array($name, self::DATE_FIELDS, true) ? 'date' : 'text'),
            ];
        }
        return $fields;
    }

    /**
     * @param list<string> $values
     *
     * @return list<array{value: string, label: string, selected: bool}>
     */
    private function choices(string $labelPrefix, array $values, string $selected): array
    {
        return array_map(fn (string $value): array => [
            'value' => $value,
            'label' => $this->translator->get($labelPrefix . $value),
            'selected' => $value === $selected,
        ], $values);
    }
}
