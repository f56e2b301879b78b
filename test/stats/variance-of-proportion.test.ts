import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { proportionFromOutcomes } from "../../src/stats/proportion-from-outcomes.js";
import { varianceOfMean } from "../../src/stats/variance-of-mean.js";
import { varianceOfProportion } from "../../src/stats/variance-of-proportion.js";
import { expectClose } from "./_close.js";

describe("varianceOfProportion", () => {
  it("is p̂(1 − p̂)/(n − 1) unweighted (the example)", () => {
    expectClose(varianceOfProportion(proportionFromOutcomes([1, 0, 1, 1])), 0.0625, 1e-15);
  });
  it("equals the variance of the weighted mean of the 0/1 item", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(0 as const, 1 as const), fc.double({ min: 0.05, max: 20, noNaN: true })), { minLength: 2, maxLength: 60 }),
        (rows) => {
          const ys = rows.map(([y]) => y);
          const ws = rows.map(([, w]) => w);
          const v = varianceOfMean(momentsFromValues(ys, ws));
          expect(Math.abs(varianceOfProportion(proportionFromOutcomes(ys, ws)) - v)).toBeLessThanOrEqual(1e-10 * v + 1e-18);
        },
      ),
    );
  });
  it("keeps full relative accuracy when nearly all cases succeed", () => {
    const outcomes = Array.from({ length: 1_000_001 }, (_, i) => (i === 0 ? 0 : 1) as 0 | 1);
    const v = varianceOfProportion(proportionFromOutcomes(outcomes));
    const n = outcomes.length;
    const p = (n - 1) / n;
    expectClose(v, (p * (1 - p)) / (n - 1), 1e-9);
  });
  it("is NaN below two units", () => {
    expect(varianceOfProportion(proportionFromOutcomes([1]))).toBeNaN();
  });
});
