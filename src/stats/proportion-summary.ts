/**
 * The mergeable summary of a yes/no outcome (resolved at first contact, top-box answer, case within the standard):
 * weighted successes and failures with the squared-weight sums that the design-based variance needs.
 * @module
 */

/**
 * A plain, JSON-serialisable summary of weighted binary outcomes. Successes and failures are kept apart (rather
 * than successes and a total) so that 1 − p̂ is as exact as p̂ when nearly every case succeeds. Built with
 * {@link addOutcome}, combined with {@link mergeProportions}.
 */
export interface ProportionSummary {
  /** Observations with a positive weight. */
  n: number;
  /** Observations with weight 0 (sampled units outside the domain; see {@link WeightedMoments.nZeroWeight}). */
  nZeroWeight: number;
  /** How many of the n were successes (exact count). */
  successes: number;
  /** Σ w over successes. */
  sumWSuccess: number;
  /** Σ w over failures. */
  sumWFailure: number;
  /** Σ w² over successes. */
  sumW2Success: number;
  /** Σ w² over failures. */
  sumW2Failure: number;
}

/**
 * A summary of no outcomes, the identity of {@link mergeProportions}.
 *
 * @returns A new empty {@link ProportionSummary}.
 * @example
 * ```ts
 * emptyProportion().n; // 0
 * ```
 */
export function emptyProportion(): ProportionSummary {
  return { n: 0, nZeroWeight: 0, successes: 0, sumWSuccess: 0, sumWFailure: 0, sumW2Success: 0, sumW2Failure: 0 };
}
