import { describe, expect, it } from "vitest";
import { kishDesignEffect } from "../../src/stats/kish-design-effect.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { expectClose } from "./_close.js";

describe("kishDesignEffect", () => {
  it("matches the example", () => {
    const k = kishDesignEffect([1, 1, 2, 4]);
    expect(k.n).toBe(4);
    expectClose(k.designEffect, 1.375, 1e-15);
    expectClose(k.effectiveN, 32 / 11, 1e-15);
  });
  it("is 1 for equal weights and gives the same answer from a summary", () => {
    expect(kishDesignEffect([3, 3, 3]).designEffect).toBe(1);
    const m = momentsFromValues([5, 1, 2, 3], [1, 1, 2, 4]);
    expect(kishDesignEffect(m)).toEqual(kishDesignEffect([1, 1, 2, 4]));
  });
  it("ignores zero weights, is NaN with none positive, rejects negatives", () => {
    expect(kishDesignEffect([1, 0, 1]).n).toBe(2);
    expect(kishDesignEffect([]).designEffect).toBeNaN();
    expect(() => kishDesignEffect([1, -2])).toThrow(/gaptrace\/kishDesignEffect/);
  });
});
