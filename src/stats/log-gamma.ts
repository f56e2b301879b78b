/**
 * The logarithm of the gamma function, the building block of the beta and Student t distributions.
 * @module
 */
import { assertPositive } from "./_usage.js";
import { LN_SQRT_2PI, stirlingRemainder } from "./_stirling-remainder.js";

/**
 * ln Γ(x) for x > 0: Stirling's series with its remainder for x ≥ 10, and the recurrence
 * Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)) to move smaller x above 10. Absolute error below 1e-14.
 *
 * Source: Abramowitz & Stegun (1964), *Handbook of Mathematical Functions*, 6.1.40 (Stirling series) and 6.1.15
 * (recurrence).
 *
 * @param x - A positive real number.
 * @returns ln Γ(x).
 * @example
 * ```ts
 * logGamma(5); // ≈ 3.1780538303479458 (= ln 24)
 * logGamma(0.5); // ≈ 0.5723649429247001 (= ln √π)
 * ```
 */
export function logGamma(x: number): number {
  assertPositive("logGamma", "x", x);
  let shift = 0;
  if (x < 10) {
    let prod = 1;
    while (x < 10) {
      prod *= x;
      x += 1;
    }
    shift = Math.log(prod);
  }
  return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingRemainder(x) - shift;
}
