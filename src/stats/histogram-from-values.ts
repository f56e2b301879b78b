/**
 * Building a {@link Histogram} from arrays in one call.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { addToHistogram } from "./add-to-histogram.js";
import { emptyHistogram, type Histogram } from "./histogram.js";

/**
 * Tabulate values with optional weights (all 1 when omitted) by repeated {@link addToHistogram}.
 *
 * @param values - The observations.
 * @param weights - Their weights, same length, or omitted for an unweighted sample.
 * @returns A new histogram.
 * @example
 * ```ts
 * histogramFromValues([5, 4, 5]).bins; // [{ value: 4, count: 1, sumW: 1, sumW2: 1 }, { value: 5, count: 2, sumW: 2, sumW2: 2 }]
 * ```
 */
export function histogramFromValues(values: readonly number[], weights?: readonly number[]): Histogram {
  if (weights !== undefined && weights.length !== values.length) {
    throw new UsageError(
      "histogramFromValues",
      `expecting as many weights as values, got ${weights.length} weights for ${values.length} values.`,
      "Pass one weight per value, or no weights for an unweighted sample.",
    );
  }
  const h = emptyHistogram();
  for (let i = 0; i < values.length; i++) addToHistogram(h, values[i]!, weights === undefined ? 1 : weights[i]!);
  return h;
}
