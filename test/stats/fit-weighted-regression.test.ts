/**
 * fitWeightedRegression against R's survey::svyglm (fixtures from test/fixtures/r/regression-check.R; R is not
 * needed here), a hand-computed least-squares example, and its invariances.
 *
 * Tolerance against R: |gaptrace − R| ≤ 1e-9 · |R|, or ≤ 1e-12 when R's value is within 1e-12 of 0.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { estimateMean } from "../../src/stats/estimate-mean.js";
import { fitWeightedRegression, type RegressionCoefficient, type RegressionFit } from "../../src/stats/fit-weighted-regression.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { fitWeightedRegression as fromIndex } from "../../src/stats/index.js";
import { expectClose } from "./_close.js";
import { inverseFromFactor, sequentialCholesky, solveFactor } from "../../src/stats/_sequential-cholesky.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "fixtures", "r");

/** The CSV as columns by name; R's NA becomes NaN. */
function readColumns(): Map<string, number[]> {
  const lines = readFileSync(join(fixtures, "regression-data.csv"), "utf8").trim().split(/\r?\n/);
  const header = lines[0]!.split(",");
  const cols = new Map<string, number[]>(header.map((h) => [h, []]));
  for (const line of lines.slice(1)) {
    line.split(",").forEach((cell, j) => cols.get(header[j]!)!.push(cell === "NA" ? NaN : Number(cell)));
  }
  return cols;
}

interface RModel {
  columns: string[];
  level: number;
  n: number;
  rank: number;
  df: number;
  df_design: number;
  weight_sum: number;
  aliased: boolean[];
  estimate: (number | null)[];
  se: (number | null)[];
  t: (number | null)[];
  p: (number | null)[];
  ci_lower: (number | null)[];
  ci_upper: (number | null)[];
  covariance: (number | null)[][];
  full_design: { rows: number; df: number; se: (number | null)[] };
}
const R = JSON.parse(readFileSync(join(fixtures, "regression-expected.json"), "utf8")) as {
  meta: { rows: number };
  models: Record<string, RModel>;
};
const data = readColumns();
const col = (name: string): number[] => data.get(name)!;
const num = (x: number | null): number => (x === null ? NaN : x);

function est(fit: RegressionFit): Extract<RegressionFit, { kind: "estimate" }> {
  if (fit.kind !== "estimate") throw new Error(`expected an estimate, got insufficient: ${fit.reason}`);
  return fit;
}

/** Closeness to R's value: relative 1e-9, absolute 1e-12 near 0; NaN only where R has NA. */
function closeToR(actual: number, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNaN();
    return;
  }
  const err = Math.abs(actual - expected);
  const tol = Math.max(1e-9 * Math.abs(expected), 1e-12);
  expect(err <= tol, `${label}: got ${actual}, R ${expected} (abs err ${err}, tol ${tol})`).toBe(true);
}

function fitModel(m: RModel, typed = false): Extract<RegressionFit, { kind: "estimate" }> {
  const w = typed ? Float64Array.from(col("w")) : col("w");
  const columns = m.columns.map((name) => (typed ? Float64Array.from(col(name)) : col(name)));
  return est(fitWeightedRegression(col("sat"), columns, w, { level: m.level, names: m.columns }));
}

const allCoefficients = (f: Extract<RegressionFit, { kind: "estimate" }>): RegressionCoefficient[] => [f.intercept, ...f.coefficients];

describe("fitWeightedRegression against R's svyglm", () => {
  it("reads the data set R used", () => {
    expect(col("id").length).toBe(R.meta.rows);
    expect(col("w").every((w) => w > 0 && Number.isFinite(w))).toBe(true);
    // the fixture has the cases it is meant to have: missing values, a zero column, a duplicate, a constant
    expect(col("sat").filter(Number.isNaN).length).toBeGreaterThan(0);
    expect(col("seg_island").every((x) => x === 0)).toBe(true);
    expect(col("late_copy")).toEqual(col("late"));
    expect(new Set(col("wave")).size).toBe(1);
  });

  for (const [key, m] of Object.entries(R.models)) {
    describe(`model "${key}": sat ~ ${m.columns.join(" + ") || "1"}`, () => {
      for (const typed of [false, true]) {
        it(`matches R to 1e-9 (${typed ? "typed arrays" : "arrays"})`, () => {
          const fit = fitModel(m, typed);
          expect(fit.n).toBe(m.n);
          expect(fit.rank).toBe(m.rank);
          expect(fit.df).toBe(m.df);
          expect(fit.df).toBe(m.df_design + 1 - m.rank);
          expect(fit.level).toBe(m.level);
          closeToR(fit.weightSum, m.weight_sum, "weightSum");
          const coefs = allCoefficients(fit);
          expect(coefs.map((c) => c.name)).toEqual(["(Intercept)", ...m.columns]);
          expect(coefs.map((c) => c.aliased)).toEqual(m.aliased);
          coefs.forEach((c, i) => {
            closeToR(c.estimate, m.estimate[i]!, `${c.name} estimate`);
            closeToR(c.se, m.se[i]!, `${c.name} se`);
            closeToR(c.t, m.t[i]!, `${c.name} t`);
            closeToR(c.p, m.p[i]!, `${c.name} p`);
            closeToR(c.ci[0], m.ci_lower[i]!, `${c.name} ci lower`);
            closeToR(c.ci[1], m.ci_upper[i]!, `${c.name} ci upper`);
          });
          expect(fit.covariance.length).toBe(coefs.length);
          fit.covariance.forEach((row, a) => {
            expect(row.length).toBe(coefs.length);
            row.forEach((v, b) => expect(Object.is(v, fit.covariance[b]![a]), `symmetric at [${a}][${b}]`).toBe(true));
            row.forEach((v, b) => closeToR(v, m.covariance[a]![b]!, `covariance[${a}][${b}]`));
          });
        });
      }

      it("differs from svyglm on the design with the incomplete rows only by n/(n − 1) versus N/(N − 1)", () => {
        const fit = fitModel(m);
        expect(fit.df).toBe(m.full_design.df);
        const big = m.full_design.rows;
        const factor = Math.sqrt(big / (big - 1) / (fit.n / (fit.n - 1)));
        allCoefficients(fit).forEach((c, i) => closeToR(c.se * factor, m.full_design.se[i]!, `${c.name} se (full design)`));
      });
    });
  }
});

