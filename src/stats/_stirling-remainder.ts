/**
 * The remainder of Stirling's series, ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], for x ≥ 10. Kept apart so that
 * {@link logGamma} and {@link logBeta} can cancel the large terms analytically instead of numerically.
 * @internal
 * @module
 */

// B_{2k} / (2k (2k − 1)), k = 1..8 (Abramowitz & Stegun 6.1.40). At x ≥ 10 the ninth term is below 1e-19.
const C = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400] as const;

/** ln Γ(x) minus Stirling's leading terms, accurate to about 1e-17 for x ≥ 10. */
export function stirlingRemainder(x: number): number {
  const x2 = 1 / (x * x);
  let sum = 0;
  for (let k = C.length - 1; k >= 0; k--) sum = sum * x2 + C[k]!;
  return sum / x;
}

/** ln √(2π). */
export const LN_SQRT_2PI = 0.91893853320467274178032973640562;
