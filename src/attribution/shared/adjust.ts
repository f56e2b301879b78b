/**
 * The multiple-comparison adjustment a run is configured with, in one place: every family of tests (the findings'
 * tests, the link tests, the wave comparisons) is adjusted by the same rule.
 * @module
 */
import { unmatched } from "./unmatched.js";
import { adjustBenjaminiHochberg } from "../../stats/adjust-benjamini-hochberg.js";
import { adjustHolm } from "../../stats/adjust-holm.js";
import type { ResolvedAttributionOptions } from "./options.js";

/**
 * Adjust one family of p-values as the run's `correction` option says.
 *
 * @param ps - the raw p-values of one family.
 * @param correction - Benjamini–Hochberg (false discovery rate), Holm (family-wise error rate) or none.
 * @returns the adjusted p-values, in the same order.
 * @example
 * ```ts
 * adjustFamily([0.01, 0.04, 0.03], "holm"); // [0.03, 0.06, 0.06]
 * ```
 */
export function adjustFamily(ps: readonly number[], correction: ResolvedAttributionOptions["correction"]): number[] {
  if (ps.length === 0) return [];
  switch (correction) {
    case "benjamini-hochberg":
      return adjustBenjaminiHochberg(ps);
    case "holm":
      return adjustHolm(ps);
    case "none":
      return [...ps];
    default:
      return unmatched(correction);
  }
}
