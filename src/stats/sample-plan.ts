/**
 * The result shape of the sample-size functions: a plan that says how many completed answers to aim for, and
 * plainly whether the target margin of error can be reached at all.
 * @module
 */

/** Options of the sample-size functions. */
export interface SampleSizeOptions {
  /** Size N of the population surveyed (e.g. 12 dispatchers); applies the finite-population correction and the cap. */
  readonly population?: number;
  /** Expected design effect (≥ 1 for unequal weights or clustering; default 1), e.g. from {@link kishDesignEffect}. */
  readonly designEffect?: number;
  /** Expected share of invited people who answer, in (0, 1] (default 1); turns completes into invitations. */
  readonly responseRate?: number;
}

/** A sample-size plan. */
export interface SamplePlan {
  /** Completed answers to aim for: the required number, or all that can be had when that is fewer. */
  readonly n: number;
  /** Completed answers the target margin of error needs (after the finite-population correction), rounded up. */
  readonly required: number;
  /** Cochran's n₀ = deff · z² σ² / e² for an infinite population, unrounded. */
  readonly n0: number;
  /** People to invite: n / responseRate rounded up, at most the population. */
  readonly invitations: number;
  /** The population size, or `null` when none was given (treated as infinite). */
  readonly population: number | null;
  /** True when every member of the population must be invited. */
  readonly census: boolean;
  /** True when `required` completes are achievable (always, without a population). */
  readonly reachable: boolean;
  /** The margin of error asked for. */
  readonly targetMarginOfError: number;
  /** The margin of error n completes give, with the finite-population correction (0 for a complete census). */
  readonly marginOfError: number;
  /**
   * The margin of error of n completes without the finite-population correction: the uncertainty about the process
   * the people are a sample of (e.g. how well the dispatch desk serves, beyond these 12 dispatchers' last month).
   */
  readonly marginOfErrorInfinite: number;
  /** Plain-words summary, saying what cannot be reached when `reachable` is false. */
  readonly note: string;
}
