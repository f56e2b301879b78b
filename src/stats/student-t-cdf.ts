/**
 * The cumulative distribution function of Student's t distribution.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertDf } from "./_usage.js";
import { incompleteBetaPair } from "./_incomplete-beta.js";
import { normalCdf } from "./normal-cdf.js";
import { LARGE_DF, zFromT } from "./_t-expansion.js";

/**
 * P(T ≤ t) for T ~ t(ν), through the identity P(|T| > |t|) = I_x(ν/2, ½) with x = ν/(ν + t²), where the
 * incomplete beta function receives both x and 1 − x = t²/(ν + t²) computed without cancellation. Relative error
 * around 1e-13 or better for ν < 1e5. From ν = 1e5 on, x is so close to 1 that the continued fraction loses digits,
 * and the Cornish–Fisher expansion (A&S 26.7.5, to 1/ν⁵) is inverted instead; ν = Infinity gives Φ(t).
 *
 * Source: Abramowitz & Stegun (1964) 26.7.1 and 26.5.27; incomplete beta as in {@link regularizedIncompleteBeta}.
 *
 * @param t - Any real number (±Infinity allowed).
 * @param df - Degrees of freedom ν > 0 (need not be an integer; Infinity for the normal limit).
 * @returns P(T ≤ t) (R: `pt(t, df)`).
 * @example
 * ```ts
 * studentTCdf(2.228138851986274, 10); // ≈ 0.975
 * studentTCdf(0, 3); // 0.5
 * ```
 */
export function studentTCdf(t: number, df: number): number {
  if (typeof t !== "number" || Number.isNaN(t)) {
    throw new UsageError("studentTCdf", `expecting a number, got ${String(t)}.`, "Pass a real number (±Infinity allowed).");
  }
  assertDf("studentTCdf", df);
  if (df === Infinity) return normalCdf(t);
  // Early exit: from ν = 1e5 on the tail beyond |t| = 40 is below e⁻⁷⁹⁹, 0 to double precision, and inverting the
  // expansion that far out (or at ±Infinity) does not converge.
  if (df >= LARGE_DF && !(Math.abs(t) < 40)) return t < 0 ? 0 : 1;
  if (df >= LARGE_DF) return normalCdf(zFromT(t, df));
  const t2 = t * t;
  // Early exit: t² overflows only where the tail is 0 to double precision.
  if (!Number.isFinite(t2)) return t < 0 ? 0 : 1;
  const tail = 0.5 * incompleteBetaPair(df / (df + t2), t2 / (df + t2), df / 2, 0.5).lower;
  return t < 0 ? tail : 1 - tail;
}
