/**
 * The logarithm of the beta function B(a, b) = Γ(a) Γ(b) / Γ(a + b), computed without the cancellation that
 * ruins ln Γ(a) + ln Γ(b) − ln Γ(a + b) when a or b is large (Student t with thousands of degrees of freedom).
 * @module
 */
import { assertPositive } from "./_usage.js";
import { LN_SQRT_2PI, stirlingRemainder } from "./_stirling-remainder.js";
import { logGamma } from "./log-gamma.js";

/**
 * ln B(a, b) for a, b > 0. When both arguments are ≥ 10 (or the larger one is), the Stirling terms are combined
 * analytically so that only small corrections are subtracted.
 *
 * Source: the case split of R's `lbeta` (R Core Team, nmath/lbeta.c), itself after W. Fullerton's SLATEC `dlbeta`.
 *
 * @param a - First shape, > 0.
 * @param b - Second shape, > 0.
 * @returns ln B(a, b).
 * @example
 * ```ts
 * logBeta(2, 3); // ≈ -2.4849066497880004 (= ln 1/12)
 * ```
 */
export function logBeta(a: number, b: number): number {
  assertPositive("logBeta", "a", a);
  assertPositive("logBeta", "b", b);
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
