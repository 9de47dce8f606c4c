<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Product;

use WHMCS\Database\Capsule;

/**
 * What the WHMCS product sells, read from the module parameters of a call: the product's module
 * settings (configoption1..8, in the order of trustocean_ConfigOptions), the DomainCount
 * configurable option and the service's billing cycle.
 */
final class ProductSettings
{
    public const CLASSES = ['dv', 'ov', 'ev'];
    public const TERMINATION_POLICIES = ['keep', 'revoke'];

    /** The quantity configurable option that holds a multi-domain service's number of names. */
    public const DOMAIN_COUNT_OPTION = 'DomainCount';

    public function __construct(
        public readonly int $pid,
        public readonly string $class,
        public readonly bool $wildcard,
        public readonly bool $multiDomain,
        public readonly bool $ipAllowed,
        public readonly int $quota,
        public readonly string $period,
        public readonly string $termination,
        public readonly bool $serverKeys
    ) {
    }

    /**
     * @param array<string, mixed> $params WHMCS module parameters
     * @param list<string>         $offeredPeriods the periods TrustOcean lists for the product,
     *                                             when known (for one-time billing cycles)
     *
     * @throws ProductMisconfigured    a module setting is missing or unknown
     * @throws UnsupportedBillingCycle the service's billing cycle has no certificate term
     */
    public static function fromParams(array $params, array $offeredPeriods = []): self
    {
        $pid = (int) ($params['configoption1'] ?? 0);
        if ($pid <= 0) {
            throw new ProductMisconfigured('configoption1');
        }
        $class = strtolower(trim((string) ($params['configoption2'] ?? '')));
        if (!in_array($class, self::CLASSES, true)) {
            throw new ProductMisconfigured('configoption2');
        }
        $termination = strtolower(trim((string) ($params['configoption7'] ?? '')));
        if ($termination === '') {
            $termination = 'keep';
        } elseif (!in_array($termination, self::TERMINATION_POLICIES, true)) {
            throw new ProductMisconfigured('configoption7');
        }
        $multiDomain = self::ticked($params['configoption4'] ?? '');

        return new self(
            $pid,
            $class,
            self::ticked($params['configoption3'] ?? ''),
            $multiDomain,
            self::ticked($params['configoption5'] ?? ''),
            self::quota($params, $multiDomain),
            BillingCycle::toPeriod(self::billingCycle($params), $offeredPeriods),
            $termination,
            self::ticked($params['configoption8'] ?? '')
        );
    }

    /** Whether orders need the organisation's details (OV and EV). */
    public function requiresOrganization(): bool
    {
        return $this->class !== 'dv';
    }

    /**
     * The product as the extension's workflow takes it.
     *
     * @return array<string, int|string|bool>
     */
    public function toWorkflow(): array
    {
        return [
            'pid' => $this->pid,
            'class' => $this->class,
            'wildcard' => $this->wildcard,
            'multi_domain' => $this->multiDomain,
            'ip' => $this->ipAllowed,
            'quota' => $this->quota,
            'period' => $this->period,
            'termination' => $this->termination,
            'server_keys' => $this->serverKeys,
        ];
    }

    /**
     * The number of names the service may hold. A multi-domain service counts its DomainCount
     * quantity, and never fewer than the product's included names (configoption6); without the
     * option the included names apply, instead of refusing every order.
     *
     * @param array<string, mixed> $params
     */
    private static function quota(array $params, bool $multiDomain): int
    {
        $included = max(1, (int) ($params['configoption6'] ?? 1));
        if (!$multiDomain) {
            return $included;
        }
        $options = is_array($params['configoptions'] ?? null) ? $params['configoptions'] : [];
        return max($included, (int) ($options[self::DOMAIN_COUNT_OPTION] ?? 0));
    }

    /**
     * The service's billing cycle. WHMCS does not pass it among the module parameters: it is a
     * column of the service, read from $params['model'] (WHMCS 7.2+) or from tblhosting.
     *
     * @param array<string, mixed> $params
     */
    private static function billingCycle(array $params): string
    {
        $model = $params['model'] ?? null;
        if (is_object($model) && isset($model->billingcycle)) {
            return (string) $model->billingcycle;
        }
        return (string) Capsule::table('tblhosting')->where('id', (int) ($params['serviceid'] ?? 0))->value('billingcycle');
    }

    /** A yesno module setting arrives as "on" when ticked. */
    private static function ticked(mixed $value): bool
    {
        return $value === 'on' || $value === true || $value === '1' || $value === 1 || $value === 'yes';
    }
}
