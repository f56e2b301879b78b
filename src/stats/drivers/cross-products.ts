/**
 * Key-driver analysis from sufficient statistics: the weighted, centred cross-products of the evaluation points'
 * scores and overall satisfaction over the respondents who answered all of them (listwise), which is all relative
 * weights need (they read only the correlation matrix). Cross-products of disjoint sets of respondents merge
 * exactly (to rounding), so they can be computed where the data are (SQL, per partition) and combined.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Problem } from "../../core/problem.js";
import { columnMoments, square } from "./_moments.js";
import { checkDriverData, systemFromCorrelation, type CheckedData } from "./_system.js";
import type { CorrelationResult } from "./matrix-types.js";
import { relativeWeightsOfSystem } from "./relative-weights.js";
import type { DriverData, DriverResult, DroppedPredictor } from "./types.js";
import { problemFrom } from "../../core/problem-from.js";
import { DRIVERS_EN } from "../../core/messages/problems-en-drivers.js";

/**
 * Listwise weighted cross-products of driver data: the predictors' and the outcome's weighted means and centred
 * sums of products Σ w (xⱼ − x̄ⱼ)(xₖ − x̄ₖ) over the rows with every column answered and a positive weight.
 * Column `predictors.length` (the last) is the outcome. JSON-serialisable (no NaN, no infinity).
 */
export interface DriverCrossProducts {
  /** The predictor names, in column order. */
  readonly predictors: readonly string[];
  /** Per predictor, the rows with a positive weight that answered it (used or not): at least 2 keep it. */
  readonly answered: readonly number[];
  /** Rows given (the outcome's respondents), used or not. */
  readonly rows: number;
  /** Rows used: complete, with a positive weight. */
  readonly n: number;
  /** Σ w over the rows used. */
  readonly sumW: number;
  /** Σ w² over the rows used. */
  readonly sumW2: number;
  /** Weighted means of the columns over the rows used (0 when none). */
  readonly mean: readonly number[];
  /** Centred cross-products, (p + 1) × (p + 1), symmetric. */
  readonly cross: readonly (readonly number[])[];
  /** Smallest and largest value of each column over the rows used (0 when none): a constant column is dropped. */
  readonly min: readonly number[];
  readonly max: readonly number[];
}

/**
 * The listwise cross-products of respondent-level driver data, computed as {@link relativeWeights} computes them
 * (two passes: means, then centred products), so relative weights from them equal relative weights from the rows.
 *
 * Source: the centred two-pass sums of Chan, Golub and LeVeque (1979), per pair of columns.
 *
 * @param data - Respondent scores per evaluation point, overall satisfaction and optional weights.
 * @returns The cross-products.
 * @throws {@link core!UsageError} for malformed input, as {@link relativeWeights}.
 * @example
 * ```ts
 * const cp = driverCrossProducts({ predictors: ["a", "b"], scores: [[1, 2], [2, 1], [3, 3], [4, 5]], overall: [1, 2, 3, 5] });
 * cp.n; // 4
 * relativeWeightsFromCrossProducts(cp).kind; // "ok"
 * ```
 */
export function driverCrossProducts(data: DriverData): DriverCrossProducts {
  return crossProductsOf(checkDriverData("driverCrossProducts", data, { missing: "listwise" }));
}

/**
 * {@link driverCrossProducts} of data already in columns (NaN for a missing answer): no row of cells is made, so a
 * survey of 130,000 respondents costs one pass per pair of columns.
 *
 * @param predictors - The predictor names, one per column.
 * @param columns - Each predictor's scores, aligned with `outcome`; NaN where missing.
 * @param outcome - Overall satisfaction per respondent; NaN where missing.
 * @param weights - Respondent weights (finite, ≥ 0).
 * @returns The cross-products, equal to {@link driverCrossProducts} of the same data in rows.
 * @throws {@link core!UsageError} for mismatched lengths, infinite values or bad weights.
 * @example
 * ```ts
 * driverCrossProductsOfColumns(["a"], [Float64Array.of(1, 2, NaN)], Float64Array.of(1, 3, 2), Float64Array.of(1, 1, 1)).n; // 2
 * ```
 */
