<?php

declare(strict_types=1);

namespace WhmcsStandIn;

use RuntimeException;

/**
 * The stand-in's configuration.php, the counterpart of the file in a WHMCS root.
 *
 * WHMCS keeps `$cc_encryption_hash` there, the secret behind encrypt()/decrypt(). The stand-in
 * creates the file with a random hash on first boot (mode 0600) and never prints it. Database
 * settings are not in it: they come from WHMCS_DB.
 */
final class Configuration
{
    private const FILE_NAME = 'configuration.php';

    public function __construct(public readonly string $encryptionHash)
    {
    }

    public static function loadOrCreate(string $varDir): self
    {
        $path = $varDir . '/' . self::FILE_NAME;
        if (!is_file($path)) {
            self::create($path);
        }
        $hash = self::read($path);
        if ($hash === '') {
            throw new RuntimeException("{$path} does not define \$cc_encryption_hash");
        }
        return new self($hash);
    }

    private static function create(string $path): void
    {
        $directory = dirname($path);
        if (!is_dir($directory) && !mkdir($directory, 0700, true) && !is_dir($directory)) {
            throw new RuntimeException("cannot create {$directory}");
        }
        // Mode 'x' fails when another process (the web server, a parallel test) created the file
        // first; that process's hash is then the one everybody reads.
        $handle = @fopen($path, 'x');
        if ($handle === false) {
            return;
        }
        chmod($path, 0600);
        $hash = bin2hex(random_bytes(32));
        fwrite(
            $handle,
            "<?php\n\n// WHMCS stand-in configuration, created on first boot. Like WHMCS's configuration.php\n"
            . "// it holds the key of encrypt()/decrypt(): deleting it makes stored secrets unreadable.\n"
            . "\$cc_encryption_hash = '{$hash}';\n"
        );
        fclose($handle);
    }

    private static function read(string $path): string
    {
        $cc_encryption_hash = '';
        // A writer may still be between fopen() and fwrite(); give it a moment.
        for ($attempt = 0; $attempt < 50 && $cc_encryption_hash === ''; $attempt++) {
            if ($attempt > 0) {
                usleep(20000);
            }
            include $path;
        }
        return is_string($cc_encryption_hash) ? $cc_encryption_hash : '';
    }
}
