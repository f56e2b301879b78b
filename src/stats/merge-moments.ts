/**
 * Combining two {@link WeightedMoments} summaries of disjoint pieces of data.
 * @module
 */
import type { WeightedMoments } from "./weighted-moments.js";

/** Chan et al.'s pairwise combination of (total weight, mean, M2), with weights in place of counts. */
function combine(wa: number, ma: number, m2a: number, wb: number, mb: number, m2b: number): [number, number] {
  const w = wa + wb;
  // Early exit: an empty side contributes nothing (and would divide by zero).
  if (wa === 0) return [mb, m2b];
  if (wb === 0) return [ma, m2a];
  const delta = mb - ma;
  return [ma + (delta * wb) / w, m2a + m2b + (delta * delta * wa * wb) / w];
}

/**
 * The summary of the union of two disjoint sets of observations: weighted counts add, and the means and M2s
 * combine by Chan, Golub and LeVeque's parallel formula with weights in place of counts:
 * ȳ = ȳa + δ Wb / W and M2 = M2a + M2b + δ² Wa Wb / W, δ = ȳb − ȳa. The result equals one pass over all the rows
 * (to rounding), whatever the split and order. Neither input is modified.
 *
 * Source: Chan, T. F., Golub, G. H. & LeVeque, R. J. (1979), "Updating formulae and a pairwise algorithm for
 * computing sample variances", Stanford CS report STAN-CS-79-773, eq. 2.1b; weighted form as in West (1979).
 *
 * @param a - One summary.
 * @param b - Another summary, of different rows.
 * @returns A new summary of both.
 * @example
 * ```ts
 * const a = addValue(emptyMoments(), 4, 2);
 * const b = addValue(emptyMoments(), 1, 1);
 * mergeMoments(a, b).mean; // 3
 * mergeMoments(a, b).m2; // 6
 * ```
 */
export function mergeMoments(a: WeightedMoments, b: WeightedMoments): WeightedMoments {
  const [mean, m2] = combine(a.sumW, a.mean, a.m2, b.sumW, b.mean, b.m2);
  const [meanW2, m2W2] = combine(a.sumW2, a.meanW2, a.m2W2, b.sumW2, b.meanW2, b.m2W2);
  return {
    n: a.n + b.n,
    nZeroWeight: a.nZeroWeight + b.nZeroWeight,
    sumW: a.sumW + b.sumW,
    mean,
    m2,
    sumW2: a.sumW2 + b.sumW2,
    meanW2,
    m2W2,
  };
}
