<?php

declare(strict_types=1);

namespace TrustOcean\Bench\Load;

use RuntimeException;

/**
 * The WHMCS stand-in served as production serves PHP: nginx in front of a php-fpm pool with the
 * extension loaded, both run in the foreground from a scratch folder and stopped afterwards.
 */
final class FpmStack
{
    /** @var list<resource> */
    private array $processes = [];

    public readonly string $url;

    private readonly string $dir;

    /** @param array<string, string> $environment the stand-in's WHMCS_VAR_DIR and WHMCS_DB */
    public function __construct(string $root, string $extension, array $environment, int $workers)
    {
        $this->dir = sys_get_temp_dir() . '/trustocean-fpm-' . bin2hex(random_bytes(4));
        mkdir($this->dir, 0700, true);
        $port = self::freePort();
        $this->url = "http://127.0.0.1:{$port}";
        $socket = "{$this->dir}/fpm.sock";

        // Started as root (a CI container), both servers must be told to stay root: php-fpm refuses
        // otherwise, and nginx's workers would drop to nobody and lose the private socket.
        $asRoot = function_exists('posix_geteuid') && posix_geteuid() === 0;
        $env = '';
        foreach ($environment as $name => $value) {
            $env .= "env[{$name}] = {$value}\n";
        }
        file_put_contents("{$this->dir}/fpm.conf", "[global]\nerror_log = {$this->dir}/fpm.log\ndaemonize = no\n\n"
            . "[bench]\n" . ($asRoot ? "user = root\n" : '') . "listen = {$socket}\npm = static\npm.max_children = {$workers}\nclear_env = yes\n{$env}"
            . "php_admin_value[extension] = {$extension}\nphp_admin_value[display_errors] = Off\n"
            . "php_admin_value[error_log] = {$this->dir}/php.log\n");
        $public = "{$root}/tests/whmcs/public";
        file_put_contents("{$this->dir}/nginx.conf", "daemon off;\n" . ($asRoot ? "user root;\n" : '') . "worker_processes 2;\npid {$this->dir}/nginx.pid;\n"
            . "error_log {$this->dir}/nginx.log;\nevents { worker_connections 1024; }\n"
            . "http {\n access_log off;\n client_body_temp_path {$this->dir}/body;\n fastcgi_temp_path {$this->dir}/fastcgi;\n"
            . " proxy_temp_path {$this->dir}/proxy;\n uwsgi_temp_path {$this->dir}/uwsgi;\n scgi_temp_path {$this->dir}/scgi;\n"
            . " server {\n  listen 127.0.0.1:{$port};\n  location / {\n   include /etc/nginx/fastcgi_params;\n"
            . "   fastcgi_param SCRIPT_FILENAME {$public}/router.php;\n   fastcgi_param DOCUMENT_ROOT {$public};\n"
            . "   fastcgi_pass unix:{$socket};\n  }\n }\n}\n");

        $this->start(array_merge(['/usr/sbin/php-fpm8.2', '--nodaemonize', '--fpm-config', "{$this->dir}/fpm.conf"], $asRoot ? ['--allow-to-run-as-root'] : []));
        $this->start(['/usr/sbin/nginx', '-c', "{$this->dir}/nginx.conf"]);
        $this->waitFor($port);
    }

    public function stop(): void
    {
        foreach ($this->processes as $process) {
            proc_terminate($process);
            proc_close($process);
        }
        $this->processes = [];
    }

    /** @param list<string> $command */
    private function start(array $command): void
    {
        $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "{$this->dir}/out.log", 'a'], 2 => ['file', "{$this->dir}/out.log", 'a']], $pipes);
        if (!is_resource($process)) {
            throw new RuntimeException('cannot start ' . $command[0]);
        }
        $this->processes[] = $process;
    }

    private function waitFor(int $port): void
    {
        $deadline = microtime(true) + 10;
        while (microtime(true) < $deadline) {
            $socket = @fsockopen('127.0.0.1', $port, $errno, $error, 0.2);
            if ($socket !== false && file_exists("{$this->dir}/fpm.sock")) {
                fclose($socket);
                return;
            }
            usleep(50000);
        }
        throw new RuntimeException('nginx and php-fpm did not start: ' . @file_get_contents("{$this->dir}/out.log"));
    }

    private static function freePort(): int
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0');
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);
        return (int) substr($name, strrpos($name, ':') + 1);
    }
}
