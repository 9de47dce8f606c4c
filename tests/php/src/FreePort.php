<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support;

use RuntimeException;

/** A loopback TCP port nothing listens on right now, for the servers the tests start. */
final class FreePort
{
    public static function pick(): int
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
        if ($socket === false) {
            throw new RuntimeException("no free port: {$error}");
        }
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);
        return (int) substr($name, strrpos($name, ':') + 1);
    }
}
