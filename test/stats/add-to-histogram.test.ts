import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addToHistogram } from "../../src/stats/add-to-histogram.js";
import { emptyHistogram } from "../../src/stats/histogram.js";

describe("addToHistogram", () => {
  it("matches the example", () => {
    const h = emptyHistogram();
    addToHistogram(h, 5, 2);
    addToHistogram(h, 3);
    expect(addToHistogram(h, 5, 0.5)).toBe(h);
    expect(h.bins).toEqual([
      { value: 3, count: 1, sumW: 1, sumW2: 1 },
      { value: 5, count: 2, sumW: 2.5, sumW2: 4.25 },
    ]);
  });
  it("keeps bins sorted and unique, and counts exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 12 }), { maxLength: 80 }), (ys) => {
        const h = emptyHistogram();
        for (const y of ys) addToHistogram(h, y);
        const values = h.bins.map((b) => b.value);
        expect(values).toEqual([...new Set(ys)].sort((a, b) => a - b));
        for (const b of h.bins) expect(b.count).toBe(ys.filter((y) => y === b.value).length);
      }),
    );
  });
  it("counts −0 as 0, a zero weight as a sampled unit only, and rejects bad input", () => {
    const h = emptyHistogram();
    addToHistogram(h, -0);
    addToHistogram(h, 0);
    addToHistogram(h, 7, 0);
    expect(h.bins).toHaveLength(1);
    expect(Object.is(h.bins[0]!.value, 0)).toBe(true);
    expect(h.nZeroWeight).toBe(1);
    expect(() => addToHistogram(h, Number.NaN)).toThrow(/gaptrace\/addToHistogram/);
    expect(() => addToHistogram(h, 1, -1)).toThrow(/gaptrace\/addToHistogram/);
  });
});