describe("fitWeightedRegression by hand", () => {
  // y = 0.6 + 0.8 x exactly fits the normal equations: Sxy = 8, Sxx = 10, residuals (−0.4, 0.8, −1, 1.2, −0.6).
  const x = [1, 2, 3, 4, 5];
  const y = [1, 3, 2, 5, 4];

  it("is ordinary least squares without weights, with the n/(n − 1) sandwich variance", () => {
    const fit = est(fitWeightedRegression(y, [x], undefined));
    expectClose(fit.intercept.estimate, 0.6, 1e-14);
    expectClose(fit.coefficients[0]!.estimate, 0.8, 1e-14);
    // (XᵀX)⁻¹ = [[1.1, −0.3], [−0.3, 0.1]]; meat = 5/4 Σ e² (1, x)(1, x)ᵀ = [[4.5, 15], [15, 54.7]].
    expectClose(fit.covariance[0]![0]!, 0.468, 1e-13);
    expectClose(fit.covariance[0]![1]!, -0.126, 1e-13);
    expectClose(fit.covariance[1]![0]!, -0.126, 1e-13);
    expectClose(fit.covariance[1]![1]!, 0.052, 1e-13);
    expectClose(fit.coefficients[0]!.se, Math.sqrt(0.052), 1e-13);
    expect(fit).toMatchObject({ n: 5, rank: 2, df: 3, level: 0.95, weightSum: 5 });
    // t(3): qt(0.975, 3) = 3.1824463052837078, and 2·pt(−0.8/√0.052, 3) from R.
    const slope = fit.coefficients[0]!;
    expectClose(slope.t, 0.8 / Math.sqrt(0.052), 1e-13);
    expectClose(slope.ci[0], 0.8 - 3.1824463052837078 * Math.sqrt(0.052), 1e-12);
    expectClose(slope.ci[1], 0.8 + 3.1824463052837078 * Math.sqrt(0.052), 1e-12);
    expectClose(slope.p, 0.039247733444037564, 1e-9);
  });

  it("gives the same fit for weights all 1 as for no weights", () => {
    expect(fitWeightedRegression(y, [x], [1, 1, 1, 1, 1])).toEqual(fitWeightedRegression(y, [x], undefined));
  });

  it("recovers an exact linear relation with zero standard errors", () => {
    const x1 = [0, 1, 0, 1, 1, 0, 1];
    const x2 = [3, 1, 4, 1, 5, 9, 2];
    const yy = x1.map((a, i) => 2 - 1.5 * a + 0.25 * x2[i]!);
    const fit = est(fitWeightedRegression(yy, [x1, x2], [1, 2, 3, 1, 2, 3, 1]));
    expectClose(fit.intercept.estimate, 2, 1e-13);
    expectClose(fit.coefficients[0]!.estimate, -1.5, 1e-13);
    expectClose(fit.coefficients[1]!.estimate, 0.25, 1e-13);
    for (const c of allCoefficients(fit)) expect(c.se).toBeLessThan(1e-12);
  });

  it("gives a coefficient the data pin down exactly an SE at rounding level, in any row order", () => {
    // The slope of c rests on rows 0 and 2 alone, which the intercept and a fit exactly; R's vcov gives 3e-28.
    const y = [0, 1, 0, 0];
    const a = [1, 0, 1, 0];
    const c = [10, 26, 11, 26];
    const w = [0.05, 0.05, 0.05, 0.06935901072779753];
    for (const order of [[0, 1, 2, 3], [2, 0, 3, 1], [3, 2, 1, 0]]) {
      const pick = (v: number[]) => order.map((i) => v[i]!);
      const fit = est(fitWeightedRegression(pick(y), [pick(a), pick(c)], pick(w), { minN: 1 }));
      expect(Math.abs(fit.coefficients[1]!.estimate)).toBeLessThan(1e-13);
      expect(fit.coefficients[1]!.se).toBeLessThan(1e-13);
      expectClose(fit.intercept.se, Math.sqrt(0.1580133129628559), 1e-10);
    }
  });

  it("with no columns is the weighted mean, with estimateMean's t interval", () => {
    const w = [1, 2, 1, 1, 3, 1, 2];
    const v = [4, 5, 3, 4, 5, 2, 4];
    const fit = est(fitWeightedRegression(v, [], w));
    const mean = estimateMean(momentsFromValues(v, w), { interval: "t", minN: 2 });
    if (mean.kind !== "estimate") throw new Error("expected an estimate");
    expect(fit.coefficients).toEqual([]);
    expect(fit.rank).toBe(1);
    expect(fit.df).toBe(mean.df);
    expectClose(fit.intercept.estimate, mean.value, 1e-14);
    expectClose(fit.intercept.se, mean.se, 1e-13);
    expectClose(fit.intercept.ci[0], mean.ci[0], 1e-13);
    expectClose(fit.intercept.ci[1], mean.ci[1], 1e-13);
  });

  it("is exported from the stats index", () => {
    expect(fromIndex).toBe(fitWeightedRegression);
  });
});

