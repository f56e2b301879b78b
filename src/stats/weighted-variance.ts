/**
 * The weighted estimate of the population variance of an item (not of its mean).
 * @module
 */
import type { WeightedMoments } from "./weighted-moments.js";

/**
 * s²_w = n/(n − 1) · Σ w (y − ȳ_w)² / Σ w, with n the number of positive-weight observations: the plug-in
 * weighted variance with the usual small-sample factor. It is R survey's `svyvar(~y, design)` and the reference
 * variance in {@link designEffectOfMean}.
 *
 * Source: Lumley (2010), *Complex Surveys*, §2.3 (`svyvar`); Cochran, W. G. (1977), *Sampling Techniques*, 3rd ed.,
 * §2.6 for the unweighted case.
 *
 * @param m - The summary of the item.
 * @returns The weighted variance, or NaN with fewer than two positive-weight observations.
 * @example
 * ```ts
 * weightedVariance(momentsFromValues([1, 2, 3, 4])); // ≈ 1.6666666666666667
 * ```
 */
export function weightedVariance(m: WeightedMoments): number {
  // Early exit: a variance needs two observations.
  if (m.n < 2 || m.sumW <= 0) return Number.NaN;
  return ((m.n / (m.n - 1)) * m.m2) / m.sumW;
}
