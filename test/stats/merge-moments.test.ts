import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addValue } from "../../src/stats/add-value.js";
import { mergeMoments } from "../../src/stats/merge-moments.js";
import { varianceOfMean } from "../../src/stats/variance-of-mean.js";
import { emptyMoments, type WeightedMoments } from "../../src/stats/weighted-moments.js";
import { mergeAll, near, rowsWithSplit, weightedRow } from "./_arbitraries.js";

describe("mergeMoments", () => {
  it("matches the example and leaves its inputs alone", () => {
    const a = addValue(emptyMoments(), 4, 2);
    const b = addValue(emptyMoments(), 1, 1);
    const before = JSON.stringify([a, b]);
    const m = mergeMoments(a, b);
    expect(m.mean).toBe(3);
    expect(m.m2).toBe(6);
    expect(JSON.stringify([a, b])).toBe(before);
  });
  it("has the empty summary as identity", () => {
    const a = addValue(addValue(emptyMoments(), 4, 2), 7, 0.5);
    expect(mergeMoments(a, emptyMoments())).toEqual(a);
    expect(mergeMoments(emptyMoments(), a)).toEqual(a);
  });
  it("equals one pass for any split of the rows, merged in any order, after a JSON round trip", () => {
    fc.assert(
      fc.property(rowsWithSplit(weightedRow), ({ rows, pieceOf, mergeOrder, tree }) => {
        const whole = emptyMoments();
        for (const r of rows) addValue(whole, r.y, r.w);
        const parts = [0, 1, 2, 3, 4].map(() => emptyMoments());
        rows.forEach((r, i) => addValue(parts[pieceOf[i]!]!, r.y, r.w));
        const shuffled = mergeOrder.map((k) => JSON.parse(JSON.stringify(parts[k])) as WeightedMoments);
        const merged = mergeAll(shuffled, mergeMoments, emptyMoments, tree);
        expect(merged.n).toBe(whole.n);
        expect(merged.nZeroWeight).toBe(whole.nZeroWeight);
        const scaleY = 100;
        expect(near(merged.sumW, whole.sumW, 0, 1e-12)).toBe(true);
        expect(near(merged.sumW2, whole.sumW2, 0, 1e-12)).toBe(true);
        expect(near(merged.mean, whole.mean, scaleY)).toBe(true);
        expect(near(merged.meanW2, whole.meanW2, scaleY)).toBe(true);
        expect(near(merged.m2, whole.m2, whole.sumW)).toBe(true);
        expect(near(merged.m2W2, whole.m2W2, whole.sumW2)).toBe(true);
        const v = varianceOfMean(whole);
        if (Number.isNaN(v)) expect(varianceOfMean(merged)).toBeNaN();
        else expect(near(varianceOfMean(merged), v, 1e-12 * scaleY ** 2)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
