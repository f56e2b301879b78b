/**
 * The design-based (linearised) variance of a weighted proportion.
 * @module
 */
import type { ProportionSummary } from "./proportion-summary.js";

/**
 * The proportion is the weighted mean of a 0/1 item, so {@link varianceOfMean} applies; with y ∈ {0, 1} its sum
 * of squares splits into two positive terms, Σ w²(y − p̂)² = S₁ (1 − p̂)² + S₀ p̂², with S₁, S₀ the squared-weight
 * sums of successes and failures, and Var(p̂) = n/(n − 1) · [S₁ (1 − p̂)² + S₀ p̂²] / (Σw)². Equals the square of
 * R survey's `SE(svymean(~y, design))` for a 0/1 item.
 *
 * Source: as {@link varianceOfMean}: Woodruff (1971); Lumley (2010), *Complex Surveys*, §2.2.
 *
 * @param s - The summary.
 * @returns The variance of the weighted proportion, or NaN with fewer than two sampled units or no positive weight.
 * @example
 * ```ts
 * varianceOfProportion(proportionFromOutcomes([1, 0, 1, 1])); // 0.0625  (= p̂(1 − p̂)/(n − 1))
 * ```
 */
export function varianceOfProportion(s: ProportionSummary): number {
  const units = s.n + s.nZeroWeight;
  const total = s.sumWSuccess + s.sumWFailure;
  // Early exit: the variance is undefined without two units and a positive total weight.
  if (units < 2 || total <= 0) return Number.NaN;
  const p = s.sumWSuccess / total;
  const q = s.sumWFailure / total;
  const ss = s.sumW2Success * q * q + s.sumW2Failure * p * p;
  return ((units / (units - 1)) * ss) / (total * total);
}
