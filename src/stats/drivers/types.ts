/**
 * The shapes shared by the key-driver functions: respondent data in, importance per evaluation point out, as a
 * tagged union so that a singular matrix or too little data is a result to report, not an exception.
 * @module
 */
import type { Problem } from "../../core/problem.js";
import type { Cell, MissingHandling } from "./matrix.js";

export type { Cell, MissingHandling } from "./matrix.js";

/**
 * Respondent-level data for key-driver analysis: one row per respondent with the perception score of each
 * evaluation point (the predictors) and the overall-satisfaction score (the outcome).
 *
 * @example
 * ```ts
 * const data: DriverData = {
 *   predictors: ["repair-speed", "notice", "staff-attitude"],
 *   scores: [[8, 7, 9], [5, null, 6], [9, 8, 9]],
 *   overall: [8, 5, 9],
 *   weights: [1.2, 0.8, 1],
 * };
 * ```
 */
export interface DriverData {
  /** Names (ids) of the evaluation points, one per column of `scores`; must be unique. */
  readonly predictors: readonly string[];
  /** One row per respondent, one score per evaluation point; `null`, `undefined` or `NaN` mark a missing answer. */
  readonly scores: readonly (readonly Cell[])[];
  /** Overall satisfaction of each respondent, aligned with `scores` (missing allowed). */
  readonly overall: readonly Cell[];
  /** Respondent weights (finite, ≥ 0), aligned with `scores`; all 1 when omitted. */
  readonly weights?: readonly number[] | undefined;
}

/** Options shared by {@link relativeWeights} and {@link shapleyR2}. */
export interface DriverOptions {
  /**
   * `listwise` (default): use respondents who answered every evaluation point and the overall question.
   * `pairwise`: each correlation uses every respondent who answered both of its questions (more data, but the
   * correlation matrix can become indefinite, which is then reported as `singular`).
   */
  readonly missing?: MissingHandling | undefined;
}

/** The two ways of dividing R² among the evaluation points. */
export type DriverMethod = "relative-weights" | "shapley";

/** The importance of one evaluation point. */
export interface DriverImportance {
  /** The evaluation point (predictor) name. */
  readonly predictor: string;
  /** Its part of R² (≥ 0); the parts sum to R². */
  readonly raw: number;
  /** Its share of the explained variance, raw / R², in [0, 1]; the shares sum to 1 (100%) when R² > 0. */
  readonly share: number;
  /** 1 for the most important point (largest share); ties share a rank. */
  readonly rank: number;
  /** Zero-order (Pearson) correlation with overall satisfaction; negative means "higher score, lower overall". */
  readonly correlation: number;
  /** Standardized coefficient in the full regression; its sign can differ from the correlation's under collinearity. */
  readonly beta: number;
}

/** Why an evaluation point was left out of the analysis. */
export type DropReason = "constant" | "no-data";

/** An evaluation point left out of the analysis, and why. */
export interface DroppedPredictor {
  /** The evaluation point's name. */
  readonly predictor: string;
  /** `constant`: every respondent used gave the same score, so it cannot explain anything. `no-data`: fewer than two answers. */
  readonly reason: DropReason;
}

/** What every driver result reports about the data behind it. */
export interface DriverBase {
  /** Which decomposition was asked for. */
  readonly method: DriverMethod;
  /** Which deletion of missing answers was used. */
  readonly missing: MissingHandling;
  /** Respondents used (listwise: complete rows with weight > 0; pairwise: the smallest count over all pairs). */
  readonly n: number;
  /** Respondents given, used or not. */
  readonly rows: number;
  /** Sum of the weights of the respondents used (pairwise: of every respondent with an answer). */
  readonly sumOfWeights: number;
  /** Evaluation points left out, with the reason. */
  readonly dropped: readonly DroppedPredictor[];
  /** Notes and warnings (dropped points, negative correlations, no explained variance), in the one Problem shape. */
  readonly problems: readonly Problem[];
}

/** A successful decomposition of R². */
export interface DriverOk extends DriverBase {
  /** Tag of the success variant. */
  readonly kind: "ok";
  /** R² of the full regression of overall satisfaction on the evaluation points kept. */
  readonly rSquared: number;
  /** One entry per evaluation point kept, in input order. */
  readonly drivers: readonly DriverImportance[];
}

/** The predictors are (nearly) perfectly collinear, or a pairwise correlation matrix is not positive definite. */
export interface DriverSingular extends DriverBase {
  /** Tag of this variant. */
  readonly kind: "singular";
  /** The evaluation points involved in the (near) linear dependence. */
  readonly predictors: readonly string[];
  /** The smallest eigenvalue of the predictors' correlation matrix (≤ 1e-10 × the largest, or negative). */
  readonly smallestEigenvalue: number;
  /** Why, in the one Problem shape (code `drivers/singular` or `drivers/not-positive-definite`). */
  readonly problem: Problem;
}

/** Too few usable respondents, a constant overall score, or no evaluation point left. */
export interface DriverInsufficientData extends DriverBase {
  /** Tag of this variant. */
  readonly kind: "insufficient-data";
  /** Why, in the one Problem shape (code `drivers/insufficient-data`). */
  readonly problem: Problem;
}

/** Exact Shapley needs 2^p regressions; beyond the limit the caller should use relative weights. */
export interface DriverTooManyPredictors {
  /** Tag of this variant. */
  readonly kind: "too-many-predictors";
  /** Only exact Shapley has a limit. */
  readonly method: "shapley";
  /** Number of evaluation points given. */
  readonly predictors: number;
  /** The largest number handled exactly. */
  readonly limit: number;
  /** Why, in the one Problem shape (code `drivers/too-many-predictors`). */
  readonly problem: Problem;
}

/** The result of {@link relativeWeights} or {@link shapleyR2}; match on `kind`. */
export type DriverResult = DriverOk | DriverSingular | DriverInsufficientData | DriverTooManyPredictors;
