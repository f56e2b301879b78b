import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addPair } from "../../src/stats/add-pair.js";
import { mergePairedGaps } from "../../src/stats/merge-paired-gaps.js";
import { emptyPairedGap } from "../../src/stats/paired-gap.js";
import { near } from "./_arbitraries.js";

describe("mergePairedGaps", () => {
  it("matches the example", () => {
    expect(mergePairedGaps(addPair(emptyPairedGap(), 3, 5), addPair(emptyPairedGap(), 4, 4)).gap.mean).toBe(-1);
  });
  it("equals one pass for any two-way split", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.1, max: 9, noNaN: true }), fc.boolean())),
        (rows) => {
          const whole = emptyPairedGap();
          const a = emptyPairedGap();
          const b = emptyPairedGap();
          for (const [p, e, w, left] of rows) {
            addPair(whole, p, e, w);
            addPair(left ? a : b, p, e, w);
          }
          const merged = mergePairedGaps(b, a);
          expect(merged.gap.n).toBe(whole.gap.n);
          expect(near(merged.gap.mean, whole.gap.mean, 5)).toBe(true);
          expect(near(merged.gap.m2, whole.gap.m2, whole.gap.sumW)).toBe(true);
          expect(near(merged.perception.mean, whole.perception.mean, 5)).toBe(true);
        },
      ),
    );
  });
});
