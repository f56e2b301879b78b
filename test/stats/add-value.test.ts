import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GaptraceError } from "../../src/core/errors.js";
import { addValue } from "../../src/stats/add-value.js";
import { emptyMoments } from "../../src/stats/weighted-moments.js";
import { expectClose } from "./_close.js";

describe("addValue", () => {
  it("matches the example", () => {
    const m = emptyMoments();
    addValue(m, 4, 2);
    expect(addValue(m, 1, 1)).toBe(m); // in place, returned for chaining
    expect(m.mean).toBe(3);
    expect(m.m2).toBe(6);
    expect(m.sumW).toBe(3);
    expect(m.sumW2).toBe(5);
    // w²-weighted: mean (4·4 + 1·1)/5 = 3.4; M2 = 4·0.6² + 1·2.4² = 7.2
    expectClose(m.meanW2, 3.4, 1e-15);
    expectClose(m.m2W2, 7.2, 1e-14);
  });
  it("counts a zero weight as a sampled unit only", () => {
    const m = addValue(emptyMoments(), 5, 0);
    expect(m).toEqual({ ...emptyMoments(), nZeroWeight: 1 });
  });
  it("agrees with the two-pass formulas", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true })), { minLength: 1, maxLength: 50 }),
        (rows) => {
          const m = emptyMoments();
          for (const [y, w] of rows) addValue(m, y, w);
          const W = rows.reduce((s, [, w]) => s + w, 0);
          const mean = rows.reduce((s, [y, w]) => s + w * y, 0) / W;
          const m2 = rows.reduce((s, [y, w]) => s + w * (y - mean) ** 2, 0);
          expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual(1e-10 * (Math.abs(mean) + 1e3));
          expect(Math.abs(m.m2 - m2)).toBeLessThanOrEqual(1e-9 * (m2 + W));
        },
      ),
    );
  });
  it("is stable where the naive power-sum formula is not (values near 1e9, variance 1)", () => {
    const m = emptyMoments();
    for (const y of [1e9 + 1, 1e9 + 2, 1e9 + 3]) addValue(m, y);
    expect(m.m2).toBe(2);
    expect(m.m2W2).toBe(2);
  });
  it("rejects non-finite values and negative or non-finite weights", () => {
    expect(() => addValue(emptyMoments(), Number.NaN)).toThrow(GaptraceError);
    expect(() => addValue(emptyMoments(), 1, -1)).toThrow(/gaptrace\/addValue: expecting a finite weight/);
    expect(() => addValue(emptyMoments(), 1, Infinity)).toThrow(GaptraceError);
  });
});
