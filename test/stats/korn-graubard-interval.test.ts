import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kornGraubardInterval } from "../../src/stats/korn-graubard-interval.js";
import { expectAllClose } from "./_close.js";

describe("kornGraubardInterval", () => {
  it("is Clopper–Pearson at an integer count (R: binom.test(3, 20)$conf.int)", () => {
    expectAllClose(kornGraubardInterval(0.15, 20), [0.03207093718546371, 0.37892682654531396], 1e-12);
  });
  it("has 0 as the lower end at p̂ = 0 and 1 as the upper end at p̂ = 1", () => {
    const [lo0, hi0] = kornGraubardInterval(0, 50);
    expect(lo0).toBe(0);
    expectAllClose([hi0], [1 - 0.025 ** (1 / 50)], 1e-12); // Clopper–Pearson for 0/50
    expect(kornGraubardInterval(1, 50)[1]).toBe(1);
  });
  it("stays in [0, 1] and contains p̂", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 2, max: 5000, noNaN: true }), (p, n) => {
        const [lo, hi] = kornGraubardInterval(p, n);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(p + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(p - 1e-12);
      }),
    );
  });
});
