/**
 * The weighted quantile of a discrete item, read off its {@link Histogram}.
 * @module
 */
import { assertProbability } from "./_usage.js";
import type { Histogram } from "./histogram.js";

/**
 * The smallest value v whose weighted cumulative share F(v) = Σ_{u ≤ v} w_u / Σ w reaches p: the inverse of the
 * weighted empirical distribution function (Hyndman & Fan type 1), which is R survey's `svyquantile(...,
 * qrule = "math")`. It is always one of the observed values, as it should be for a scored item. Cumulative shares
 * within 1e-12 of p count as reaching it, so that equal weights give the lower value at exact ties, as in R.
 *
 * Source: Hyndman, R. J. & Fan, Y. (1996), "Sample quantiles in statistical packages", *The American
 * Statistician* 50(4), 361–365 (definition 1); Lumley (2010), *Complex Surveys*, §2.4.1.
 *
 * @param h - The histogram.
 * @param p - The probability, in [0, 1] (0.5 for the median).
 * @returns The weighted p-quantile, or NaN for an empty histogram.
 * @example
 * ```ts
 * histogramQuantile(histogramFromValues([30, 45, 60, 90]), 0.5); // 45
 * histogramQuantile(histogramFromValues([30, 45, 60, 90], [1, 1, 1, 3]), 0.5); // 60 (F(60) = 3/6 exactly)
 * histogramQuantile(histogramFromValues([30, 45, 60, 90], [1, 1, 1, 4]), 0.5); // 90
 * ```
 */
export function histogramQuantile(h: Histogram, p: number): number {
  assertProbability("histogramQuantile", "p", p);
  let total = 0;
  for (const b of h.bins) total += b.sumW;
  // Early exit: no positive weight, no distribution.
  if (total <= 0) return Number.NaN;
  const target = p * total - 1e-12 * total;
  let cum = 0;
  for (const b of h.bins) {
    cum += b.sumW;
    if (cum >= target) return b.value;
  }
  return h.bins[h.bins.length - 1]!.value;
}
