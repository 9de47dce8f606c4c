<?php

declare(strict_types=1);

namespace TrustOcean\Tests;

use PHPUnit\Framework\TestCase;
use RuntimeException;

/**
 * php-shim/stubs/trustocean.stub.php must describe exactly what the extension exports: both are
 * reflected (in separate php processes, the stub without the extension) into a normalised listing
 * of classes, parents, interfaces, properties, methods, parameters, defaults and return types.
 */
final class StubMatchesExtensionTest extends TestCase
{
    public function testStubDeclaresExactlyTheExtensionApi(): void
    {
        $root = dirname(__DIR__, 3);
        $tool = dirname(__DIR__) . '/tools/reflect-api.php';
        $stub = $root . '/php-shim/stubs/trustocean.stub.php';

        $fromExtension = $this->reflect(['-d', 'extension=' . self::extensionPath($root), $tool, 'extension']);
        $fromStub = $this->reflect([$tool, 'stub', $stub]);

        self::assertNotEmpty($fromExtension['classes']);
        self::assertArrayHasKey('TrustOcean\\Client', $fromExtension['classes']);
        self::assertSame(
            json_encode($fromExtension, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES),
            json_encode($fromStub, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES),
            'php-shim/stubs/trustocean.stub.php differs from the extension; update the stub'
        );
    }

    public function testStubIsValidPhpWithStrictTypes(): void
    {
        $stub = dirname(__DIR__, 3) . '/php-shim/stubs/trustocean.stub.php';
        $source = (string) file_get_contents($stub);

        self::assertStringContainsString('declare(strict_types=1);', $source);
        self::assertStringContainsString('namespace TrustOcean;', $source);
        $output = $this->runPhp([PHP_BINARY, '-n', '-l', $stub]);
        self::assertStringContainsString('No syntax errors', $output);
    }

    /**
     * The loaded extension's file: $TRUSTOCEAN_EXTENSION, else target/release/libtrustocean.so.
     */
    private static function extensionPath(string $root): string
    {
        $fromEnv = getenv('TRUSTOCEAN_EXTENSION');
        $path = is_string($fromEnv) && $fromEnv !== '' ? $fromEnv : $root . '/target/release/libtrustocean.so';
        if (!is_file($path)) {
            throw new RuntimeException("extension not found at {$path}; set TRUSTOCEAN_EXTENSION");
        }
        return $path;
    }

    /**
     * @param list<string> $arguments
     *
     * @return array<string, mixed>
     */
    private function reflect(array $arguments): array
    {
        $output = $this->runPhp(array_merge([PHP_BINARY, '-n'], $arguments));
        $listing = json_decode($output, true, 512, JSON_THROW_ON_ERROR);
        self::assertIsArray($listing);
        return $listing;
    }

    /**
     * @param list<string> $command
     */
    private function runPhp(array $command): string
    {
        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        self::assertIsResource($process);
        $stdout = (string) stream_get_contents($pipes[1]);
        $stderr = (string) stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $status = proc_close($process);
        self::assertSame(0, $status, implode(' ', $command) . " failed:\n{$stderr}{$stdout}");
        return $stdout;
    }
}
