/**
 * Adding one observation to a {@link WeightedMoments} accumulator.
 * @module
 */
import { assertFinite, assertWeight } from "./_usage.js";
import type { WeightedMoments } from "./weighted-moments.js";

/**
 * Add the observation y with weight w to the summary, updating the weighted mean and M2 by West's numerically
 * stable recurrence (no sums of squares, so no cancellation): with W′ = W + w and δ = y − ȳ,
 * ȳ′ = ȳ + δ w / W′ and M2′ = M2 + w δ (y − ȳ′) = M2 + δ² w W / W′ (the last form is used: it stays exact when
 * one weight dwarfs the others). The w²-weighted pair is updated the same way with w².
 *
 * The summary is an accumulator: it is updated **in place** (millions of rows) and returned for chaining; use
 * {@link mergeMoments} to combine summaries without touching them.
 *
 * Source: West, D. H. D. (1979), "Updating mean and variance estimates: an improved method", *Communications of
 * the ACM* 22(9), 532–535.
 *
 * @param m - The summary to update.
 * @param y - The observed value (finite).
 * @param w - Its sampling weight (finite, ≥ 0; default 1). A zero weight counts the row as sampled but outside
 *   the domain (see {@link WeightedMoments.nZeroWeight}).
 * @returns `m`, updated.
 * @example
 * ```ts
 * const m = emptyMoments();
 * addValue(m, 4, 2);
 * addValue(m, 1, 1);
 * m.mean; // 3
 * m.m2; // 6  (= 2·(4−3)² + 1·(1−3)²)
 * ```
 */
export function addValue(m: WeightedMoments, y: number, w = 1): WeightedMoments {
  assertFinite("addValue", "y", y);
  assertWeight("addValue", w);
  // Early exit: a zero weight changes only the count of sampled units.
  if (w === 0) {
    m.nZeroWeight += 1;
    return m;
  }
  m.n += 1;
  // M2 grows by w δ (y − ȳ′) = δ² w W / W′; the second form avoids the cancellation in y − ȳ′ when one weight
  // dwarfs the rest.
  const sumW = m.sumW + w;
  const delta = y - m.mean;
  m.mean += (delta * w) / sumW;
  m.m2 += (delta * delta * w * m.sumW) / sumW;
  m.sumW = sumW;
  const w2 = w * w;
  const sumW2 = m.sumW2 + w2;
  const delta2 = y - m.meanW2;
  m.meanW2 += (delta2 * w2) / sumW2;
  m.m2W2 += (delta2 * delta2 * w2 * m.sumW2) / sumW2;
  m.sumW2 = sumW2;
  return m;
}
