/**
 * The result shape of every estimator in gaptrace's statistics: an estimate with its standard error and
 * confidence interval, or an explicit "insufficient data" verdict — never a number computed from too few answers.
 * @module
 */

/** Options shared by the estimators. */
export interface EstimateOptions {
  /** Confidence level of the interval, strictly between 0 and 1 (default 0.95). */
  readonly level?: number;
  /**
   * Fewest respondents (positive-weight observations) for an estimate; below it the result is
   * {@link InsufficientData}. Default 30, the usual floor for external customer surveys; internal surveys of a
   * handful of posts may pass a smaller value (at least 2 units are always needed for a standard error).
   */
  readonly minN?: number;
  /**
   * Normal (`"z"`) or Student t (`"t"`) critical values. Each estimator's default is the one the R survey function
   * it mirrors uses, and is stated in its documentation.
   */
  readonly interval?: "z" | "t";
  /** What the observations are called in an "insufficient data" reason, singular and plural (default responses). */
  readonly noun?: readonly [string, string];
  /** Degrees of freedom for `"t"`; default n − 1 counting all sampled units (R: `degf(design)` for `ids = ~1`). */
  readonly df?: number;
}

/** An estimate with its uncertainty. */
export interface PointEstimate {
  readonly kind: "estimate";
  /** The point estimate. */
  readonly value: number;
  /** Its design-based standard error. */
  readonly se: number;
  /** The confidence interval [lower, upper]. */
  readonly ci: readonly [number, number];
  /** The confidence level of `ci`. */
  readonly level: number;
  /** Respondents (positive-weight observations) behind the estimate. */
  readonly n: number;
  /** Kish's effective sample size (Σw)² / Σw², the size of a simple random sample with the same precision. */
  readonly nEffective: number;
  /** How the interval was computed, in plain words (e.g. `"wilson (design effective n)"`). */
  readonly method: string;
  /** Degrees of freedom of a t interval, or `null` for normal quantiles. */
  readonly df: number | null;
}

/** Too little data to estimate: says how many answers there were, how many are needed, and why. */
export interface InsufficientData {
  readonly kind: "insufficient";
  /** Respondents available. */
  readonly n: number;
  /** Respondents required. */
  readonly minN: number;
  /** Plain-words reason, e.g. "only 12 responses; at least 30 are needed for a reliable estimate". */
  readonly reason: string;
}

/** An estimator's result: an estimate (with estimator-specific extra fields) or insufficient data. */
export type Estimate<Extra extends object = Record<never, never>> = (PointEstimate & Readonly<Extra>) | InsufficientData;
