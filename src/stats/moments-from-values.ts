/**
 * Building a {@link WeightedMoments} summary from arrays in one call.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { addValue } from "./add-value.js";
import { emptyMoments, type WeightedMoments } from "./weighted-moments.js";

/**
 * Summarise values with optional weights (all 1 when omitted) by repeated {@link addValue}.
 *
 * @param values - The observations (an array or a typed array).
 * @param weights - Their weights, same length, or omitted for an unweighted sample.
 * @returns A new summary.
 * @example
 * ```ts
 * momentsFromValues([4, 1], [2, 1]).mean; // 3
 * ```
 */
export function momentsFromValues(values: ArrayLike<number>, weights?: ArrayLike<number>): WeightedMoments {
  if (weights !== undefined && weights.length !== values.length) {
    throw new UsageError(
      "momentsFromValues",
      `expecting as many weights as values, got ${weights.length} weights for ${values.length} values.`,
      "Pass one weight per value, or no weights for an unweighted sample.",
    );
  }
  const m = emptyMoments();
  for (let i = 0; i < values.length; i++) addValue(m, values[i]!, weights === undefined ? 1 : weights[i]!);
  return m;
}
