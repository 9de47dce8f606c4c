<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

/**
 * The stand-in web server's error log: the PHP warnings, notices and errors a request caused
 * end up here (pages are served with display_errors off, as in production), so a page that
 * looks right can still have warned on the way.
 */
final class ServerLog
{
    public function __construct(private readonly string $path)
    {
    }

    /** Where the log ends now: what a later look starts after. */
    public function mark(): int
    {
        clearstatcache(true, $this->path);
        return is_file($this->path) ? (int) filesize($this->path) : 0;
    }

    /**
     * The PHP messages logged since $mark, each once.
     *
     * @return list<string>
     */
    public function phpMessagesSince(int $mark): array
    {
        $end = $this->mark();
        if ($end <= $mark) {
            return [];
        }
        $text = (string) file_get_contents($this->path, false, null, $mark, $end - $mark);
        preg_match_all('/PHP (?:Warning|Notice|Deprecated|Fatal error|Parse error|Stack trace)[^\n]*/', $text, $matches);
        return array_values(array_unique($matches[0]));
    }
}