export function driverCrossProductsOfColumns(predictors: readonly string[], columns: readonly Float64Array[], outcome: Float64Array, weights: Float64Array): DriverCrossProducts {
  const fn = "driverCrossProductsOfColumns";
  const n = outcome.length;
  if (columns.length !== predictors.length || columns.some((c) => c.length !== n) || weights.length !== n)
    throw new UsageError(fn, `expecting one column per predictor (${predictors.length}) and every column, the outcome and the weights of one length (${n}).`, "Align every column with the outcome.");
  if (new Set(predictors).size !== predictors.length) throw new UsageError(fn, "a predictor is named twice.", "Give each evaluation point a unique name.");
  for (const c of [...columns, outcome]) for (let i = 0; i < n; i++) if (c[i] === Infinity || c[i] === -Infinity) throw new UsageError(fn, `expecting finite scores (or NaN for missing), got ${c[i]} at row ${i}.`, "Use NaN for a missing answer.");
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!Number.isFinite(w) || w < 0) throw new UsageError(fn, `expecting a finite weight ≥ 0 at row ${i}, got ${w}.`, "Weights must be finite and non-negative.");
  }
  return crossProductsOf({ names: [...predictors], columns, outcome, weights, missing: "listwise" });
}

function crossProductsOf(checked: CheckedData): DriverCrossProducts {
  const cols = [...checked.columns, checked.outcome];
  const w = checked.weights;
  const m = columnMoments({ columns: cols, weights: w }, "listwise");
  let sumW2 = 0;
  const min = cols.map(() => Infinity);
  const max = cols.map(() => -Infinity);
  // Plain loops: a closure per row for a million rows is a million allocations.
  const q = cols.length;
  // The complete rows are those the listwise moments used (no frequencies: f·w is w), in the same order.
  const used = m.used as Uint32Array;
  for (let r = 0; r < used.length; r++) {
    const i = used[r]!;
    const wi = w[i]!;
    sumW2 += wi * wi;
    for (let j = 0; j < q; j++) {
      const x = cols[j]![i]!;
      if (x < min[j]!) min[j] = x;
      if (x > max[j]!) max[j] = x;
    }
  }
  const answered = checked.columns.map((c) => {
    let k = 0;
    for (let i = 0; i < c.length; i++) if (w[i]! > 0 && !Number.isNaN(c[i]!)) k++;
    return k;
  });
  const empty = m.n === 0;
  return {
    predictors: [...checked.names],
    answered,
    rows: m.rows,
    n: m.n,
    sumW: m.sumOfWeights,
    sumW2,
    mean: m.means.map((x) => (empty ? 0 : x)),
    cross: m.cross.map((r) => [...r]),
    min: min.map((x) => (empty ? 0 : x)),
    max: max.map((x) => (empty ? 0 : x)),
  };
}

/**
 * The cross-products of the union of two disjoint sets of respondents: counts and weights add; means and centred
 * products combine by Chan, Golub and LeVeque's pairwise formula with weights in place of counts,
 * Cⱼₖ = Cⱼₖᵃ + Cⱼₖᵇ + δⱼ δₖ Wₐ W_b / W with δ = x̄ᵇ − x̄ᵃ.
 *
 * Source: Chan, Golub & LeVeque (1979), eq. 2.1b, extended to co-moments (Pébay 2008, SAND2008-6212, eq. 3.3).
 *
 * @param a - Cross-products of some respondents.
 * @param b - Cross-products of other respondents, with the same predictors in the same order.
 * @returns The cross-products of both.
 * @throws {@link core!UsageError} when the predictors differ.
 * @example
 * ```ts
 * mergeDriverCrossProducts(partA, partB).n === partA.n + partB.n; // true
 * ```
 */
