/**
 * The mergeable summary of a weighted numeric item: enough to give the weighted mean, its design-based standard
 * error (R survey's `svymean` under `svydesign(ids = ~1, weights = ~w)`), the weighted variance and the Kish
 * effective sample size, from data aggregated in pieces.
 * @module
 */

/**
 * A plain, JSON-serialisable summary of weighted observations (y, w). Built with {@link addValue}, combined with
 * {@link mergeMoments}; never edit the fields by hand.
 *
 * The design-based variance of the weighted mean needs Σ w²(y − ȳ)², with ȳ the w-weighted mean. A raw power sum
 * (Σw²y², Σw²y, Σw²) would lose digits to cancellation, so the w²-weighted values are summarised a second time in
 * centred form (their own mean and M2), and Σ w²(y − ȳ)² = m2W2 + sumW2 (meanW2 − mean)².
 */
export interface WeightedMoments {
  /** Observations with a positive weight (the respondents). */
  n: number;
  /**
   * Observations with weight 0. They carry no information about y but count as sampled units in the variance
   * (n/(n − 1) factor), exactly as rows outside a domain do in R's `subset()`/`svyby()` domain estimation.
   */
  nZeroWeight: number;
  /** Σ w. */
  sumW: number;
  /** The w-weighted mean Σ w y / Σ w (0 while empty). */
  mean: number;
  /** Σ w (y − mean)², updated by West's weighted form of Welford's algorithm. */
  m2: number;
  /** Σ w², for the Kish effective sample size (Σ w)² / Σ w². */
  sumW2: number;
  /** The w²-weighted mean Σ w² y / Σ w² (0 while empty). */
  meanW2: number;
  /** Σ w² (y − meanW2)². */
  m2W2: number;
}

/**
 * A summary of no observations, the identity of {@link mergeMoments}.
 *
 * @returns A new empty {@link WeightedMoments}.
 * @example
 * ```ts
 * emptyMoments(); // { n: 0, nZeroWeight: 0, sumW: 0, mean: 0, m2: 0, sumW2: 0, meanW2: 0, m2W2: 0 }
 * ```
 */
export function emptyMoments(): WeightedMoments {
  return { n: 0, nZeroWeight: 0, sumW: 0, mean: 0, m2: 0, sumW2: 0, meanW2: 0, m2W2: 0 };
}
