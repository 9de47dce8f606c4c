<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

use RuntimeException;
use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Orders;
use TrustOcean\Tests\Support\Sandbox;
use TrustOcean\Tests\Support\Whmcs\Administrator;
use TrustOcean\Tests\Support\Whmcs\Browser;
use TrustOcean\Tests\Support\Whmcs\Customer;
use TrustOcean\Tests\Support\Whmcs\Page;
use TrustOcean\Tests\Support\Whmcs\StandIn;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ServiceOptions;

/**
 * The services the hostile corpus aims at, each at one step of the order (new, awaiting the
 * validation method, in validation, issued), and the logged-in browsers of its actors with their
 * CSRF tokens. Every service is made once per run, the first time a case names it, through the
 * pages as a customer would; cases share them because a refused input leaves them as they were.
 */
final class Fixtures
{
    /**
     * Fixture name => product, owner (the seeded client's index), step, number of names and how
     * the CSR is made (`upload`: a CSR of PHP's openssl whose key is kept; `generate`: a key the
     * server keeps).
     */
    private const SPECS = [
        'new_single' => ['product' => 'dv_single', 'client' => 0, 'step' => 'new'],
        'new_single_zh' => ['product' => 'dv_single', 'client' => 1, 'step' => 'new'],
        'new_wildcard' => ['product' => 'dv_wildcard', 'client' => 0, 'step' => 'new'],
        'new_multi' => ['product' => 'dv_multi_ip', 'client' => 0, 'step' => 'new'],
        'new_ov' => ['product' => 'ov_single', 'client' => 0, 'step' => 'new'],
        'bob_single' => ['product' => 'dv_single', 'client' => 2, 'step' => 'new'],
        'dcv_multi' => ['product' => 'dv_multi_ip', 'client' => 0, 'step' => 'configured', 'names' => 3],
        'validating_multi' => ['product' => 'dv_multi_ip', 'client' => 0, 'step' => 'placed', 'names' => 3],
        'issued_single' => ['product' => 'dv_single', 'client' => 0, 'step' => 'issued', 'names' => 1, 'csr' => 'generate'],
        'issued_multi' => ['product' => 'dv_multi_ip', 'client' => 0, 'step' => 'issued', 'names' => 2],
    ];

    /** Actor => the seeded client's index. */
    private const CLIENTS = ['customer' => 0, 'customer_zh' => 1, 'other_customer' => 2];

    /** @var array<string, int> fixture => service id */
    private array $services = [];

    /** @var array<string, list<string>> fixture => its names */
    private array $names = [];

    /** @var array<string, string> fixture => the private key of its uploaded CSR */
    private array $keys = [];

    /** @var array<string, Browser> actor => logged-in browser */
    private array $browsers = [];

    /** @var array<string, string> actor => the CSRF token of its session */
    private array $tokens = [];

    public function __construct(private readonly StandIn $standIn, private readonly Sandbox $sandbox)
    {
    }

    /** The service id of a fixture, made on first use. */
    public function service(string $fixture): int
    {
        if (!isset($this->services[$fixture])) {
            $this->make($fixture);
        }
        return $this->services[$fixture];
    }

    /** @return list<string> the names of a fixture's order */
    public function names(string $fixture): array
    {
        $this->service($fixture);
        return $this->names[$fixture] ?? [];
    }

    /** The private key of a fixture's certificate, when its CSR was uploaded. */
    public function privateKey(string $fixture): string
    {
        $this->service($fixture);
        return $this->keys[$fixture] ?? throw new RuntimeException("{$fixture} has no key of its own");
    }

    /** The TrustOcean order number of a placed fixture. */
    public function trustoceanId(string $fixture): int
    {
        $id = (int) ($this->standIn->orderRow($this->service($fixture))['trustocean_id'] ?? 0);
        return $id > 0 ? $id : throw new RuntimeException("{$fixture} is not placed");
    }

    /** The unique id the module sent with a fixture's order. */
    public function uniqueId(string $fixture): string
    {
        return (string) ($this->standIn->orderRow($this->service($fixture))['unique_id'] ?? '');
    }

