/**
 * Fisher's (Cornish–Fisher) expansion of Student t quantiles in powers of 1/ν, used for ν ≥ 1e5, where the
 * continued fraction of the incomplete beta function loses digits to cancellation (x = ν/(ν + t²) is then
 * within 1e-5 of 1) while the expansion's truncation error, O(z¹³/ν⁶), is far below double precision.
 * @internal
 * @module
 */

/** Degrees of freedom from which the expansion replaces the beta-function route. */
export const LARGE_DF = 1e5;

/** t(ν) quantile from the standard normal quantile z (Abramowitz & Stegun 26.7.5, terms to 1/ν⁵). */
export function tFromZ(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z2 + 1) / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160;
  const g5 = (((((27 * z2 + 339) * z2 + 930) * z2 - 1782) * z2 - 765) * z2 + 17955) / 368640;
  const v = 1 / df;
  return z * (1 + v * (g1 + v * (g2 + v * (g3 + v * (g4 + v * g5)))));
}

/** The standard normal quantile z whose t(ν) quantile is t: {@link tFromZ} inverted by fixed-point iteration. */
export function zFromT(t: number, df: number): number {
  let z = t;
  for (let i = 0; i < 50; i++) {
    const next = z - (tFromZ(z, df) - t);
    if (Math.abs(next - z) <= 1e-17 * Math.abs(z)) return next;
    z = next;
  }
  return z;
}
