/**
 * The behaviour both key-driver methods promise (relative weights and Shapley/LMG), as one suite each test file
 * runs against its own function: R reference values, the decomposition invariants as properties, and the result
 * variants for constant, collinear or missing data.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { UsageError } from "../../../src/core/errors.js";
import type { DriverData, DriverMethod, DriverOk, DriverOptions, DriverResult } from "../../../src/stats/drivers/types.js";
import { driverData, maxAbsDiff, permuteColumns, R_CASES, surveyData } from "./fixture.js";

type DriverFn = (data: DriverData, options?: DriverOptions) => DriverResult;

/** Assert an ok result and return it typed. */
export function ok(result: DriverResult): DriverOk {
  if (result.kind !== "ok") throw new Error(`expected ok, got ${result.kind}: ${"problem" in result ? result.problem.message : ""}`);
  return result;
}

const raws = (r: DriverOk): number[] => r.drivers.map((d) => d.raw);
const shares = (r: DriverOk): number[] => r.drivers.map((d) => d.share);

/** 2³ factorial: three exactly uncorrelated ±1 columns. */
const FACTORIAL = [-1, 1].flatMap((a) => [-1, 1].flatMap((b) => [-1, 1].map((c) => [a, b, c])));

export function driverContract(name: string, fn: DriverFn, method: DriverMethod, reference: "relativeWeights" | "shapley"): void {
  describe(`${name} against R (lm / eigen, see test/fixtures/r/drivers.R)`, () => {
    it.each(Object.keys(R_CASES))("matches R on case %s: R², parts, betas to 1e-9, and n", (key) => {
      const c = R_CASES[key]!;
      const r = ok(fn(driverData(c), { missing: c.missing }));
      expect(r.method).toBe(method);
      expect(r.missing).toBe(c.missing);
      expect(r.n).toBe(c.n);
      expect(r.rows).toBe(c.scores.length);
      expect(Math.abs(r.rSquared - c.rSquared)).toBeLessThan(1e-9);
      expect(maxAbsDiff(raws(r), c[reference])).toBeLessThan(1e-9);
      expect(maxAbsDiff(r.drivers.map((d) => d.beta), c.beta)).toBeLessThan(1e-9);
      expect(r.drivers.map((d) => d.predictor)).toEqual(c.predictors);
    });
  });

  describe(`${name} invariants (properties)`, () => {
    it("parts are ≥ 0 and sum to the full-model R²; shares sum to 1 (100%) when R² > 0", () => {
      fc.assert(
        fc.property(surveyData({ weighted: true }), (data) => {
          const r = fn(data);
          fc.pre(r.kind === "ok");
          const sum = raws(r).reduce((s, x) => s + x, 0);
          expect(raws(r).every((x) => x >= 0)).toBe(true);
          expect(Math.abs(sum - r.rSquared)).toBeLessThan(1e-12);
          if (r.rSquared > 1e-9) expect(Math.abs(shares(r).reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
          expect(r.rSquared).toBeLessThanOrEqual(1 + 1e-12);
        }),
      );
    });

    it("the R² is the full-model R² of the other method too (same regression)", async () => {
      const other = await import(method === "shapley" ? "../../../src/stats/drivers/relative-weights.js" : "../../../src/stats/drivers/shapley-r2.js");
      const otherFn = (method === "shapley" ? other.relativeWeights : other.shapleyR2) as DriverFn;
      fc.assert(
        fc.property(surveyData(), (data) => {
          const a = fn(data);
          fc.pre(a.kind === "ok");
          expect(Math.abs(ok(otherFn(data)).rSquared - a.rSquared)).toBeLessThan(1e-12);
        }),
      );
    });

    it("reordering the evaluation points does not change any point's share", () => {
      const withPerm = surveyData().chain((data) =>
        fc.shuffledSubarray(data.predictors.map((_, j) => j), { minLength: data.predictors.length }).map((perm) => ({ data, perm })),
      );
      fc.assert(
        fc.property(withPerm, ({ data, perm }) => {
          const a = fn(data);
          fc.pre(a.kind === "ok");
          const b = ok(fn(permuteColumns(data, perm)));
          const byName = new Map(b.drivers.map((d) => [d.predictor, d]));
          for (const d of a.drivers) {
            expect(Math.abs(byName.get(d.predictor)!.share - d.share)).toBeLessThan(1e-9);
            expect(byName.get(d.predictor)!.rank).toBe(d.rank);
          }
        }),
      );
    });

    it("rescaling or shifting a point's scores (e.g. 0–10 to 0–100, or reversing) does not change the shares", () => {
      const withScale = surveyData().chain((data) =>
        fc.record({
          j: fc.integer({ min: 0, max: data.predictors.length - 1 }),
          a: fc.oneof(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: -100, max: -0.01, noNaN: true })),
          b: fc.double({ min: -100, max: 100, noNaN: true }),
        }).map((s) => ({ data, ...s })),
      );
      fc.assert(
        fc.property(withScale, ({ data, j, a, b }) => {
          const before = fn(data);
          // Shares of an R² at rounding level are noise over noise.
          fc.pre(before.kind === "ok" && before.rSquared > 1e-6);
          const scaled = { ...data, scores: data.scores.map((row) => row.map((x, k) => (k === j ? a * (x as number) + b : x))) };
          const after = ok(fn(scaled));
          expect(maxAbsDiff(shares(after), shares(before))).toBeLessThan(1e-9);
          // Column j may have been dropped as constant, so find it by name.
          const name = data.predictors[j]!;
          const r = before.drivers.find((d) => d.predictor === name)?.correlation ?? 0;
          // A zero correlation can come back as ±1e-17 after rescaling; only a clear sign must flip with a.
          if (Math.abs(r) > 1e-9) expect(Math.sign(after.drivers.find((d) => d.predictor === name)!.correlation)).toBe(Math.sign(a) * Math.sign(r));
        }),
      );
    });

    it("integer weights give the same result as repeating respondents", () => {
      const withCounts = surveyData().chain((data) =>
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: data.scores.length, maxLength: data.scores.length }).map((counts) => ({ data, counts })),
      );
      fc.assert(
        fc.property(withCounts, ({ data, counts }) => {
          const weighted = fn({ ...data, weights: counts });
          fc.pre(weighted.kind === "ok");
          const repeated = ok(
            fn({
              ...data,
              scores: data.scores.flatMap((row, i) => Array.from({ length: counts[i]! }, () => row)),
              overall: data.overall.flatMap((y, i) => Array.from({ length: counts[i]! }, () => y)),
            }),
          );
          expect(maxAbsDiff(raws(repeated), raws(weighted))).toBeLessThan(1e-9);
          expect(weighted.n).toBe(data.scores.length);
          expect(repeated.n).toBe(counts.reduce((s, c) => s + c, 0));
        }),
      );
    });
  });

  describe(`${name} known answers`, () => {
    it("gives uncorrelated points their squared correlation (= squared standardized beta)", () => {
      const overall = [3, 5, 4, 9, 2, 6, 7, 8];
      const r = ok(fn({ predictors: ["a", "b", "c"], scores: FACTORIAL, overall }));
      for (const d of r.drivers) {
        expect(Math.abs(d.raw - d.correlation ** 2)).toBeLessThan(1e-14);
        expect(Math.abs(d.raw - d.beta ** 2)).toBeLessThan(1e-14);
      }
      expect(Math.abs(r.rSquared - r.drivers.reduce((s, d) => s + d.correlation ** 2, 0))).toBeLessThan(1e-14);
    });

    it("solves the doc example: raw weights 0.32 and 0.68 with R² = 1", () => {
      const r = ok(fn({ predictors: ["repair-speed", "notice"], scores: [[1, 1], [2, 3], [3, 2], [4, 4]], overall: [1, 3, 2, 4] }));
      expect(r.rSquared).toBeCloseTo(1, 14);
      expect(raws(r)[0]).toBeCloseTo(0.32, 14);
      expect(raws(r)[1]).toBeCloseTo(0.68, 14);
      expect(r.drivers.map((d) => d.rank)).toEqual([2, 1]);
      expect(r.n).toBe(4);
    });

    it("ranks exactly tied points equally", () => {
      // a and b play symmetric roles: swapping them maps the data onto itself.
      const scores = [[1, 2], [2, 1], [3, 5], [5, 3], [4, 4], [0, 1], [1, 0]];
      const r = ok(fn({ predictors: ["a", "b"], scores, overall: scores.map(([a, b]) => a! + b!) }));
      expect(Math.abs(r.drivers[0]!.share - r.drivers[1]!.share)).toBeLessThan(1e-12);
      expect(r.drivers.map((d) => d.rank)).toEqual([1, 1]);
    });

    it("accepts awkward names like __proto__ as evaluation points", () => {
      const r = ok(fn({ predictors: ["__proto__", "constructor", "toString"], scores: FACTORIAL, overall: [3, 5, 4, 9, 2, 6, 7, 8] }));
      expect(r.drivers.map((d) => d.predictor)).toEqual(["__proto__", "constructor", "toString"]);
    });
  });

  describe(`${name} result variants instead of NaN or exceptions`, () => {
    const base = { predictors: ["a", "b", "c"], scores: FACTORIAL, overall: [3, 5, 4, 9, 2, 6, 7, 8] };

    it("drops a constant point with a reason and analyses the rest as if it were absent", () => {
      const withConstant = { predictors: ["a", "same", "b", "c"], scores: FACTORIAL.map(([a, b, c]) => [a!, 7, b!, c!]), overall: base.overall };
      const r = ok(fn(withConstant));
      expect(r.dropped).toEqual([{ predictor: "same", reason: "constant" }]);
      expect(r.problems.map((p) => [p.code, p.severity, p.path])).toContainEqual(["drivers/constant-predictor", "warning", ["predictors", 1]]);
      const without = ok(fn(base));
      expect(r.drivers.map((d) => d.predictor)).toEqual(["a", "b", "c"]);
      expect(maxAbsDiff(raws(r), raws(without))).toBe(0);
      expect(r.drivers.every((d) => Number.isFinite(d.share) && Number.isFinite(d.beta))).toBe(true);
    });

    it("drops a point with fewer than two answers, and under listwise deletion keeps the rows it blanked", () => {
      const sparse = { predictors: ["a", "b", "c", "rare"], scores: FACTORIAL.map((row, i) => [...row, i === 0 ? 5 : null]), overall: base.overall };
      const r = ok(fn(sparse));
      expect(r.dropped).toEqual([{ predictor: "rare", reason: "no-data" }]);
      expect(r.n).toBe(8);
    });

    it("drops a point that is constant among the respondents used, then regains the rows only it was missing", () => {
      // "x" varies only on rows where "a" is missing: constant on the complete rows.
      const scores = [...FACTORIAL.map(([a, b, c]) => [a!, b!, c!, 1]), [null, 1, 1, 9], [null, -1, 1, 8]];
      const overall = [...base.overall, 5, 5];
      const r = ok(fn({ predictors: ["a", "b", "c", "x"], scores, overall }));
      expect(r.dropped).toEqual([{ predictor: "x", reason: "constant" }]);
      expect(r.n).toBe(8);
    });

    it("reports exactly collinear points as singular, naming them", () => {
      const collinear = { predictors: ["a", "b", "total", "c"], scores: FACTORIAL.map(([a, b, c]) => [a!, b!, a! + b!, c!]), overall: base.overall };
      const r = fn(collinear);
      expect(r.kind).toBe("singular");
      if (r.kind !== "singular") return;
      expect(r.predictors).toEqual(["a", "b", "total"]);
      expect(r.problem.code).toBe("drivers/singular");
      expect(r.problem.severity).toBe("error");
      expect(r.smallestEigenvalue).toBeLessThan(1e-10);
      expect(r.n).toBe(8);
    });

    it("reports an indefinite pairwise correlation matrix as not positive definite", () => {
      // Pairs observed on disjoint respondents: r(a,b) = 1, r(b,c) = 1, r(a,c) = −1 cannot hold together.
      const t = [1, 2, 3, 4, 5, 6];
      const scores = [...t.map((x) => [x, x, null]), ...t.map((x) => [null, x, x]), ...t.map((x) => [x, null, -x])];
      const overall = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3];
      const r = fn({ predictors: ["a", "b", "c"], scores, overall }, { missing: "pairwise" });
      expect(r.kind).toBe("singular");
      if (r.kind === "singular") {
        expect(r.problem.code).toBe("drivers/not-positive-definite");
        expect(r.smallestEigenvalue).toBeLessThan(0);
        expect(r.missing).toBe("pairwise");
      }
      // Listwise there is not a single complete respondent.
      expect(fn({ predictors: ["a", "b", "c"], scores, overall }).kind).toBe("insufficient-data");
    });

    it("reports too few respondents, a constant overall score, or no usable point as insufficient data", () => {
      const few = fn({ predictors: ["a", "b", "c"], scores: [0, 1, 2, 4].map((i) => FACTORIAL[i]!), overall: [1, 2, 3, 5] });
      expect(few.kind).toBe("insufficient-data");
      if (few.kind === "insufficient-data") expect(few.problem.message).toMatch(/Only 4 respondents .* 3 evaluation points; at least 5/);
      const flat = fn({ ...base, overall: base.overall.map(() => 7) });
      expect(flat.kind).toBe("insufficient-data");
      if (flat.kind === "insufficient-data") expect(flat.problem.message).toMatch(/does not vary/);
      const allConstant = fn({ predictors: ["a"], scores: base.overall.map(() => [1]), overall: base.overall });
      expect(allConstant.kind).toBe("insufficient-data");
      if (allConstant.kind === "insufficient-data") expect(allConstant.dropped).toEqual([{ predictor: "a", reason: "constant" }]);
      expect(fn({ predictors: ["a"], scores: [], overall: [] }).kind).toBe("insufficient-data");
    });

    it("gives all-zero shares with a warning when nothing is explained (R² = 0)", () => {
      // Overall is the third factorial column, exactly uncorrelated with the first two.
      const r = ok(fn({ predictors: ["a", "b"], scores: FACTORIAL.map(([a, b]) => [a!, b!]), overall: FACTORIAL.map(([, , c]) => c!) }));
      expect(r.rSquared).toBe(0);
      expect(shares(r)).toEqual([0, 0]);
      expect(r.problems.map((p) => p.code)).toContain("drivers/no-explained-variance");
    });

    it("notes a point whose higher scores go with lower overall satisfaction", () => {
      const r = ok(fn({ ...base, scores: FACTORIAL.map(([a, b, c]) => [-a!, b!, c!]) }));
      expect(r.drivers[0]!.correlation).toBeLessThan(0);
      expect(r.problems.filter((p) => p.code === "drivers/negative-correlation").map((p) => p.path)).toEqual([["predictors", 0]]);
    });

    it("counts only complete respondents under listwise deletion, and more under pairwise", () => {
      const c = R_CASES.survey_weighted_listwise!;
      const listwise = ok(fn(driverData(c)));
      const pairwise = ok(fn(driverData(c), { missing: "pairwise" }));
      expect(listwise.n).toBe(125);
      expect(pairwise.n).toBeGreaterThan(listwise.n);
      expect(listwise.sumOfWeights).toBeCloseTo(c.sumOfWeights!, 9);
    });
  });

  describe(`${name} usage errors`, () => {
    it("throws a UsageError naming the function for malformed data", () => {
      const fnName = method === "shapley" ? "shapleyR2" : "relativeWeights";
      const good = { predictors: ["a", "b"], scores: [[1, 2], [2, 1], [3, 3], [4, 1], [5, 5]], overall: [1, 2, 3, 4, 5] };
      expect(() => fn({ ...good, predictors: ["a", "a"] })).toThrow(new RegExp(`gaptrace/${fnName}: predictor "a" is named twice`));
      expect(() => fn({ ...good, predictors: [] })).toThrow(UsageError);
      expect(() => fn({ ...good, overall: [1, 2] })).toThrow(/one overall score per row/);
      expect(() => fn({ ...good, scores: [[1, 2], [2], [3, 3], [4, 1], [5, 5]] })).toThrow(/row 1 of scores has 1 cells/);
      expect(() => fn({ ...good, scores: [[1, Infinity], [2, 1], [3, 3], [4, 1], [5, 5]] })).toThrow(/predictor "b"/);
      expect(() => fn({ ...good, weights: [1, 1, -1, 1, 1] })).toThrow(/weight ≥ 0 at row 2/);
      expect(() => fn({ ...good, weights: [1, 1] })).toThrow(UsageError);
      expect(() => fn(good, { missing: "available" as "listwise" })).toThrow(/"listwise" or "pairwise"/);
      expect(() => fn(null as unknown as DriverData)).toThrow(UsageError);
    });
  });
}
