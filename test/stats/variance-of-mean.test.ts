import { describe, expect, it } from "vitest";
import { addValue } from "../../src/stats/add-value.js";
import { emptyMoments } from "../../src/stats/weighted-moments.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { varianceOfMean } from "../../src/stats/variance-of-mean.js";
import { expectClose } from "./_close.js";

describe("varianceOfMean", () => {
  it("is s²/n for equal weights (the example)", () => {
    expectClose(varianceOfMean(momentsFromValues([1, 2, 3, 4])), 5 / 12, 1e-15);
  });
  it("follows n/(n−1) Σw²(y−ȳ)²/(Σw)² for unequal weights", () => {
    const y = [2, 5, 3, 4, 1];
    const w = [1, 3, 0.5, 2, 1.5];
    const W = w.reduce((a, b) => a + b, 0);
    const mean = y.reduce((s, yi, i) => s + w[i]! * yi, 0) / W;
    const ss = y.reduce((s, yi, i) => s + w[i]! ** 2 * (yi - mean) ** 2, 0);
    expectClose(varianceOfMean(momentsFromValues(y, w)), ((5 / 4) * ss) / (W * W), 1e-14);
  });
  it("does not change with the scale of the weights", () => {
    const a = momentsFromValues([2, 5, 3], [1, 2, 3]);
    const b = momentsFromValues([2, 5, 3], [100, 200, 300]);
    expectClose(varianceOfMean(b), varianceOfMean(a), 1e-14);
  });
  it("counts zero-weight rows as sampled units (domain estimation)", () => {
    const m = momentsFromValues([1, 2, 3, 4]);
    addValue(m, 99, 0);
    addValue(m, 99, 0);
    // Same sum of squares, factor 6/5 instead of 4/3: Σ(y−ȳ)² = 5, W = 4.
    expectClose(varianceOfMean(m), ((6 / 5) * 5) / 16, 1e-15);
  });
  it("is NaN with fewer than two units or no weight", () => {
    expect(varianceOfMean(emptyMoments())).toBeNaN();
    expect(varianceOfMean(momentsFromValues([3]))).toBeNaN();
    expect(varianceOfMean(momentsFromValues([3, 4], [0, 0]))).toBeNaN();
  });
});
