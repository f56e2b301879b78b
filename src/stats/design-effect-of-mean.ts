/**
 * The design effect of a weighted mean: its design-based variance over the variance a simple random sample of the
 * same size would give.
 * @module
 */
import { varianceOfMean } from "./variance-of-mean.js";
import { weightedVariance } from "./weighted-variance.js";
import type { WeightedMoments } from "./weighted-moments.js";

/** Options of {@link designEffectOfMean}. */
export interface DesignEffectOptions {
  /**
   * The simple random sample compared against. `"with-replacement"` (default): Var_srs = s²_w / n, as R's
   * `svymean(..., deff = "replace")`. `"without-replacement"`: Var_srs = s²_w (N̂ − n)/(N̂ n) with N̂ = Σw, as R's
   * `deff = TRUE`; only meaningful when the weights sum to the population size.
   */
  readonly srs?: "with-replacement" | "without-replacement";
}

/**
 * deff = Var_design(ȳ_w) / Var_srs(ȳ), with Var_design from {@link varianceOfMean} and s²_w from
 * {@link weightedVariance}. Unlike {@link kishDesignEffect} it depends on the item, because it also reflects how
 * the weights correlate with the answers.
 *
 * Source: Kish (1965), *Survey Sampling*, §8.2; R survey's `svymean(deff = )` (Lumley 2010, §2.2.1).
 *
 * @param m - The summary of the item.
 * @param options - Which simple random sample to compare with.
 * @returns The design effect; NaN when undefined (fewer than two observations, no variation, or — without
 *   replacement — weights summing to n or less).
 * @example
 * ```ts
 * designEffectOfMean(momentsFromValues([1, 2, 3, 4])); // 1 (equal weights, with replacement)
 * ```
 */
export function designEffectOfMean(m: WeightedMoments, options: DesignEffectOptions = {}): number {
  const v = varianceOfMean(m);
  const s2 = weightedVariance(m);
  if (options.srs === "without-replacement") {
    // Early exit: weights not scaled to a population (R warns and returns NA; at Σw = n it returns Inf).
    if (m.sumW <= m.n) return Number.NaN;
    return v / ((s2 * (m.sumW - m.n)) / (m.sumW * m.n));
  }
  return v / (s2 / m.n);
}
