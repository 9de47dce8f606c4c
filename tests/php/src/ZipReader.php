<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support;

use RuntimeException;

/**
 * Reads a zip held in a string: with ZipArchive when the zip extension is loaded, otherwise by
 * walking the central directory and inflating with zlib, so the bundle tests run on either.
 */
final class ZipReader
{
    /**
     * Every entry, in archive order: name => content ("" for folders).
     *
     * @return array<string, string>
     */
    public static function entries(string $zip): array
    {
        if (class_exists(\ZipArchive::class)) {
            return self::withZipArchive($zip);
        }
        return self::withoutExtension($zip);
    }

    /**
     * @return array<string, string>
     */
    private static function withZipArchive(string $zip): array
    {
        $file = tempnam(sys_get_temp_dir(), 'trustocean-zip-');
        if ($file === false) {
            throw new RuntimeException('tempnam failed');
        }
        try {
            file_put_contents($file, $zip);
            $archive = new \ZipArchive();
            if ($archive->open($file) !== true) {
                throw new RuntimeException('ZipArchive cannot open the bundle');
            }
            $entries = [];
            for ($i = 0; $i < $archive->numFiles; $i++) {
                $name = (string) $archive->getNameIndex($i);
                $entries[$name] = (string) $archive->getFromIndex($i);
            }
            $archive->close();
            return $entries;
        } finally {
            unlink($file);
        }
    }

    /**
     * @return array<string, string>
     */
    private static function withoutExtension(string $zip): array
    {
        $end = strrpos($zip, "PK\x05\x06");
        if ($end === false) {
            throw new RuntimeException('no end of central directory record');
        }
        $record = self::unpack('vdisk/vcdDisk/vdiskEntries/ventries/Vsize/Voffset', substr($zip, $end + 4, 16));
        $position = $record['offset'];
        $entries = [];
        for ($i = 0; $i < $record['entries']; $i++) {
            if (substr($zip, $position, 4) !== "PK\x01\x02") {
                throw new RuntimeException("bad central directory header at {$position}");
            }
            $header = self::unpack(
                'vmade/vneeded/vflags/vmethod/vtime/vdate/Vcrc/Vcompressed/Vsize/vnameLength/vextraLength/vcommentLength/vdisk/vinternal/Vexternal/Vlocal',
                substr($zip, $position + 4, 42)
            );
            $name = substr($zip, $position + 46, $header['nameLength']);
            $local = self::unpack('vnameLength/vextraLength', substr($zip, $header['local'] + 26, 4));
            $data = substr($zip, $header['local'] + 30 + $local['nameLength'] + $local['extraLength'], $header['compressed']);
            $content = match ($header['method']) {
                0 => $data,
                8 => gzinflate($data),
                default => throw new RuntimeException("unsupported compression {$header['method']}"),
            };
            if ($content === false || crc32($content) !== $header['crc']) {
                throw new RuntimeException("entry {$name} is damaged");
            }
            $entries[$name] = $content;
            $position += 46 + $header['nameLength'] + $header['extraLength'] + $header['commentLength'];
        }
        return $entries;
    }

    /**
     * @return array<string, int>
     */
    private static function unpack(string $format, string $bytes): array
    {
        $values = unpack($format, $bytes);
        if ($values === false) {
            throw new RuntimeException('truncated zip structure');
        }
        /** @var array<string, int> $values */
        return $values;
    }
}
