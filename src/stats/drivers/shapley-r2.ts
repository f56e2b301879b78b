/**
 * The Shapley value (LMG) decomposition of R²: each evaluation point's average gain in explained variance when it
 * joins the other points, over every order in which the points could enter the regression.
 * @module
 */
import { driverSystem, checkDriverData, type CheckedData } from "./_system.js";
import { driverOk } from "./_result.js";
import type { DriverData, DriverOptions, DriverResult } from "./types.js";
import { problemFrom } from "../../core/problem-from.js";
import { DRIVERS_EN } from "../../core/messages/problems-en-drivers.js";
import { DRIVERS_METHODS_EN } from "../../core/messages/problems-en-drivers-methods.js";

/** The largest number of evaluation points for which {@link shapleyR2} is computed exactly (2¹² = 4096 subsets). */
export const SHAPLEY_MAX_PREDICTORS = 12;

/**
 * Shapley values of R²: the importance of evaluation point j is its marginal contribution R²(S ∪ {j}) − R²(S),
 * averaged over all orders of entry, i.e. over all subsets S of the other points with weight |S)! (p − |S| − 1)! / p!.
 * This is the unique split of R² that is symmetric, gives nothing to a point that adds nothing, and sums to the
 * full-model R² (the Shapley axioms); in regression it is known as LMG (Lindeman, Merenda & Gold) and as dominance
 * analysis' general dominance. Each subset's R² is rₛᵀ Rₛₛ⁻¹ rₛ from the correlation matrix (bordered Cholesky, one
 * triangular solve per subset), so the data are read once. Exact for up to {@link SHAPLEY_MAX_PREDICTORS} points (counted after constant ones are dropped); beyond that the result is
 * `too-many-predictors` and {@link relativeWeights}, which approximates it closely, should be used.
 *
 * Source: Lipovetsky, S. & Conklin, M. (2001), "Analysis of regression in game theory approach", Applied
 * Stochastic Models in Business and Industry 17(4), 319–330; Lindeman, R. H., Merenda, P. F. & Gold, R. Z. (1980),
 * *Introduction to Bivariate and Multivariate Analysis*, p. 119ff; Grömping, U. (2006), "Relative importance for
 * linear regression in R: the package relaimpo", Journal of Statistical Software 17(1).
 *
 * @param data - Respondent scores per evaluation point, overall satisfaction and optional weights.
 * @param options - `missing`: `"listwise"` (default) or `"pairwise"`.
 * @returns A {@link DriverResult} of the same shape as {@link relativeWeights}, or `too-many-predictors`.
 * @throws {@link core!UsageError} for malformed input (mismatched lengths, duplicate names, negative weights).
 * @example
 * ```ts
 * const result = shapleyR2({
 *   predictors: ["repair-speed", "notice"],
 *   scores: [[1, 1], [2, 3], [3, 2], [4, 4]],
 *   overall: [1, 3, 2, 4],
 * });
 * // r₁ = 0.8, r₂ = 1, R² = 1. With two points the Shapley value has the closed form
 * // ((r₁² + R² − r₂²) / 2, (r₂² + R² − r₁²) / 2), so raw ≈ [(0.64 + 1 − 1) / 2, (1 + 1 − 0.64) / 2] = [0.32, 0.68]
 * ```
 */
export function shapleyR2(data: DriverData, options: DriverOptions = {}): DriverResult {
  return shapleyR2Of(checkDriverData("shapleyR2", data, options));
}

/**
 * Shapley values of already checked data, optionally on a resample (used by the bootstrap).
 * @returns The same {@link DriverResult} as {@link shapleyR2}.
 * @example
 * ```ts
 * shapleyR2Of(checkDriverData("fn", data, {}), frequencies); // as shapleyR2(data) on the resample
 * ```
 * @internal
 */
