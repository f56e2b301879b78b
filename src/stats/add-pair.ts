/**
 * Adding one respondent's perception and expectation answers to a {@link PairedGapSummary} accumulator.
 * @module
 */
import { assertFinite, assertWeight } from "./_usage.js";
import { addValue } from "./add-value.js";
import type { PairedGapSummary } from "./paired-gap.js";

/**
 * Add one respondent's pair: perception and expectation go to their own moments and P − E to the gap's, with
 * the same weight. Updated **in place** and returned, like {@link addValue}. Respondents who answered only one
 * of the two belong in neither (drop them before, or summarise them separately).
 *
 * @param s - The summary to update.
 * @param perception - The perceived-service answer (P).
 * @param expectation - The expected-service answer (E), on the same scale.
 * @param w - The respondent's weight (finite, ≥ 0; default 1).
 * @returns `s`, updated.
 * @example
 * ```ts
 * const s = addPair(emptyPairedGap(), 3, 5);
 * s.gap.mean; // -2
 * ```
 */
export function addPair(s: PairedGapSummary, perception: number, expectation: number, w = 1): PairedGapSummary {
  // Validate everything before touching anything, so a bad pair leaves the three moments consistent.
  assertFinite("addPair", "perception", perception);
  assertFinite("addPair", "expectation", expectation);
  assertFinite("addPair", "perception − expectation", perception - expectation);
  assertWeight("addPair", w);
  addValue(s.perception, perception, w);
  addValue(s.expectation, expectation, w);
  addValue(s.gap, perception - expectation, w);
  return s;
}
