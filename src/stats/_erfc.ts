/**
 * The complementary error function by W. J. Cody's rational Chebyshev approximations, the engine of
 * {@link normalCdf}.
 * @internal
 * @module
 */

// Cody (1969), Math. Comp. 23, 631–637; coefficients of his CALERF routine (Netlib SPECFUN, 1990 revision).
const A = [3.16112374387056560e0, 1.13864154151050156e2, 3.77485237685302021e2, 3.20937758913846947e3, 1.85777706184603153e-1];
const B = [2.36012909523441209e1, 2.44024637934444173e2, 1.28261652607737228e3, 2.84423683343917062e3];
const C = [
  5.64188496988670089e-1, 8.88314979438837594e0, 6.61191906371416295e1, 2.98635138197400131e2, 8.8195222124176909e2,
  1.71204761263407058e3, 2.05107837782607147e3, 1.23033935479799725e3, 2.15311535474403846e-8,
];
const D = [
  1.57449261107098347e1, 1.17693950891312499e2, 5.37181101862009858e2, 1.62138957456669019e3, 3.29079923573345963e3,
  4.36261909014324716e3, 3.43936767414372164e3, 1.23033935480374942e3,
];
const P = [
  3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2,
  6.58749161529837803e-4, 1.63153871373020978e-2,
];
const Q = [2.56852019228982242e0, 1.87295284992346047e0, 5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3];
const SQRPI = 0.56418958354775628695; // 1/√π
const THRESH = 0.46875;
const XBIG = 26.543;

/** exp(−y²) without losing the low bits of y² (Cody's split of y into a 1/16-grid part and a remainder). */
function expMinusSquare(y: number): number {
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return Math.exp(-ysq * ysq) * Math.exp(-del);
}

/** erfc(x) for any real x, relative error near machine precision. */
export function erfc(x: number): number {
  const y = Math.abs(x);
  let result: number;
  if (y <= THRESH) {
    const ysq = y > 1.11e-16 ? y * y : 0;
    let xnum = A[4]! * ysq;
    let xden = ysq;
    for (let i = 0; i < 3; i++) {
      xnum = (xnum + A[i]!) * ysq;
      xden = (xden + B[i]!) * ysq;
    }
    return 1 - (x * (xnum + A[3]!)) / (xden + B[3]!);
  } else if (y <= 4) {
    let xnum = C[8]! * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + C[i]!) * y;
      xden = (xden + D[i]!) * y;
    }
    result = ((xnum + C[7]!) / (xden + D[7]!)) * expMinusSquare(y);
  } else if (y >= XBIG) {
    result = 0;
  } else {
    const ysq = 1 / (y * y);
    let xnum = P[5]! * ysq;
    let xden = ysq;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + P[i]!) * ysq;
      xden = (xden + Q[i]!) * ysq;
    }
    result = (ysq * (xnum + P[4]!)) / (xden + Q[4]!);
    result = ((SQRPI - result) / y) * expMinusSquare(y);
  }
  return x < 0 ? 2 - result : result;
}
