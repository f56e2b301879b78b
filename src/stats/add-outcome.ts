/**
 * Adding one yes/no outcome to a {@link ProportionSummary} accumulator.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertWeight } from "./_usage.js";
import type { ProportionSummary } from "./proportion-summary.js";

/**
 * Count one outcome with weight w. Updated **in place** and returned, like {@link addValue}.
 *
 * @param s - The summary to update.
 * @param success - The outcome: `true`/`1` for a success, `false`/`0` for a failure.
 * @param w - Its sampling weight (finite, ≥ 0; default 1). A zero weight only counts the row as sampled.
 * @returns `s`, updated.
 * @example
 * ```ts
 * const s = emptyProportion();
 * addOutcome(s, true, 2);
 * addOutcome(s, 0, 1);
 * s.sumWSuccess / (s.sumWSuccess + s.sumWFailure); // ≈ 0.6666666666666666
 * ```
 */
export function addOutcome(s: ProportionSummary, success: boolean | 0 | 1, w = 1): ProportionSummary {
  if (success !== true && success !== false && success !== 0 && success !== 1) {
    throw new UsageError(
      "addOutcome",
      `expecting the outcome as true/false or 1/0, got ${String(success)}.`,
      "Code a success as true or 1 and a failure as false or 0; drop missing answers before summarising.",
    );
  }
  assertWeight("addOutcome", w);
  // Early exit: a zero weight changes only the count of sampled units.
  if (w === 0) {
    s.nZeroWeight += 1;
    return s;
  }
  s.n += 1;
  if (success === true || success === 1) {
    s.successes += 1;
    s.sumWSuccess += w;
    s.sumW2Success += w * w;
  } else {
    s.sumWFailure += w;
    s.sumW2Failure += w * w;
  }
  return s;
}
