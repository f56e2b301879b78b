import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyHistogram } from "../../src/stats/histogram.js";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";
import { histogramQuantile } from "../../src/stats/histogram-quantile.js";

describe("histogramQuantile", () => {
  it("matches the examples", () => {
    expect(histogramQuantile(histogramFromValues([30, 45, 60, 90]), 0.5)).toBe(45);
    expect(histogramQuantile(histogramFromValues([30, 45, 60, 90], [1, 1, 1, 3]), 0.5)).toBe(60);
    expect(histogramQuantile(histogramFromValues([30, 45, 60, 90], [1, 1, 1, 4]), 0.5)).toBe(90);
  });
  it("takes the lower value at an exact tie, like R's qrule = 'math' and Hyndman–Fan type 1", () => {
    const h = histogramFromValues([1, 2, 3, 4]);
    expect(histogramQuantile(h, 0.25)).toBe(1);
    expect(histogramQuantile(h, 0.2500001)).toBe(2);
    expect(histogramQuantile(h, 0)).toBe(1);
    expect(histogramQuantile(h, 1)).toBe(4);
  });
  it("is an observed value, and non-decreasing in p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ys, p1, p2) => {
          const h = histogramFromValues(ys);
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          expect(ys).toContain(histogramQuantile(h, lo));
          expect(histogramQuantile(h, lo)).toBeLessThanOrEqual(histogramQuantile(h, hi));
        },
      ),
    );
  });
  it("is NaN for an empty histogram and rejects p outside [0, 1]", () => {
    expect(histogramQuantile(emptyHistogram(), 0.5)).toBeNaN();
    expect(() => histogramQuantile(emptyHistogram(), 2)).toThrow(/gaptrace\/histogramQuantile/);
  });
});
