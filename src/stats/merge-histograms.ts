/**
 * Combining two {@link Histogram} summaries of disjoint pieces of data.
 * @module
 */
import type { Histogram, HistogramBin } from "./histogram.js";

/**
 * The histogram of the union of two disjoint sets of observations: bins with the same value add their counts,
 * weights and squared weights; the others are kept, in order. Neither input is modified.
 *
 * @param a - One histogram.
 * @param b - Another histogram, of different rows.
 * @returns A new histogram of both.
 * @example
 * ```ts
 * const a = histogramFromValues([1, 2]);
 * const b = histogramFromValues([2, 3]);
 * mergeHistograms(a, b).bins.map((bin) => [bin.value, bin.count]); // [[1, 1], [2, 2], [3, 1]]
 * ```
 */
export function mergeHistograms(a: Histogram, b: Histogram): Histogram {
  const bins: HistogramBin[] = [];
  let i = 0;
  let j = 0;
  while (i < a.bins.length || j < b.bins.length) {
    const x = a.bins[i];
    const y = b.bins[j];
    if (y === undefined || (x !== undefined && x.value < y.value)) {
      bins.push({ ...x! });
      i++;
    } else if (x === undefined || y.value < x.value) {
      bins.push({ ...y });
      j++;
    } else {
      bins.push({ value: x.value, count: x.count + y.count, sumW: x.sumW + y.sumW, sumW2: x.sumW2 + y.sumW2 });
      i++;
      j++;
    }
  }
  return { bins, nZeroWeight: a.nZeroWeight + b.nZeroWeight };
}
