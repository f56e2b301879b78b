/**
 * The Benjamini–Hochberg adjustment of p-values, controlling the false discovery rate when many gaps are tested
 * at once.
 * @module
 */
import { orderOfPValues } from "./_p-values.js";

/**
 * Adjusted p_(i) = min_{j ≥ i} min(1, m p_(j) / j) over the p-values sorted increasingly (m tests): reject the
 * hypotheses whose adjusted value is ≤ q to keep the expected share of false discoveries at most q (independent
 * or positively dependent tests). Adjusted values are ≥ the raw ones, ≤ 1, and keep their order. Same as R's
 * `p.adjust(p, "BH")`.
 *
 * Source: Benjamini, Y. & Hochberg, Y. (1995), "Controlling the false discovery rate: a practical and powerful
 * approach to multiple testing", *JRSS B* 57(1), 289–300.
 *
 * @param pValues - Raw p-values in [0, 1].
 * @returns Adjusted p-values, in the input order.
 * @example
 * ```ts
 * adjustBenjaminiHochberg([0.01, 0.04, 0.03, 0.2]); // [0.04, 0.05333333333333334, 0.05333333333333334, 0.2]
 * ```
 */
export function adjustBenjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = orderOfPValues("adjustBenjaminiHochberg", pValues);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1]!;
    running = Math.min(running, (m / rank) * pValues[i]!);
    adjusted[i] = running;
  }
  return adjusted;
}
