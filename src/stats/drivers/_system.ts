/**
 * Internal: from respondent data to the correlation "system" both driver methods start from (the predictors'
 * correlation matrix Rₓₓ, their correlations rₓᵧ with overall satisfaction, its eigen-decomposition and the
 * standardized betas), dropping constant predictors and reporting too little data or a singular matrix as results.
 * @internal
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Problem, ProblemParams } from "../../core/problem.js";
import { cellValue, checkWeights, correlationOfColumns, square, type ColumnData } from "./_moments.js";
import { symmetricEigen, type CorrelationResult, type Matrix, type MissingHandling, type SymmetricEigen } from "./matrix.js";
import type {
  DriverData,
  DriverInsufficientData,
  DriverMethod,
  DriverOptions,
  DriverSingular,
  DroppedPredictor,
} from "./types.js";
import { problemFrom } from "../../core/problem-from.js";
import { DRIVERS_EN } from "../../core/messages/problems-en-drivers.js";

/** Validated data: predictor columns then the outcome column, NaN for missing. */
export interface CheckedData {
  readonly names: readonly string[];
  readonly columns: readonly Float64Array[];
  readonly outcome: Float64Array;
  readonly weights: Float64Array;
  readonly missing: MissingHandling;
}

/** The correlation system of the kept predictors. */
export interface DriverSystem {
  readonly kind: "system";
  readonly names: readonly string[];
  readonly rxx: Matrix;
  readonly rxy: readonly number[];
  readonly eigen: SymmetricEigen;
  /** Standardized betas of the full model, Rₓₓ⁻¹ rₓᵧ. */
  readonly beta: readonly number[];
  /** R² = rₓᵧᵀ β. */
  readonly rSquared: number;
  readonly base: Base;
}

type Base = Omit<DriverInsufficientData, "kind" | "problem">;

/** Eigenvalues at or below this fraction of the largest mean a (near) exact linear dependence. */
export const SINGULAR_TOLERANCE = 1e-10;

/** Check and convert the user's data; every mistake is a {@link UsageError} naming `fn`. */
export function checkDriverData(fn: string, data: DriverData, options: DriverOptions | undefined): CheckedData {
  if (typeof data !== "object" || data === null) {
    throw new UsageError(fn, "expecting data as { predictors, scores, overall, weights? }.", "Pass one row of scores per respondent and their overall scores.");
  }
  const { predictors, scores, overall } = data;
  if (!Array.isArray(predictors) || predictors.length === 0 || !predictors.every((p) => typeof p === "string")) {
    throw new UsageError(fn, "expecting predictors as a non-empty array of names.", "Name each evaluation point (column of scores).");
  }
  const seen = new Set<string>();
  for (const p of predictors) {
    if (seen.has(p)) throw new UsageError(fn, `predictor ${JSON.stringify(p)} is named twice.`, "Give each evaluation point a unique name.");
    seen.add(p);
  }
  if (!Array.isArray(scores) || !Array.isArray(overall)) {
    throw new UsageError(fn, "expecting scores (array of rows) and overall (array).", "Pass one row of scores and one overall score per respondent.");
  }
  if (overall.length !== scores.length) {
    throw new UsageError(fn, `expecting one overall score per row of scores: ${overall.length} vs ${scores.length}.`, "Align overall with scores (null where missing).");
  }
  const missing = options?.missing ?? "listwise";
  if (missing !== "listwise" && missing !== "pairwise") {
    throw new UsageError(fn, `expecting missing to be "listwise" or "pairwise", got ${JSON.stringify(missing)}.`, 'Use "listwise" (default) or "pairwise".');
  }
  const n = scores.length;
  const p = predictors.length;
  const columns = Array.from({ length: p }, () => new Float64Array(n));
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = scores[i];
    if (!Array.isArray(row) || row.length !== p) {
      throw new UsageError(fn, `row ${i} of scores has ${Array.isArray(row) ? row.length : "no"} cells, expecting ${p}.`, "Give every respondent one score per evaluation point (null when missing).");
    }
    for (let j = 0; j < p; j++) columns[j]![i] = cellValue(fn, row[j], () => `scores row ${i}, predictor ${JSON.stringify(predictors[j])}`);
    y[i] = cellValue(fn, overall[i], () => `overall row ${i}`);
  }
  const { weights } = checkWeights(fn, n, data.weights, undefined);
  return { names: [...predictors], columns, outcome: y, weights, missing };
}

