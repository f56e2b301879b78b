import { describe, expect, it } from "vitest";
import { addValue } from "../../src/stats/add-value.js";
import { estimateMean } from "../../src/stats/estimate-mean.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { studentTQuantile } from "../../src/stats/student-t-quantile.js";
import { varianceOfMean } from "../../src/stats/variance-of-mean.js";
import { expectClose } from "./_close.js";

const m = momentsFromValues([4, 5, 3, 4, 5, 2, 4], [1, 2, 1, 1, 3, 1, 2]);

describe("estimateMean", () => {
  it("matches the example", () => {
    const e = estimateMean(m, { minN: 5 });
    if (e.kind !== "estimate") throw new Error("expected an estimate");
    expectClose(e.value, 46 / 11, 1e-15);
    expectClose(e.se, Math.sqrt(varianceOfMean(m)), 1e-15);
    expectClose(e.ci[0], e.value - 1.959963984540054 * e.se, 1e-14);
    expect([e.n, e.level, e.df]).toEqual([7, 0.95, null]);
    expectClose(e.nEffective, 121 / 21, 1e-14);
  });
  it("uses t on n − 1 df when asked, or the df given", () => {
    const t = estimateMean(m, { minN: 5, interval: "t" });
    const t3 = estimateMean(m, { minN: 5, interval: "t", df: 3 });
    if (t.kind !== "estimate" || t3.kind !== "estimate") throw new Error("expected estimates");
    expect(t.df).toBe(6);
    expectClose(t.ci[1] - t.value, studentTQuantile(0.975, 6) * t.se, 1e-13);
    expectClose(t3.ci[1] - t3.value, studentTQuantile(0.975, 3) * t3.se, 1e-13);
  });
  it("narrows as the level drops", () => {
    const a = estimateMean(m, { minN: 5, level: 0.9 });
    const b = estimateMean(m, { minN: 5, level: 0.99 });
    if (a.kind !== "estimate" || b.kind !== "estimate") throw new Error("expected estimates");
    expect(a.ci[1] - a.ci[0]).toBeLessThan(b.ci[1] - b.ci[0]);
  });
  it("says insufficient below minN (default 30) and below two units", () => {
    expect(estimateMean(m)).toEqual({
      kind: "insufficient",
      n: 7,
      minN: 30,
      reason: "only 7 responses; at least 30 are needed for a reliable estimate",
    });
    const one = estimateMean(momentsFromValues([3]), { minN: 1 });
    expect(one.kind).toBe("insufficient");
    // Zero-weight rows count as units for the variance but not as responses.
    const domain = addValue(addValue(momentsFromValues([3]), 5, 0), 5, 0);
    expect(estimateMean(domain, { minN: 1 }).kind).toBe("estimate");
  });
  it("rejects bad options with usage errors", () => {
    expect(() => estimateMean(m, { level: 95 })).toThrow(/gaptrace\/estimateMean: expecting a confidence level/);
    expect(() => estimateMean(m, { minN: 0 })).toThrow(/gaptrace\/estimateMean: expecting minN/);
    expect(() => estimateMean(m, { interval: "x" as "z" })).toThrow(/gaptrace\/estimateMean/);
    expect(() => estimateMean(m, { df: -2 })).toThrow(/gaptrace\/estimateMean/);
  });
});
