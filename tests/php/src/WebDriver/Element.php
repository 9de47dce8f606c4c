<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\WebDriver;

/** An element of the page a Session shows, as a reader uses it: click, type, read. */
final class Element
{
    public function __construct(private readonly Session $session, public readonly string $id)
    {
    }

    public function click(): void
    {
        $this->session->command('POST', "/element/{$this->id}/click");
    }

    /** Types $text into the element, after what it already holds. */
    public function type(string $text): void
    {
        $this->session->command('POST', "/element/{$this->id}/value", ['text' => $text]);
    }

    /** Empties the element, then types $text. */
    public function fill(string $text): void
    {
        $this->session->command('POST', "/element/{$this->id}/clear");
        $this->type($text);
    }

    /** Chooses the option with the value $value of a select, as a click on it would. */
    public function choose(string $value): void
    {
        $this->session->find('#' . $this->attribute('id') . ' option[value="' . addcslashes($value, '"\\') . '"]')->click();
    }

    public function text(): string
    {
        return (string) $this->session->command('GET', "/element/{$this->id}/text");
    }

    /** The current value of a form field (what was typed or chosen). */
    public function value(): string
    {
        return (string) $this->session->command('GET', "/element/{$this->id}/property/value");
    }

    public function attribute(string $name): ?string
    {
        $value = $this->session->command('GET', "/element/{$this->id}/attribute/{$name}");
        return $value === null ? null : (string) $value;
    }

    public function isDisplayed(): bool
    {
        return (bool) $this->session->command('GET', "/element/{$this->id}/displayed");
    }
}
