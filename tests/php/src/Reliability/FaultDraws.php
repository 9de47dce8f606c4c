<?php

declare(strict_types=1);

namespace TrustOcean\Tests\Support\Reliability;

/**
 * The sandbox's fault draws, computed again from their seed: the sandbox draws four numbers per
 * API call (drop, error, malformed, slow body, in that order) from Rust's StdRng (ChaCha12,
 * seeded from a u64 through PCG32) and tells nobody which call it hit. Replaying the same
 * stream here lets a campaign count the faults it injected, by kind, without any change to the
 * sandbox; the calls the sandbox records (those that reached its handler) check the replay.
 */
final class FaultDraws
{
    private const MASK32 = 0xFFFFFFFF;

    /** Double rounds of ChaCha12. */
    private const DOUBLE_ROUNDS = 6;

    /** @var list<int> key words, little-endian */
    private array $key;

    private int $block = 0;

    /** @var list<int> the words of the current block not read yet */
    private array $words = [];

    public function __construct(int $seed)
    {
        $this->key = self::pcgSeed($seed);
    }

    /**
     * The faults of the next call at these rates: which one applies (drop, error, malformed and
     * slow take precedence in that order, as in the sandbox), or null.
     *
     * @param array{drop: float, error: float, malformed: float, slow: float} $rates
     */
    public function next(array $rates): ?string
    {
        $hits = [];
        foreach (['drop', 'error', 'malformed', 'slow'] as $kind) {
            $hits[$kind] = $this->nextFloat() < $rates[$kind];
        }
        foreach ($hits as $kind => $hit) {
            if ($hit) {
                return $kind;
            }
        }
        return null;
    }

    /** rand's StandardUniform f64: the top 53 bits of the next u64, scaled to [0, 1). */
    public function nextFloat(): float
    {
        $low = $this->nextWord();
        $high = $this->nextWord();
        // (high << 32 | low) >> 11, kept below 2^53 so that floats hold it exactly.
        $value = $high * 2097152 + ($low >> 11);
        return $value / 9007199254740992;
    }

    private function nextWord(): int
    {
        if ($this->words === []) {
            $this->words = $this->chachaBlock($this->block++);
        }
        return array_shift($this->words);
    }

    /**
     * One ChaCha12 block with a 64-bit block counter and a zero stream id.
     *
     * @return list<int>
     */
    private function chachaBlock(int $counter): array
    {
        $state = [
            0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,
            ...$this->key,
            $counter & self::MASK32, ($counter >> 32) & self::MASK32, 0, 0,
        ];
        $x = $state;
        for ($i = 0; $i < self::DOUBLE_ROUNDS; $i++) {
            self::quarter($x, 0, 4, 8, 12);
            self::quarter($x, 1, 5, 9, 13);
            self::quarter($x, 2, 6, 10, 14);
            self::quarter($x, 3, 7, 11, 15);
            self::quarter($x, 0, 5, 10, 15);
            self::quarter($x, 1, 6, 11, 12);
            self::quarter($x, 2, 7, 8, 13);
            self::quarter($x, 3, 4, 9, 14);
        }
        $out = [];
        foreach ($x as $index => $word) {
            $out[] = ($word + $state[$index]) & self::MASK32;
        }
        return $out;
    }

    /** @param list<int> $x */
    private static function quarter(array &$x, int $a, int $b, int $c, int $d): void
    {
        $x[$a] = ($x[$a] + $x[$b]) & self::MASK32;
        $x[$d] = self::rotl($x[$d] ^ $x[$a], 16);
        $x[$c] = ($x[$c] + $x[$d]) & self::MASK32;
        $x[$b] = self::rotl($x[$b] ^ $x[$c], 12);
        $x[$a] = ($x[$a] + $x[$b]) & self::MASK32;
        $x[$d] = self::rotl($x[$d] ^ $x[$a], 8);
        $x[$c] = ($x[$c] + $x[$d]) & self::MASK32;
        $x[$b] = self::rotl($x[$b] ^ $x[$c], 7);
    }

    private static function rotl(int $value, int $bits): int
    {
        return (($value << $bits) | ($value >> (32 - $bits))) & self::MASK32;
    }

    /**
     * rand_core's seed_from_u64: eight PCG32 outputs as the 32-byte key.
     *
     * @return list<int>
     */
    private static function pcgSeed(int $seed): array
    {
        // The u64 state as four 16-bit limbs, so no product overflows PHP's signed integers.
        $state = self::limbs($seed);
        $multiplier = self::limbs(6364136223846793005);
        $increment = self::limbs(-6812164046247290893);
        $words = [];
        for ($i = 0; $i < 8; $i++) {
            $state = self::add(self::multiply($state, $multiplier), $increment);
            $high = ($state[3] << 16) | $state[2];
            $low = ($state[1] << 16) | $state[0];
            // xorshifted = ((state >> 18) ^ state) >> 27, as u32; rot = state >> 59.
            [$shiftedHigh, $shiftedLow] = self::shiftRight($high, $low, 18);
            [$xorHigh, $xorLow] = [$shiftedHigh ^ $high, $shiftedLow ^ $low];
            [, $xorshifted] = self::shiftRight($xorHigh, $xorLow, 27);
            $rotation = $high >> 27;
            $words[] = $rotation === 0
                ? $xorshifted
                : (($xorshifted >> $rotation) | ($xorshifted << (32 - $rotation))) & self::MASK32;
        }
        return $words;
    }

    /** @return array{int, int} (high, low) 32-bit halves of a u64 shifted right by $bits (< 32) */
    private static function shiftRight(int $high, int $low, int $bits): array
    {
        return [$high >> $bits, (($low >> $bits) | ($high << (32 - $bits))) & self::MASK32];
    }

    /** @return list<int> four 16-bit limbs, least significant first (two's complement of negatives) */
    private static function limbs(int $value): array
    {
        return [$value & 0xFFFF, ($value >> 16) & 0xFFFF, ($value >> 32) & 0xFFFF, ($value >> 48) & 0xFFFF];
    }

    /**
     * @param list<int> $a
     * @param list<int> $b
     *
     * @return list<int> a * b mod 2^64
     */
    private static function multiply(array $a, array $b): array
    {
        $result = [0, 0, 0, 0];
        for ($i = 0; $i < 4; $i++) {
            $carry = 0;
            for ($j = 0; $i + $j < 4; $j++) {
                $sum = $result[$i + $j] + $a[$i] * $b[$j] + $carry;
                $result[$i + $j] = $sum & 0xFFFF;
                $carry = $sum >> 16;
            }
        }
        return $result;
    }

    /**
     * @param list<int> $a
     * @param list<int> $b
     *
     * @return list<int> a + b mod 2^64
     */
    private static function add(array $a, array $b): array
    {
        $result = [];
        $carry = 0;
        for ($i = 0; $i < 4; $i++) {
            $sum = $a[$i] + $b[$i] + $carry;
            $result[] = $sum & 0xFFFF;
            $carry = $sum >> 16;
        }
        return $result;
    }
}
