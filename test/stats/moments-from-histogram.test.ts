import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addValue } from "../../src/stats/add-value.js";
import { addToHistogram } from "../../src/stats/add-to-histogram.js";
import { emptyHistogram } from "../../src/stats/histogram.js";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";
import { momentsFromHistogram } from "../../src/stats/moments-from-histogram.js";
import { varianceOfMean } from "../../src/stats/variance-of-mean.js";
import { emptyMoments } from "../../src/stats/weighted-moments.js";
import { discreteRow, near } from "./_arbitraries.js";

describe("momentsFromHistogram", () => {
  it("matches the example", () => {
    expect(momentsFromHistogram(histogramFromValues([4, 1], [2, 1])).mean).toBe(3);
  });
  it("equals the row-by-row moments, so the variance of the mean is the same", () => {
    fc.assert(
      fc.property(fc.array(discreteRow, { maxLength: 80 }), (rows) => {
        const h = emptyHistogram();
        const m = emptyMoments();
        for (const r of rows) {
          addToHistogram(h, r.y, r.w);
          addValue(m, r.y, r.w);
        }
        const fromH = momentsFromHistogram(h);
        expect(fromH.n).toBe(m.n);
        expect(fromH.nZeroWeight).toBe(m.nZeroWeight);
        expect(near(fromH.mean, m.mean, 10)).toBe(true);
        expect(near(fromH.m2, m.m2, m.sumW)).toBe(true);
        expect(near(fromH.m2W2, m.m2W2, m.sumW2)).toBe(true);
        const v = varianceOfMean(m);
        if (Number.isNaN(v)) expect(varianceOfMean(fromH)).toBeNaN();
        else expect(near(varianceOfMean(fromH), v, 1e-12)).toBe(true);
      }),
    );
  });
});
