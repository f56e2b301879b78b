import { describe, expect, it } from "vitest";
import { emptyHistogram } from "../../src/stats/histogram.js";

describe("emptyHistogram", () => {
  it("has no bins, survives JSON, and is fresh each time", () => {
    const h = emptyHistogram();
    expect(h).toEqual({ bins: [], nZeroWeight: 0 });
    expect(JSON.parse(JSON.stringify(h))).toEqual(h);
    h.bins.push({ value: 1, count: 1, sumW: 1, sumW2: 1 });
    expect(emptyHistogram().bins).toEqual([]);
  });
});
