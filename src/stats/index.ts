/**
 * gaptrace's statistics: mergeable survey summaries, design-based estimators with confidence intervals (checked
 * against R's survey package), multiple-comparison adjustments, distribution functions and sample-size planning.
 * Runtime-neutral (no Node modules). One function per file, in the manner of simple-statistics. Imported as
 * `gaptrace/stats`; key-driver analysis (`drivers/`) is part of it.
 * @module
 */

// Distributions
export * from "./log-gamma.js";
export * from "./log-beta.js";
export * from "./regularized-incomplete-beta.js";
export * from "./beta-quantile.js";
export * from "./normal-cdf.js";
export * from "./normal-quantile.js";
export * from "./student-t-cdf.js";
export * from "./student-t-quantile.js";

// Mergeable summaries
export * from "./weighted-moments.js";
export * from "./add-value.js";
export * from "./merge-moments.js";
export * from "./moments-from-values.js";
export * from "./variance-of-mean.js";
export * from "./weighted-variance.js";
export * from "./kish-design-effect.js";
export * from "./design-effect-of-mean.js";
export * from "./histogram.js";
export * from "./add-to-histogram.js";
export * from "./merge-histograms.js";
export * from "./histogram-from-values.js";
export * from "./moments-from-histogram.js";
export * from "./histogram-quantile.js";
export * from "./proportion-summary.js";
export * from "./add-outcome.js";
export * from "./merge-proportions.js";
export * from "./proportion-from-outcomes.js";
export * from "./proportion-from-histogram.js";
export * from "./variance-of-proportion.js";
export * from "./paired-gap.js";
export * from "./add-pair.js";
export * from "./merge-paired-gaps.js";

// Estimators
export * from "./estimate.js";
export * from "./estimate-mean.js";
export * from "./wilson-interval.js";
export * from "./logit-interval.js";
export * from "./korn-graubard-interval.js";
export * from "./estimate-proportion.js";
export * from "./estimate-top-box.js";
export * from "./estimate-share-accepting.js";
export * from "./estimate-compliance.js";
export * from "./estimate-nps.js";
export * from "./estimate-quantile.js";
export * from "./estimate-paired-gap.js";
export * from "./compare-estimates.js";
export * from "./attributable-fraction.js";
export * from "./adjust-benjamini-hochberg.js";
export * from "./adjust-holm.js";
export * from "./fit-weighted-regression.js";
export { fitFromCrossProducts, solveCrossProducts, type CentredCrossProducts, type CrossProductSolution, type ResidualMoments } from "./fit-from-cross-products.js";

// Sampling plan
export * from "./sample-plan.js";
export * from "./sample-size-for-mean.js";
export * from "./sample-size-for-proportion.js";
export * from "./default-scale-sd.js";
export * from "./allocate-quotas.js";

// Key-driver analysis
export * from "./drivers/index.js";
