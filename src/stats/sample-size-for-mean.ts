/**
 * How many completed answers a survey needs to estimate a mean score within a margin of error.
 * @module
 */
import { assertPositive } from "./_usage.js";
import { planSample } from "./_plan-sample.js";
import type { SamplePlan, SampleSizeOptions } from "./sample-plan.js";

/**
 * Cochran's n₀ = deff · (z σ / e)², then the finite-population correction n = n₀ / (1 + (n₀ − 1)/N), rounded up
 * and capped at what the population can give (N × response rate). When the target cannot be reached the plan says
 * so and gives the margin of error that asking everyone achieves. For σ of a rating scale without pilot data see
 * {@link defaultScaleSd}.
 *
 * Source: Cochran, W. G. (1977), *Sampling Techniques*, 3rd ed., §4.6 (eq. 4.2, finite-population correction) and
 * §4.7; Kish (1965), *Survey Sampling*, §8.2 (design effect).
 *
 * @param sd - Expected standard deviation σ of the item (> 0).
 * @param marginOfError - Half-width e of the interval, in the item's unit (> 0).
 * @param confidence - Confidence level, e.g. 0.95.
 * @param options - Population size, design effect, response rate.
 * @returns The plan.
 * @example
 * ```ts
 * sampleSizeForMean(1, 0.1, 0.95).n; // 385
 * sampleSizeForMean(1, 0.1, 0.95, { population: 12 }).census; // true
 * ```
 */
export function sampleSizeForMean(
  sd: number,
  marginOfError: number,
  confidence: number,
  options: SampleSizeOptions = {},
): SamplePlan {
  assertPositive("sampleSizeForMean", "sd", sd);
  const digits = (e: number) => String(Number(e.toPrecision(3)));
  return planSample("sampleSizeForMean", sd, marginOfError, confidence, options, digits);
}
