import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { negativeBinomialUpperTail, poissonUpperLimit, poissonUpperTail, predictiveUpperLimit } from "../../src/monitor/poisson.js";

// Independent values from R 4: `for (m in ...) for (a in ...) cat(m, a, qpois(1 - a, m) + 1)`.
const R_LIMITS: readonly (readonly [number, number, number])[] = [
  [0.05, 0.01, 2], [0.05, 0.001, 3], [0.05, 1e-4, 3],
  [0.5, 0.01, 4], [0.5, 0.001, 5], [0.5, 1e-4, 6],
  [2.5, 0.01, 8], [2.5, 0.001, 10], [2.5, 1e-4, 11],
  [10, 0.01, 19], [10, 0.001, 22], [10, 1e-4, 25],
  [100, 0.01, 125], [100, 0.001, 133], [100, 1e-4, 140],
  [1000, 0.01, 1075], [1000, 0.001, 1100], [1000, 1e-4, 1121],
  [5000, 0.01, 5166], [5000, 0.001, 5221], [5000, 1e-4, 5266],
];

describe("poissonUpperLimit", () => {
  it.each(R_LIMITS)("mean %f, alpha %f: %i, as R's qpois(1 - alpha, mean) + 1", (mean, alpha, limit) => {
    expect(poissonUpperLimit(mean, alpha)).toBe(limit);
  });
  it("is 1 for a zero mean (any count is surprising)", () => {
    expect(poissonUpperLimit(0, 0.001)).toBe(1);
  });
  it("is the smallest count whose upper tail is within alpha", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 3000, noNaN: true }), fc.constantFrom(0.05, 0.01, 0.001, 1e-4), (mean, alpha) => {
        const c = poissonUpperLimit(mean, alpha);
        expect(poissonUpperTail(c, mean)).toBeLessThanOrEqual(alpha);
        if (c > 1) expect(poissonUpperTail(c - 1, mean)).toBeGreaterThan(alpha);
      }),
    );
  });
});

describe("poissonUpperTail", () => {
  it("matches R's ppois(7, 2.5, lower.tail = FALSE)", () => {
    expect(poissonUpperTail(8, 2.5)).toBeCloseTo(0.004246695, 8);
  });
  it("is 1 at 0 and falls with the count", () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(3, 3)).toBeGreaterThan(poissonUpperTail(4, 3));
  });
  it("handles means whose e^-mean underflows", () => {
    expect(poissonUpperTail(1000, 1000)).toBeGreaterThan(0.45);
    expect(poissonUpperTail(1000, 1000)).toBeLessThan(0.55);
  });
});

// Independent values from R 4: `qnbinom(1 - a, size = k * m + 0.5, prob = k / (k + 1)) + 1`.
const R_PREDICTIVE: readonly (readonly [number, number, number, number])[] = [
  [0, 4, 5e-4, 4],
  [1.5, 10, 5e-4, 9],
  [2.5, 19, 1e-3, 10],
  [40, 19, 1e-3, 63],
  [6, 4, 1e-2, 15],
  [0.2, 19, 5e-4, 4],
];

describe("predictiveUpperLimit", () => {
  it.each(R_PREDICTIVE)("mean %f over %i windows, alpha %f: %i, as R's qnbinom", (mean, windows, alpha, limit) => {
    expect(predictiveUpperLimit(mean, windows, alpha)).toBe(limit);
  });
  it("matches R's pnbinom(9, size = 10.5, prob = 0.8, lower.tail = FALSE)", () => {
    expect(negativeBinomialUpperTail(10, 10.5, 0.8)).toBeCloseTo(0.002036787, 8);
  });
  it("is never below the Poisson limit at the same mean, and approaches it as windows grow", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 500, noNaN: true }), fc.integer({ min: 1, max: 50 }), fc.constantFrom(0.01, 0.001, 5e-4), (mean, windows, alpha) => {
        const c = predictiveUpperLimit(mean, windows, alpha);
        const size = windows * mean + 0.5;
        const prob = windows / (windows + 1);
        expect(negativeBinomialUpperTail(c, size, prob)).toBeLessThanOrEqual(alpha);
        if (c > 1) expect(negativeBinomialUpperTail(c - 1, size, prob)).toBeGreaterThan(alpha);
        expect(c).toBeGreaterThanOrEqual(poissonUpperLimit(mean, alpha));
      }),
    );
    expect(predictiveUpperLimit(10, 100_000, 0.001)).toBe(poissonUpperLimit(10, 0.001));
  });
});
