/**
 * The standard normal cumulative distribution function Φ.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { erfc } from "./_erfc.js";

/**
 * Φ(z) = P(Z ≤ z) for a standard normal Z, as ½ erfc(−z/√2) with W. J. Cody's rational Chebyshev approximation
 * of erfc (relative error near 1e-15, also deep in the lower tail).
 *
 * Source: Cody, W. J. (1969), "Rational Chebyshev approximations for the error function", *Mathematics of
 * Computation* 23, 631–637 (the CALERF routine; R's `pnorm` uses the same approximations, Cody 1993).
 *
 * @param z - Any real number (±Infinity allowed).
 * @returns Φ(z) (R: `pnorm(z)`).
 * @example
 * ```ts
 * normalCdf(1.959963984540054); // ≈ 0.975
 * normalCdf(-3); // ≈ 0.0013498980316301
 * ```
 */
export function normalCdf(z: number): number {
  if (typeof z !== "number" || Number.isNaN(z)) {
    throw new UsageError("normalCdf", `expecting a number, got ${String(z)}.`, "Pass a real number (±Infinity allowed).");
  }
  return 0.5 * erfc(-z / Math.SQRT2);
}
