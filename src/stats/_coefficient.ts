/**
 * A fitted coefficient with its standard error, t, two-sided p and interval: shared by the regression from rows
 * (fitWeightedRegression) and from cross-products (fitFromCrossProducts). Internal.
 * @internal
 * @module
 */
import { studentTCdf } from "./student-t-cdf.js";

/** A coefficient (the shape of `RegressionCoefficient`) from its estimate and variance, on t(df) with critical value `c`. */
export function coefficient(name: string, estimate: number, variance: number, df: number, c: number): { name: string; estimate: number; se: number; t: number; p: number; ci: [number, number]; aliased: false } {
  // A perfect fit leaves a variance of 0 that rounding can push a hair below.
  const se = Math.sqrt(Math.max(variance, 0));
  const t = estimate / se;
  return { name, estimate, se, t, p: twoSidedP(t, df), ci: [estimate - c * se, estimate + c * se], aliased: false };
}

/** P(|T| ≥ |t|) for T ~ t(df); NaN for t = 0/0 (a zero estimate with zero SE). */
export function twoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN;
  const a = Math.abs(t);
  // studentTCdf's large-df route (df ≥ 1e5) cannot invert its expansion at |t| ≳ 1e3 or ±Infinity (it throws on
  // the NaN); from |t| = 40 the tail is below the smallest double there anyway, so it is 0.
  if (a === Infinity || (df >= 1e5 && a >= 40)) return 0;
  return 2 * studentTCdf(-a, df);
}
