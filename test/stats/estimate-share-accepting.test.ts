import { describe, expect, it } from "vitest";
import { estimateShareAccepting } from "../../src/stats/estimate-share-accepting.js";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";

describe("estimateShareAccepting", () => {
  const waits = histogramFromValues([30, 45, 60, 60, 90, 120, 30, 45, 60, 90]);
  it("matches the example: those whose longest acceptable wait is at least x", () => {
    const e = estimateShareAccepting(waits, 45, { minN: 10 });
    expect(e.kind === "estimate" && e.value).toBe(0.8);
  });
  it("falls as the offered wait grows", () => {
    const shares = [30, 45, 60, 90, 120, 180].map((x) => {
      const e = estimateShareAccepting(waits, x, { minN: 10 });
      return e.kind === "estimate" ? e.value : Number.NaN;
    });
    expect(shares).toEqual([1, 0.8, 0.6, 0.3, 0.1, 0]);
  });
  it("reads 'minimum' answers the other way round", () => {
    const rates = histogramFromValues([0.8, 0.9, 0.95, 0.9, 0.85, 0.99, 0.9, 0.8, 0.95, 0.9]);
    const e = estimateShareAccepting(rates, 0.9, { minN: 10, answer: "minimum" });
    expect(e.kind === "estimate" && e.value).toBe(0.7);
    expect(() => estimateShareAccepting(rates, 0.9, { answer: "max" as "maximum" })).toThrow(/gaptrace\/estimateShareAccepting/);
  });
});
