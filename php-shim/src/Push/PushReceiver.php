<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Push;

use Throwable;
use TrustOcean\InvalidArgumentException;
use TrustOcean\Push;
use TrustOcean\Whmcs\Config\ServiceParameters;
use TrustOcean\Whmcs\ExtensionMissing;
use TrustOcean\Whmcs\Module;
use TrustOcean\Whmcs\Order\OrderRepository;
use TrustOcean\Whmcs\Order\PushSync;

/**
 * TrustOcean's pushes, taken as hints: a push, encrypted or not, only names an order; the
 * module then fetches that order from the API over its own authenticated connection and applies
 * what the API says (TrustOcean\Workflow::sync). Nothing the push carries is trusted.
 *
 * The answer is settled before the body is looked at, from the method and size alone; the work
 * happens after it is sent.
 */
final class PushReceiver
{
    public function __construct(
        private readonly Module $module,
        private readonly PushKeyStore $keys = new PushKeyStore(),
        private readonly OrderRepository $orders = new OrderRepository(),
        private readonly PushActivity $activity = new PushActivity()
    ) {
    }

    /** The answer to a request; it never depends on the body's content. */
    public function answer(PushRequest $request): PushResponse
    {
        if ($request->method !== 'POST') {
            return PushResponse::methodNotAllowed();
        }
        if ($request->tooLarge()) {
            return PushResponse::tooLarge();
        }
        return PushResponse::accepted();
    }

    /**
     * Acts on an accepted push: the order it names is synced from the API, within the rate
     * limit. Never throws: the answer is already sent, and what went wrong goes to the log.
     */
    public function process(PushRequest $request, int $now): void
    {
        try {
            $this->module->migrate();
            $this->act($request, $now);
        } catch (Throwable $error) {
            $this->activity->note('the push could not be handled: ' . $error->getMessage());
        }
    }

    private function act(PushRequest $request, int $now): void
    {
        ExtensionMissing::check();
        try {
            $reading = Push::read($this->keys->privateKey(), $request->body(), $request->bodyType());
        } catch (InvalidArgumentException) {
            $this->activity->noteQuietly('the stored push private key cannot be used; generate or import it again in the addon', $now);
            return;
        }

        if ($reading['result'] === 'no_key') {
            $this->activity->noteQuietly('an encrypted push arrived, but no push key is configured in the addon', $now);
            return;
        }
        if ($reading['result'] !== 'hint') {
            $this->activity->noteQuietly('a request that names no order of this account was ignored', $now);
            return;
        }

        $trustoceanId = (int) $reading['trustocean_id'];
        if ($request->uniqueId !== null && $this->orders->serviceIdFor($trustoceanId) === null) {
            $unconfirmed = $this->orders->unconfirmedServiceFor($request->uniqueId);
            if ($unconfirmed !== null) {
                $this->confirm($unconfirmed, $trustoceanId, (string) $reading['event'], $now);
                return;
            }
        }
        $this->sync($trustoceanId, (string) $reading['event'], (bool) $reading['encrypted'], $now);
    }

    /**
     * A push about the order whose number was lost when it was placed: the service takes the
     * number only if TrustOcean's order carries the service's unique id (the workflow asks).
     */
    private function confirm(int $serviceId, int $trustoceanId, string $event, int $now): void
    {
        $this->activity->received($event, $trustoceanId, $now);
        $about = "{$event} for order #{$trustoceanId}, service #{$serviceId} (awaiting its order number)";
        try {
            $outcome = $this->module->service(ServiceParameters::forService($serviceId))->perform('confirm', ['trustocean_id' => $trustoceanId]);
        } catch (Throwable $error) {
            $this->activity->note("{$about}: not confirmed: {$error->getMessage()}");
            return;
        }
        $this->activity->note("{$about}: confirmed with TrustOcean, the order is {$outcome->order['state']}");
    }

    private function sync(int $trustoceanId, string $event, bool $encrypted, int $now): void
    {
        $this->activity->received($event, $trustoceanId, $now);
        $about = "{$event} for order #{$trustoceanId}" . ($encrypted ? '' : ' (unencrypted)');
        $serviceId = $this->orders->serviceIdFor($trustoceanId);
        if ($serviceId === null) {
            $this->activity->noteQuietly("{$about}: no service holds this order; ignored", $now);
            return;
        }

        try {
            $result = $this->module->service(ServiceParameters::forService($serviceId))->syncFromPush($now);
        } catch (Throwable $error) {
            // Extension and shim messages never carry the token or a key.
            $this->activity->note("{$about}, service #{$serviceId}: the order could not be fetched from TrustOcean: {$error->getMessage()}");
            return;
        }

        match ($result->result) {
            PushSync::SYNCED => $this->activity->note("{$about}, service #{$serviceId}: fetched from TrustOcean, the order is {$result->state} ({$result->notice})"),
            PushSync::LIMITED => $this->activity->noteQuietly("{$about}, service #{$serviceId}: fetched moments ago; not fetched again yet", $now),
            default => $this->activity->noteQuietly("{$about}, service #{$serviceId}: nothing to fetch while the order is {$result->state}", $now),
        };
    }
}
