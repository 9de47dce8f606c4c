<?php

/**
 * The global functions WHMCS defines for modules, with WHMCS's signatures and return shapes.
 *
 * Each delegates to the stand-in's services (WhmcsStandIn\Host), so the behaviour lives in
 * classes that tests can read.
 */

declare(strict_types=1);

use WhmcsStandIn\Host;

if (!function_exists('logModuleCall')) {
    /**
     * Records an external call in the module log (only while module logging is enabled), with
     * every value of $replaceVars masked.
     *
     * @param string|array<mixed> $requestString
     * @param string|array<mixed> $responseData
     * @param string|array<mixed> $processedData
     * @param list<string>        $replaceVars
     */
    function logModuleCall($module, $action, $requestString, $responseData, $processedData = '', $replaceVars = []): void
    {
        Host::get()->moduleLog()->write((string) $module, (string) $action, $requestString, $responseData, $processedData, (array) $replaceVars);
    }

    /** Adds an entry to the activity log. */
    function logActivity($message, $userId = 0): void
    {
        Host::get()->activityLog()->write((string) $message, (int) $userId);
    }

    /**
     * Runs an internal API command; the answer has `result` "success" or "error".
     *
     * @param array<string, mixed> $values
     *
     * @return array<string, mixed>
     */
    function localAPI($command, $values = [], $adminUser = ''): array
    {
        return Host::get()->localApi()->run((string) $command, (array) $values, (string) $adminUser);
    }

    /** Registers a hook function for a hook point. */
    function add_hook($hookPoint, $priority, $function): void
    {
        Host::get()->hooks()->add((string) $hookPoint, (int) $priority, $function);
    }

    /**
     * Runs every function registered for a hook point, lowest priority number first, and returns
     * what each returned.
     *
     * @param array<string, mixed>|object $vars an object (a menu item) is passed as it is
     *
     * @return list<mixed>
     */
    function run_hook($hookPoint, $vars = []): array
    {
        return Host::get()->hooks()->run((string) $hookPoint, is_object($vars) ? $vars : (array) $vars);
    }

    /** Encrypts with the installation's key ($cc_encryption_hash). */
    function encrypt($string): string
    {
        return Host::get()->encryption()->encrypt((string) $string);
    }

    /** Decrypts what encrypt() made; '' for anything else, as WHMCS does. */
    function decrypt($string): string
    {
        return Host::get()->encryption()->decrypt((string) $string) ?? '';
    }

    /**
     * The session's CSRF token: 'plain' the value, 'form' a hidden input, 'link' a query part.
     */
    function generate_token($type = 'form'): string
    {
        return Host::get()->csrf()->render((string) $type);
    }

    /** Whether the request's `token` field is the session's CSRF token. */
    function check_token($namespace = 'WHMCS.default', $token = ''): bool
    {
        return Host::get()->csrf()->check((string) $token);
    }
}
