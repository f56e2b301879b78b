/** Tests of the small dense linear algebra behind key-driver analysis, against R and by construction. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { UsageError } from "../../../src/core/errors.js";
import {
  cholesky,
  choleskySolve,
  covarianceToCorrelation,
  symmetricEigen,
  symmetricSqrt,
  weightedCorrelation,
  weightedCovariance,
  type Matrix,
} from "../../../src/stats/drivers/matrix.js";
import { maxAbsDiff, maxAbsDiffMatrix, R_CASES, R_LINALG, rowsOf } from "./fixture.js";

const multiply = (a: Matrix, b: Matrix): Matrix => a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * b[k]![j]!, 0)));
const transpose = (a: Matrix): Matrix => a[0]!.map((_, j) => a.map((row) => row[j]!));
const scale = (a: Matrix): number => Math.max(...a.flat().map(Math.abs));

/** Random symmetric matrices with entries in [−10, 10], size 1–12. */
const symmetricMatrix = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: (n * (n + 1)) / 2, maxLength: (n * (n + 1)) / 2 }).map((xs) => {
    const a: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    let t = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i]![j] = a[j]![i] = xs[t++]!;
    return a;
  }),
);

describe("weightedCovariance / weightedCorrelation against R", () => {
  const weighted = R_CASES.survey_weighted_listwise!;
  const pairwise = R_CASES.survey_pairwise!;
  const weightedPairwise = R_CASES.survey_weighted_pairwise!;

  it("listwise with weights equals cov.wt(method = 'unbiased') on the complete rows, to 1e-9", () => {
    const cov = weightedCovariance(rowsOf(weighted), { weights: weighted.weights! });
    expect(cov.missing).toBe("listwise");
    expect(cov.n).toBe(weighted.n);
    expect(cov.rows).toBe(weighted.scores.length);
    expect(cov.sumOfWeights).toBeCloseTo(weighted.sumOfWeights!, 9);
    expect(maxAbsDiffMatrix(cov.covariance, weighted.covariance!)).toBeLessThan(1e-9);
    const cor = weightedCorrelation(rowsOf(weighted), { weights: weighted.weights! });
    expect(maxAbsDiffMatrix(cor.correlation, weighted.correlation!)).toBeLessThan(1e-12);
    expect(maxAbsDiffMatrix(covarianceToCorrelation(cov.covariance), weighted.correlation!)).toBeLessThan(1e-12);
  });

  it("pairwise without weights equals cov/cor(use = 'pairwise.complete.obs'), with R's pair counts", () => {
    const cov = weightedCovariance(rowsOf(pairwise), { missing: "pairwise" });
    expect(maxAbsDiffMatrix(cov.covariance, pairwise.covariance!)).toBeLessThan(1e-9);
    expect(cov.pairCounts).toEqual(pairwise.pairCounts);
    expect(cov.n).toBe(pairwise.n);
    const cor = weightedCorrelation(rowsOf(pairwise), { missing: "pairwise" });
    expect(maxAbsDiffMatrix(cor.correlation, pairwise.correlation!)).toBeLessThan(1e-12);
  });

  it("pairwise with weights equals cov.wt(cor = TRUE) on each pair's complete rows", () => {
    const cor = weightedCorrelation(rowsOf(weightedPairwise), { missing: "pairwise", weights: weightedPairwise.weights! });
    expect(maxAbsDiffMatrix(cor.correlation, weightedPairwise.correlation!)).toBeLessThan(1e-12);
    expect(cor.pairCounts).toEqual(weightedPairwise.pairCounts);
  });
});

