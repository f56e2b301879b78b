/**
 * Validation and ordering shared by the p-value adjustments. Internal.
 * @internal
 * @module
 */
import { assertProbability } from "./_usage.js";

/** Check every p-value is in [0, 1] and return the indices sorted by p (stable). */
export function orderOfPValues(fn: string, pValues: readonly number[]): number[] {
  pValues.forEach((p, i) => assertProbability(fn, `pValues[${i}]`, p));
  return pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]! || i - j);
}
