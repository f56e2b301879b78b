import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logitInterval } from "../../src/stats/logit-interval.js";
import { studentTQuantile } from "../../src/stats/student-t-quantile.js";
import { expectAllClose, expectClose } from "./_close.js";

const expit = (x: number) => 1 / (1 + Math.exp(-x));

describe("logitInterval", () => {
  it("matches the example", () => {
    const half = (1.959963984540054 * 0.04) / 0.16;
    expectAllClose(logitInterval(0.2, 0.04), [expit(Math.log(0.25) - half), expit(Math.log(0.25) + half)], 1e-14);
  });
  it("uses t quantiles when given df", () => {
    const [lo] = logitInterval(0.3, 0.05, 0.9, 12);
    expectClose(Math.log(lo / (1 - lo)), Math.log(0.3 / 0.7) - (studentTQuantile(0.95, 12) * 0.05) / 0.21, 1e-13);
  });
  it("stays strictly inside (0, 1) and contains p̂", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), (p, se) => {
        const [lo, hi] = logitInterval(p, se);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(p * (1 + 1e-12));
        expect(hi).toBeGreaterThanOrEqual(p * (1 - 1e-12));
      }),
    );
  });
  it("refuses p̂ = 0 or 1 with a hint", () => {
    expect(() => logitInterval(0, 0.01)).toThrow(/gaptrace\/logitInterval: expecting p strictly between 0 and 1/);
  });
});
