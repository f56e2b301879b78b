import { describe, expect, it } from "vitest";
import type { SamplePlan } from "../../src/stats/sample-plan.js";
import { sampleSizeForMean } from "../../src/stats/sample-size-for-mean.js";

describe("SamplePlan", () => {
  it("is plain JSON (population null rather than undefined)", () => {
    const plan: SamplePlan = sampleSizeForMean(1, 0.1, 0.95);
    expect(plan.population).toBe(null);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});