/**
 * Build the correlation system for a method, optionally on a resample (repeat counts per row). Constant predictors
 * are dropped (then listwise deletion is redone without them, since their missing answers no longer matter).
 */
export function driverSystem(
  method: DriverMethod,
  data: CheckedData,
  frequencies?: Uint32Array,
): DriverSystem | DriverInsufficientData | DriverSingular {
  const { names, columns, outcome, weights, missing } = data;
  const fw = (i: number): number => (frequencies ? frequencies[i]! : 1) * weights[i]!;
  const problems: Problem[] = [];
  const { kept, dropped } = keptPredictors(data, fw, problems);
  const colData: ColumnData = {
    columns: [...kept.map((j) => columns[j]!), outcome],
    weights,
    frequencies,
  };
  const corr = correlationOfColumns(colData, missing);
  const outcomeConstant = isConstant(outcome, usableRows(kept.map((j) => columns[j]!), outcome, fw, missing), fw);
  return systemFromCorrelation(method, names, kept, dropped, problems, corr, missing, outcomeConstant);
}

/**
 * The rest of {@link driverSystem} once the predictors are chosen and their correlations (with the outcome last)
 * are known: shared by the respondent-level route and the route from summed cross-products
 * ({@link relativeWeightsFromCrossProducts}), so both decide alike.
 */
export function systemFromCorrelation(
  method: DriverMethod,
  names: readonly string[],
  kept: readonly number[],
  dropped: DroppedPredictor[],
  problems: Problem[],
  corr: CorrelationResult,
  missing: MissingHandling,
  outcomeConstant: boolean,
): DriverSystem | DriverInsufficientData | DriverSingular {
  const p = kept.length;
  const base: Base = {
    method,
    missing,
    n: corr.n,
    rows: corr.rows,
    sumOfWeights: corr.sumOfWeights,
    dropped,
    problems,
  };
  const insufficient = (why: ProblemParams["drivers/insufficient-data"]): DriverInsufficientData => ({
    kind: "insufficient-data",
    ...base,
    problem: problemFrom(DRIVERS_EN, "drivers/insufficient-data", "error", [], why),
  });
  // Early exits: nothing to decompose.
  if (p === 0) return insufficient({ reason: "no-point" });
  if (!(corr.sds[p]! > 0) || outcomeConstant) {
    return insufficient({ reason: "constant-outcome" });
  }
  if (corr.n < p + 2) {
    return insufficient({ reason: "too-few", respondents: corr.n, points: p, listwise: missing === "listwise" });
  }
  const r = corr.correlation;
  for (let j = 0; j <= p; j++) {
    for (let k = 0; k < j; k++) {
      if (Number.isNaN(r[j]![k]!)) {
        return insufficient({ reason: "undefined-correlation", first: names[kept[k]!]!, second: j === p ? null : names[kept[j]!]! });
      }
    }
  }
  const rxx = square(p, (j, k) => r[j]![k]!);
  const rxy = kept.map((_, j) => r[j]![p]!);
  const eigen = symmetricEigen(rxx);
  const lmax = eigen.values[0]!;
  const lmin = eigen.values[p - 1]!;
  if (lmin <= SINGULAR_TOLERANCE * lmax) {
    const involved = new Set<number>();
    eigen.values.forEach((l, k) => {
      if (l <= SINGULAR_TOLERANCE * lmax) for (let j = 0; j < p; j++) if (Math.abs(eigen.vectors[j]![k]!) >= 0.01) involved.add(j);
    });
    const predictors = [...involved].sort((a, b) => a - b).map((j) => names[kept[j]!]!);
    const indefinite = lmin < -SINGULAR_TOLERANCE * lmax;
    return {
      kind: "singular",
      ...base,
      predictors,
      smallestEigenvalue: lmin,
      problem: indefinite
        ? problemFrom(DRIVERS_EN, "drivers/not-positive-definite", "error", [], { eigenvalue: lmin, points: predictors })
        : problemFrom(DRIVERS_EN, "drivers/singular", "error", [], { points: predictors }),
    };
  }
  const beta = standardizedBetas(eigen, rxy);
  let rSquared = 0;
  for (let j = 0; j < p; j++) rSquared += rxy[j]! * beta[j]!;
  kept.forEach((src, j) => {
    if (rxy[j]! < 0) {
      problems.push(problemFrom(DRIVERS_EN, "drivers/negative-correlation", "info", ["predictors", src], { point: names[src]!, r: rxy[j]! }));
    }
  });
  return { kind: "system", names: kept.map((j) => names[j]!), rxx, rxy, eigen, beta, rSquared, base };
}

