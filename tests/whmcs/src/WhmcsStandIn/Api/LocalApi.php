<?php

declare(strict_types=1);

namespace WhmcsStandIn\Api;

use Throwable;
use WhmcsStandIn\Api\Commands\GetClientsProducts;
use WhmcsStandIn\Api\Commands\LogActivity;
use WhmcsStandIn\Api\Commands\SendEmail;
use WhmcsStandIn\Api\Commands\UpdateClientProduct;

/**
 * localAPI(): the internal API commands SSL modules use, answering as WHMCS does: an array with
 * `result` "success" plus the command's fields, or `result` "error" and a `message`.
 */
final class LocalApi
{
    /** @param array<string, Command> $commands by command name */
    public function __construct(private readonly array $commands)
    {
    }

    public static function standard(): self
    {
        return new self([
            'SendEmail' => new SendEmail(),
            'GetClientsProducts' => new GetClientsProducts(),
            'UpdateClientProduct' => new UpdateClientProduct(),
            'LogActivity' => new LogActivity(),
        ]);
    }

    /**
     * @param array<string, mixed> $values
     *
     * @return array<string, mixed>
     */
    public function run(string $command, array $values, string $adminUser): array
    {
        // WHMCS matches command names case-insensitively.
        foreach ($this->commands as $name => $handler) {
            if (strcasecmp($name, $command) === 0) {
                try {
                    return ['result' => 'success'] + $handler->run($values);
                } catch (ApiError $error) {
                    return ['result' => 'error', 'message' => $error->getMessage()];
                } catch (Throwable $error) {
                    return ['result' => 'error', 'message' => 'An internal error occurred: ' . $error->getMessage()];
                }
            }
        }
        return ['result' => 'error', 'message' => 'Command Not Found'];
    }
}
