import { describe, expect, it } from "vitest";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";

describe("histogramFromValues", () => {
  it("matches the example", () => {
    expect(histogramFromValues([5, 4, 5]).bins).toEqual([
      { value: 4, count: 1, sumW: 1, sumW2: 1 },
      { value: 5, count: 2, sumW: 2, sumW2: 2 },
    ]);
  });
  it("uses the weights and rejects mismatched lengths", () => {
    expect(histogramFromValues([2, 2], [1.5, 0.5]).bins).toEqual([{ value: 2, count: 2, sumW: 2, sumW2: 2.5 }]);
    expect(() => histogramFromValues([1], [1, 2])).toThrow(/gaptrace\/histogramFromValues/);
  });
});
