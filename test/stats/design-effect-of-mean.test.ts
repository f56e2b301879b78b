import { describe, expect, it } from "vitest";
import { designEffectOfMean } from "../../src/stats/design-effect-of-mean.js";
import { kishDesignEffect } from "../../src/stats/kish-design-effect.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { expectClose } from "./_close.js";

describe("designEffectOfMean", () => {
  it("is 1 for equal weights with replacement (the example)", () => {
    expectClose(designEffectOfMean(momentsFromValues([1, 2, 3, 4])), 1, 1e-15);
  });
  it("is near Kish's when the weights are unrelated to the answers", () => {
    const y: number[] = [];
    const w: number[] = [];
    for (let i = 0; i < 400; i++) {
      y.push(i % 5);
      w.push(1 + ((i * 7) % 3)); // weights cycle 1, 2, 3 independently of y's cycle of 5
    }
    const d = designEffectOfMean(momentsFromValues(y, w));
    expect(Math.abs(d - kishDesignEffect(w).designEffect)).toBeLessThan(0.02);
  });
  it("without replacement needs weights that sum to a population", () => {
    expect(designEffectOfMean(momentsFromValues([1, 2, 3]), { srs: "without-replacement" })).toBeNaN();
    const d = designEffectOfMean(momentsFromValues([1, 2, 3, 5], [100, 100, 100, 100]), { srs: "without-replacement" });
    // Equal weights: Var = s²/n, Var_srs = s²(N − n)/(N n), so deff = N/(N − n) = 400/396.
    expectClose(d, 400 / 396, 1e-14);
  });
});
