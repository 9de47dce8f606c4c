<?php

declare(strict_types=1);

namespace WhmcsStandIn\Api;

/**
 * One localAPI command.
 */
interface Command
{
    /**
     * The answer's fields besides `result`.
     *
     * @param array<string, mixed> $values the command's parameters
     *
     * @return array<string, mixed>
     *
     * @throws ApiError with the message WHMCS gives for a refused call
     */
    public function run(array $values): array;
}
