import { describe, expect, it } from "vitest";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { weightedVariance } from "../../src/stats/weighted-variance.js";
import { expectClose } from "./_close.js";

describe("weightedVariance", () => {
  it("is the sample variance for equal weights (the example)", () => {
    expectClose(weightedVariance(momentsFromValues([1, 2, 3, 4])), 5 / 3, 1e-15);
  });
  it("equals frequency weighting up to the n/(n−1) factor of distinct rows", () => {
    // Weights 2 and 1 on values 4 and 1: Σw(y−ȳ)²/Σw = 6/3 = 2, times n/(n−1) = 2.
    expectClose(weightedVariance(momentsFromValues([4, 1], [2, 1])), 4, 1e-15);
  });
  it("is NaN below two observations", () => {
    expect(weightedVariance(momentsFromValues([2]))).toBeNaN();
  });
});
