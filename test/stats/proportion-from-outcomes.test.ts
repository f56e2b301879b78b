import { describe, expect, it } from "vitest";
import { proportionFromOutcomes } from "../../src/stats/proportion-from-outcomes.js";

describe("proportionFromOutcomes", () => {
  it("matches the example", () => {
    expect(proportionFromOutcomes([1, 0, 1, 1]).successes).toBe(3);
  });
  it("uses weights and rejects mismatched lengths", () => {
    const s = proportionFromOutcomes([true, false], [3, 1]);
    expect([s.sumWSuccess, s.sumWFailure, s.sumW2Success, s.sumW2Failure]).toEqual([3, 1, 9, 1]);
    expect(() => proportionFromOutcomes([1], [])).toThrow(/gaptrace\/proportionFromOutcomes/);
  });
});
