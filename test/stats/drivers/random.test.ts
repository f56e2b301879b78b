/** Tests of the seeded xoshiro128** generator against the reference C implementation. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { UsageError } from "../../../src/core/errors.js";
import { xoshiro128ss } from "../../../src/stats/drivers/random.js";

// Outputs of Blackman & Vigna's xoshiro128starstar.c, seeded by the 32-bit splitmix described in random.ts,
// compiled with gcc: test/fixtures/prng/xoshiro128ss.c prints these numbers.
const REFERENCE = [
  { seed: 0, state: [1684164658, 3653269916, 2939563536, 2141751570], out: [1789933344, 44971166, 2521387044, 3848737593, 1138324114, 749234105] },
  { seed: 42, state: [551831576, 144025891, 322543647, 3034809370], out: [660444221, 3652823732, 77672526, 910233633, 2297337756, 3786072677] },
  { seed: 4294967295, state: [3950124170, 4293442868, 1302505678, 2762329221], out: [4104197751, 1825856343, 1152209388, 2427537429, 3685145430, 609215610] },
];

describe("xoshiro128ss", () => {
  it("matches the reference implementation from the state (1, 2, 3, 4)", () => {
    const rng = xoshiro128ss([1, 2, 3, 4]);
    const out = Array.from({ length: 8 }, () => rng.nextUint32());
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
  });

  it.each(REFERENCE)("expands seed $seed with splitmix32 and then matches the reference outputs", ({ seed, state, out }) => {
    const rng = xoshiro128ss(seed);
    expect(rng.state()).toEqual(state);
    expect(Array.from({ length: out.length }, () => rng.nextUint32())).toEqual(out);
  });

  it("takes seeds modulo 2³² (−1 is 4294967295)", () => {
    expect(xoshiro128ss(-1).state()).toEqual(xoshiro128ss(4294967295).state());
    expect(xoshiro128ss(2 ** 32 + 42).nextUint32()).toBe(660444221);
  });

  it("is reproducible and can resume from a saved state", () => {
    const a = xoshiro128ss(7);
    const b = xoshiro128ss(7);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    const saved = a.state();
    const next = Array.from({ length: 5 }, () => a.nextUint32());
    const resumed = xoshiro128ss(saved);
    expect(Array.from({ length: 5 }, () => resumed.nextUint32())).toEqual(next);
  });

  it("next() builds a 53-bit fraction from two outputs", () => {
    const raw = xoshiro128ss(3);
    const hi = raw.nextUint32() >>> 5;
    const lo = raw.nextUint32() >>> 6;
    expect(xoshiro128ss(3).next()).toBe((hi * 2 ** 26 + lo) / 2 ** 53);
  });

  it("next() stays in [0, 1) and has mean and variance of a uniform", () => {
    const rng = xoshiro128ss(11);
    const xs = Array.from({ length: 100_000 }, () => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length;
    expect(m).toBeCloseTo(0.5, 2);
    expect(v).toBeCloseTo(1 / 12, 3);
  });

  it("nextInt(n) is uniform over 0 … n − 1 (chi-square well below the 0.1% critical value)", () => {
    const rng = xoshiro128ss(5);
    const n = 7;
    const draws = 70_000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i++) counts[rng.nextInt(n)]! += 1;
    const e = draws / n;
    const chi2 = counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
    expect(chi2).toBeLessThan(22.46); // χ²(6) at 0.999
  });

  it("nextInt(n) returns an integer in [0, n) for any n (property)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 2 ** 32 }), (seed, n) => {
        const rng = xoshiro128ss(seed);
        for (let i = 0; i < 5; i++) {
          const k = rng.nextInt(n);
          if (!Number.isInteger(k) || k < 0 || k >= n) return false;
        }
        return true;
      }),
    );
    expect(xoshiro128ss(1).nextInt(1)).toBe(0);
  });

  it("rejects bad seeds, states and ranges with a UsageError", () => {
    expect(() => xoshiro128ss(1.5)).toThrow(UsageError);
    expect(() => xoshiro128ss([0, 0, 0, 0])).toThrow(/all zeros/);
    expect(() => xoshiro128ss([1, 2, 3] as unknown as [number, number, number, number])).toThrow(UsageError);
    expect(() => xoshiro128ss(1).nextInt(0)).toThrow(/gaptrace\/nextInt/);
    expect(() => xoshiro128ss(1).nextInt(2.5)).toThrow(UsageError);
  });
});
