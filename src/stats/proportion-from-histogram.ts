/**
 * Deriving a yes/no {@link ProportionSummary} from a {@link Histogram} (top box, "accepts 45 minutes", "within
 * the standard").
 * @module
 */
import type { Histogram } from "./histogram.js";
import type { ProportionSummary } from "./proportion-summary.js";

/**
 * Classify every bin of the histogram as success or failure by a predicate on its value; because the histogram
 * keeps counts, weights and squared weights per value, the result is exactly the summary a row-by-row
 * {@link addOutcome} would have built.
 *
 * @param h - The histogram of the item.
 * @param isSuccess - Which values count as a success, e.g. `(v) => v >= 4` for the top-2 box of a 1–5 scale.
 * @returns A new summary.
 * @example
 * ```ts
 * const h = histogramFromValues([5, 4, 3, 5, 1]);
 * proportionFromHistogram(h, (v) => v >= 4).successes; // 3
 * ```
 */
export function proportionFromHistogram(h: Histogram, isSuccess: (value: number) => boolean): ProportionSummary {
  const s: ProportionSummary = {
    n: 0,
    nZeroWeight: h.nZeroWeight,
    successes: 0,
    sumWSuccess: 0,
    sumWFailure: 0,
    sumW2Success: 0,
    sumW2Failure: 0,
  };
  for (const b of h.bins) {
    s.n += b.count;
    if (isSuccess(b.value)) {
      s.successes += b.count;
      s.sumWSuccess += b.sumW;
      s.sumW2Success += b.sumW2;
    } else {
      s.sumWFailure += b.sumW;
      s.sumW2Failure += b.sumW2;
    }
  }
  return s;
}
