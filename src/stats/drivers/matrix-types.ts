/**
 * The types of the small dense linear algebra behind key-driver analysis (matrix.ts), apart so that the helpers it
 * uses can name them without importing it.
 * @module
 */
/** A dense matrix stored as an array of rows. */
export type Matrix = number[][];

/** One answer: a number, or `null` / `undefined` / `NaN` for a missing answer. */
export type Cell = number | null | undefined;

/**
 * How rows with missing answers are treated.
 * - `listwise` (the default): only respondents who answered every column are used. Simple, honest about what it
 *   uses, and always gives a positive semi-definite matrix.
 * - `pairwise`: each pair of columns uses every respondent who answered both. Keeps more data, but every entry
 *   rests on a different sample and the matrix can fail to be positive semi-definite.
 */
export type MissingHandling = "listwise" | "pairwise";

/** Options of {@link weightedCovariance} and {@link weightedCorrelation}. */
export interface CovarianceOptions {
  /** Respondent weights, finite and ≥ 0, one per row; all 1 when omitted. */
  readonly weights?: readonly number[] | undefined;
  /** `listwise` (default) or `pairwise` deletion of missing answers. */
  readonly missing?: MissingHandling | undefined;
  /**
   * Integer repeat counts per row (≥ 0), as a bootstrap resample produces: a row with count 3 counts as three
   * identical rows. All 1 when omitted.
   */
  readonly frequencies?: readonly number[] | undefined;
}

/** A weighted covariance matrix with the number of respondents behind it. */
export interface CovarianceResult {
  /** The covariance matrix (NaN where a pair has fewer than two usable rows). */
  readonly covariance: Matrix;
  /** Column means (listwise: over the rows used; pairwise: over every row that answered the column). */
  readonly means: number[];
  /** Which deletion was used. */
  readonly missing: MissingHandling;
  /** Rows used: listwise, the complete rows with weight > 0; pairwise, the smallest count over all pairs. */
  readonly n: number;
  /** Rows used by each pair of columns (all equal to `n` under listwise deletion). */
  readonly pairCounts: Matrix;
  /** Rows given (counted with their frequencies), used or not. */
  readonly rows: number;
  /** Sum of the weights of the rows used (listwise) or of every row with any answer (pairwise). */
  readonly sumOfWeights: number;
}

/** A weighted correlation matrix with the number of respondents behind it. */
export interface CorrelationResult extends Omit<CovarianceResult, "covariance"> {
  /** The correlation matrix, 1 on the diagonal; NaN where a column (or a pair) has no variation. */
  readonly correlation: Matrix;
  /** Standard deviation of each column (listwise: over the rows used; pairwise: over its own answers). */
  readonly sds: number[];
}
