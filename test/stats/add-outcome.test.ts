import { describe, expect, it } from "vitest";
import { addOutcome } from "../../src/stats/add-outcome.js";
import { emptyProportion } from "../../src/stats/proportion-summary.js";

describe("addOutcome", () => {
  it("matches the example", () => {
    const s = emptyProportion();
    addOutcome(s, true, 2);
    expect(addOutcome(s, 0, 1)).toBe(s);
    expect(s.sumWSuccess / (s.sumWSuccess + s.sumWFailure)).toBeCloseTo(2 / 3, 15);
    expect(s).toEqual({ n: 2, nZeroWeight: 0, successes: 1, sumWSuccess: 2, sumWFailure: 1, sumW2Success: 4, sumW2Failure: 1 });
  });
  it("counts a zero weight as a sampled unit only", () => {
    expect(addOutcome(emptyProportion(), 1, 0)).toEqual({ ...emptyProportion(), nZeroWeight: 1 });
  });
  it("rejects outcomes other than true/false/1/0", () => {
    expect(() => addOutcome(emptyProportion(), 2 as 1)).toThrow(/gaptrace\/addOutcome: expecting the outcome/);
    expect(() => addOutcome(emptyProportion(), Number.NaN as 1)).toThrow(/gaptrace\/addOutcome/);
  });
});
