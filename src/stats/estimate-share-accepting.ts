/**
 * From an expectation distribution, the share of customers who would accept a given level of service.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertFinite } from "./_usage.js";
import type { Estimate } from "./estimate.js";
import { estimateProportion, type ProportionExtra, type ProportionOptions } from "./estimate-proportion.js";
import type { Histogram } from "./histogram.js";
import { proportionFromHistogram } from "./proportion-from-histogram.js";

/** Options of {@link estimateShareAccepting}. */
export interface ShareAcceptingOptions extends ProportionOptions {
  /**
   * What each answer is. `"maximum"` (default): the most a customer accepts ("longest acceptable wait"), so a
   * customer accepts x when the answer is ≥ x. `"minimum"`: the least a customer accepts ("lowest acceptable
   * first-contact resolution rate"), so a customer accepts x when the answer is ≤ x.
   */
  readonly answer?: "maximum" | "minimum";
}

/**
 * The weighted share of customers whose acceptable range includes x: for "longest acceptable wait" answers, the
 * share who accept a 45-minute wait is the share answering ≥ 45. Comparing it across candidate thresholds shows
 * whether a service standard is looser than what customers accept (an unreasonable standard, 标准不合理点).
 * A proportion, so the interval is {@link estimateProportion}'s (Wilson by default).
 *
 * Source: see {@link estimateProportion}; expectation zones as in Parasuraman, Berry & Zeithaml (1991), "Understanding
 * customer expectations of service", *Sloan Management Review* 32(3), 39–48.
 *
 * @param h - The histogram of the expectation answers.
 * @param x - The service level offered (same unit as the answers).
 * @param options - Which bound the answers are, plus {@link ProportionOptions}.
 * @returns The share in [0, 1], or insufficient data.
 * @example
 * ```ts
 * const waits = histogramFromValues([30, 45, 60, 60, 90, 120, 30, 45, 60, 90]);
 * estimateShareAccepting(waits, 45, { minN: 10 }).value; // 0.8
 * ```
 */
export function estimateShareAccepting(
  h: Histogram,
  x: number,
  options: ShareAcceptingOptions = {},
): Estimate<ProportionExtra> {
  assertFinite("estimateShareAccepting", "x", x);
  const answer = options.answer ?? "maximum";
  if (answer !== "maximum" && answer !== "minimum") {
    throw new UsageError(
      "estimateShareAccepting",
      `expecting answer "maximum" or "minimum", got ${String(answer)}.`,
      'Use "maximum" for "longest acceptable …" questions and "minimum" for "lowest acceptable …".',
    );
  }
  const accepts = answer === "maximum" ? (v: number) => v >= x : (v: number) => v <= x;
  return estimateProportion(proportionFromHistogram(h, accepts), options);
}
