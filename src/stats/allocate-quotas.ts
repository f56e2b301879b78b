/**
 * Splitting a total sample across segments (city bureaus, service themes) in proportion to their size, in whole
 * numbers that add up exactly.
 * @module
 */
import { UsageError } from "../core/errors.js";

/**
 * Proportional allocation n_h = n · N_h / Σ N by the largest-remainder (Hamilton) method: every segment gets the
 * whole part of its share, and the seats still missing go, one each, to the segments with the largest fractional
 * remainders (ties to the earlier segment). Quotas sum to `total` exactly and never exceed a segment's size.
 *
 * Source: Cochran (1977), *Sampling Techniques*, §5.5 (proportional allocation); Balinski, M. L. & Young, H. P.
 * (2001), *Fair Representation*, 2nd ed., ch. 2 (Hamilton's method).
 *
 * @param total - The number of completes (or invitations) to allocate: an integer ≥ 0, at most Σ sizes.
 * @param sizes - Segment population sizes (non-negative integers), in any order.
 * @returns The quotas, in the order of `sizes`.
 * @example
 * ```ts
 * allocateQuotas(100, [500, 300, 200]); // [50, 30, 20]
 * allocateQuotas(10, [5, 3, 3]); // [4, 3, 3]  (whole parts 4, 2, 2; remainders 6/11, 8/11, 8/11)
 * ```
 */
export function allocateQuotas(total: number, sizes: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new UsageError("allocateQuotas", `expecting total to be a non-negative integer, got ${String(total)}.`, "Pass a whole number of completes.");
  }
  let population = 0;
  sizes.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 0) {
      throw new UsageError("allocateQuotas", `expecting sizes[${i}] to be a non-negative integer, got ${String(s)}.`, "Pass each segment's population size.");
    }
    population += s;
  });
  if (total > population) {
    throw new UsageError(
      "allocateQuotas",
      `cannot allocate ${total} across segments whose population totals ${population}.`,
      "Lower the total to at most the population (a census of every segment), or check the segment sizes.",
    );
  }
  // Early exit: nothing to share (also avoids 0/0 when every segment is empty).
  if (total === 0) return sizes.map(() => 0);
  // Integer arithmetic for the whole parts and remainders keeps ties exact.
  const quotas = sizes.map((s) => Math.floor((total * s) / population));
  const remainders = sizes.map((s, i) => total * s - quotas[i]! * population);
  let missing = total - quotas.reduce((a, b) => a + b, 0);
  const order = sizes.map((_, i) => i).sort((i, j) => remainders[j]! - remainders[i]! || i - j);
  for (const i of order) {
    if (missing === 0) break;
    quotas[i]! += 1;
    missing -= 1;
  }
  return quotas;
}
