/**
 * The interval of a measured share of a customer gap: s = A / G by the delta method, shared by the trace (each
 * link's share) and by the shares passed upstream through chained standards.
 * @module
 */
import { studentTQuantile } from "../../stats/student-t-quantile.js";
import type { LinkEffect } from "../shared/findings.js";

/**
 * A share's standard error and its reference quantile: s = A / G with Var(s) ≈ Var(A)/G² + A²·Var(G)/G⁴ (A and G
 * taken as independent), on the effect's t reference.
 *
 * @param effect - the link's measured effect (its attributable part A).
 * @param gap - the gap G (index points) and its standard error.
 * @returns the unbounded share, its standard error and the t quantile of the effect's level.
 * @example
 * ```ts
 * const { share, se, t } = shareSe(link.effect, { gap: 12.5, gapSe: 1.1 });
 * ```
 */
export function shareSe(effect: LinkEffect, gap: { readonly gap: number; readonly gapSe: number }): { share: number; se: number; t: number } {
  const a = effect.attributable;
  const g = gap.gap;
  const share = a.value / g;
  const se = Math.sqrt((a.se * a.se) / (g * g) + (a.value * a.value * gap.gapSe * gap.gapSe) / g ** 4);
  return { share, se, t: studentTQuantile(1 - (1 - effect.effect.level) / 2, effect.df) };
}
