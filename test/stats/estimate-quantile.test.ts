import { describe, expect, it } from "vitest";
import { estimateQuantile } from "../../src/stats/estimate-quantile.js";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";
import { studentTQuantile } from "../../src/stats/student-t-quantile.js";
import { expectClose } from "./_close.js";

describe("estimateQuantile", () => {
  const waits = histogramFromValues([30, 45, 60, 60, 90, 120, 30, 45, 60, 90, 60, 45]);
  it("matches the example, with a Woodruff interval mapped back from the share interval", () => {
    const e = estimateQuantile(waits, 0.5, { minN: 10 });
    if (e.kind !== "estimate") throw new Error("expected an estimate");
    expect([e.value, e.p, e.cumulativeShare, e.df]).toEqual([60, 0.5, 0.75, 11]);
    // F̂ = 0.75, SE = √(0.75·0.25/11), so the share interval reaches past 1: upper end = largest value.
    const c = studentTQuantile(0.975, 11);
    const lowShare = 0.75 - c * Math.sqrt((0.75 * 0.25) / 11);
    expect(lowShare).toBeLessThan(0.5);
    expect(e.ci).toEqual([60, 120]);
    expectClose(e.se, 60 / (2 * c), 1e-14);
  });
  it("keeps the interval around the estimate and within the observed range", () => {
    for (const p of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      const e = estimateQuantile(waits, p, { minN: 10, interval: "z" });
      if (e.kind !== "estimate") throw new Error("expected an estimate");
      expect(e.df).toBe(null);
      expect(e.ci[0]).toBeLessThanOrEqual(e.value);
      expect(e.ci[1]).toBeGreaterThanOrEqual(e.value);
      expect(e.ci[0]).toBeGreaterThanOrEqual(30);
      expect(e.ci[1]).toBeLessThanOrEqual(120);
    }
  });
  it("is insufficient below minN and rejects p outside [0, 1]", () => {
    expect(estimateQuantile(waits, 0.5).kind).toBe("insufficient");
    expect(() => estimateQuantile(waits, -0.1)).toThrow(/gaptrace\/estimateQuantile/);
  });
});
