/** Tests of the seeded percentile bootstrap of key-driver shares. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { UsageError } from "../../../src/core/errors.js";
import { bootstrapDriverIntervals, type BootstrapDriverOk, type BootstrapDriverResult } from "../../../src/stats/drivers/bootstrap-driver-intervals.js";
import { xoshiro128ss } from "../../../src/stats/drivers/random.js";
import { relativeWeights } from "../../../src/stats/drivers/relative-weights.js";
import { shapleyR2 } from "../../../src/stats/drivers/shapley-r2.js";
import type { DriverData } from "../../../src/stats/drivers/types.js";
import { ok } from "./driver-contract.js";
import { driverData, R_CASES, surveyData } from "./fixture.js";

const survey = driverData(R_CASES.survey_weighted_listwise!);

function okBoot(r: BootstrapDriverResult): BootstrapDriverOk {
  if (r.kind !== "ok") throw new Error(`expected ok, got ${r.kind}`);
  return r;
}

/** R's quantile(x, p, type = 7), written out independently of the implementation. */
function quantileType7(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p + 1; // 1-based position, Hyndman & Fan (1996) definition 7
  const lo = Math.floor(h);
  return s[lo - 1]! + (h - lo) * ((s[Math.min(lo, s.length - 1)] ?? s[lo - 1]!) - s[lo - 1]!);
}