export function shapleyR2Of(data: CheckedData, frequencies?: Uint32Array): DriverResult {
  const system = driverSystem("shapley", data, frequencies);
  if (system.kind !== "system") return system;
  // Counted after constant points are dropped: a resample can only drop more, never bring one back.
  const kept = system.names.length;
  if (kept > SHAPLEY_MAX_PREDICTORS) {
    return {
      kind: "too-many-predictors",
      method: "shapley",
      predictors: kept,
      limit: SHAPLEY_MAX_PREDICTORS,
      problem: problemFrom(DRIVERS_METHODS_EN, "drivers/too-many-predictors", "error", ["predictors"], { predictors: kept, limit: SHAPLEY_MAX_PREDICTORS }),
    };
  }
  const p = system.names.length;
  const { rxx, rxy } = system;
  const r2 = subsetRSquared(rxx, rxy);
  if (r2 === undefined) {
    // A principal submatrix of a positive definite matrix is positive definite; this is only a safety net.
    return {
      ...system.base,
      kind: "singular",
      predictors: [...system.names],
      smallestEigenvalue: system.eigen.values[p - 1]!,
      problem: problemFrom(DRIVERS_EN, "drivers/singular", "error", [], { points: null }),
    };
  }
  const full = (1 << p) - 1;
  // Weight of a subset of size s not containing j: s! (p − s − 1)! / p! = 1 / (p · C(p − 1, s)), exact in integers.
  const weight = Array.from({ length: p }, (_, s) => 1 / (p * binomial(p - 1, s)));
  const raw = new Array<number>(p).fill(0);
  for (let mask = 0; mask <= full; mask++) {
    const size = popcount(mask);
    for (let j = 0; j < p; j++) {
      const bit = 1 << j;
      if (mask & bit) continue;
      raw[j] = raw[j]! + weight[size]! * (r2[mask | bit]! - r2[mask]!);
    }
  }
  return driverOk(system, raw);
}

/**
 * R² of every subset S of the predictors (indexed by bit mask), rₛᵀ Rₛₛ⁻¹ rₛ = ‖Lₛ⁻¹ rₛ‖² with Rₛₛ = Lₛ Lₛᵀ.
 * The Cholesky factor of S is that of S without its highest member plus one new row, so each subset costs one
 * triangular solve (O(k²)) instead of a factorisation (O(k³)): Golub & Van Loan (2013), §4.2 (bordered Cholesky).
 * Returns `undefined` if some subset is not numerically positive definite.
 */
function subsetRSquared(rxx: readonly (readonly number[])[], rxy: readonly number[]): Float64Array | undefined {
  const p = rxy.length;
  const count = 1 << p;
  const r2 = new Float64Array(count);
  // Packed lower-triangular factor and z = L⁻¹ rₛ of every subset, at offsets by mask.
  const factorAt = new Int32Array(count);
  const zAt = new Int32Array(count);
  let factorSize = 0;
  let zSize = 0;
  for (let mask = 0; mask < count; mask++) {
    const k = popcount(mask);
    factorAt[mask] = factorSize;
    zAt[mask] = zSize;
    factorSize += (k * (k + 1)) / 2;
    zSize += k;
  }
  const factor = new Float64Array(factorSize);
  const z = new Float64Array(zSize);
  const members = new Int32Array(p);
  for (let mask = 1; mask < count; mask++) {
    const h = 31 - Math.clz32(mask);
    const prev = mask ^ (1 << h);
    const k = popcount(prev);
    let m = 0;
    for (let j = 0; j < h; j++) if (prev & (1 << j)) members[m++] = j;
    const from = factorAt[prev]!;
    const to = factorAt[mask]!;
    // Copy the previous factor (rows 0 … k − 1), then solve L l = R[S, h] for the new row.
    factor.set(factor.subarray(from, from + (k * (k + 1)) / 2), to);
    const row = to + (k * (k + 1)) / 2;
    let norm = 0;
    for (let i = 0; i < k; i++) {
      const rowI = to + (i * (i + 1)) / 2;
      let s = rxx[members[i]!]![h]!;
      for (let t = 0; t < i; t++) s -= factor[rowI + t]! * factor[row + t]!;
      const l = s / factor[rowI + i]!;
      factor[row + i] = l;
      norm += l * l;
    }
    const pivot = rxx[h]![h]! - norm;
    if (!(pivot > 1e-13)) return undefined;
    const d = Math.sqrt(pivot);
    factor[row + k] = d;
    // z(mask) = z(prev) extended by one entry; R² grows by its square.
    const zFrom = zAt[prev]!;
    const zTo = zAt[mask]!;
    z.set(z.subarray(zFrom, zFrom + k), zTo);
    let s = rxy[h]!;
    for (let t = 0; t < k; t++) s -= factor[row + t]! * z[zTo + t]!;
    const zNew = s / d;
    z[zTo + k] = zNew;
    r2[mask] = r2[prev]! + zNew * zNew;
  }
  return r2;
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}
