<?php

declare(strict_types=1);

namespace WhmcsStandIn\Hooks;

use InvalidArgumentException;

/**
 * add_hook() and run_hook(): functions per hook point, run in ascending priority and, for equal
 * priorities, in the order they were added, as WHMCS orders them. Most hook points pass an array
 * of variables; the menu hook points pass the menu item itself.
 */
final class HookRegistry
{
    /** @var array<string, list<array{priority: int, order: int, function: callable}>> */
    private array $hooks = [];

    private int $added = 0;

    public function add(string $hookPoint, int $priority, mixed $function): void
    {
        if (!is_callable($function)) {
            throw new InvalidArgumentException("add_hook({$hookPoint}): the function is not callable");
        }
        $this->hooks[$hookPoint][] = ['priority' => $priority, 'order' => $this->added++, 'function' => $function];
    }

    /**
     * @param array<string, mixed>|object $vars the hook's variables, or the one object some hook
     *                                          points pass (a menu item for the navigation bars)
     *
     * @return list<mixed> what each function returned
     */
    public function run(string $hookPoint, array|object $vars): array
    {
        $entries = $this->hooks[$hookPoint] ?? [];
        usort($entries, static fn (array $a, array $b): int => [$a['priority'], $a['order']] <=> [$b['priority'], $b['order']]);
        $results = [];
        foreach ($entries as $entry) {
            $results[] = ($entry['function'])($vars);
        }
        return $results;
    }

    /** @return list<string> the hook points that have functions */
    public function points(): array
    {
        return array_keys($this->hooks);
    }
}
