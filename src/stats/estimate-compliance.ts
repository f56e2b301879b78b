/**
 * The compliance rate of operational cases against a service standard, and whether it meets the required share.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertFinite, assertProbability } from "./_usage.js";
import type { Estimate } from "./estimate.js";
import { estimateProportion, type ProportionExtra, type ProportionOptions } from "./estimate-proportion.js";
import type { Histogram } from "./histogram.js";
import { proportionFromHistogram } from "./proportion-from-histogram.js";

/** The standard a case is measured against. */
export interface ComplianceStandard {
  /** The threshold, in the unit of the measurements (e.g. 45 minutes). */
  readonly threshold: number;
  /** Which way is better: `"lower"` (durations: a case complies at ≤ threshold) or `"higher"` (≥ threshold). */
  readonly better: "lower" | "higher";
  /** The share of cases that must comply (e.g. 0.95); when given, the result carries a verdict. */
  readonly target?: number;
}

/** Fields a compliance estimate adds. */
export interface ComplianceExtra extends ProportionExtra {
  /**
   * Against the target: `"meets"` when the whole interval is at or above it, `"misses"` when the whole interval is
   * below it, `"inconclusive"` otherwise; `null` without a target.
   */
  readonly verdict: "meets" | "misses" | "inconclusive" | null;
}

/**
 * The share of cases meeting a standard (a delivery gap is a step missing its own standard, 执行不合格点), with
 * the Wilson interval by default (cases are usually unweighted, and Wilson stays sensible at 98–100%).
 *
 * Source: see {@link estimateProportion} and {@link wilsonInterval}.
 *
 * @param h - The histogram of the measurements (e.g. minutes until the crew arrived, one per case).
 * @param standard - Threshold, direction and optional target share.
 * @param options - As {@link estimateProportion}.
 * @returns The compliance rate with its interval and verdict, or insufficient data.
 * @example
 * ```ts
 * const arrivals = histogramFromValues([20, 35, 44, 50, 30, 41, 38, 47, 25, 33]);
 * const r = estimateCompliance(arrivals, { threshold: 45, better: "lower", target: 0.95 }, { minN: 10 });
 * r.kind === "estimate" && [r.value, r.ci, r.verdict]; // [0.8, [0.490…, 0.943…], "misses"]
 * ```
 */
export function estimateCompliance(
  h: Histogram,
  standard: ComplianceStandard,
  options: ProportionOptions = {},
): Estimate<ComplianceExtra> {
  assertFinite("estimateCompliance", "standard.threshold", standard.threshold);
  if (standard.better !== "lower" && standard.better !== "higher") {
    throw new UsageError(
      "estimateCompliance",
      `expecting standard.better "lower" or "higher", got ${String(standard.better)}.`,
      'Use "lower" for durations and waits, "higher" for rates and scores.',
    );
  }
  if (standard.target !== undefined) assertProbability("estimateCompliance", "standard.target", standard.target);
  const { threshold, target } = standard;
  const meets = standard.better === "lower" ? (v: number) => v <= threshold : (v: number) => v >= threshold;
  const e = estimateProportion(proportionFromHistogram(h, meets), options);
  if (e.kind === "insufficient") return e;
  const verdict =
    target === undefined ? null : e.ci[0] >= target ? "meets" : e.ci[1] < target ? "misses" : "inconclusive";
  return { ...e, verdict };
}
