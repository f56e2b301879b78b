/**
 * The regularised incomplete beta function with both x and y = 1 − x supplied, so that callers who know 1 − x
 * exactly (Student t: x = ν/(ν + t²), y = t²/(ν + t²)) do not lose it to rounding. Internal engine of
 * {@link regularizedIncompleteBeta}, {@link studentTCdf} and {@link betaQuantile}.
 * @internal
 * @module
 */
import { logBeta } from "./log-beta.js";

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100_000;

/** ln of x^a y^b / B(a, b), the factor in front of the continued fraction. */
function logFront(x: number, y: number, a: number, b: number): number {
  const lx = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const ly = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  return a * lx + b * ly - logBeta(a, b);
}

/** The continued fraction for I_x(a, b) by the modified Lentz method (Numerical Recipes, 3rd ed., §6.4). */
function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/**
 * I_x(a, b) and its complement 1 − I_x(a, b), each computed directly where it is the small one, so both have
 * full relative accuracy. Requires x + y = 1, x, y ∈ [0, 1], a, b > 0.
 */
export function incompleteBetaPair(x: number, y: number, a: number, b: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (y <= 0) return { lower: 1, upper: 0 };
  const front = Math.exp(logFront(x, y, a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * continuedFraction(x, a, b)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (front * continuedFraction(y, b, a)) / b;
  return { lower: 1 - upper, upper };
}

/** The beta density at x (with y = 1 − x), used by Newton steps. */
export function betaDensity(x: number, y: number, a: number, b: number): number {
  if (x <= 0 || y <= 0) return 0;
  const lx = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const ly = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  return Math.exp((a - 1) * lx + (b - 1) * ly - logBeta(a, b));
}