describe("weightedCovariance", () => {
  it("drops incomplete rows under listwise deletion (doc example)", () => {
    const r = weightedCovariance([[1, 2], [2, 4], [3, 6], [4, null]]);
    expect(r.covariance).toEqual([[1, 2], [2, 4]]);
    expect(r.n).toBe(3);
    expect(r.rows).toBe(4);
    expect(r.means).toEqual([2, 4]);
  });

  it("treats NaN and undefined as missing, and rows with weight 0 as unused", () => {
    const r = weightedCovariance([[1, 2], [NaN, 1], [2, 4], [3, undefined], [3, 6], [100, -100]], { weights: [1, 1, 1, 1, 1, 0] });
    expect(r.covariance).toEqual([[1, 2], [2, 4]]);
    expect(r.n).toBe(3);
  });

  it("gives NaN (not an exception) where fewer than two rows are usable", () => {
    const r = weightedCovariance([[1, 2]]);
    expect(r.covariance.flat().every(Number.isNaN)).toBe(true);
    expect(r.n).toBe(1);
  });

  it("with integer frequencies equals duplicating the rows (property)", () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(row, fc.integer({ min: 0, max: 3 }), fc.double({ min: 0.1, max: 5, noNaN: true })), { minLength: 3, maxLength: 20 }), (items) => {
        const rows = items.map(([r]) => [...r]);
        const frequencies = items.map(([, f]) => f);
        const weights = items.map(([, , w]) => w);
        const repeated = items.flatMap(([r, f, w]) => Array.from({ length: f }, () => ({ r: [...r], w })));
        // With no row at all the duplicated data would not even have columns.
        fc.pre(repeated.length > 0);
        const a = weightedCovariance(rows, { frequencies, weights });
        const b = weightedCovariance(repeated.map((x) => x.r), { weights: repeated.map((x) => x.w) });
        expect(a.n).toBe(b.n);
        a.covariance.flat().forEach((x, i) => {
          const y = b.covariance.flat()[i]!;
          if (Number.isNaN(y)) expect(x).toBeNaN();
          else expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(y)));
        });
      }),
    );
  });

  it("rejects malformed input with a UsageError naming the function", () => {
    expect(() => weightedCovariance([[1, 2], [3]])).toThrow(/gaptrace\/weightedCovariance: row 1 has 1 cells/);
    expect(() => weightedCovariance([[1, Infinity]])).toThrow(UsageError);
    expect(() => weightedCovariance([[1, "2" as unknown as number]])).toThrow(UsageError);
    expect(() => weightedCovariance([[1, 2]], { weights: [-1] })).toThrow(/weight ≥ 0/);
    expect(() => weightedCovariance([[1, 2]], { weights: [1, 2] })).toThrow(/expecting 1 weights/);
    expect(() => weightedCovariance([[1, 2]], { frequencies: [1.5] })).toThrow(UsageError);
    expect(() => weightedCovariance([[1, 2]], { missing: "casewise" as "listwise" })).toThrow(/listwise/);
  });
});

describe("weightedCorrelation", () => {
  it("computes Pearson's r (doc example) and NaN for a constant column", () => {
    expect(weightedCorrelation([[1, 1], [2, 3], [3, 2]]).correlation).toEqual([[1, 0.5], [0.5, 1]]);
    const c = weightedCorrelation([[1, 5], [2, 5], [3, 5]]).correlation;
    expect(c[0]![0]).toBe(1);
    expect(c[0]![1]).toBeNaN();
    expect(c[1]![1]).toBeNaN();
  });

  it("does not change when a column is rescaled or shifted (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), { minLength: 4, maxLength: 30 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (rows, a, b) => {
          const r1 = weightedCorrelation(rows).correlation[0]![1]!;
          const r2 = weightedCorrelation(rows.map(([x, y]) => [a * x + b, y])).correlation[0]![1]!;
          if (Number.isNaN(r1)) return Number.isNaN(r2);
          return Math.abs(r1 - r2) < 1e-9;
        },
      ),
    );
  });
});

describe("covarianceToCorrelation", () => {
  it("rescales by the standard deviations (doc example)", () => {
    const r = covarianceToCorrelation([[4, 2], [2, 9]]);
    expect(r[0]![1]).toBeCloseTo(1 / 3, 15);
    expect(r[0]![0]).toBe(1);
  });
});

describe("cholesky and choleskySolve", () => {
  it("factor and solve the doc examples", () => {
    expect(cholesky([[4, 2], [2, 5]])).toEqual([[2, 0], [1, 2]]);
    expect(cholesky([[1, 1], [1, 1]])).toBeUndefined();
    expect(cholesky([[1, 0], [0, -1]])).toBeUndefined();
    expect(choleskySolve([[4, 2], [2, 5]], [6, 7])).toEqual([1, 1]);
    const beta = choleskySolve([[1, 0.5], [0.5, 1]], [0.6, 0.3])!;
    expect(beta[0]).toBeCloseTo(0.6, 15);
    expect(beta[1]).toBeCloseTo(0, 15);
  });

  it.each(["pd8", "cor50"])("match R's solve() on %s to 1e-9 relative", (name) => {
    const m = R_LINALG[name]!;
    const x = choleskySolve(m.matrix, m.rhs!)!;
    const big = Math.max(...m.solution!.map(Math.abs));
    expect(maxAbsDiff(x, m.solution!) / big).toBeLessThan(1e-9);
  });

  it("reject a right-hand side of the wrong length", () => {
    expect(() => choleskySolve([[1]], [1, 2])).toThrow(UsageError);
  });
});