describe("bootstrapDriverIntervals", () => {
  it("equals resampling respondents by hand with the same generator, then R-type-7 percentiles", () => {
    const data: DriverData = survey;
    const replicates = 40;
    const ci = okBoot(bootstrapDriverIntervals(data, "relative-weights", { replicates, seed: 99, level: 0.9 }));
    // Redo it by hand: n draws of nextInt(n) per replicate, rows repeated, relativeWeights on the copy.
    const rng = xoshiro128ss(99);
    const n = data.scores.length;
    const shares: number[][] = [];
    for (let b = 0; b < replicates; b++) {
      const idx = Array.from({ length: n }, () => rng.nextInt(n));
      const rep = ok(
        relativeWeights({
          predictors: data.predictors,
          scores: idx.map((i) => data.scores[i]!),
          overall: idx.map((i) => data.overall[i]!),
          weights: idx.map((i) => data.weights![i]!),
        }),
      );
      shares.push(rep.drivers.map((d) => d.share));
    }
    expect(ci.replicatesUsed).toBe(replicates);
    ci.drivers.forEach((d, j) => {
      const col = shares.map((s) => s[j]!);
      expect(d.share.lower).toBeCloseTo(quantileType7(col, 0.05), 12);
      expect(d.share.upper).toBeCloseTo(quantileType7(col, 0.95), 12);
      const m = col.reduce((s, x) => s + x, 0) / col.length;
      expect(d.share.standardError).toBeCloseTo(Math.sqrt(col.reduce((s, x) => s + (x - m) ** 2, 0) / (col.length - 1)), 12);
    });
    expect(ci.estimate).toEqual(relativeWeights(data));
  });

  it("is reproducible for a seed and changes with it", () => {
    const a = bootstrapDriverIntervals(survey, "shapley", { replicates: 50, seed: 7 });
    const b = bootstrapDriverIntervals(survey, "shapley", { replicates: 50, seed: 7 });
    const c = okBoot(bootstrapDriverIntervals(survey, "shapley", { replicates: 50, seed: 8 }));
    expect(a).toEqual(b);
    expect(okBoot(a).drivers[0]!.share.lower).not.toBe(c.drivers[0]!.share.lower);
    expect(okBoot(a).estimate).toEqual(shapleyR2(survey));
    expect(okBoot(a).seed).toBe(7);
  });

  it("reports estimate, interval and standard error for R², shares and raw weights, with the defaults", () => {
    const ci = okBoot(bootstrapDriverIntervals(survey, "relative-weights", { replicates: 200 }));
    expect(ci.level).toBe(0.95);
    expect(ci.seed).toBe(1);
    expect(ci.replicates).toBe(200);
    expect(ci.method).toBe("relative-weights");
    expect(ci.drivers.map((d) => d.predictor)).toEqual(survey.predictors);
    for (const d of ci.drivers) {
      expect(d.share.lower).toBeLessThanOrEqual(d.share.upper);
      expect(d.share.lower).toBeGreaterThanOrEqual(0);
      expect(d.share.upper).toBeLessThanOrEqual(1);
      expect(d.share.lower).toBeLessThan(d.share.estimate + 0.05);
      expect(d.share.upper).toBeGreaterThan(d.share.estimate - 0.05);
      expect(d.raw.standardError).toBeGreaterThan(0);
    }
    expect(ci.rSquared.estimate).toBe(ci.estimate.rSquared);
    expect(ci.rSquared.lower).toBeLessThan(ci.rSquared.upper);
    expect(ci.problems).toEqual([]);
  });

  it("nests intervals: a higher level gives an interval containing the lower level's (same resamples)", () => {
    const narrow = okBoot(bootstrapDriverIntervals(survey, "relative-weights", { replicates: 100, seed: 3, level: 0.8 }));
    const wide = okBoot(bootstrapDriverIntervals(survey, "relative-weights", { replicates: 100, seed: 3, level: 0.99 }));
    narrow.drivers.forEach((d, j) => {
      expect(wide.drivers[j]!.share.lower).toBeLessThanOrEqual(d.share.lower);
      expect(wide.drivers[j]!.share.upper).toBeGreaterThanOrEqual(d.share.upper);
      expect(wide.drivers[j]!.share.standardError).toBe(d.share.standardError);
    });
  });

  it("keeps intervals ordered and shares within [0, 1] on any data (property)", () => {
    fc.assert(
      fc.property(surveyData({ weighted: true }), fc.integer(), (data, seed) => {
        const r = bootstrapDriverIntervals(data, "shapley", { replicates: 20, seed });
        fc.pre(r.kind === "ok");
        expect(r.replicatesUsed).toBeLessThanOrEqual(20);
        for (const d of r.drivers) {
          expect(d.share.lower).toBeLessThanOrEqual(d.share.upper);
          expect(d.share.lower).toBeGreaterThanOrEqual(0);
          expect(d.share.upper).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("counts a point that is constant in a resample as share 0 there", () => {
    // "rare" differs from 5 for one respondent only, so it is constant (dropped) in about a third of resamples.
    const base = R_CASES.mtcars!;
    const data: DriverData = {
      predictors: [...base.predictors, "rare"],
      scores: base.scores.map((row, i) => [...row, i === 0 ? 9 : 5]),
      overall: base.overall,
    };
    const ci = okBoot(bootstrapDriverIntervals(data, "relative-weights", { replicates: 200, seed: 5 }));
    expect(ci.replicatesUsed).toBe(200);
    expect(ci.drivers[4]!.share.lower).toBe(0);
  });

  it("leaves out and reports resamples that fail", () => {
    // Overall satisfaction differs for one respondent only: a third of resamples have nothing to explain.
    const fact = [-1, 1].flatMap((a) => [-1, 1].flatMap((b) => [-1, 1].map((c) => [a, b, c])));
    const data: DriverData = { predictors: ["a", "b", "c"], scores: [...fact, ...fact], overall: [1, ...new Array<number>(15).fill(0)] };
    const ci = okBoot(bootstrapDriverIntervals(data, "relative-weights", { replicates: 100, seed: 2 }));
    expect(ci.replicatesUsed).toBeLessThan(90);
    expect(ci.replicatesUsed).toBeGreaterThan(40);
    expect(ci.problems).toHaveLength(1);
    expect(ci.problems[0]!.code).toBe("drivers/bootstrap-replicates-failed");
    expect(ci.problems[0]!.severity).toBe("warning");
    expect(ci.problems[0]!.message).toMatch(new RegExp(`^${100 - ci.replicatesUsed} of 100 resamples .*insufficient-data`));
  });

  it("returns bootstrap-failed when fewer than two resamples succeed", () => {
    const fact = [-1, 1].flatMap((a) => [-1, 1].flatMap((b) => [-1, 1].map((c) => [a, b, c])));
    const data: DriverData = { predictors: ["a", "b", "c"], scores: fact, overall: [1, 0, 0, 0, 0, 0, 0, 0] };
    // With 2 resamples both fail for some seeds (each fails with probability (7/8)⁸ ≈ 0.34); find the first.
    let found: BootstrapDriverResult | undefined;
    for (let seed = 1; seed < 200 && found === undefined; seed++) {
      const r = bootstrapDriverIntervals(data, "relative-weights", { replicates: 2, seed });
      if (r.kind === "bootstrap-failed") found = r;
    }
    expect(found?.kind).toBe("bootstrap-failed");
    if (found?.kind === "bootstrap-failed") {
      expect(found.problem.code).toBe("drivers/bootstrap-failed");
      expect(found.estimate.kind).toBe("ok");
      expect(found.replicatesUsed).toBeLessThan(2);
    }
  });

  it("passes a failed full-data analysis through unchanged", () => {
    const fact = [-1, 1].flatMap((a) => [-1, 1].flatMap((b) => [-1, 1].map((c) => [a, b, c])));
    const collinear = { predictors: ["a", "b", "total"], scores: fact.map(([a, b]) => [a!, b!, a! + b!]), overall: [3, 5, 4, 9, 2, 6, 7, 8] };
    const r = bootstrapDriverIntervals(collinear, "shapley", { replicates: 10 });
    expect(r).toEqual(shapleyR2(collinear));
    expect(r.kind).toBe("singular");
  });

  it("runs 1000 resamples of 12 points with exact Shapley in reasonable time", () => {
    const t0 = performance.now();
    const r = okBoot(bootstrapDriverIntervals(driverData(R_CASES.twelve!), "shapley", { replicates: 1000, seed: 1 }));
    expect(r.replicatesUsed).toBe(1000);
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 30_000);

  it("rejects bad options with a UsageError naming the function", () => {
    expect(() => bootstrapDriverIntervals(survey, "lmg" as "shapley")).toThrow(/gaptrace\/bootstrapDriverIntervals: unknown method "lmg"/);
    expect(() => bootstrapDriverIntervals(survey, "shapley", { replicates: 1 })).toThrow(UsageError);
    expect(() => bootstrapDriverIntervals(survey, "shapley", { replicates: 10.5 })).toThrow(/replicates/);
    expect(() => bootstrapDriverIntervals(survey, "shapley", { level: 95 })).toThrow(/0.95/);
    expect(() => bootstrapDriverIntervals(survey, "shapley", { seed: 0.5 })).toThrow(/seed/);
    expect(() => bootstrapDriverIntervals({ ...survey, weights: [1] }, "shapley")).toThrow(UsageError);
  });
});