describe("fitWeightedRegression: collinear columns", () => {
  const x1 = [0, 1, 0, 1, 1, 0, 1, 0, 1, 0];
  const x2 = [2.5, 1, 4, 1, 5, 9, 2, 6, 5, 3];
  const y = [5, 3, 6, 2, 4, 8, 3, 7, 5, 6];
  const w = [1, 2, 1.5, 1, 0.5, 1, 2, 1, 3, 1];
  const base = est(fitWeightedRegression(y, [x1, x2], w));

  function sameAsBase(fit: RegressionFit, keptAt: readonly number[]): void {
    const f = est(fit);
    expect(f.rank).toBe(3);
    expect(f.df).toBe(base.df);
    expectClose(f.intercept.estimate, base.intercept.estimate, 1e-12);
    expectClose(f.intercept.se, base.intercept.se, 1e-12);
    keptAt.forEach((at, m) => {
      expectClose(f.coefficients[at]!.estimate, base.coefficients[m]!.estimate, 1e-12);
      expectClose(f.coefficients[at]!.se, base.coefficients[m]!.se, 1e-12);
      expectClose(f.coefficients[at]!.p, base.coefficients[m]!.p, 1e-9);
    });
    f.coefficients.forEach((c, j) => {
      if (keptAt.includes(j)) {
        expect(c.aliased).toBe(false);
      } else {
        expect(c).toMatchObject({ aliased: true, estimate: NaN, se: NaN, t: NaN, p: NaN });
        expect(c.ci[0]).toBeNaN();
        expect(f.covariance[j + 1]!.every(Number.isNaN)).toBe(true);
        expect(f.covariance.every((row) => Number.isNaN(row[j + 1]))).toBe(true);
      }
    });
  }

  it("drops an all-zero column (a segment nobody is in)", () => {
    sameAsBase(fitWeightedRegression(y, [x1, new Array<number>(10).fill(0), x2], w), [0, 2]);
  });
  it("drops constant columns, including ones whose mean does not round exactly", () => {
    sameAsBase(fitWeightedRegression(y, [new Array<number>(10).fill(0.1), x1, x2, new Array<number>(10).fill(7e5)], w), [1, 2]);
  });
  it("drops the later of two identical columns", () => {
    sameAsBase(fitWeightedRegression(y, [x1, x2, [...x1]], w), [0, 1]);
    sameAsBase(fitWeightedRegression(y, [x1, [...x1], x2], w), [0, 2]);
  });
  it("drops a column that is a linear combination of earlier ones and the intercept", () => {
    const combo = x1.map((a, i) => 3 - 2 * a + 0.5 * x2[i]!);
    sameAsBase(fitWeightedRegression(y, [x1, x2, combo], w), [0, 1]);
  });
  it("drops complementary dummies' last one (the intercept already spans their sum)", () => {
    const other = x1.map((a) => 1 - a);
    sameAsBase(fitWeightedRegression(y, [x1, x2, other], w), [0, 1]);
  });
  it("keeps a nearly but not exactly collinear column", () => {
    const near = x1.map((a, i) => a + (i === 3 ? 1e-3 : 0));
    const f = est(fitWeightedRegression(y, [x1, x2, near], w));
    expect(f.rank).toBe(4);
    expect(f.coefficients.every((c) => !c.aliased && Number.isFinite(c.se))).toBe(true);
  });
});

