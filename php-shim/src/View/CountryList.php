<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\View;

use Collator;

/**
 * ISO 3166 countries for the organisation and CSR forms, named in the customer's language
 * (assets/data/countries.json, from CLDR), so the select works without JavaScript.
 */
final class CountryList
{
    public function __construct(private readonly string $jsonFile)
    {
    }

    /**
     * Choices sorted by name.
     *
     * @return list<array{code: string, label: string, selected: bool}>
     */
    public function options(string $language, string $selected): array
    {
        $countries = json_decode((string) @file_get_contents($this->jsonFile), true);
        $options = [];
        foreach (is_array($countries) ? $countries : [] as $code => $names) {
            $label = $names[$language] ?? $names['english'] ?? $code;
            $options[] = ['code' => (string) $code, 'label' => (string) $label, 'selected' => $code === $selected];
        }
        $collator = class_exists(Collator::class) ? new Collator($language === 'chinese' ? 'zh' : 'en') : null;
        usort($options, static fn (array $a, array $b): int => $collator !== null
            ? (int) $collator->compare($a['label'], $b['label'])
            : strcmp($a['label'], $b['label']));
        return $options;
    }
}
