/**
 * Combining two {@link PairedGapSummary} summaries of disjoint sets of respondents.
 * @module
 */
import { mergeMoments } from "./merge-moments.js";
import type { PairedGapSummary } from "./paired-gap.js";

/**
 * Merge the three moments pairwise with {@link mergeMoments}. Neither input is modified.
 *
 * @param a - One summary.
 * @param b - Another summary, of different respondents.
 * @returns A new summary of both.
 * @example
 * ```ts
 * const a = addPair(emptyPairedGap(), 3, 5);
 * const b = addPair(emptyPairedGap(), 4, 4);
 * mergePairedGaps(a, b).gap.mean; // -1
 * ```
 */
export function mergePairedGaps(a: PairedGapSummary, b: PairedGapSummary): PairedGapSummary {
  return {
    perception: mergeMoments(a.perception, b.perception),
    expectation: mergeMoments(a.expectation, b.expectation),
    gap: mergeMoments(a.gap, b.gap),
  };
}
