/**
 * Johnson's relative weights: how much of the explained variance in overall satisfaction each evaluation point
 * accounts for, even when the points are correlated with each other (as satisfaction items always are).
 * @module
 */
import { driverSystem, checkDriverData } from "./_system.js";
import { driverOk } from "./_result.js";
import type { CheckedData, DriverSystem } from "./_system.js";
import type { DriverData, DriverOptions, DriverResult } from "./types.js";

/**
 * Relative weights of the evaluation points: the predictors are replaced by their closest orthogonal counterparts
 * Z (in the least-squares sense), overall satisfaction is regressed on Z, and each Z's explained variance is handed
 * back to the original predictors in proportion to the squared correlations between them. From the predictors'
 * correlation matrix Rₓₓ = V diag(λ) Vᵀ and their correlations rₓᵧ with overall satisfaction:
 * Λ = V diag(√λ) Vᵀ, β* = V diag(1/√λ) Vᵀ rₓᵧ, and the raw weight of predictor j is εⱼ = Σₖ Λⱼₖ² β*ₖ².
 * The raw weights are non-negative and sum to R²; the shares εⱼ / R² sum to 1 (100%).
 * Relative weights closely approximate the Shapley / LMG decomposition ({@link shapleyR2}) at a cost of one
 * eigen-decomposition instead of 2^p regressions, so they work for any number of points.
 *
 * Constant points are dropped (listed in `dropped`); exactly collinear points, too few respondents or a constant
 * overall score come back as `singular` / `insufficient-data` results rather than NaN or exceptions.
 *
 * Source: Johnson, J. W. (2000), "A heuristic method for estimating the relative weight of predictor variables in
 * multiple regression", Multivariate Behavioral Research 35(1), 1–19; Tonidandel, S. & LeBreton, J. M. (2011),
 * "Relative importance analysis: a useful supplement to regression analysis", Journal of Business and Psychology
 * 26(1), 1–9.
 *
 * @param data - Respondent scores per evaluation point, overall satisfaction and optional weights.
 * @param options - `missing`: `"listwise"` (default) or `"pairwise"`.
 * @returns A {@link DriverResult}: with `kind: "ok"`, R², and per point the raw weight, share, rank, correlation
 *   and standardized beta, with the number of respondents used.
 * @throws {@link core!UsageError} for malformed input (mismatched lengths, duplicate names, negative weights).
 * @example
 * ```ts
 * const result = relativeWeights({
 *   predictors: ["repair-speed", "notice"],
 *   scores: [[1, 1], [2, 3], [3, 2], [4, 4]],
 *   overall: [1, 3, 2, 4],
 * });
 * // result.kind === "ok"; result.rSquared ≈ 1 (overall equals "notice"), result.n === 4
 * // raw weights ≈ [0.32, 0.68] and shares ≈ [0.32, 0.68]: "repair-speed" correlates 0.8 with "notice", so it
 * // is credited with part of the variance that "notice" explains
 * ```
 */
export function relativeWeights(data: DriverData, options: DriverOptions = {}): DriverResult {
  return relativeWeightsOf(checkDriverData("relativeWeights", data, options));
}

/**
 * Relative weights of already checked data, optionally on a resample (used by the bootstrap).
 * @returns The same {@link DriverResult} as {@link relativeWeights}.
 * @example
 * ```ts
 * relativeWeightsOf(checkDriverData("fn", data, {}), frequencies); // as relativeWeights(data) on the resample
 * ```
 * @internal
 */
export function relativeWeightsOf(data: CheckedData, frequencies?: Uint32Array): DriverResult {
  const system = driverSystem("relative-weights", data, frequencies);
  return system.kind === "system" ? relativeWeightsOfSystem(system) : system;
}

/**
 * Relative weights from a correlation system already built (from respondent rows, or from summed cross-products).
 * @returns The same {@link DriverResult} as {@link relativeWeights}.
 * @example
 * ```ts
 * relativeWeightsOfSystem(system); // as relativeWeights(data) when system = driverSystem("relative-weights", data)
 * ```
 * @internal
 */
export function relativeWeightsOfSystem(system: DriverSystem): DriverResult {
  const { values, vectors } = system.eigen;
  const p = values.length;
  const root = values.map((l) => Math.sqrt(l));
  // Λ = V diag(√λ) Vᵀ: correlations between the predictors X and their orthogonal counterparts Z.
  const lambda = (j: number, k: number): number => {
    let s = 0;
    for (let m = 0; m < p; m++) s += vectors[j]![m]! * root[m]! * vectors[k]![m]!;
    return s;
  };
  // β* = V diag(1/√λ) Vᵀ rₓᵧ: regression of overall satisfaction on Z.
  const proj = values.map((_, m) => {
    let s = 0;
    for (let j = 0; j < p; j++) s += vectors[j]![m]! * system.rxy[j]!;
    return s / root[m]!;
  });
  const betaZ = values.map((_, k) => {
    let s = 0;
    for (let m = 0; m < p; m++) s += vectors[k]![m]! * proj[m]!;
    return s;
  });
  const raw = values.map((_, j) => {
    let s = 0;
    for (let k = 0; k < p; k++) s += lambda(j, k) ** 2 * betaZ[k]! ** 2;
    return s;
  });
  return driverOk(system, raw);
}
