/** Shared fixtures of the key-driver tests: the R reference values and small data builders. */
import fc from "fast-check";
import fixture from "../../fixtures/r/drivers.json" with { type: "json" };
import type { DriverData, MissingHandling } from "../../../src/stats/drivers/types.js";
import type { Matrix } from "../../../src/stats/drivers/matrix.js";

/** One data set with R's answers (see test/fixtures/r/drivers.R for how each was computed). */
export interface RCase {
  predictors: string[];
  scores: (number | null)[][];
  overall: (number | null)[];
  weights: number[] | null;
  missing: MissingHandling;
  n: number;
  sumOfWeights?: number;
  covariance?: Matrix;
  correlation?: Matrix;
  pairCounts?: Matrix;
  rSquared: number;
  beta: number[];
  relativeWeights: number[];
  shapley: number[];
}

/** One matrix with R's eigen-decomposition, square root and solve. */
export interface RMatrix {
  matrix: Matrix;
  values: number[];
  vectors: Matrix;
  sqrt?: Matrix;
  rhs?: number[];
  solution?: number[];
}

export const R_CASES = fixture.cases as unknown as Record<string, RCase>;
export const R_LINALG = fixture.linalg as unknown as Record<string, RMatrix>;

/** The case as input to the driver functions. */
export function driverData(c: RCase): DriverData {
  return { predictors: c.predictors, scores: c.scores, overall: c.overall, ...(c.weights ? { weights: c.weights } : {}) };
}

/** Rows of [scores..., overall], for the matrix functions. */
export function rowsOf(c: RCase): (number | null)[][] {
  return c.scores.map((row, i) => [...row, c.overall[i]!]);
}

/** Largest absolute difference between two equally long vectors. */
export function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  expectSameLength(a, b);
  return Math.max(0, ...a.map((x, i) => Math.abs(x - b[i]!)));
}

/** Largest absolute difference between two matrices of the same shape. */
export function maxAbsDiffMatrix(a: Matrix, b: Matrix): number {
  expectSameLength(a, b);
  return Math.max(0, ...a.map((row, i) => maxAbsDiff(row, b[i]!)));
}

function expectSameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new Error(`length ${a.length} vs ${b.length}`);
}


/**
 * Random survey-like data: p evaluation points scored 0–10 by n respondents, overall satisfaction a noisy mix of
 * them (so R² is usually well above 0), optional positive weights.
 */
export function surveyData(options: { minP?: number; maxP?: number; weighted?: boolean } = {}): fc.Arbitrary<DriverData> {
  const { minP = 2, maxP = 5, weighted = false } = options;
  return fc.integer({ min: minP, max: maxP }).chain((p) =>
    fc.integer({ min: p + 4, max: 40 }).chain((n) =>
      fc
        .record({
          scores: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: p, maxLength: p }), { minLength: n, maxLength: n }),
          mix: fc.array(fc.integer({ min: -3, max: 5 }), { minLength: p, maxLength: p }),
          noise: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: n, maxLength: n }),
          weights: fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
        })
        .map(({ scores, mix, noise, weights }) => ({
          predictors: Array.from({ length: p }, (_, j) => `point-${j}`),
          scores,
          overall: scores.map((row, i) => row.reduce((s, x, j) => s + x * mix[j]!, 0) + noise[i]!),
          ...(weighted ? { weights } : {}),
        })),
    ),
  );
}

/** Reorder the evaluation points of data by a permutation (new column k is old column perm[k]). */
export function permuteColumns(data: DriverData, perm: readonly number[]): DriverData {
  return {
    ...data,
    predictors: perm.map((j) => data.predictors[j]!),
    scores: data.scores.map((row) => perm.map((j) => row[j]!)),
  };
}
