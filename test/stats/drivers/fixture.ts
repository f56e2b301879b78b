/** Shared fixtures of the key-driver tests: the R reference values and small data builders. */
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
