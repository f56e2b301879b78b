/**
 * The mergeable summary of a discrete item (a 1–5 Likert score, a 0–10 recommendation, an acceptable wait in
 * whole minutes): exact and weighted counts per distinct value. It is a sufficient statistic for everything the
 * library estimates about such an item — mean, top-box share, NPS, quantiles, share accepting a value — including
 * their design-based standard errors, because it also keeps Σw² per value.
 * @module
 */

/** One distinct value and what was seen of it. */
export interface HistogramBin {
  /** The value. */
  value: number;
  /** How many observations (with a positive weight) had it: an exact integer count. */
  count: number;
  /** Σ w over those observations. */
  sumW: number;
  /** Σ w² over those observations (for linearised variances). */
  sumW2: number;
}

/**
 * A plain, JSON-serialisable weighted frequency table: bins sorted by value, one per distinct value seen. Built with
 * {@link addToHistogram}, combined with {@link mergeHistograms}.
 */
export interface Histogram {
  /** Bins in increasing order of value. */
  bins: HistogramBin[];
  /** Observations with weight 0 (sampled units outside the domain; see {@link WeightedMoments.nZeroWeight}). */
  nZeroWeight: number;
}

/**
 * A histogram of no observations, the identity of {@link mergeHistograms}.
 *
 * @returns A new empty {@link Histogram}.
 * @example
 * ```ts
 * emptyHistogram(); // { bins: [], nZeroWeight: 0 }
 * ```
 */
export function emptyHistogram(): Histogram {
  return { bins: [], nZeroWeight: 0 };
}
