<?php

declare(strict_types=1);

namespace TrustOcean\Tests;

use PHPUnit\Framework\TestCase;
use TrustOcean\Tests\Support\Sandbox;

/**
 * A forked child (as php-fpm workers are) can use the extension after its parent already did.
 */
final class ForkSafetyTest extends TestCase
{
    public function testClientWorksInAForkedChildAfterUseInTheParent(): void
    {
        if (!function_exists('pcntl_fork')) {
            self::markTestSkipped('the pcntl extension is needed to fork');
        }
        $client = Sandbox::shared()->client();
        self::assertArrayHasKey('credit', $client->getProfileInfo());

        $pid = pcntl_fork();
        self::assertNotSame(-1, $pid, 'fork failed');
        if ($pid === 0) {
            $exitCode = 1;
            try {
                $fresh = Sandbox::shared()->client(Sandbox::TOKEN, 5.0);
                $inherited = $client->getProfileInfo();
                $exitCode = isset($inherited['credit']) && isset($fresh->getProductList()['products']) ? 0 : 1;
            } finally {
                // Leave without running PHPUnit's or the bootstrap's shutdown code in the child.
                posix_kill(posix_getpid(), $exitCode === 0 ? SIGKILL : SIGTERM);
            }
        }

        $deadline = microtime(true) + 20.0;
        do {
            $done = pcntl_waitpid($pid, $status, WNOHANG);
            if ($done === 0) {
                usleep(20000);
            }
        } while ($done === 0 && microtime(true) < $deadline);
        if ($done === 0) {
            posix_kill($pid, SIGKILL);
            pcntl_waitpid($pid, $status);
            self::fail('the forked child hung while calling the API');
        }
        self::assertTrue(pcntl_wifsignaled($status), 'the child ended unexpectedly');
        self::assertSame(SIGKILL, pcntl_wtermsig($status), 'the API call failed in the forked child');
        self::assertArrayHasKey('credit', $client->getProfileInfo(), 'the parent still works');
    }
}
