/**
 * A link's measured effect and share, by the delta method, shared by every route that measures links: the effect
 * from a regression coefficient (linked customers, in process or from a summary; driver points), and the interval
 * of its share of a customer gap (each link's share, and the shares passed upstream through chained standards).
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

/** A fitted coefficient, as the regressions give it. */
interface Coefficient {
  readonly estimate: number;
  readonly se: number;
  readonly ci: readonly [number, number];
  readonly p: number;
}

/**
 * A link's effect from a regression coefficient b and what it multiplies: the exposure share p of a linked
 * exposure (attributable −b·p) or a driver point's gap g (attributable b·g). The attributable part's error is the
 * delta method's, Var ≈ x²·Var(b) + b²·Var(x) (covariance taken as zero), on the fit's t reference.
 *
 * @param estimator - `linked-regression` (the candidate's exposure) or `driver-regression` (a point's gap).
 * @param b - the coefficient.
 * @param fit - the fit's level, customers and degrees of freedom.
 * @param x - the exposure share or the gap, with its standard error.
 * @param adjustedFor - the segment dimensions compared within.
 * @returns the effect; its q-value is set by the link tests' adjustment later (NaN here).
 * @example
 * ```ts
 * coefficientEffect("linked-regression", fit.coefficients[3], fit, { value: 0.3, se: 0.02 }, ["area"]);
 * ```
 */
export function coefficientEffect(
  estimator: "linked-regression" | "driver-regression",
  b: Coefficient,
  fit: { readonly level: number; readonly n: number; readonly df: number },
  x: { readonly value: number; readonly se: number },
  adjustedFor: readonly string[],
): LinkEffect {
  const t = studentTQuantile(1 - (1 - fit.level) / 2, fit.df);
  const value = (estimator === "linked-regression" ? -b.estimate : b.estimate) * x.value;
  const se = Math.sqrt(x.value * x.value * b.se * b.se + b.estimate * b.estimate * x.se * x.se);
  return {
    estimator,
    effect: { value: b.estimate, se: b.se, ci: [b.ci[0], b.ci[1]], level: fit.level, n: fit.n, nEffective: fit.n, p: b.p, q: NaN },
    df: fit.df,
    exposure: x.value,
    attributable: { value, se, ci: [value - t * se, value + t * se] },
    adjustedFor: [...adjustedFor],
    n: fit.n,
  };
}
