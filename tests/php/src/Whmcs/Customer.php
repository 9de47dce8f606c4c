<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Whmcs;

use RuntimeException;

/**
 * A client in the client area: opens a service's page and posts the module's forms
 * (`modop=custom&a=<function>` with the page's CSRF token), as the templates do.
 */
final class Customer extends Browser
{
    private string $token = '';

    /** @param array<string, string> $headers headers sent with every request, login included */
    public static function login(string $baseUrl, string $email, string $password, array $headers = []): self
    {
        $customer = new self($baseUrl);
        foreach ($headers as $name => $value) {
            $customer->sendHeader($name, $value);
        }
        $form = $customer->get('login.php');
        $page = $customer->post('dologin.php', ['token' => $form->token(), 'username' => $email, 'password' => $password, 'goto' => 'clientarea.php']);
        if (!str_contains($page->url, 'clientarea.php')) {
            throw new RuntimeException("login as {$email} failed: " . $page->text());
        }
        return $customer;
    }

    public function service(int $serviceId, array $query = []): Page
    {
        $page = $this->get('clientarea.php?' . http_build_query(['action' => 'productdetails', 'id' => $serviceId] + $query));
        if ($page->isHtml() && $page->hasToken()) {
            $this->token = $page->token();
        }
        return $page;
    }

    /**
     * Posts a module function of a service, as its form does.
     *
     * @param array<string, mixed> $fields
     */
    public function act(int $serviceId, string $function, array $fields = []): Page
    {
        if ($this->token === '') {
            $this->service($serviceId);
        }
        return $this->post(
            'clientarea.php?' . http_build_query(['action' => 'productdetails', 'id' => $serviceId]),
            ['id' => $serviceId, 'modop' => 'custom', 'a' => $function, 'token' => $this->token] + $fields
        );
    }

    public function token(): string
    {
        return $this->token;
    }
}