export function mergeDriverCrossProducts(a: DriverCrossProducts, b: DriverCrossProducts): DriverCrossProducts {
  if (a.predictors.length !== b.predictors.length || a.predictors.some((p, i) => p !== b.predictors[i]))
    throw new UsageError("mergeDriverCrossProducts", `the two summaries have different predictors (${a.predictors.join(", ")} vs ${b.predictors.join(", ")}).`, "Merge cross-products of the same theme, made from the same study.");
  const answered = a.answered.map((x, j) => x + (b.answered[j] ?? 0));
  const rows = a.rows + b.rows;
  if (b.n === 0) return { ...a, answered, rows };
  if (a.n === 0) return { ...b, answered, rows };
  const W = a.sumW + b.sumW;
  const delta = a.mean.map((m, j) => (b.mean[j] ?? 0) - m);
  const f = (a.sumW * b.sumW) / W;
  return {
    predictors: a.predictors,
    answered,
    rows,
    n: a.n + b.n,
    sumW: W,
    sumW2: a.sumW2 + b.sumW2,
    mean: a.mean.map((m, j) => m + ((delta[j] ?? 0) * b.sumW) / W),
    cross: a.cross.map((r, j) => r.map((c, k) => c + (b.cross[j]?.[k] ?? 0) + (delta[j] ?? 0) * (delta[k] ?? 0) * f)),
    min: a.min.map((x, j) => Math.min(x, b.min[j] ?? x)),
    max: a.max.map((x, j) => Math.max(x, b.max[j] ?? x)),
  };
}

/**
 * Johnson's relative weights from listwise cross-products ({@link driverCrossProducts}): the same result as
 * {@link relativeWeights} on the rows (listwise), decided by the same code from the correlation matrix
 * rⱼₖ = Cⱼₖ / √(Cⱼⱼ Cₖₖ). One difference: a predictor dropped (fewer than two answers, or constant over the rows
 * used) leaves the rows used as they were, where the row route recomputes listwise deletion without it.
 *
 * Source: Johnson (2000), Multivariate Behavioral Research 35(1), 1–19 (see {@link relativeWeights}).
 *
 * @param cp - The cross-products.
 * @returns A {@link DriverResult}, as {@link relativeWeights}.
 * @example
 * ```ts
 * relativeWeightsFromCrossProducts(driverCrossProducts(data)); // equals relativeWeights(data)
 * ```
 */
export function relativeWeightsFromCrossProducts(cp: DriverCrossProducts): DriverResult {
  const names = cp.predictors;
  const problems: Problem[] = [];
  const dropped: DroppedPredictor[] = [];
  let kept: number[] = [];
  names.forEach((name, j) => {
    if ((cp.answered[j] ?? 0) < 2) {
      dropped.push({ predictor: name, reason: "no-data" });
      problems.push(problemFrom(DRIVERS_EN, "drivers/no-data", "warning", ["predictors", j], { point: name }));
    } else kept.push(j);
  });
  const constant = kept.filter((j) => cp.n === 0 || cp.min[j] === cp.max[j]);
  for (const j of constant) {
    const name = names[j] as string;
    dropped.push({ predictor: name, reason: "constant" });
    problems.push(problemFrom(DRIVERS_EN, "drivers/constant-predictor", "warning", ["predictors", j], { point: name }));
  }
  kept = kept.filter((j) => !constant.includes(j));
  dropped.sort((x, y) => names.indexOf(x.predictor) - names.indexOf(y.predictor));
  const p = names.length;
  const cols = [...kept, p];
  const den = cp.sumW - cp.sumW2 / cp.sumW;
  const c = (j: number, k: number): number => cp.cross[j]?.[k] ?? NaN;
  const q = cols.length;
  const corr: CorrelationResult = {
    correlation: square(q, (a, b) => {
      if (cp.n < 2) return NaN;
      const sjj = c(cols[a]!, cols[a]!);
      const skk = c(cols[b]!, cols[b]!);
      if (!(sjj > 0 && skk > 0)) return NaN;
      if (a === b) return 1;
      return Math.max(-1, Math.min(1, c(cols[a]!, cols[b]!) / Math.sqrt(sjj * skk)));
    }),
    sds: cols.map((j) => (cp.n >= 2 ? Math.sqrt(c(j, j) / den) : NaN)),
    means: cols.map((j) => (cp.n > 0 ? (cp.mean[j] ?? NaN) : NaN)),
    missing: "listwise",
    n: cp.n,
    pairCounts: square(q, () => cp.n),
    rows: cp.rows,
    sumOfWeights: cp.sumW,
  };
  const outcomeConstant = cp.n === 0 || cp.min[p] === cp.max[p];
  const system = systemFromCorrelation("relative-weights", names, kept, dropped, problems, corr, "listwise", outcomeConstant);
  return system.kind === "system" ? relativeWeightsOfSystem(system) : system;
}
