import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { pShareTwoSided, pTwoSided } from "../../../src/attribution/evidence/measure.js";

describe("two-sided p-values", () => {
  it("match R's 2 * pt(-|t|, df) and 2 * pnorm(-|z|)", () => {
    expect(pTwoSided(70, 2, 75, 20)).toBeCloseTo(0.0212335454391324, 13);
    expect(pTwoSided(80, 2, 75, 20)).toBeCloseTo(0.0212335454391324, 13);
    expect(pTwoSided(70, 2, 75, null)).toBeCloseTo(0.0124193306515523, 13);
    expect(pTwoSided(-1.3, 0.4, 0, 210)).toBeCloseTo(0.00134403972385233, 14);
    expect(pShareTwoSided(0.7, 100, 0.8)).toBeCloseTo(0.0124193306515522, 13);
    expect(pShareTwoSided(0.9, 100, 0.8)).toBeCloseTo(0.0124193306515522, 13);
  });

  it("are symmetric about the reference, in [0, 1], and 1 without a usable standard error", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }), fc.integer({ min: 1, max: 500 }), (d, se, df) => {
        const a = pTwoSided(50 + d, se, 50, df);
        const b = pTwoSided(50 - d, se, 50, df);
        expect(Math.abs(a - b)).toBeLessThan(1e-12);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        // t is wider-tailed than the normal: never a smaller p.
        expect(a).toBeGreaterThanOrEqual(pTwoSided(50 + d, se, 50, null) - 1e-12);
      }),
    );
    expect(pTwoSided(NaN, 1, 0, 10)).toBe(1);
    expect(pTwoSided(1, Infinity, 0, 10)).toBe(1);
    expect(pTwoSided(1, 0, 1, 10)).toBe(1);
    expect(pTwoSided(1, 0, 0, 10)).toBe(0);
  });
});
