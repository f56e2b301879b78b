import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateMean } from "../../src/stats/estimate-mean.js";
import { estimateNps } from "../../src/stats/estimate-nps.js";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { expectClose } from "./_close.js";

const score = (v: number) => (v >= 9 ? 100 : v <= 6 ? -100 : 0);

describe("estimateNps", () => {
  it("matches the example", () => {
    const e = estimateNps(histogramFromValues([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]), { minN: 10 });
    if (e.kind !== "estimate") throw new Error("expected an estimate");
    expectClose(e.value, 20, 1e-14);
    expect([e.promoters, e.passives, e.detractors]).toEqual([0.5, 0.2, 0.3]);
    // Multinomial variance [P + D − (P − D)²]/n · 100², times n/(n − 1).
    expectClose(e.se, 100 * Math.sqrt(((0.8 - 0.04) / 10) * (10 / 9)), 1e-14);
  });
  it("equals the weighted mean of the +100/0/−100 score, SE and interval included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0.1, max: 5, noNaN: true })), { minLength: 30, maxLength: 80 }),
        (rows) => {
          const nps = estimateNps(histogramFromValues(rows.map(([y]) => y), rows.map(([, w]) => w)));
          const mean = estimateMean(momentsFromValues(rows.map(([y]) => score(y)), rows.map(([, w]) => w)));
          if (nps.kind !== "estimate" || mean.kind !== "estimate") throw new Error("expected estimates");
          expect(Math.abs(nps.value - mean.value)).toBeLessThan(1e-9);
          expect(Math.abs(nps.se - mean.se)).toBeLessThan(1e-9);
          expect(nps.value).toBeGreaterThanOrEqual(-100);
          expect(nps.value).toBeLessThanOrEqual(100);
          expect(nps.ci[0]).toBeGreaterThanOrEqual(-100);
          expect(nps.ci[1]).toBeLessThanOrEqual(100);
          expectClose(nps.promoters + nps.passives + nps.detractors, 1, 1e-12);
        },
      ),
    );
  });
  it("clips the interval at ±100 and can be negative", () => {
    const all = estimateNps(histogramFromValues(Array.from({ length: 30 }, (_, i) => (i < 29 ? 10 : 0))));
    expect(all.kind === "estimate" && all.ci[1]).toBe(100);
    const bad = estimateNps(histogramFromValues(Array.from({ length: 30 }, (_, i) => i % 7)));
    expect(bad.kind === "estimate" && bad.value).toBe(-100);
  });
  it("rejects answers off the 0–10 scale and is insufficient below minN", () => {
    expect(() => estimateNps(histogramFromValues([3, 11]))).toThrow(/gaptrace\/estimateNps: expecting answers on the 0–10 scale/);
    expect(estimateNps(histogramFromValues([9, 10])).kind).toBe("insufficient");
  });
});
