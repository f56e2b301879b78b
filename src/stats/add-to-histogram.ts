/**
 * Adding one observation to a {@link Histogram} accumulator.
 * @module
 */
import { assertFinite, assertWeight } from "./_usage.js";
import type { Histogram } from "./histogram.js";

/**
 * Count the value y with weight w: its bin's count grows by 1, weight by w and squared weight by w² (a bin is
 * created, in order, the first time a value is seen). Updated **in place** and returned, like {@link addValue}.
 * Meant for discrete items: every distinct value gets its own bin.
 *
 * @param h - The histogram to update.
 * @param y - The observed value (finite; −0 is counted as 0).
 * @param w - Its sampling weight (finite, ≥ 0; default 1). A zero weight only counts the row as sampled.
 * @returns `h`, updated.
 * @example
 * ```ts
 * const h = emptyHistogram();
 * addToHistogram(h, 5, 2);
 * addToHistogram(h, 3);
 * addToHistogram(h, 5, 0.5);
 * h.bins; // [{ value: 3, count: 1, sumW: 1, sumW2: 1 }, { value: 5, count: 2, sumW: 2.5, sumW2: 4.25 }]
 * ```
 */
export function addToHistogram(h: Histogram, y: number, w = 1): Histogram {
  assertFinite("addToHistogram", "y", y);
  assertWeight("addToHistogram", w);
  // Early exit: a zero weight changes only the count of sampled units.
  if (w === 0) {
    h.nZeroWeight += 1;
    return h;
  }
  const value = y === 0 ? 0 : y;
  const bins = h.bins;
  let lo = 0;
  let hi = bins.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bins[mid]!.value < value) lo = mid + 1;
    else hi = mid;
  }
  const bin = bins[lo];
  if (bin !== undefined && bin.value === value) {
    bin.count += 1;
    bin.sumW += w;
    bin.sumW2 += w * w;
  } else {
    bins.splice(lo, 0, { value, count: 1, sumW: w, sumW2: w * w });
  }
  return h;
}
