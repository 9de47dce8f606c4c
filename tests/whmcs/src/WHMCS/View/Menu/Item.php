<?php

declare(strict_types=1);

namespace WHMCS\View\Menu;

use InvalidArgumentException;

/**
 * WHMCS's client area menu item (a KnpMenu item in WHMCS): a tree of named items, each with a
 * label (its name until one is set), a link, an order among its siblings, an icon, a badge and
 * body HTML. The ClientAreaPrimaryNavbar hook receives the root of the primary navigation bar.
 *
 * Setters return the item, so calls chain as in WHMCS's examples.
 */
class Item
{
    private ?string $label = null;

    private ?string $uri = null;

    private ?int $order = null;

    private ?string $icon = null;

    private ?string $badge = null;

    private ?string $bodyHtml = null;

    private ?Item $parent = null;

    /** @var array<string, Item> by name, in the order they were added */
    private array $children = [];

    public function __construct(private string $name)
    {
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function setName(string $name): self
    {
        if ($this->parent !== null) {
            $this->parent->renameChild($this->name, $name);
        }
        $this->name = $name;
        return $this;
    }

    /** The label, or the name while no label is set. */
    public function getLabel(): string
    {
        return $this->label ?? $this->name;
    }

    public function setLabel(?string $label): self
    {
        $this->label = $label;
        return $this;
    }

    public function getUri(): ?string
    {
        return $this->uri;
    }

    public function setUri(?string $uri): self
    {
        $this->uri = $uri;
        return $this;
    }

    public function getOrder(): ?int
    {
        return $this->order;
    }

    public function setOrder(int|string|null $order): self
    {
        $this->order = $order === null || $order === '' ? null : (int) $order;
        return $this;
    }

    public function getIcon(): ?string
    {
        return $this->icon;
    }

    public function setIcon(?string $icon): self
    {
        $this->icon = $icon;
        return $this;
    }

    public function hasIcon(): bool
    {
        return $this->icon !== null && $this->icon !== '';
    }

    public function getBadge(): ?string
    {
        return $this->badge;
    }

    public function setBadge(?string $badge): self
    {
        $this->badge = $badge;
        return $this;
    }

    public function hasBadge(): bool
    {
        return $this->badge !== null && $this->badge !== '';
    }

    public function getBodyHtml(): ?string
    {
        return $this->bodyHtml;
    }

    public function setBodyHtml(?string $html): self
    {
        $this->bodyHtml = $html;
        return $this;
    }

    public function getParent(): ?Item
    {
        return $this->parent;
    }

    /**
     * Adds a child, by name (with `label`, `uri`, `order`, `icon`, `badge`) or as an item, and
     * returns it. A child of the same name is replaced, as in KnpMenu.
     *
     * @param array<string, mixed> $options
     */
    public function addChild(Item|string $child, array $options = []): Item
    {
        if (is_string($child)) {
            $child = new self($child);
        } elseif ($child->parent !== null) {
            throw new InvalidArgumentException('Cannot add menu item as child, it already belongs to another menu (e.g. has a parent).');
        }
        foreach (['label' => 'setLabel', 'uri' => 'setUri', 'order' => 'setOrder', 'icon' => 'setIcon', 'badge' => 'setBadge'] as $option => $setter) {
            if (array_key_exists($option, $options)) {
                $child->{$setter}($options[$option]);
            }
        }
        $child->parent = $this;
        $this->children[$child->name] = $child;
        return $child;
    }

    /** The child of that name, or null. */
    public function getChild(string $name): ?Item
    {
        return $this->children[$name] ?? null;
    }

    public function removeChild(Item|string $name): self
    {
        $name = $name instanceof Item ? $name->getName() : $name;
        if (isset($this->children[$name])) {
            $this->children[$name]->parent = null;
            unset($this->children[$name]);
        }
        return $this;
    }

    /** @return array<string, Item> by name, in the order they were added */
    public function getChildren(): array
    {
        return $this->children;
    }

    public function hasChildren(): bool
    {
        return $this->children !== [];
    }

    /** Puts the item before its siblings (an order below theirs). */
    public function moveToFront(): self
    {
        $orders = $this->siblingOrders();
        $this->order = $orders === [] ? 0 : min($orders) - 1;
        return $this;
    }

    /** Puts the item after its siblings (an order above theirs). */
    public function moveToBack(): self
    {
        $orders = $this->siblingOrders();
        $this->order = $orders === [] ? 0 : max($orders) + 1;
        return $this;
    }

    private function renameChild(string $from, string $to): void
    {
        $renamed = [];
        foreach ($this->children as $name => $child) {
            $renamed[$name === $from ? $to : $name] = $child;
        }
        $this->children = $renamed;
    }

    /** @return list<int> */
    private function siblingOrders(): array
    {
        if ($this->parent === null) {
            return [];
        }
        $orders = [];
        foreach ($this->parent->children as $sibling) {
            if ($sibling !== $this && $sibling->order !== null) {
                $orders[] = $sibling->order;
            }
        }
        return $orders;
    }
}
