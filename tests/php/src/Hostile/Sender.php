<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Hostile;

use Closure;
use RuntimeException;
use TrustOcean\Tests\Support\Whmcs\Page;

/**
 * Sends a corpus case the way its form or endpoint is reached: a client-area module function
 * (`modop=custom&a=<function>` on the service page), the service page itself, an admin button
 * on the admin service page, the addon's admin tabs and client page, WHMCS's option upgrade, and
 * the push receiver. The actor's session supplies the cookies; the case says which CSRF token
 * goes with the form (the session's, none, a made-up one or another session's).
 *
 * The request fields WHMCS's own forms always carry (`modop`, `a`, `id`, `token`) are added
 * unless the case sets them; `{"$absent": true}` leaves one out. On the upgrade form, the field
 * `quantity` stands for the service's DomainCount option (`configoption[<its id>]`).
 */
final class Sender
{
    private const PUSH_PATH = 'modules/servers/trustocean/push.php';

    private const ADDON_ADMIN = 'admin/addonmodules.php?module=trustoceanssl';

    private const ADDON_CLIENT = 'index.php?m=trustoceanssl';

    public function __construct(private readonly Fixtures $fixtures, private readonly Values $values, private readonly string $baseUrl)
    {
    }

    /**
     * Everything the case needs made up front (fixtures, generated material, logins, tokens),
     * so that the returned call does nothing but send the request.
     *
     * @return Closure(): Page
     */
    public function prepare(HostileCase $case): Closure
    {
        $serviceId = $case->target === '' ? 0 : $this->fixtures->service($case->target);
        $query = (array) $this->values->expand(self::withoutAbsent($case->query));
        $fields = (array) $this->values->expand(self::withoutAbsent($case->fields));
        $body = $case->body === null ? null : (string) $this->values->expand($case->body);
        $absent = self::absentKeys($case->fields);
        $queryAbsent = self::absentKeys($case->query);
        $page = static fn (array $base): string => http_build_query(self::base($base, $query, $queryAbsent) + $query);

        return match ($case->endpoint) {
            'client_function' => $this->form(
                $case,
                'clientarea.php?' . $page(['action' => 'productdetails', 'id' => $serviceId]),
                self::base(['id' => $serviceId, 'modop' => 'custom', 'a' => $case->function], $fields, $absent) + $fields,
                $body,
                $absent
            ),
            'client_page' => $this->form($case, 'clientarea.php?' . $page(['action' => 'productdetails', 'id' => $serviceId]), $fields, $body, $absent),
            'admin_button' => $this->form(
                $case,
                'admin/clientsservices.php?' . $page(['id' => $serviceId]),
                self::base(['modop' => 'custom', 'ac' => $case->function], $fields, $absent) + $fields,
                $body,
                $absent
            ),
            'addon_admin' => $this->form($case, self::ADDON_ADMIN . self::queryPart($query), $fields, $body, $absent),
            'addon_client' => $this->form($case, self::ADDON_CLIENT . self::queryPart($query), $fields, $body, $absent),
            'upgrade' => $this->form(
                $case,
                'upgrade.php?' . $page(['type' => 'configoptions', 'id' => $serviceId]),
                $this->quantity($case, $fields),
                $body,
                $absent
            ),
            'push' => fn (): Page => $this->raw(
                $case->method,
                self::PUSH_PATH . self::queryPart($query, '?'),
                $body ?? '',
                $case->contentType === '' ? 'application/x-www-form-urlencoded' : $case->contentType,
                ''
            ),
            default => throw new RuntimeException("unknown endpoint {$case->endpoint}"),
        };
    }

