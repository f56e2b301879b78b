/**
 * Building a {@link WeightedMoments} summary from arrays in one call.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertFinite, assertWeight } from "./_usage.js";
import type { WeightedMoments } from "./weighted-moments.js";

/**
 * Summarise values with optional weights (all 1 when omitted), as repeated `addValue` calls would.
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
  // addValue's arithmetic, the same operations in the same order (so the same digits), on local numbers: updating
  // a summary object's fields value by value allocated a boxed number per field and value (246 MB for the
  // survey summary of 130,000 respondents' answers).
  let n = 0;
  let nZeroWeight = 0;
  let sumW = 0;
  let mean = 0;
  let m2 = 0;
  let sumW2 = 0;
  let meanW2 = 0;
  let m2W2 = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i]!;
    const w = weights === undefined ? 1 : weights[i]!;
    assertFinite("addValue", "y", y);
    assertWeight("addValue", w);
    if (w === 0) {
      nZeroWeight += 1;
      continue;
    }
    n += 1;
    const nextW = sumW + w;
    const delta = y - mean;
    mean += (delta * w) / nextW;
    m2 += (delta * delta * w * sumW) / nextW;
    sumW = nextW;
    const w2 = w * w;
    const nextW2 = sumW2 + w2;
    const delta2 = y - meanW2;
    meanW2 += (delta2 * w2) / nextW2;
    m2W2 += (delta2 * delta2 * w2 * sumW2) / nextW2;
    sumW2 = nextW2;
  }
  return { n, nZeroWeight, sumW, mean, m2, sumW2, meanW2, m2W2 };
}
