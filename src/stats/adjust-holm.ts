/**
 * Holm's step-down adjustment of p-values, controlling the family-wise error rate.
 * @module
 */
import { orderOfPValues } from "./_p-values.js";

/**
 * Adjusted p_(i) = max_{j ≤ i} min(1, (m − j + 1) p_(j)) over the p-values sorted increasingly: uniformly more
 * powerful than Bonferroni, valid under any dependence. Adjusted values are ≥ the raw ones, ≤ 1, and keep their
 * order. Same as R's `p.adjust(p, "holm")`.
 *
 * Source: Holm, S. (1979), "A simple sequentially rejective multiple test procedure", *Scandinavian Journal of
 * Statistics* 6(2), 65–70.
 *
 * @param pValues - Raw p-values in [0, 1].
 * @returns Adjusted p-values, in the input order.
 * @example
 * ```ts
 * adjustHolm([0.01, 0.04, 0.03, 0.2]); // [0.04, 0.09, 0.09, 0.2]
 * ```
 */
export function adjustHolm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = orderOfPValues("adjustHolm", pValues);
  const adjusted = new Array<number>(m);
  let running = 0;
  for (let rank = 1; rank <= m; rank++) {
    const i = order[rank - 1]!;
    running = Math.max(running, Math.min(1, (m - rank + 1) * pValues[i]!));
    adjusted[i] = running;
  }
  return adjusted;
}
