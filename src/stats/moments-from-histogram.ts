/**
 * Turning a {@link Histogram} into the {@link WeightedMoments} of the same observations.
 * @module
 */
import type { Histogram } from "./histogram.js";
import type { WeightedMoments } from "./weighted-moments.js";

/**
 * The moments of the tabulated observations, computed exactly from the bins in two passes (means first, then
 * centred sums), so the result matches a row-by-row {@link addValue} to rounding and gives the same
 * {@link varianceOfMean}.
 *
 * @param h - The histogram.
 * @returns A new {@link WeightedMoments}.
 * @example
 * ```ts
 * momentsFromHistogram(histogramFromValues([4, 1], [2, 1])).mean; // 3
 * ```
 */
export function momentsFromHistogram(h: Histogram): WeightedMoments {
  let n = 0;
  let sumW = 0;
  let sumW2 = 0;
  let sy = 0;
  let sy2 = 0;
  for (const b of h.bins) {
    n += b.count;
    sumW += b.sumW;
    sumW2 += b.sumW2;
    sy += b.sumW * b.value;
    sy2 += b.sumW2 * b.value;
  }
  const mean = sumW > 0 ? sy / sumW : 0;
  const meanW2 = sumW2 > 0 ? sy2 / sumW2 : 0;
  let m2 = 0;
  let m2W2 = 0;
  for (const b of h.bins) {
    m2 += b.sumW * (b.value - mean) ** 2;
    m2W2 += b.sumW2 * (b.value - meanW2) ** 2;
  }
  return { n, nZeroWeight: h.nZeroWeight, sumW, mean, m2, sumW2, meanW2, m2W2 };
}
