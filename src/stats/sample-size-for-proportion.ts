/**
 * How many completed answers a survey needs to estimate a proportion (satisfied share, top box) within a margin
 * of error.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { planSample } from "./_plan-sample.js";
import type { SamplePlan, SampleSizeOptions } from "./sample-plan.js";

/**
 * Cochran's n₀ = deff · z² p(1 − p) / e², then the finite-population correction n = n₀ / (1 + (n₀ − 1)/N),
 * rounded up and capped at what the population can give. p = 0.5 (the default) is the conservative choice: it
 * maximises p(1 − p), so the margin holds whatever the true share.
 *
 * Source: Cochran, W. G. (1977), *Sampling Techniques*, 3rd ed., §4.4 (eq. 4.1) and §4.6 (eq. 4.2).
 *
 * @param p - Expected proportion in (0, 1); pass `undefined` for the conservative 0.5.
 * @param marginOfError - Half-width e of the interval as a share (0.05 for ±5 points).
 * @param confidence - Confidence level, e.g. 0.95.
 * @param options - Population size, design effect, response rate.
 * @returns The plan.
 * @example
 * ```ts
 * sampleSizeForProportion(0.5, 0.05, 0.95).n; // 385
 * sampleSizeForProportion(0.5, 0.05, 0.95, { population: 2000 }).n; // 323
 * ```
 */
export function sampleSizeForProportion(
  p = 0.5,
  marginOfError: number,
  confidence: number,
  options: SampleSizeOptions = {},
): SamplePlan {
  if (!(p > 0 && p < 1)) {
    throw new UsageError(
      "sampleSizeForProportion",
      `expecting the expected proportion strictly between 0 and 1, got ${String(p)}.`,
      "Pass a guess of the share (e.g. 0.8), or undefined for the conservative 0.5.",
    );
  }
  const points = (e: number) => `${Number((e * 100).toPrecision(3))} points`;
  return planSample("sampleSizeForProportion", Math.sqrt(p * (1 - p)), marginOfError, confidence, options, points);
}
