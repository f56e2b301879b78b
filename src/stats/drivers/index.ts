/**
 * Key-driver analysis (关键驱动因素分析): how much each evaluation point matters to overall satisfaction, from
 * respondent-level scores. Relative weights (any number of points) and exact Shapley/LMG values (up to 12) divide
 * the R² of overall satisfaction among the points; a seeded bootstrap puts intervals on the shares; the
 * importance–performance grid turns shares and scores into priorities. The small linear algebra and the seeded
 * generator they rest on are exported too.
 * @module
 */
export { relativeWeights } from "./relative-weights.js";
export { shapleyR2, SHAPLEY_MAX_PREDICTORS } from "./shapley-r2.js";
export {
  bootstrapDriverIntervals,
  type BootstrapDriverFailed,
  type BootstrapDriverOk,
  type BootstrapDriverOptions,
  type BootstrapDriverResult,
  type BootstrapEstimate,
  type DriverInterval,
} from "./bootstrap-driver-intervals.js";
export {
  importancePerformance,
  QUADRANTS,
  type ImportancePerformanceInput,
  type ImportancePerformanceOptions,
  type ImportancePerformancePoint,
  type ImportancePerformanceResult,
  type PerformanceReference,
  type Quadrant,
} from "./importance-performance.js";
export type {
  DriverBase,
  DriverData,
  DriverImportance,
  DriverInsufficientData,
  DriverMethod,
  DriverOk,
  DriverOptions,
  DriverResult,
  DriverSingular,
  DriverTooManyPredictors,
  DropReason,
  DroppedPredictor,
} from "./types.js";
export { xoshiro128ss, type SeededRandom } from "./random.js";
export {
  cholesky,
  choleskySolve,
  covarianceToCorrelation,
  symmetricEigen,
  symmetricSqrt,
  weightedCorrelation,
  weightedCovariance,
  type Cell,
  type CorrelationResult,
  type CovarianceOptions,
  type CovarianceResult,
  type Matrix,
  type MissingHandling,
  type SymmetricEigen,
} from "./matrix.js";
export { driverCrossProducts, driverCrossProductsOfColumns, mergeDriverCrossProducts, relativeWeightsFromCrossProducts, type DriverCrossProducts } from "./cross-products.js";
