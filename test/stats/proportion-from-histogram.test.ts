import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";
import { proportionFromHistogram } from "../../src/stats/proportion-from-histogram.js";
import { proportionFromOutcomes } from "../../src/stats/proportion-from-outcomes.js";

describe("proportionFromHistogram", () => {
  it("matches the example", () => {
    expect(proportionFromHistogram(histogramFromValues([5, 4, 3, 5, 1]), (v) => v >= 4).successes).toBe(3);
  });
  it("equals classifying row by row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 9, noNaN: true })), { maxLength: 50 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, cut) => {
          const h = histogramFromValues(rows.map(([y]) => y), rows.map(([, w]) => w));
          const fromH = proportionFromHistogram(h, (v) => v >= cut);
          const direct = proportionFromOutcomes(rows.map(([y]) => y >= cut), rows.map(([, w]) => w));
          expect([fromH.n, fromH.nZeroWeight, fromH.successes]).toEqual([direct.n, direct.nZeroWeight, direct.successes]);
          expect(fromH.sumWSuccess).toBeCloseTo(direct.sumWSuccess, 9);
          expect(fromH.sumW2Failure).toBeCloseTo(direct.sumW2Failure, 9);
        },
      ),
    );
  });
});