    /**
     * A form of the actor's session: POSTed with the token the case asks for, or as a GET whose
     * query carries the fields.
     *
     * @param array<string, mixed> $fields
     * @param array<string, true>  $absent
     *
     * @return Closure(): Page
     */
    private function form(HostileCase $case, string $path, array $fields, ?string $body, array $absent): Closure
    {
        $browser = $this->fixtures->browser($case->actor);
        $token = match ($case->token) {
            'valid' => $this->fixtures->token($case->actor),
            'wrong' => str_repeat('0f', 20),
            'foreign' => $this->fixtures->token($case->actor === 'other_customer' ? 'customer' : 'other_customer'),
            default => null,
        };
        if ($token !== null && $token !== '' && !isset($absent['token']) && !array_key_exists('token', $fields)) {
            $fields = ['token' => $token] + $fields;
        }
        if ($case->method === 'GET') {
            $url = $fields === [] ? $path : $path . (str_contains($path, '?') ? '&' : '?') . http_build_query($fields);
            return static fn (): Page => $browser->get($url);
        }
        if ($body !== null || $case->contentType !== '' || $case->method !== 'POST') {
            $raw = $body ?? http_build_query($fields);
            $type = $case->contentType === '' ? 'application/x-www-form-urlencoded' : $case->contentType;
            return fn (): Page => $this->raw($case->method, $path, $raw, $type, $browser->cookieHeader());
        }
        return static fn (): Page => $browser->post($path, $fields);
    }

    /**
     * The upgrade form's `quantity` as the DomainCount option's field.
     *
     * @param array<string, mixed> $fields
     *
     * @return array<string, mixed>
     */
    private function quantity(HostileCase $case, array $fields): array
    {
        if (!array_key_exists('quantity', $fields)) {
            return $fields;
        }
        $fields['configoption'] = [$this->fixtures->optionId($case->target, 'DomainCount') => $fields['quantity']];
        unset($fields['quantity']);
        return $fields;
    }

    /** A request with a raw body and the given content type (push, odd methods and bodies). */
    private function raw(string $method, string $path, string $body, string $contentType, string $cookies): Page
    {
        $curl = curl_init($this->baseUrl . '/' . ltrim($path, '/'));
        $headers = [];
        curl_setopt_array($curl, [
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_POSTFIELDS => $method === 'GET' ? null : $body,
            CURLOPT_HTTPHEADER => array_merge(['Content-Type: ' . $contentType, 'Expect:'], $cookies === '' ? [] : ['Cookie: ' . $cookies]),
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 60,
            CURLOPT_HEADERFUNCTION => static function ($curl, string $line) use (&$headers): int {
                if (str_contains($line, ':')) {
                    [$name, $value] = explode(':', $line, 2);
                    $headers[strtolower(trim($name))] = trim($value);
                }
                return strlen($line);
            },
        ]);
        $response = curl_exec($curl);
        if ($response === false) {
            throw new RuntimeException("{$method} {$path}: " . curl_error($curl));
        }
        $page = new Page((int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE), $headers, (string) $response, (string) curl_getinfo($curl, CURLINFO_EFFECTIVE_URL));
        curl_close($curl);
        return $page;
    }

    /**
     * The always-sent fields the case neither sets nor removes.
     *
     * @param array<string, mixed> $base
     * @param array<string, mixed> $set
     * @param array<string, true>  $absent
     *
     * @return array<string, mixed>
     */
    private static function base(array $base, array $set, array $absent): array
    {
        return array_diff_key($base, $set, $absent);
    }

    /** @param array<string, mixed> $query */
    private static function queryPart(array $query, string $glue = '&'): string
    {
        return $query === [] ? '' : $glue . http_build_query($query);
    }

    /**
     * @param array<string, mixed> $fields
     *
     * @return array<string, mixed>
     */
    private static function withoutAbsent(array $fields): array
    {
        return array_diff_key($fields, self::absentKeys($fields));
    }

    /**
     * @param array<string, mixed> $fields
     *
     * @return array<string, true>
     */
    private static function absentKeys(array $fields): array
    {
        $absent = [];
        foreach ($fields as $name => $value) {
            if (is_array($value) && ($value['$absent'] ?? false) === true) {
                $absent[$name] = true;
            }
        }
        return $absent;
    }
}
