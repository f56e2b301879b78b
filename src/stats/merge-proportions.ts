/**
 * Combining two {@link ProportionSummary} summaries of disjoint pieces of data.
 * @module
 */
import type { ProportionSummary } from "./proportion-summary.js";

/**
 * The summary of the union of two disjoint sets of outcomes: every field is a sum, so merging is exact up to
 * floating-point addition and independent of order. Neither input is modified.
 *
 * @param a - One summary.
 * @param b - Another summary, of different rows.
 * @returns A new summary of both.
 * @example
 * ```ts
 * const a = proportionFromOutcomes([1, 0]);
 * const b = proportionFromOutcomes([1, 1]);
 * mergeProportions(a, b).successes; // 3
 * ```
 */
export function mergeProportions(a: ProportionSummary, b: ProportionSummary): ProportionSummary {
  return {
    n: a.n + b.n,
    nZeroWeight: a.nZeroWeight + b.nZeroWeight,
    successes: a.successes + b.successes,
    sumWSuccess: a.sumWSuccess + b.sumWSuccess,
    sumWFailure: a.sumWFailure + b.sumWFailure,
    sumW2Success: a.sumW2Success + b.sumW2Success,
    sumW2Failure: a.sumW2Failure + b.sumW2Failure,
  };
}
