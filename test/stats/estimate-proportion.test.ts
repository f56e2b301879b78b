import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateProportion, type ProportionMethod } from "../../src/stats/estimate-proportion.js";
import { kishDesignEffect } from "../../src/stats/kish-design-effect.js";
import { proportionFromOutcomes } from "../../src/stats/proportion-from-outcomes.js";
import { wilsonInterval } from "../../src/stats/wilson-interval.js";
import { expectAllClose, expectClose } from "./_close.js";

const tenPercent = proportionFromOutcomes(Array.from({ length: 40 }, (_, i) => (i < 4 ? 1 : 0)));

describe("estimateProportion", () => {
  it("matches the example: unweighted Wilson is the classical Wilson interval at n", () => {
    const e = estimateProportion(tenPercent);
    if (e.kind !== "estimate") throw new Error("expected an estimate");
    expect([e.value, e.successes, e.method, e.df]).toEqual([0.1, 4, "wilson (design effective n)", null]);
    expectClose(e.intervalN!, 40, 1e-12);
    expectAllClose([...e.ci], wilsonInterval(0.1, 40), 1e-12);
    expectClose(e.se, Math.sqrt((0.1 * 0.9) / 39), 1e-14);
  });
  it("logit defaults to t on n − 1 df, as svyciprop", () => {
    const e = estimateProportion(tenPercent, { method: "logit" });
    if (e.kind !== "estimate") throw new Error("expected an estimate");
    expect([e.method, e.df, e.intervalN]).toEqual(["logit", 39, null]);
  });
  it("at p̂ = 0 falls back to Kish's n (Wilson, beta) and from logit to Wilson, saying so", () => {
    const w = [1, 2, 1, 3, 1, 1, 2, 1, 1, 2];
    const none = proportionFromOutcomes(w.map(() => 0), w);
    const kish = kishDesignEffect(w).effectiveN;
    for (const method of ["wilson", "logit", "beta"] as const) {
      const e = estimateProportion(none, { method, minN: 10 });
      if (e.kind !== "estimate") throw new Error("expected an estimate");
      expect(e.ci[0]).toBe(0);
      expect(e.ci[1]).toBeGreaterThan(0);
      expectClose(e.intervalN!, kish, 1e-14);
      expect(e.method).toMatch(method === "beta" ? /^korn-graubard \(Kish/ : /^wilson \(Kish/);
    }
  });
  it("every method gives an interval in [0, 1] that contains p̂", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0.1, max: 10, noNaN: true })), { minLength: 30, maxLength: 120 }),
        fc.constantFrom<ProportionMethod>("wilson", "logit", "beta", "wald"),
        (rows, method) => {
          const s = proportionFromOutcomes(rows.map(([y]) => y), rows.map(([, w]) => w));
          const e = estimateProportion(s, { method });
          if (e.kind !== "estimate") throw new Error("expected an estimate");
          expect(e.value).toBeGreaterThanOrEqual(0);
          expect(e.value).toBeLessThanOrEqual(1);
          expect(e.ci[0]).toBeGreaterThanOrEqual(0);
          expect(e.ci[1]).toBeLessThanOrEqual(1);
          expect(e.ci[0]).toBeLessThanOrEqual(e.value + 1e-12);
          expect(e.ci[1]).toBeGreaterThanOrEqual(e.value - 1e-12);
        },
      ),
    );
  });
  it("is insufficient below minN and rejects unknown methods", () => {
    expect(estimateProportion(proportionFromOutcomes([1, 0, 1])).kind).toBe("insufficient");
    expect(() => estimateProportion(tenPercent, { method: "exact" as "beta" })).toThrow(/gaptrace\/estimateProportion: unknown method/);
  });
});
