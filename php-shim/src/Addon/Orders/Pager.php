<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon\Orders;

/**
 * Pages of a list: PER_PAGE rows each, the requested page held within the pages there are, and
 * the links to show (first, previous, a window around the current page, next, last).
 */
final class Pager
{
    public const PER_PAGE = 25;

    /** Pages shown on each side of the current one. */
    private const WINDOW = 2;

    public readonly int $pages;

    public readonly int $current;

    public function __construct(public readonly int $total, string $requested)
    {
        $this->pages = max(1, (int) ceil($total / self::PER_PAGE));
        $page = preg_match('/^\d{1,6}$/', $requested) === 1 ? (int) $requested : 1;
        $this->current = min(max(1, $page), $this->pages);
    }

    public function offset(): int
    {
        return ($this->current - 1) * self::PER_PAGE;
    }

    /**
     * The links, each with the page it opens; none when everything fits on one page.
     *
     * @return list<array{page: int, label: string, current: bool, rel: string}>
     */
    public function links(): array
    {
        if ($this->pages === 1) {
            return [];
        }
        $links = [];
        if ($this->current > 1) {
            $links[] = ['page' => $this->current - 1, 'label' => '«', 'current' => false, 'rel' => 'prev'];
        }
        $first = max(1, $this->current - self::WINDOW);
        $last = min($this->pages, $this->current + self::WINDOW);
        if ($first > 1) {
            $links[] = ['page' => 1, 'label' => '1', 'current' => false, 'rel' => 'first'];
        }
        for ($page = $first; $page <= $last; $page++) {
            $links[] = ['page' => $page, 'label' => (string) $page, 'current' => $page === $this->current, 'rel' => ''];
        }
        if ($last < $this->pages) {
            $links[] = ['page' => $this->pages, 'label' => (string) $this->pages, 'current' => false, 'rel' => 'last'];
        }
        if ($this->current < $this->pages) {
            $links[] = ['page' => $this->current + 1, 'label' => '»', 'current' => false, 'rel' => 'next'];
        }
        return $links;
    }
}
