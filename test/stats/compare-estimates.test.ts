import { describe, expect, it } from "vitest";
import { compareEstimates } from "../../src/stats/compare-estimates.js";
import type { PointEstimate } from "../../src/stats/estimate.js";
import { normalCdf } from "../../src/stats/normal-cdf.js";
import { expectClose } from "./_close.js";

const a: PointEstimate = { kind: "estimate", value: 0.82, se: 0.012, ci: [0.796, 0.844], level: 0.95, n: 900, nEffective: 800, method: "", df: null };
const b: PointEstimate = { ...a, value: 0.8, se: 0.013 };

describe("compareEstimates", () => {
  it("matches the example", () => {
    const d = compareEstimates(a, b);
    if (d.kind !== "estimate") throw new Error("expected an estimate");
    expectClose(d.value, 0.02, 1e-12);
    expectClose(d.se, Math.sqrt(0.012 ** 2 + 0.013 ** 2), 1e-15);
    expectClose(d.z, d.value / d.se, 1e-15);
    expectClose(d.pValue, 2 * normalCdf(-d.z), 1e-15);
    expect([d.n, d.nEffective, d.df]).toEqual([1800, 1600, null]);
  });
  it("is antisymmetric in its arguments", () => {
    const ab = compareEstimates(a, b);
    const ba = compareEstimates(b, a);
    if (ab.kind !== "estimate" || ba.kind !== "estimate") throw new Error("expected estimates");
    expectClose(ba.value, -ab.value, 1e-12);
    expect(ba.pValue).toBe(ab.pValue);
  });
  it("handles zero SEs without NaN", () => {
    const same = compareEstimates({ ...a, se: 0 }, { ...a, se: 0 });
    expect(same.kind === "estimate" && [same.z, same.pValue]).toEqual([0, 1]);
    const apart = compareEstimates({ ...a, se: 0 }, { ...b, se: 0 });
    expect(apart.kind === "estimate" && apart.pValue).toBe(0);
  });
  it("passes insufficient data through, saying which side", () => {
    const short = { kind: "insufficient", n: 12, minN: 30, reason: "only 12 responses; at least 30 are needed for a reliable estimate" } as const;
    const d = compareEstimates(a, short);
    expect(d.kind).toBe("insufficient");
    expect(d.kind === "insufficient" && d.reason).toMatch(/^second estimate: only 12/);
  });
});
