/**
 * Inverse of the regularised incomplete beta function, returning both x and 1 − x at full relative accuracy.
 * Internal engine of {@link betaQuantile} and {@link studentTQuantile}.
 * @internal
 * @module
 */
import { betaDensity, incompleteBetaPair } from "./_incomplete-beta.js";

/** Starting point of Numerical Recipes' `invbetai` (3rd ed., §6.14.1), after Abramowitz & Stegun 26.5.22. */
function initialGuess(p: number, q: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : q;
    const t = Math.sqrt(-2 * Math.log(pp));
    let x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) x = -x;
    const al = (x * x - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (x * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const t = Math.exp(a * Math.log(a / (a + b))) / a;
  const u = Math.exp(b * Math.log(b / (a + b))) / b;
  const w = t + u;
  return p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * q, 1 / b);
}

/**
 * Solve f(z) = 0 for increasing f on (0, 0.5] by Newton steps kept inside a shrinking bracket; a step that
 * leaves the bracket is replaced by bisection (geometric while the bracket spans orders of magnitude).
 */
function solveIncreasing(f: (z: number) => number, df: (z: number) => number, z0: number): number {
  let lo = 0;
  let hi = 0.5;
  let z = z0 > 0 && z0 < 0.5 ? z0 : 0.25;
  for (let iter = 0; iter < 2000; iter++) {
    const fz = f(z);
    if (fz === 0) return z;
    if (fz < 0) lo = z;
    else hi = z;
    const d = df(z);
    let next = d > 0 && Number.isFinite(d) ? z - fz / d : Number.NaN;
    if (!(next > lo && next < hi)) {
      const floor = Math.max(lo, 1e-300);
      next = hi / floor > 4 ? Math.sqrt(floor * hi) : 0.5 * (lo + hi);
    }
    if (Math.abs(next - z) <= 1e-15 * z || hi - lo <= 1e-16 * hi) return next;
    z = next;
  }
  return z;
}

/**
 * x with I_x(a, b) = p, and y = 1 − x, given p and q = 1 − p. Solves for whichever of x and y is below ½, so the
 * small one is exact to rounding and the other is 1 minus it.
 */
export function betaQuantilePair(p: number, q: number, a: number, b: number): { x: number; y: number } {
  if (p <= 0) return { x: 0, y: 1 };
  if (q <= 0) return { x: 1, y: 0 };
  const guess = initialGuess(p, q, a, b);
  // Compare against the smaller of p and q, with the matching tail of I, so that neither 1 − p nor 1 − I is formed
  // (1 − 2e-20 is 1 in double precision).
  if (incompleteBetaPair(0.5, 0.5, a, b).lower >= p) {
    const x = solveIncreasing(
      (t) => {
        const i = incompleteBetaPair(t, 1 - t, a, b);
        return p <= q ? i.lower - p : q - i.upper;
      },
      (t) => betaDensity(t, 1 - t, a, b),
      guess,
    );
    return { x, y: 1 - x };
  }
  // I_x(a, b) = p  ⇔  I_y(b, a) = q with y = 1 − x.
  const y = solveIncreasing(
    (t) => {
      const i = incompleteBetaPair(t, 1 - t, b, a);
      return q <= p ? i.lower - q : p - i.upper;
    },
    (t) => betaDensity(t, 1 - t, b, a),
    1 - guess,
  );
  return { x: 1 - y, y };
}
