<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Whmcs;

use RuntimeException;

/**
 * An admin on the admin service page: module commands and buttons, tab fields.
 */
final class Administrator extends Browser
{
    private string $token = '';

    public static function login(string $baseUrl, string $username, string $password): self
    {
        $admin = new self($baseUrl);
        $form = $admin->get('admin/login.php');
        $page = $admin->post('admin/dologin.php', ['token' => $form->token(), 'username' => $username, 'password' => $password, 'redirect' => 'index.php']);
        if (!str_contains($page->url, 'admin/index.php')) {
            throw new RuntimeException("admin login failed: " . $page->text());
        }
        return $admin;
    }

    public function service(int $serviceId): Page
    {
        $page = $this->get("admin/clientsservices.php?id={$serviceId}");
        if ($page->isHtml() && $page->hasToken()) {
            $this->token = $page->token();
        }
        return $page;
    }

    /** A module command (create, suspend, unsuspend, terminate, renew, changepackage). */
    public function command(int $serviceId, string $modop, array $fields = []): Page
    {
        if ($this->token === '') {
            $this->service($serviceId);
        }
        return $this->post("admin/clientsservices.php?id={$serviceId}", ['token' => $this->token, 'modop' => $modop] + $fields);
    }

    /** One of the module's buttons (AdminCustomButtonArray). */
    public function button(int $serviceId, string $function): Page
    {
        return $this->command($serviceId, 'custom', ['ac' => $function]);
    }
}
