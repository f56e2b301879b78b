import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addToHistogram } from "../../src/stats/add-to-histogram.js";
import { emptyHistogram, type Histogram } from "../../src/stats/histogram.js";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";
import { mergeHistograms } from "../../src/stats/merge-histograms.js";
import { discreteRow, mergeAll, near, rowsWithSplit } from "./_arbitraries.js";

describe("mergeHistograms", () => {
  it("matches the example and leaves its inputs alone", () => {
    const a = histogramFromValues([1, 2]);
    const b = histogramFromValues([2, 3]);
    const before = JSON.stringify([a, b]);
    const m = mergeHistograms(a, b);
    expect(m.bins.map((bin) => [bin.value, bin.count])).toEqual([[1, 1], [2, 2], [3, 1]]);
    expect(JSON.stringify([a, b])).toBe(before);
    m.bins[0]!.count = 99;
    expect(a.bins[0]!.count).toBe(1); // no shared bins
  });
  it("equals one pass for any split of the rows, merged in any order, after a JSON round trip", () => {
    fc.assert(
      fc.property(rowsWithSplit(discreteRow), ({ rows, pieceOf, mergeOrder, tree }) => {
        const whole = emptyHistogram();
        for (const r of rows) addToHistogram(whole, r.y, r.w);
        const parts = [0, 1, 2, 3, 4].map(() => emptyHistogram());
        rows.forEach((r, i) => addToHistogram(parts[pieceOf[i]!]!, r.y, r.w));
        const shuffled = mergeOrder.map((k) => JSON.parse(JSON.stringify(parts[k])) as Histogram);
        const merged = mergeAll(shuffled, mergeHistograms, emptyHistogram, tree);
        expect(merged.nZeroWeight).toBe(whole.nZeroWeight);
        expect(merged.bins.map((b) => [b.value, b.count])).toEqual(whole.bins.map((b) => [b.value, b.count]));
        merged.bins.forEach((b, i) => {
          expect(near(b.sumW, whole.bins[i]!.sumW, 0, 1e-12)).toBe(true);
          expect(near(b.sumW2, whole.bins[i]!.sumW2, 0, 1e-12)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
