import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addOutcome } from "../../src/stats/add-outcome.js";
import { mergeProportions } from "../../src/stats/merge-proportions.js";
import { proportionFromOutcomes } from "../../src/stats/proportion-from-outcomes.js";
import { emptyProportion, type ProportionSummary } from "../../src/stats/proportion-summary.js";
import { varianceOfProportion } from "../../src/stats/variance-of-proportion.js";
import { mergeAll, near, rowsWithSplit } from "./_arbitraries.js";

const outcomeRow = fc.record({
  y: fc.boolean(),
  w: fc.oneof({ weight: 9, arbitrary: fc.double({ min: 0.01, max: 50, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(0) }),
});

describe("mergeProportions", () => {
  it("matches the example", () => {
    expect(mergeProportions(proportionFromOutcomes([1, 0]), proportionFromOutcomes([1, 1])).successes).toBe(3);
  });
  it("equals one pass for any split and merge order, after a JSON round trip", () => {
    fc.assert(
      fc.property(rowsWithSplit(outcomeRow), ({ rows, pieceOf, mergeOrder, tree }) => {
        const whole = emptyProportion();
        for (const r of rows) addOutcome(whole, r.y, r.w);
        const parts = [0, 1, 2, 3, 4].map(() => emptyProportion());
        rows.forEach((r, i) => addOutcome(parts[pieceOf[i]!]!, r.y, r.w));
        const shuffled = mergeOrder.map((k) => JSON.parse(JSON.stringify(parts[k])) as ProportionSummary);
        const merged = mergeAll(shuffled, mergeProportions, emptyProportion, tree);
        expect([merged.n, merged.nZeroWeight, merged.successes]).toEqual([whole.n, whole.nZeroWeight, whole.successes]);
        for (const k of ["sumWSuccess", "sumWFailure", "sumW2Success", "sumW2Failure"] as const) {
          expect(near(merged[k], whole[k], 0, 1e-12)).toBe(true);
        }
        const v = varianceOfProportion(whole);
        if (Number.isNaN(v)) expect(varianceOfProportion(merged)).toBeNaN();
        else expect(near(varianceOfProportion(merged), v, 1e-15)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
