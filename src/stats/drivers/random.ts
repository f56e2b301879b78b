/**
 * A small seeded pseudo-random generator, so that bootstrap intervals (and anything else that resamples) give the
 * same numbers on every run and every runtime. `Math.random` cannot be seeded; this can.
 * @module
 */
import { UsageError } from "../../core/errors.js";

/** A seeded stream of pseudo-random numbers; every call advances the same 128-bit state. */
export interface SeededRandom {
  /** The next uniform number in [0, 1), with 53 random bits (two 32-bit outputs). */
  next(): number;
  /** The next raw 32-bit output of the generator, an integer in [0, 2³²). */
  nextUint32(): number;
  /**
   * A uniform integer in [0, n) for an integer 1 ≤ n ≤ 2³², without modulo bias (the few top outputs that would
   * make some values more likely are rejected and drawn again).
   */
  nextInt(n: number): number;
  /** A copy of the four 32-bit state words, to resume the stream later with {@link xoshiro128ss}. */
  state(): [number, number, number, number];
}

const TWO_32 = 4294967296;

/**
 * xoshiro128** (Blackman & Vigna), a fast 32-bit generator with a period of 2¹²⁸ − 1 that passes BigCrush; small
 * enough to be written in a page and reproduced in any language. A number seed is expanded into the 128-bit state
 * with splitmix32 (Wellons' 32-bit variant of Steele, Lea & Flood's SplitMix), as the authors recommend, so that
 * nearby seeds give unrelated streams.
 *
 * Source: Blackman, D. & Vigna, S. (2021), "Scrambled linear pseudorandom number generators", ACM Transactions on
 * Mathematical Software 47(4), 36; reference code at https://prng.di.unimi.it/xoshiro128starstar.c.
 *
 * @param seed - An integer seed (taken modulo 2³², so 0 … 4294967295 are the distinct seeds), or the four 32-bit
 *   words of a state saved with {@link SeededRandom.state} (not all zero).
 * @returns A {@link SeededRandom}.
 * @example
 * ```ts
 * const rng = xoshiro128ss([1, 2, 3, 4]);
 * rng.nextUint32(); // 11520 (the reference implementation's first output from this state)
 * xoshiro128ss(42).nextUint32(); // 660444221
 * xoshiro128ss(42).next(); // a number in [0, 1), the same on every run
 * ```
 */
export function xoshiro128ss(seed: number | readonly [number, number, number, number]): SeededRandom {
  let a: number, b: number, c: number, d: number;
  if (typeof seed === "number") {
    if (!Number.isInteger(seed)) {
      throw new UsageError("xoshiro128ss", `expecting an integer seed, got ${String(seed)}.`, "Pass an integer such as 42.");
    }
    let sm = Number(BigInt.asUintN(32, BigInt(seed)));
    const splitmix32 = (): number => {
      sm = (sm + 0x9e3779b9) >>> 0;
      let z = sm;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    a = splitmix32();
    b = splitmix32();
    c = splitmix32();
    d = splitmix32();
  } else {
    if (!Array.isArray(seed) || seed.length !== 4 || !seed.every((x) => Number.isInteger(x) && x >= 0 && x < TWO_32)) {
      throw new UsageError(
        "xoshiro128ss",
        "expecting a state of four integers in [0, 2³²).",
        "Pass a number seed, or a state saved with rng.state().",
      );
    }
    [a, b, c, d] = seed;
  }
  // The all-zero state is the generator's one fixed point: it would emit zeros forever.
  if ((a | b | c | d) === 0) {
    throw new UsageError("xoshiro128ss", "the state must not be all zeros.", "Pass a number seed instead.");
  }
  a >>>= 0;
  b >>>= 0;
  c >>>= 0;
  d >>>= 0;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };

  return {
    nextUint32,
    next(): number {
      // 27 + 26 bits, as in the usual 53-bit conversion: (hi · 2²⁶ + lo) / 2⁵³.
      const hi = nextUint32() >>> 5;
      const lo = nextUint32() >>> 6;
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    nextInt(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > TWO_32) {
        throw new UsageError("nextInt", `expecting an integer n in [1, 2³²], got ${String(n)}.`, "Pass the number of choices.");
      }
      // Reject the top sliver of outputs that would make small values more likely (no modulo bias).
      const limit = TWO_32 - (TWO_32 % n);
      for (;;) {
        const x = nextUint32();
        if (x < limit) return x % n;
      }
    },
    state: () => [a >>> 0, b >>> 0, c >>> 0, d >>> 0],
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