    /** The id of a configurable option (DomainCount) of a fixture's product. */
    public function optionId(string $fixture, string $option): int
    {
        $productId = (int) Capsule::table('tblhosting')->where('id', $this->service($fixture))->value('packageid');
        return (int) (ServiceOptions::optionId($productId, $option) ?? throw new RuntimeException("no option {$option} for {$fixture}"));
    }

    /** The sandbox's base URL, for settings that must point at a reachable API. */
    public function sandboxUrl(): string
    {
        return $this->sandbox->url();
    }

    /** The seeded client's index a fixture belongs to. */
    public function owner(string $fixture): int
    {
        return (int) (self::SPECS[$fixture]['client'] ?? throw new RuntimeException("unknown fixture {$fixture}"));
    }

    /** The actor whose service a fixture is. */
    public function ownerActor(string $fixture): string
    {
        return (string) array_search($this->owner($fixture), self::CLIENTS, true);
    }

    /** The logged-in browser of an actor (one session per actor for the whole run). */
    public function browser(string $actor): Browser
    {
        return $this->browsers[$actor] ??= match ($actor) {
            'admin' => $this->standIn->admin(),
            'anonymous' => new Browser($this->standIn->url),
            default => $this->standIn->customer(self::CLIENTS[$actor] ?? throw new RuntimeException("unknown actor {$actor}")),
        };
    }

    /** The CSRF token of an actor's session; '' for a visitor. */
    public function token(string $actor): string
    {
        if (!isset($this->tokens[$actor])) {
            $browser = $this->browser($actor);
            $page = match (true) {
                $browser instanceof Administrator => $browser->get('admin/clientsservices.php?id=' . $this->service('new_single')),
                $browser instanceof Customer => $browser->get('clientarea.php?action=productdetails&id=' . $this->ownService($actor)),
                default => null,
            };
            $this->tokens[$actor] = $page instanceof Page ? $page->token() : '';
        }
        return $this->tokens[$actor];
    }

    /** The language the pages speak to an actor. */
    public static function language(string $actor): string
    {
        return $actor === 'customer_zh' ? 'chinese' : 'english';
    }

    private function ownService(string $actor): int
    {
        foreach (self::SPECS as $fixture => $spec) {
            if ($spec['client'] === self::CLIENTS[$actor]) {
                return $this->service($fixture);
            }
        }
        throw new RuntimeException("no fixture belongs to {$actor}");
    }

    private function make(string $fixture): void
    {
        $spec = self::SPECS[$fixture] ?? throw new RuntimeException("unknown fixture {$fixture}");
        $serviceId = $this->standIn->order($spec['product'], $spec['client']);
        $this->services[$fixture] = $serviceId;
        if ($spec['step'] === 'new') {
            return;
        }

        $names = Orders::domains((int) $spec['names']);
        $this->names[$fixture] = $names;
        $customer = $this->standIn->customer($spec['client']);
        $fields = ['domains' => implode("\n", $names), 'contact_email' => 'ssl-admin@example.com'];
        if (($spec['csr'] ?? 'upload') === 'generate') {
            $fields += ['csr_source' => 'generate', 'key_type' => 'rsa2048'];
        } else {
            $csr = Csr::create([$names[0]]);
            $this->keys[$fixture] = $csr->privateKeyPem;
            $fields += ['csr_source' => 'upload', 'csr' => $csr->csrPem];
        }
        $this->expectDone($customer->act($serviceId, 'configure', $fields), "{$fixture}: configure");
        if ($spec['step'] === 'configured') {
            return;
        }
        $this->expectDone($customer->act($serviceId, 'submit', ['methods' => array_fill(0, count($names), 'http')]), "{$fixture}: submit");
        if ($spec['step'] === 'placed') {
            return;
        }
        $this->sandbox->approve($this->trustoceanId($fixture));
        $this->expectDone($customer->act($serviceId, 'refresh'), "{$fixture}: refresh");
        if (($this->standIn->orderRow($serviceId)['state'] ?? null) !== 'issued') {
            throw new RuntimeException("{$fixture} was not issued");
        }
    }

    private function expectDone(Page $page, string $step): void
    {
        if ($page->status !== 200 || $page->alerts('danger') !== []) {
            throw new RuntimeException("{$step} failed: {$page->status} " . $page->errors());
        }
    }
}
