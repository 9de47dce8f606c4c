<?php

declare(strict_types=1);

namespace TrustOcean\Bench\ClientArea;

use RuntimeException;
use TrustOcean\Bench\Row;
use TrustOcean\Bench\Stats;
use TrustOcean\Tests\Support\Csr;
use TrustOcean\Tests\Support\Whmcs\StandIn;
use TrustOcean\Workflow;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Modules\ModuleParams;
use WhmcsStandIn\Modules\ServerModule;
use WhmcsStandIn\Web\ModuleTemplate;

/**
 * Benchmark 2: the client-area page of an order in each state, rendered through the WHMCS
 * stand-in as WHMCS does it (the module's ClientArea function, then its Smarty template):
 * median and 99th percentile, and proof that no render calls TrustOcean. Beside it, the data work
 * of the page (Workflow::view) against the plain-PHP baseline.
 */
final class ClientAreaBench
{
    private const STATES = ['awaiting_configuration', 'awaiting_submission', 'validating', 'issued', 'expired', 'cancelled', 'revoked'];

    public function __construct(private readonly int $runs)
    {
    }

    /** @return list<Row> */
    public function run(): array
    {
        $standIn = StandIn::shared();
        $services = $this->servicesInEachState($standIn);
        $module = ServerModule::load('trustocean');
        $callsBefore = $standIn->sandboxCalls();

        $rows = [];
        foreach ($services as $state => $serviceId) {
            $params = ModuleParams::forService($serviceId);
            $samples = Stats::sample(static function () use ($module, $params): void {
                $page = ModuleTemplate::fromPageArray($module->call('ClientArea', $params));
                if ($page === null) {
                    throw new RuntimeException('no page');
                }
                ModuleTemplate::render($module->directory, $page[0], $page[1]);
            }, $this->runs, 5);
            $median = Stats::median($samples);
            $rows[] = new Row(
                "client area render: {$state}",
                Row::seconds($median) . ' (p99 ' . Row::seconds(Stats::percentile($samples, 99)) . ')',
                '–',
                '–',
                'median < 3 ms',
                $median < 0.003
            );
        }
        $calls = $standIn->sandboxCalls() - $callsBefore;
        $rows[] = new Row('client area: TrustOcean calls while rendering every state ' . $this->runs . ' times', (string) $calls, '–', '–', '0', $calls === 0);

        return array_merge($rows, $this->dataWork($services['validating'], 'validating'), $this->dataWork($services['issued'], 'issued'));
    }

    /** @return list<Row> */
    private function dataWork(int $serviceId, string $state): array
    {
        $order = (array) StandIn::shared()->orderRecord($serviceId);
        $product = ['pid' => 46, 'class' => 'dv', 'period' => 'annually'];
        $plain = new PlainView();
        $now = time();
        $ours = [];
        $theirs = [];
        [$module, $baseline] = Stats::alternate(
            static function () use ($order, $product, $now, &$ours): void {
                $ours = Workflow::view($order, $product, $now);
            },
            static function () use ($plain, $order, $now, &$theirs): void {
                $theirs = $plain->build($order, $now);
            },
            $this->runs * 10
        );
        foreach ($theirs['dcv'] as $index => $expected) {
            // TrustOcean's documentation writes the file with CRLF, the original module with LF.
            $content = str_replace("\r\n", "\n", (string) $ours['dcv'][$index]['http']['content']);
            if ($content !== $expected['http']['content'] || $ours['dcv'][$index]['dns']['value'] !== $expected['dns']['value']) {
                throw new RuntimeException('the validation values differ: ' . json_encode([$ours['dcv'][$index] ?? null, $expected]));
            }
        }
        if (isset($theirs['certificate']) && $ours['certificate']['days_left'] !== $theirs['certificate']['days_left']) {
            throw new RuntimeException('the days left differ');
        }
        $ratio = Stats::median($module) / Stats::median($baseline);
        return [new Row(
            "client area data work: {$state}",
            Row::seconds(Stats::median($module)),
            Row::seconds(Stats::median($baseline)),
            sprintf('%.2f', $ratio),
            '–',
            null,
            'the module also lints the CSR, reads the chain and builds the HTTPS and e-mail options'
        )];
    }

    /** @return array<string, int> a service of the DV single product in each state */
    private function servicesInEachState(StandIn $standIn): array
    {
        $services = [];
        foreach (self::STATES as $state) {
            $serviceId = $standIn->order('dv_single');
            $services[$state] = $serviceId;
            if ($state === 'awaiting_configuration') {
                continue;
            }
            $customer = $standIn->customer();
            $name = 'render-' . bin2hex(random_bytes(4)) . '.example.com';
            $customer->act($serviceId, 'configure', ['csr_source' => 'upload', 'csr' => Csr::create([$name])->csrPem, 'contact_email' => 'ssl@example.com']);
            if ($state === 'awaiting_submission') {
                continue;
            }
            $customer->act($serviceId, 'submit', ['methods' => ['http']]);
            if ($state === 'validating') {
                continue;
            }
            $standIn->approveAndSync($serviceId);
            $final = ['expired' => ['valid_to' => time() - 86400], 'cancelled' => ['state' => 'cancelled'], 'revoked' => ['state' => 'revoked']];
            if (isset($final[$state])) {
                Capsule::table('mod_trustocean_orders')->where('service_id', $serviceId)->update($final[$state]);
            }
        }
        return $services;
    }
}
