/**
 * The mergeable summary of SERVQUAL-style paired answers: each respondent rates both perception (P) and
 * expectation (E) on the same scale, and the gap is P − E per respondent.
 * @module
 */
import { emptyMoments, type WeightedMoments } from "./weighted-moments.js";

/**
 * Three {@link WeightedMoments} over the same respondents: perception, expectation and their per-respondent
 * difference. Built with {@link addPair}, combined with {@link mergePairedGaps}; plain and serialisable.
 */
export interface PairedGapSummary {
  perception: WeightedMoments;
  expectation: WeightedMoments;
  /** Moments of P − E, respondent by respondent. */
  gap: WeightedMoments;
}

/**
 * A summary of no pairs, the identity of {@link mergePairedGaps}.
 *
 * @returns A new empty {@link PairedGapSummary}.
 * @example
 * ```ts
 * emptyPairedGap().gap.n; // 0
 * ```
 */
export function emptyPairedGap(): PairedGapSummary {
  return { perception: emptyMoments(), expectation: emptyMoments(), gap: emptyMoments() };
}