describe("fitWeightedRegression: invariances", () => {
  const m = R.models["main"]!;
  it("does not change when every weight is multiplied by 7", () => {
    const fit = fitModel(m);
    const scaled = est(fitWeightedRegression(col("sat"), m.columns.map(col), col("w").map((w) => 7 * w), { names: m.columns }));
    expectClose(scaled.weightSum, 7 * fit.weightSum, 1e-14);
    expect(scaled.n).toBe(fit.n);
    allCoefficients(scaled).forEach((c, i) => {
      const o = allCoefficients(fit)[i]!;
      for (const key of ["estimate", "se", "t", "p"] as const) expectClose(c[key], o[key], 1e-12, `${c.name} ${key}`);
      expectClose(c.ci[0], o.ci[0], 1e-12);
      expectClose(c.ci[1], o.ci[1], 1e-12);
    });
    scaled.covariance.forEach((row, a) => row.forEach((v, b) => expectClose(v, fit.covariance[a]![b]!, 1e-12)));
  });

  it("changes only the intercept when a column is shifted by a constant, however large", () => {
    const fit = fitModel(m);
    const shift = 1e6;
    const at = m.columns.indexOf("wait");
    const shifted = est(
      fitWeightedRegression(col("sat"), m.columns.map((name) => (name === "wait" ? col(name).map((v) => v + shift) : col(name))), col("w"), { names: m.columns }),
    );
    shifted.coefficients.forEach((c, j) => {
      expectClose(c.estimate, fit.coefficients[j]!.estimate, 1e-9, `${c.name} estimate`);
      expectClose(c.se, fit.coefficients[j]!.se, 1e-9, `${c.name} se`);
    });
    const slope = fit.coefficients[at]!.estimate;
    expectClose(shifted.intercept.estimate, fit.intercept.estimate - shift * slope, 1e-9, "intercept");
  });

  const row = fc.record({
    y: fc.integer({ min: 0, max: 10 }),
    a: fc.integer({ min: 0, max: 1 }),
    b: fc.integer({ min: 0, max: 1 }),
    c: fc.integer({ min: 10, max: 90 }),
    w: fc.double({ min: 0.05, max: 20, noNaN: true }),
    missing: fc.integer({ min: 0, max: 19 }), // 0: y missing, 1: weight 0 (rows left out)
  });
  const rowsAndOrder = fc
    .array(row, { minLength: 0, maxLength: 40 })
    .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray([...rows.keys()], { minLength: rows.length, maxLength: rows.length })));

  function fitRows(rows: readonly { y: number; a: number; b: number; c: number; w: number; missing: number }[]): RegressionFit {
    return fitWeightedRegression(
      rows.map((r) => (r.missing === 0 ? NaN : r.y)),
      [rows.map((r) => r.a), rows.map((r) => r.b), rows.map((r) => r.c), rows.map((r) => r.a)],
      rows.map((r) => (r.missing === 1 ? 0 : r.w)),
      { minN: 1 },
    );
  }

  it("does not depend on the order of the rows (fast-check)", () => {
    fc.assert(
      fc.property(rowsAndOrder, ([rows, order]) => {
        const a = fitRows(rows);
        const b = fitRows(order.map((i) => rows[i]!));
        expect(b.kind).toBe(a.kind);
        expect(b.n).toBe(a.n);
        if (a.kind !== "estimate" || b.kind !== "estimate") return;
        expect(b.rank).toBe(a.rank);
        expect(allCoefficients(b).map((c) => c.aliased)).toEqual(allCoefficients(a).map((c) => c.aliased));
        // Relative 1e-9, with an absolute floor of 1e-9 (the data are of unit scale) for values that are 0 up to
        // rounding, such as the SEs of a perfect fit.
        allCoefficients(a).forEach((ca, i) => {
          const cb = allCoefficients(b)[i]!;
          if (ca.aliased) return;
          const floor = 1e-9;
          for (const key of ["estimate", "se"] as const) {
            expect(Math.abs(cb[key] - ca[key]) <= 1e-9 * Math.abs(ca[key]) + floor, `${ca.name} ${key}: ${ca[key]} vs ${cb[key]}`).toBe(true);
          }
          // Early exit: an SE at rounding level (a perfect fit, or the only rows that inform a coefficient fitted
          // exactly, as a few rows of small integers can be) makes t and p rounding noise in any order, in R too.
          if (ca.se <= 1e-9 * (1 + Math.abs(ca.estimate))) return;
          expect(Math.abs(cb.p - ca.p) <= 1e-9 * ca.p + 1e-15, `${ca.name} p: ${ca.p} vs ${cb.p}`).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("fitWeightedRegression: too little data", () => {
  it("needs rank + 2 rows by default, counting only the rows used", () => {
    const y = [1, 2, NaN, 4, 3, 5];
    const x = [[0, 1, 1, 0, 1, 0], [5, 3, 2, 4, 1, 9]];
    expect(fitWeightedRegression(y, x, [1, 1, 1, 0, 2, 1])).toEqual({ kind: "insufficient", n: 4, minN: 5, reason: "4 rows, at least 5 needed" });
    expect(fitWeightedRegression(y, x, undefined).kind).toBe("estimate");
  });
  it("counts the rank, not the columns: an aliased column does not raise the minimum", () => {
    const fit = est(fitWeightedRegression([1, 2, 4, 3], [[0, 1, 1, 0], [0, 0, 0, 0]], undefined));
    expect(fit.rank).toBe(2);
    expect(fit.df).toBe(2);
  });
  it("honours a larger minN and never goes below one residual degree of freedom", () => {
    const y = Array.from({ length: 12 }, (_, i) => (i * 7) % 5);
    const x = [Array.from({ length: 12 }, (_, i) => i % 2)];
    expect(fitWeightedRegression(y, x, undefined, { minN: 30 })).toEqual({ kind: "insufficient", n: 12, minN: 30, reason: "12 rows, at least 30 needed" });
    expect(fitWeightedRegression([1, 2], [[0, 1]], undefined, { minN: 1 })).toEqual({ kind: "insufficient", n: 2, minN: 3, reason: "2 rows, at least 3 needed" });
    expect(est(fitWeightedRegression([1, 2, 4], [[0, 1, 1]], undefined, { minN: 1 })).df).toBe(1);
  });
  it("answers with no usable rows at all", () => {
    expect(fitWeightedRegression([], [[], []], undefined)).toEqual({ kind: "insufficient", n: 0, minN: 5, reason: "0 rows, at least 5 needed" });
    expect(fitWeightedRegression([1, 2], [[1, 2]], [0, Infinity])).toMatchObject({ kind: "insufficient", n: 0 });
    expect(fitWeightedRegression([1], [[1]], undefined)).toEqual({ kind: "insufficient", n: 1, minN: 3, reason: "1 row, at least 3 needed" });
  });
});

describe("fitWeightedRegression: usage errors", () => {
  const y = [1, 2, 3, 4, 5];
  const x = [1, 0, 1, 0, 1];
  const cases: [string, () => unknown, RegExp][] = [
    ["columns of different lengths", () => fitWeightedRegression(y, [x, [1, 2]], undefined), /columns\[1\] to have 5 values/],
    ["weights of another length", () => fitWeightedRegression(y, [x], [1, 2, 3]), /weights to have 5 values/],
    ["y not an array", () => fitWeightedRegression("12345" as never, [x], undefined), /y to be an array/],
    ["columns not an array", () => fitWeightedRegression(y, x as never, undefined), /columns\[0\] to be an array|columns to be an array/],
    ["a column not an array", () => fitWeightedRegression(y, [x, 5 as never], undefined), /columns\[1\] to be an array/],
    ["columns undefined", () => fitWeightedRegression(y, undefined as never, undefined), /columns to be an array/],
    ["weights null", () => fitWeightedRegression(y, [x], null as never), /weights to be an array/],
    ["level 0.5", () => fitWeightedRegression(y, [x], undefined, { level: 0.5 }), /level strictly between 0.5 and 1/],
    ["level 1", () => fitWeightedRegression(y, [x], undefined, { level: 1 }), /level strictly between 0.5 and 1/],
    ["level 95", () => fitWeightedRegression(y, [x], undefined, { level: 95 }), /got 95/],
    ["level NaN", () => fitWeightedRegression(y, [x], undefined, { level: NaN }), /got NaN/],
    ["minN 0", () => fitWeightedRegression(y, [x], undefined, { minN: 0 }), /minN to be a positive integer/],
    ["minN 2.5", () => fitWeightedRegression(y, [x], undefined, { minN: 2.5 }), /minN to be a positive integer/],
    ["a named column of another length", () => fitWeightedRegression(y, [x, [1]], undefined, { names: ["late", "repeat"] }), /columns\[1\] \("repeat"\) to have 5 values/],
    ["names of another length", () => fitWeightedRegression(y, [x], undefined, { names: ["a", "b"] }), /names to be 1 strings/],
    ["options null", () => fitWeightedRegression(y, [x], undefined, null as never), /options to be an object/],
  ];
  for (const [what, call, message] of cases) {
    it(`throws a UsageError for ${what}`, () => {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(/^gaptrace\/fitWeightedRegression: /);
      expect((error as Error).message).toMatch(message);
    });
  }
});

describe("fitWeightedRegression at the attribution engine's size", () => {
  it("fits 130,000 rows and 12 columns and recovers the planted coefficients", () => {
    const n = 130_000;
    const k = 12;
    // A fixed linear congruential generator: the test data are the same on every run.
    let state = 12345;
    const next = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const columns = Array.from({ length: k }, () => new Float64Array(n));
    const y = new Float64Array(n);
    const w = new Float64Array(n);
    const truth = Array.from({ length: k }, (_, j) => (j % 2 === 0 ? -0.5 : 0.3) * (1 + j / 10));
    for (let i = 0; i < n; i++) {
      let mu = 7;
      for (let j = 0; j < k; j++) {
        const v = j < 8 ? (next() < 0.3 ? 1 : 0) : 40 * next();
        columns[j]![i] = v;
        mu += truth[j]! * v;
      }
      y[i] = mu + (next() + next() + next() - 1.5) * 2;
      w[i] = 0.5 + 2 * next();
    }
    const fit = est(fitWeightedRegression(y, columns, w));
    expect(fit.n).toBe(n);
    expect(fit.rank).toBe(k + 1);
    fit.coefficients.forEach((c, j) => {
      expect(Math.abs(c.estimate - truth[j]!)).toBeLessThan(5 * c.se);
      expect(c.ci[0]).toBeLessThan(c.estimate);
    });
  });
});

describe("fitWeightedRegression, rows centred a block at a time", () => {
  // A fixed linear congruential generator: the same data on every run.
  const data = (n: number, k: number, seed: number): { y: Float64Array; columns: Float64Array[]; w: Float64Array } => {
    let state = seed;
    const next = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const columns = Array.from({ length: k }, (_, j) => Float64Array.from({ length: n }, () => (j % 2 === 0 ? (next() < 0.4 ? 1 : 0) : 1000 + 10 * next())));
    const y = Float64Array.from({ length: n }, (_, i) => 60 + 2 * columns[0]![i]! + 20 * next());
    const w = Float64Array.from({ length: n }, (_, i) => (i % 13 === 0 ? 0 : 0.5 + 2 * next()));
    return { y, columns, w };
  };

  it("gives the slopes of whole centred copies summed in row order, to the last bit, over several blocks", () => {
    const n = 10_000;
    const { y, columns, w } = data(n, 3, 99);
    const fit = est(fitWeightedRegression(y, columns, w));
    // The former computation: copy the used rows, centre them, sum the cross-products in row order, solve.
    const used = Array.from({ length: n }, (_, i) => i).filter((i) => w[i]! > 0);
    const wu = used.map((i) => w[i]!);
    const sumW = wu.reduce((s, v) => s + v, 0);
    const yBar = used.reduce((s, i, r) => s + wu[r]! * y[i]!, 0) / sumW;
    const xBar = columns.map((c) => used.reduce((s, i, r) => s + wu[r]! * c[i]!, 0) / sumW);
    const xc = columns.map((c, j) => used.map((i) => c[i]! - xBar[j]!));
    const yc = used.map((i) => y[i]! - yBar);
    const k = columns.length;
    const s = new Float64Array(k * k);
    for (let p = 0; p < k; p++) for (let q = 0; q <= p; q++) s[p * k + q] = xc[p]!.reduce((acc, v, r) => acc + wu[r]! * v * xc[q]![r]!, 0);
    const sxy = xc.map((x) => x.reduce((acc, v, r) => acc + wu[r]! * yc[r]! * v, 0));
    const scale = Float64Array.from(columns, (c) => used.reduce((acc, i, r) => acc + wu[r]! * c[i]! * c[i]!, 0));
    const { kept, l } = sequentialCholesky(s, k, scale, 1e-10, 1e-14);
    expect(kept).toEqual([0, 1, 2]);
    const beta = solveFactor(l, k, Float64Array.from(sxy));
    fit.coefficients.forEach((c, j) => expect(Object.is(c.estimate, beta[j])).toBe(true));
    let intercept = yBar;
    for (let j = 0; j < k; j++) intercept -= xBar[j]! * beta[j]!;
    expect(Object.is(fit.intercept.estimate, intercept)).toBe(true);
    expect(fit.n).toBe(used.length);
  });

  it("gives the same fit, every number, when unused rows are interleaved anywhere (blocks of used rows only)", () => {
    const { y, columns, w } = data(9_000, 4, 7);
    const fit = fitWeightedRegression(y, columns, w);
    // Insert an unusable row (missing y, NaN value or zero weight) before every third row.
    const at = (i: number): number => i + Math.floor(i / 3) + 1;
    const m = at(y.length - 1) + 1;
    const spread = (col: Float64Array, filler: (g: number) => number): Float64Array => {
      const out = Float64Array.from({ length: m }, (_, g) => filler(g));
      col.forEach((v, i) => (out[at(i)] = v));
      return out;
    };
    const y2 = spread(y, (g) => (g % 3 === 0 ? NaN : 50));
    const columns2 = columns.map((c, j) => spread(c, (g) => (g % 3 === 1 && j === 1 ? NaN : 1)));
    const w2 = spread(w, () => 0);
    expect(fitWeightedRegression(y2, columns2, w2)).toEqual(fit);
  });
});

describe("fitWeightedRegression at the blocks' edges, every number of the whole-array computation", () => {
  // The former computation, whole columns of the used rows in row order: slopes, intercept and the design-based
  // covariance (each row's influence summed in row order), written out here independently of the source.
  const wholeArray = (y: ArrayLike<number>, columns: readonly ArrayLike<number>[], weights: ArrayLike<number> | undefined) => {
    const rows = y.length;
    const used: number[] = [];
    for (let i = 0; i < rows; i++) {
      const w = weights === undefined ? 1 : weights[i]!;
      if (Number.isFinite(y[i]) && columns.every((c) => Number.isFinite(c[i])) && Number.isFinite(w) && w > 0) used.push(i);
    }
    const n = used.length;
    const k = columns.length;
    const w = used.map((i) => (weights === undefined ? 1 : weights[i]!));
    let sumW = 0;
    for (const v of w) sumW += v;
    let swy = 0;
    used.forEach((i, r) => (swy += w[r]! * y[i]!));
    const yBar = swy / sumW;
    const xBar = new Float64Array(k);
    const scale = new Float64Array(k);
    columns.forEach((c, j) => {
      let sw = 0;
      let sw2 = 0;
      used.forEach((i, r) => {
        const wv = w[r]! * c[i]!;
        sw += wv;
        sw2 += wv * c[i]!;
      });
      xBar[j] = sw / sumW;
      scale[j] = sw2;
    });
    const yc = used.map((i) => y[i]! - yBar);
    const xc = columns.map((c, j) => used.map((i) => c[i]! - xBar[j]!));
    const s = new Float64Array(k * k);
    const sxy = new Float64Array(k);
    for (let a = 0; a < k; a++) {
      const vx = xc[a]!.map((v, r) => w[r]! * v);
      for (let b = 0; b <= a; b++) {
        let acc = 0;
        for (let r = 0; r < n; r++) acc += vx[r]! * xc[b]![r]!;
        s[a * k + b] = acc;
      }
      let acc = 0;
      for (let r = 0; r < n; r++) acc += w[r]! * yc[r]! * xc[a]![r]!;
      sxy[a] = acc;
    }
    const { kept, l } = sequentialCholesky(s, k, scale, 1e-10, 1e-14);
    const q = kept.length;
    const beta = solveFactor(l, q, Float64Array.from(kept, (j) => sxy[j]!));
    const e = [...yc];
    kept.forEach((j, m) => {
      for (let r = 0; r < n; r++) e[r] = e[r]! - beta[m]! * xc[j]![r]!;
    });
    const inv = inverseFromFactor(l, q);
    const p = 1 + q;
    const sh = new Float64Array(p);
    const shh = new Float64Array(p * p);
    const hr = new Float64Array(p);
    for (let r = 0; r < n; r++) {
      const we = w[r]! * e[r]!;
      let z0 = 1 / sumW;
      for (let a = 0; a < q; a++) {
        let z = 0;
        for (let b = 0; b < q; b++) z += inv[a * q + b]! * xc[kept[b]!]![r]!;
        z0 -= xBar[kept[a]!]! * z;
        hr[a + 1] = we * z;
      }
      hr[0] = we * z0;
      for (let a = 0; a < p; a++) {
        sh[a] = sh[a]! + hr[a]!;
        for (let b = 0; b <= a; b++) shh[a * p + b] = shh[a * p + b]! + hr[a]! * hr[b]!;
      }
    }
    const f = n / (n - 1);
    const cov = (a: number, b: number): number => (a >= b ? f * (shh[a * p + b]! - (sh[a]! * sh[b]!) / n) : cov(b, a));
    let intercept = yBar;
    kept.forEach((j, m) => (intercept -= xBar[j]! * beta[m]!));
    return { n, kept, beta, intercept, cov };
  };

  let state = 4242;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  // Used-row counts at and around the 4,096-row blocks; every fourth row unusable (a missing y, a missing value, a
  // zero weight in turn), so the blocks are of used rows, not of rows.
  // Three columns, and nine (the sums run four columns or pairs per pass: nine leaves every remainder); one column
  // takes a path of its own (oneColumnSums), checked here against the same reference.
  for (const [used, k] of [[4095, 3], [4096, 3], [4097, 3], [8192, 3], [8193, 3], [4097, 9], [8193, 9], [4095, 1], [8193, 1]] as const) {
    for (const weighted of [true, false]) {
      it(`${used} used rows, ${k} columns, ${weighted ? "weighted" : "unweighted"}: slopes, intercept and covariance bit for bit`, () => {
        const gap = (i: number): boolean => i % 4 === 3;
        let rows = used;
        while (rows - Math.floor((rows + 1) / 4) < used) rows++;
        const columns = Array.from({ length: k }, (_, j) =>
          Float64Array.from({ length: rows }, (_, i) => (gap(i) && i % 12 === 7 && j === Math.min(1, k - 1) ? NaN : j % 3 === 1 ? 1e4 + 10 * next() : next() < 0.35 ? 1 : 0)),
        );
        const y = Float64Array.from({ length: rows }, (_, i) => (gap(i) && i % 12 === 3 ? NaN : 55 + 3 * columns[0]![i]! + 25 * next()));
        const w = weighted ? Float64Array.from({ length: rows }, (_, i) => (gap(i) && i % 12 === 11 ? 0 : 0.5 + 2 * next())) : undefined;
        // Without weights the zero-weight gaps are taken away by a missing y instead.
        if (!weighted) for (let i = 11; i < rows; i += 12) y[i] = NaN;
        const ref = wholeArray(y, columns, w);
        expect(ref.n).toBe(used);
        const fit = est(fitWeightedRegression(y, columns, w));
        expect(fit.n).toBe(used);
        expect(Object.is(fit.intercept.estimate, ref.intercept)).toBe(true);
        ref.kept.forEach((j, m) => expect(Object.is(fit.coefficients[j]!.estimate, ref.beta[m])).toBe(true));
        const slot = [0, ...ref.kept.map((j) => j + 1)];
        slot.forEach((a, pa) => slot.forEach((b, pb) => expect(Object.is(fit.covariance[a]![b], ref.cov(pa, pb))).toBe(true)));
      });
    }
  }

  it("one column that is constant (aliased), weighted and not: the intercept and its variance bit for bit", () => {
    for (const weighted of [true, false]) {
      const rows = 5000;
      const x = Float64Array.from({ length: rows }, (_, i) => (i % 97 === 5 ? NaN : 0.1 + 0.2));
      const y = Float64Array.from({ length: rows }, (_, i) => (i % 89 === 3 ? NaN : 40 + 30 * next()));
      const w = weighted ? Float64Array.from({ length: rows }, (_, i) => (i % 83 === 1 ? 0 : 0.5 + 2 * next())) : undefined;
      const ref = wholeArray(y, [x], w);
      expect(ref.kept).toEqual([]);
      const fit = est(fitWeightedRegression(y, [x], w));
      expect(fit.n).toBe(ref.n);
      expect(fit.coefficients[0]!.aliased).toBe(true);
      expect(Object.is(fit.intercept.estimate, ref.intercept)).toBe(true);
      expect(Object.is(fit.covariance[0]![0], ref.cov(0, 0))).toBe(true);
    }
  });

  it("one column is held to the form (wᵢx̃ᵢ)x̃ᵢ of Σ w x̃²: six rows where wᵢ(x̃ᵢx̃ᵢ) moves the slope's last bit", () => {
    // Found by searching small seeded data sets for one where the two forms of Σ w x̃² differ and the difference
    // survives the square root of the factor; summing wᵢ(x̃ᵢx̃ᵢ) instead gives -4.429896907216495 for the slope.
    const x = [1.5, 1, 3.5, 3, 1.5, 0.5];
    const y = [63, 36, 39, 50, 78, 26];
    const w = [2, 1.2, 1.5, 1.4, 2.1, 0.4];
    const ref = wholeArray(y, [x], w);
    const fit = est(fitWeightedRegression(y, [x], w));
    expect(Object.is(fit.coefficients[0]!.estimate, ref.beta[0])).toBe(true);
    expect(Object.is(fit.intercept.estimate, ref.intercept)).toBe(true);
    [0, 1].forEach((a) => [0, 1].forEach((b) => expect(Object.is(fit.covariance[a]![b], ref.cov(a, b))).toBe(true)));
    // The data do tell the forms apart: the other grouping's slope differs in its last bit.
    let sumW = 0;
    let sw = 0;
    w.forEach((wi, i) => ((sumW += wi), (sw += wi * x[i]!)));
    const m = sw / sumW;
    let regrouped = 0;
    w.forEach((wi, i) => (regrouped += wi * ((x[i]! - m) * (x[i]! - m))));
    let sumWy = 0;
    w.forEach((wi, i) => (sumWy += wi * y[i]!));
    let sxy = 0;
    w.forEach((wi, i) => (sxy += wi * (y[i]! - sumWy / sumW) * (x[i]! - m)));
    const other = sequentialCholesky(Float64Array.of(regrouped), 1, Float64Array.of(0), 1e-10, 0);
    const otherSlope = solveFactor(other.l, 1, Float64Array.of(sxy))[0]!;
    expect(otherSlope).toBe(-4.429896907216495);
    expect(fit.coefficients[0]!.estimate).toBe(-4.429896907216493);
  });

  it("one column is held to the form (wᵢxᵢ)xᵢ of Σ w x², the size the constant-column test compares with", () => {
    // A column within a rounding of the threshold (found by bisecting one weight): its centred Σ w x̃² is at most
    // 1e-14 of Σ (wᵢxᵢ)xᵢ, so it is dropped as constant, but above 1e-14 of Σ wᵢ(xᵢxᵢ), which would keep it.
    const x = [10.000004768371582, 9.999995231628418, 10, 10];
    const w = [233.87039005883258, 2.3, 0.6, 0.8];
    const y = [3, 5, 4, 6];
    let sumW = 0;
    let sw = 0;
    let grouped = 0;
    let regrouped = 0;
    w.forEach((wi, i) => ((sumW += wi), (sw += wi * x[i]!), (grouped += wi * x[i]! * x[i]!), (regrouped += wi * (x[i]! * x[i]!))));
    let centred = 0;
    w.forEach((wi, i) => (centred += wi * (x[i]! - sw / sumW) * (x[i]! - sw / sumW)));
    expect(centred > 1e-14 * grouped).toBe(false);
    expect(centred > 1e-14 * regrouped).toBe(true);
    const fit = est(fitWeightedRegression(y, [x], w));
    expect(fit.coefficients[0]!.aliased).toBe(true);
    expect(fit.rank).toBe(1);
    expect(est(fitWeightedRegression(y, [x, x], w)).coefficients[0]!.aliased).toBe(true);
  });

  it("one column gives every number the general path gives (an identical second column, dropped as aliased, takes it there)", () => {
    // Seeded data sets of every kind the general path accepts: weights absent or present (zeros, NaN, ∞), missing or
    // infinite outcomes and values, -0, constant and 0/1 columns, 0 to 3 usable rows, and one across a block's edge.
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const odd = [NaN, Infinity, -Infinity, -0, 0];
    const same = (a: unknown, b: unknown, label: string): void => expect(Object.is(a, b), `${label}: ${String(a)} vs ${String(b)}`).toBe(true);
    let estimates = 0;
    for (let trial = 0; trial < 400; trial++) {
      const rows = trial === 399 ? 4100 : trial < 40 ? trial % 5 : 2 + Math.floor(next() * 40);
      const kind = trial % 4;
      const x = Array.from({ length: rows }, () =>
        next() < 0.08 ? pick(odd) : kind === 0 ? 0.1 + 0.2 : kind === 1 ? (next() < 0.4 ? 1 : 0) : kind === 2 ? Math.round(next() * 90) / 10 : 1e4 + next(),
      );
      const y = Array.from({ length: rows }, () => (next() < 0.08 ? pick(odd) : 20 + 60 * next()));
      const w = trial % 3 === 0 ? undefined : Array.from({ length: rows }, () => (next() < 0.08 ? pick(odd) : 0.2 + 3 * next()));
      const one = fitWeightedRegression(y, [x], w);
      const two = fitWeightedRegression(y, [x, x], w);
      const label = `trial ${trial}`;
      expect(one.kind, label).toBe(two.kind);
      same(one.n, two.n, label);
      if (one.kind !== "estimate" || two.kind !== "estimate") {
        if (one.n > 0 && one.kind === "insufficient" && two.kind === "insufficient") same(one.minN, two.minN, label);
        continue;
      }
      estimates++;
      expect(two.coefficients[1]!.aliased, label).toBe(true);
      for (const key of ["rank", "df", "weightSum"] as const) same(one[key], two[key], `${label} ${key}`);
      for (const [c1, c2] of [[one.intercept, two.intercept], [one.coefficients[0]!, two.coefficients[0]!]] as const) {
        for (const key of ["estimate", "se", "t", "p", "aliased"] as const) same(c1[key], c2[key], `${label} ${c1.name} ${key}`);
        same(c1.ci[0], c2.ci[0], `${label} ${c1.name} ci`);
        same(c1.ci[1], c2.ci[1], `${label} ${c1.name} ci`);
      }
      [0, 1].forEach((a) => [0, 1].forEach((b) => same(one.covariance[a]![b], two.covariance[a]![b], `${label} covariance ${a},${b}`)));
    }
    expect(estimates).toBeGreaterThan(250);
  });
});
