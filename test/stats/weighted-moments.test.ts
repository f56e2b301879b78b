import { describe, expect, it } from "vitest";
import { addValue } from "../../src/stats/add-value.js";
import { emptyMoments } from "../../src/stats/weighted-moments.js";

describe("emptyMoments", () => {
  it("is all zeros, JSON-serialisable, and a fresh object each time", () => {
    const m = emptyMoments();
    expect(m).toEqual({ n: 0, nZeroWeight: 0, sumW: 0, mean: 0, m2: 0, sumW2: 0, meanW2: 0, m2W2: 0 });
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    addValue(m, 3);
    expect(emptyMoments().n).toBe(0);
  });
});