describe("symmetricEigen", () => {
  it("decomposes the doc example", () => {
    const { values, vectors } = symmetricEigen([[2, 1], [1, 2]]);
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(1, 14);
    expect(vectors[0]![0]).toBeCloseTo(Math.SQRT1_2, 14);
    expect(vectors[1]![1]).toBeCloseTo(-Math.SQRT1_2, 14);
  });

  it.each(Object.keys(R_LINALG))("matches R's eigen() on %s: values to 1e-9, vectors up to sign", (name) => {
    const m = R_LINALG[name]!;
    const { values, vectors, sweeps } = symmetricEigen(m.matrix);
    const s = scale(m.matrix);
    expect(maxAbsDiff(values, m.values) / s).toBeLessThan(1e-9);
    expect(sweeps).toBeLessThan(20);
    const n = values.length;
    for (let k = 0; k < n; k++) {
      const gap = Math.min(...m.values.filter((_, l) => l !== k).map((l) => Math.abs(l - m.values[k]!)));
      // Eigenvectors of (nearly) repeated eigenvalues are not unique; those are checked by reconstruction below.
      if (gap < 1e-6 * s) continue;
      const mine = vectors.map((row) => row[k]!);
      const ref = m.vectors.map((row) => row[k]!);
      const sign = Math.sign(mine.reduce((acc, x, i) => acc + x * ref[i]!, 0));
      expect(maxAbsDiff(mine.map((x) => sign * x), ref)).toBeLessThan(1e-9);
    }
    const rebuilt = multiply(multiply(vectors, values.map((l, i) => values.map((_, j) => (i === j ? l : 0)))), transpose(vectors));
    expect(maxAbsDiffMatrix(rebuilt, m.matrix) / s).toBeLessThan(1e-12);
  });

  it("gives orthonormal vectors that reconstruct any symmetric matrix (property)", () => {
    fc.assert(
      fc.property(symmetricMatrix, (a) => {
        const { values, vectors } = symmetricEigen(a);
        const n = a.length;
        const s = Math.max(1, scale(a));
        const vtv = multiply(transpose(vectors), vectors);
        const identity = vtv.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
        const rebuilt = multiply(multiply(vectors, values.map((l, i) => values.map((_, j) => (i === j ? l : 0)))), transpose(vectors));
        for (let k = 1; k < n; k++) if (values[k]! > values[k - 1]!) return false;
        return maxAbsDiffMatrix(vtv, identity) < 1e-12 && maxAbsDiffMatrix(rebuilt, a) / s < 1e-12;
      }),
    );
  });

  it("rejects non-square, asymmetric or non-finite matrices", () => {
    expect(() => symmetricEigen([[1, 2]])).toThrow(/square/);
    expect(() => symmetricEigen([[1, 2], [3, 1]])).toThrow(/symmetric/);
    expect(() => symmetricEigen([[1, NaN], [NaN, 1]])).toThrow(/finite/);
    expect(symmetricEigen([])).toEqual({ values: [], vectors: [], sweeps: 0 });
  });
});

describe("symmetricSqrt", () => {
  it("takes the square root of the doc examples", () => {
    expect(maxAbsDiffMatrix(symmetricSqrt([[4, 0], [0, 9]]), [[2, 0], [0, 3]])).toBeLessThan(1e-15);
    const s = symmetricSqrt([[2, 1], [1, 2]]);
    expect(s[0]![0]).toBeCloseTo((Math.sqrt(3) + 1) / 2, 14);
    expect(s[0]![1]).toBeCloseTo((Math.sqrt(3) - 1) / 2, 14);
  });

  it.each(["pd8", "psd7rank4", "cor50"])("matches the square root from R's eigen() on %s, and squares back", (name) => {
    const m = R_LINALG[name]!;
    const s = symmetricSqrt(m.matrix);
    const big = scale(m.matrix);
    expect(maxAbsDiffMatrix(s, m.sqrt!) / Math.sqrt(big)).toBeLessThan(1e-9);
    expect(maxAbsDiffMatrix(multiply(s, s), m.matrix) / big).toBeLessThan(1e-12);
    expect(maxAbsDiffMatrix(s, transpose(s))).toBe(0);
  });

  it("refuses an indefinite matrix with a UsageError", () => {
    expect(() => symmetricSqrt([[1, 2], [2, 1]])).toThrow(/gaptrace\/symmetricSqrt: expecting a positive semi-definite/);
  });
});
