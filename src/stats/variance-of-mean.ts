/**
 * The design-based (linearised) variance of a weighted mean, the square of its standard error.
 * @module
 */
import type { WeightedMoments } from "./weighted-moments.js";

/**
 * Var(ȳ_w) = n/(n − 1) · Σ w_i² (y_i − ȳ_w)² / (Σ w_i)² for a single-stage with-replacement design: the weighted
 * mean is a ratio estimator Σwy / Σw, its linearised influence values are z_i = w_i (y_i − ȳ_w) / Σw, and the
 * variance of a total of n independent draws is n/(n − 1) Σ (z_i − z̄)² with z̄ = 0. n counts every sampled unit,
 * zero-weight (out-of-domain) ones included. Equals the square of R survey's `SE(svymean(~y, svydesign(ids = ~1,
 * weights = ~w, data = d)))`, also for domains (`svyby`, `subset`) when out-of-domain rows are added with weight 0.
 *
 * Source: Woodruff, R. S. (1971), "A simple method for approximating the variance of a complicated estimate",
 * *JASA* 66, 411–414 (linearisation); Lumley, T. (2010), *Complex Surveys: A Guide to Analysis Using R*, §2.2 and
 * the `svyrecvar` one-stage formula; Särndal, Swensson & Wretman (1992), *Model Assisted Survey Sampling*, §5.6.
 *
 * @param m - The summary of the item.
 * @returns The variance of the weighted mean, or NaN with fewer than two sampled units or no positive weight.
 * @example
 * ```ts
 * varianceOfMean(momentsFromValues([1, 2, 3, 4])); // ≈ 0.4166666666666667  (= s²/n = (5/3)/4)
 * ```
 */
export function varianceOfMean(m: WeightedMoments): number {
  const units = m.n + m.nZeroWeight;
  // Early exit: the variance is undefined without two units and a positive total weight.
  if (units < 2 || m.sumW <= 0) return Number.NaN;
  const d = m.meanW2 - m.mean;
  const ss = m.m2W2 + m.sumW2 * d * d;
  return ((units / (units - 1)) * ss) / (m.sumW * m.sumW);
}
