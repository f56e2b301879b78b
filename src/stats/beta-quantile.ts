/**
 * The quantile function of the beta distribution, needed by the Korn–Graubard (Clopper–Pearson style) interval
 * for proportions.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertProbability } from "./_usage.js";
import { betaQuantilePair } from "./_beta-quantile.js";

/**
 * The x with P(X ≤ x) = p for X ~ Beta(a, b): Newton's method on {@link regularizedIncompleteBeta}, safeguarded by
 * bisection, from the starting point of Numerical Recipes. A shape of 0 is the point mass R uses (`qbeta(p, 0, b)`
 * is 0, `qbeta(p, a, 0)` is 1), which the exact interval needs when no case (or every case) is a success.
 *
 * Source: Press et al. (2007), *Numerical Recipes*, 3rd ed., §6.14.1 (`invbetai`); Abramowitz & Stegun 26.5.22.
 *
 * @param p - Probability in [0, 1].
 * @param a - First shape, ≥ 0.
 * @param b - Second shape, ≥ 0 (not both 0).
 * @returns The p-quantile (R: `qbeta(p, a, b)`), relative error around 1e-14.
 * @example
 * ```ts
 * betaQuantile(0.5, 2, 2); // 0.5
 * betaQuantile(0.025, 3, 18); // ≈ 0.0320709371854637  (the Clopper–Pearson lower bound for 3/20)
 * ```
 */
export function betaQuantile(p: number, a: number, b: number): number {
  assertProbability("betaQuantile", "p", p);
  if (!(a >= 0 && b >= 0 && Number.isFinite(a) && Number.isFinite(b)) || (a === 0 && b === 0)) {
    throw new UsageError(
      "betaQuantile",
      `expecting finite shapes a, b ≥ 0, not both 0; got a = ${a}, b = ${b}.`,
      "Pass the two shape parameters of the beta distribution.",
    );
  }
  // Point masses: Beta(0, b) sits at 0 and Beta(a, 0) at 1.
  if (a === 0) return 0;
  if (b === 0) return 1;
  return betaQuantilePair(p, 1 - p, a, b).x;
}
