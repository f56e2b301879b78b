/**
 * The quantile function of Student's t distribution, for t-based confidence intervals.
 * @module
 */
import { assertDf, assertProbability } from "./_usage.js";
import { betaQuantilePair } from "./_beta-quantile.js";
import { normalQuantile } from "./normal-quantile.js";
import { LARGE_DF, tFromZ } from "./_t-expansion.js";

/**
 * The t with P(T ≤ t) = p for T ~ t(ν). The two-sided tail q = 2 min(p, 1 − p) is inverted through the
 * incomplete beta function, q = I_x(ν/2, ½) with x = ν/(ν + t²), solving for whichever of x and 1 − x is small
 * so that t = √(ν (1 − x)/x) keeps full relative accuracy both near the centre and far in the tails. ν = 1 uses the
 * Cauchy closed form, ν ≥ 1e5 the Cornish–Fisher expansion (A&S 26.7.5, to 1/ν⁵, truncation error far below
 * double precision there) and ν = Infinity the normal quantile.
 *
 * Source: Abramowitz & Stegun (1964) 26.7.1 (t as a beta variable); inversion as in {@link betaQuantile}.
 *
 * @param p - Probability in [0, 1]; 0 and 1 give −Infinity and +Infinity.
 * @param df - Degrees of freedom ν > 0 (need not be an integer; Infinity for the normal limit).
 * @returns The p-quantile (R: `qt(p, df)`), relative error around 1e-13.
 * @example
 * ```ts
 * studentTQuantile(0.975, 10); // ≈ 2.228138851986274
 * studentTQuantile(0.975, Infinity); // ≈ 1.959963984540054
 * ```
 */
export function studentTQuantile(p: number, df: number): number {
  assertProbability("studentTQuantile", "p", p);
  assertDf("studentTQuantile", df);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  if (df >= LARGE_DF) return tFromZ(normalQuantile(p), df);
  const lower = p < 0.5;
  const tailOne = lower ? p : 1 - p; // exact: 1 − p has no rounding for p ≥ ½ (Sterbenz)
  if (df === 1) {
    // Cauchy: tan(π(p − ½)) near the centre (p − ½ is exact there), cot(π · tail) in the tails.
    if (Math.abs(p - 0.5) <= 0.25) return Math.tan(Math.PI * (p - 0.5));
    const t = 1 / Math.tan(Math.PI * tailOne);
    return lower ? -t : t;
  }
  const q = 2 * tailOne;
  const { x, y } = betaQuantilePair(q, 1 - q, df / 2, 0.5);
  const t = Math.sqrt((df * y) / x);
  return lower ? -t : t;
}
