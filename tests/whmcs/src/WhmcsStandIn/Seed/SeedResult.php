<?php

declare(strict_types=1);

namespace WhmcsStandIn\Seed;

/**
 * What the demo seed created: logins, products and the services of the first client.
 */
final class SeedResult
{
    /**
     * @param list<array{id: int, email: string, password: string, language: string}>                       $clients
     * @param array<string, array{id: int, key: string, name: string, domainCount: ?array{int, int}, ordered: int}> $products by key
     * @param array<string, int>                                                                                $services service id by product key
     */
    public function __construct(
        public readonly string $adminUsername,
        #[\SensitiveParameter] public readonly string $adminPassword,
        public readonly array $clients,
        public readonly array $products,
        public readonly array $services,
        public readonly int $serverId
    ) {
    }
}