/**
 * The predictors kept: those with at least two answers, then, until none is left, those not constant among the
 * usable rows (under listwise deletion dropping one can bring rows back). Each dropped predictor gets a problem.
 */
function keptPredictors(data: CheckedData, fw: (i: number) => number, problems: Problem[]): { kept: number[]; dropped: DroppedPredictor[] } {
  const { names, columns, outcome, missing } = data;
  const dropped: DroppedPredictor[] = [];
  const drop = (j: number, reason: DroppedPredictor["reason"]): void => {
    const predictor = names[j]!;
    dropped.push({ predictor, reason });
    problems.push(
      reason === "constant"
        ? problemFrom(DRIVERS_EN, "drivers/constant-predictor", "warning", ["predictors", j], { point: predictor })
        : problemFrom(DRIVERS_EN, "drivers/no-data", "warning", ["predictors", j], { point: predictor }),
    );
  };
  let kept: number[] = [];
  for (let j = 0; j < names.length; j++) {
    if (countAnswers(columns[j]!, fw) < 2) drop(j, "no-data");
    else kept.push(j);
  }
  // Drop constant predictors until none is left; under listwise deletion dropping one can bring rows back.
  for (;;) {
    const usable = usableRows(kept.map((j) => columns[j]!), outcome, fw, missing);
    const constant = kept.filter((j) => isConstant(columns[j]!, usable, fw));
    if (constant.length === 0) break;
    for (const j of constant) drop(j, "constant");
    kept = kept.filter((j) => !constant.includes(j));
  }
  dropped.sort((a, b) => names.indexOf(a.predictor) - names.indexOf(b.predictor));
  return { kept, dropped };
}

/** β = V diag(1/λ) Vᵀ rₓᵧ, reusing the eigen-decomposition already needed for the singularity check. */
function standardizedBetas(eigen: SymmetricEigen, rxy: readonly number[]): number[] {
  const { values, vectors } = eigen;
  const p = rxy.length;
  const proj = values.map((l, k) => {
    let s = 0;
    for (let j = 0; j < p; j++) s += vectors[j]![k]! * rxy[j]!;
    return s / l;
  });
  return rxy.map((_, j) => {
    let s = 0;
    for (let k = 0; k < p; k++) s += vectors[j]![k]! * proj[k]!;
    return s;
  });
}

function countAnswers(col: Float64Array, fw: (i: number) => number): number {
  let c = 0;
  for (let i = 0; i < col.length && c < 2; i++) if (fw(i) > 0 && !Number.isNaN(col[i]!)) c++;
  return c;
}

/** Rows usable under listwise deletion (every kept column and the outcome answered); `undefined` for pairwise. */
function usableRows(cols: readonly Float64Array[], outcome: Float64Array, fw: (i: number) => number, missing: MissingHandling): Uint8Array | undefined {
  if (missing === "pairwise") return undefined;
  const ok = new Uint8Array(outcome.length);
  for (let i = 0; i < outcome.length; i++) {
    ok[i] = fw(i) > 0 && !Number.isNaN(outcome[i]!) && cols.every((c) => !Number.isNaN(c[i]!)) ? 1 : 0;
  }
  return ok;
}

/** Every usable answer identical (exact comparison, so no tolerance can make the result depend on the scale). */
function isConstant(col: Float64Array, usable: Uint8Array | undefined, fw: (i: number) => number): boolean {
  let first = NaN;
  for (let i = 0; i < col.length; i++) {
    const x = col[i]!;
    if (Number.isNaN(x) || !(fw(i) > 0) || (usable !== undefined && usable[i] === 0)) continue;
    if (Number.isNaN(first)) first = x;
    else if (x !== first) return false;
  }
  return true;
}
