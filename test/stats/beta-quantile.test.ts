import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betaQuantile } from "../../src/stats/beta-quantile.js";
import { regularizedIncompleteBeta } from "../../src/stats/regularized-incomplete-beta.js";
import { expectClose } from "./_close.js";

/** The neighbouring doubles of x in [0, 1]. */
function neighbours(x: number): [number, number] {
  const f = new Float64Array(1);
  const i = new BigInt64Array(f.buffer);
  f[0] = x;
  const bits = i[0]!;
  i[0] = bits - 1n;
  const down = x === 0 ? 0 : f[0]!;
  i[0] = bits + 1n;
  const up = x === 1 ? 1 : f[0]!;
  return [down, up];
}

describe("betaQuantile", () => {
  it("matches the examples (Clopper–Pearson bounds for 3/20, R qbeta)", () => {
    expect(betaQuantile(0.5, 2, 2)).toBeCloseTo(0.5, 15);
    expectClose(betaQuantile(0.025, 3, 18), 0.03207093718546371, 1e-12);
    expectClose(betaQuantile(0.975, 4, 17), 0.37892682654531396, 1e-12);
  });
  it("handles the point masses of shape 0 as R does", () => {
    expect(betaQuantile(0.025, 0, 5)).toBe(0);
    expect(betaQuantile(0.975, 5, 0)).toBe(1);
    expect(() => betaQuantile(0.5, 0, 0)).toThrow(/gaptrace\/betaQuantile/);
  });
  it("inverts the incomplete beta function, including far tails and spiky shapes", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: -0.01, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.boolean(),
        (logp, a, b, upper) => {
          const tail = 10 ** logp;
          const p = upper ? 1 - tail : tail;
          const x = betaQuantile(p, a, b);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
          // Either I(x) is p to 1e-9 relative (of the smaller tail)…
          const back = regularizedIncompleteBeta(x, a, b);
          if (Math.abs(back - p) <= 1e-9 * tail) return;
          // …or the distribution is so steep there that x is within one double of the exact root (or the root is
          // below the smallest normal double).
          const [down, up] = neighbours(x);
          const slack = 1e-15 + 1e-9 * tail;
          expect(regularizedIncompleteBeta(down, a, b)).toBeLessThanOrEqual(p + slack);
          expect(Math.max(regularizedIncompleteBeta(up, a, b), x < 2.3e-308 ? Infinity : 0)).toBeGreaterThanOrEqual(p - slack);
        },
      ),
      { numRuns: 500 },
    );
  });
});
