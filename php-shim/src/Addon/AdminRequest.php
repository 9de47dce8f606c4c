<?php

declare(strict_types=1);

namespace TrustOcean\Whmcs\Addon;

/**
 * The request to the addon's admin area, read defensively: a field read alone is a string (''
 * when it is absent or not a string), so `field[]=` tricks reach no page; the posted fields read
 * together mark a field that is not a string, for the page to refuse. It also carries the CSRF field
 * forms must include and whether a POST brought the session's token.
 */
final class AdminRequest
{
    /**
     * @param string               $moduleLink addonmodules.php?module=trustoceanssl (WHMCS's modulelink)
     * @param array<string, mixed> $query
     * @param array<string, mixed> $post
     */
    public function __construct(
        public readonly string $moduleLink,
        private readonly array $query,
        private readonly array $post,
        public readonly bool $isPost,
        public readonly bool $tokenValid,
        public readonly string $csrfField,
        public readonly int $now
    ) {
    }

    /** The current request; a POST's CSRF token is checked with WHMCS's check_token(). */
    public static function fromGlobals(string $moduleLink): self
    {
        $isPost = strtoupper((string) ($_SERVER['REQUEST_METHOD'] ?? 'GET')) === 'POST';
        return new self(
            $moduleLink,
            $_GET,
            $isPost ? $_POST : [],
            $isPost,
            $isPost && check_token('WHMCS.admin.default'),
            (string) generate_token('form'),
            time()
        );
    }

    /** The same request as a plain GET: what a page shows when a POST must not act. */
    public function withoutPost(): self
    {
        return new self($this->moduleLink, $this->query, [], false, false, $this->csrfField, $this->now);
    }

    public function query(string $name): string
    {
        $value = $this->query[$name] ?? '';
        return is_string($value) ? trim($value) : '';
    }

    public function post(string $name): string
    {
        $value = $this->post[$name] ?? '';
        return is_string($value) ? trim($value) : '';
    }

    /**
     * Every posted field, for pages that read several: its text, or null when it came as
     * something else (a list sent as `field[]=`), so a page can refuse it instead of taking the
     * field as empty, which for some fields is a meaningful choice.
     *
     * @return array<string, string|null>
     */
    public function postFields(): array
    {
        return array_map(static fn (mixed $value): ?string => is_string($value) ? $value : null, $this->post);
    }

    /**
     * A link to the addon's admin area with these query parameters.
     *
     * @param array<string, string|int> $parameters
     */
    public function link(array $parameters): string
    {
        $parameters = array_filter($parameters, static fn (string|int $value): bool => $value !== '');
        return $parameters === [] ? $this->moduleLink : $this->moduleLink . '&' . http_build_query($parameters);
    }
}
