import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../src/stats/wilson-interval.js";
import { expectAllClose } from "./_close.js";

describe("wilsonInterval", () => {
  it("matches the examples (R: prop.test(x, n, correct = FALSE)$conf.int)", () => {
    expectAllClose(wilsonInterval(0, 20), [0, 0.16112515805281929], 1e-12);
    expectAllClose(wilsonInterval(0.15, 20), [0.052368745896216595, 0.36041886474075691], 1e-12);
  });
  it("stays in [0, 1], contains p̂, and narrows with n", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 1e5, noNaN: true }), (p, n) => {
        const [lo, hi] = wilsonInterval(p, n);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(p + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(p - 1e-12);
        const [lo2, hi2] = wilsonInterval(p, 4 * n);
        expect(hi2 - lo2).toBeLessThanOrEqual(hi - lo + 1e-12);
      }),
    );
  });
  it("rejects bad arguments", () => {
    expect(() => wilsonInterval(1.2, 10)).toThrow(/gaptrace\/wilsonInterval/);
    expect(() => wilsonInterval(0.5, 0)).toThrow(/gaptrace\/wilsonInterval/);
  });
});
