/**
 * The top-box share of a rating item (e.g. the share answering 4 or 5 on a 1–5 scale).
 * @module
 */
import { assertFinite } from "./_usage.js";
import type { Estimate } from "./estimate.js";
import { estimateProportion, type ProportionExtra, type ProportionOptions } from "./estimate-proportion.js";
import type { Histogram } from "./histogram.js";
import { proportionFromHistogram } from "./proportion-from-histogram.js";

/**
 * The weighted share of answers at or above `lowest`: top-2-box on a 1–5 scale is `lowest = 4`, top box is 5.
 * A proportion, so the interval is {@link estimateProportion}'s (Wilson by default).
 *
 * Source: see {@link estimateProportion}.
 *
 * @param h - The histogram of the rating item.
 * @param lowest - The lowest value counted in the top box.
 * @param options - As {@link estimateProportion}.
 * @returns The share in [0, 1], or insufficient data.
 * @example
 * ```ts
 * estimateTopBox(histogramFromValues([5, 4, 3, 5, 2, 4, 5, 1, 4, 4]), 4, { minN: 10 }).value; // 0.7
 * ```
 */
export function estimateTopBox(h: Histogram, lowest: number, options: ProportionOptions = {}): Estimate<ProportionExtra> {
  assertFinite("estimateTopBox", "lowest", lowest);
  return estimateProportion(
    proportionFromHistogram(h, (v) => v >= lowest),
    options,
  );
}
