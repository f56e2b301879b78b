/**
 * The attributable fraction of one kind of miss due to another (the population attributable fraction of a
 * cross-tabulation), with its delta-method interval: of the cases that miss a downstream standard, how many
 * misses are in excess where an upstream standard was missed too.
 * @module
 */
import { assertLevel } from "./_usage.js";
import { criticalValue } from "./_estimate.js";
import { normalCdf } from "./normal-cdf.js";

/** Counts of a 2 × 2 table of cases: the exposure (upstream missed or not) by the outcome (downstream missed or not). */
export interface TwoByTwo {
  /** Exposed and with the outcome (both missed). */
  readonly exposedWith: number;
  /** Exposed, without the outcome. */
  readonly exposedWithout: number;
  /** Not exposed, with the outcome. */
  readonly unexposedWith: number;
  /** Not exposed, without the outcome. */
  readonly unexposedWithout: number;
}

/** An attributable fraction with its standard error, interval and two-sided test of "no excess". */
export interface AttributableFraction {
  /** The fraction of outcomes in excess among the exposed, of all outcomes (may be negative: fewer than expected). */
  readonly value: number;
  readonly se: number;
  readonly ci: readonly [number, number];
  readonly level: number;
  /** The test statistic of "no excess": −log(1 − AF) / (SE / (1 − AF)) (value / SE at AF = 1). */
  readonly z: number;
  /** Two-sided p-value 2 Φ(−|z|). */
  readonly pValue: number;
  /** Cases in the table. */
  readonly n: number;
}

/**
 * The fraction of outcomes attributable to an exposure, AF = (a − n₁ · c / n₀) / (a + c), where a = exposed with
 * the outcome, c = unexposed with it, n₁ and n₀ the exposed and unexposed cases: the outcomes among the exposed in
 * excess of the rate among the unexposed, as a share of all outcomes. Its standard error is the delta method's
 * under multinomial sampling of the four cells, Var ≈ (1/n) Σ gᵢ² πᵢ with g the gradient of AF in the cell
 * proportions (AF is homogeneous of degree 0, so Σ gᵢ πᵢ = 0). The interval and the test are normal on the scale of
 * log(1 − AF), SE/(1 − AF) there (so the interval stays below 1; raw scale at AF = 1). Undefined (NaN) when no case
 * has the outcome, or when either exposure group is empty. A table with an empty cell is estimated with half a
 * case added to every cell (Haldane 1956; Anscombe 1956), so an estimate on its bound is not taken as exact.
 *
 * Source: Levin (1953), "The occurrence of lung cancer in man", *Acta Unio Int Contra Cancrum* 9:531–541 (the
 * fraction); Walter (1976), "The estimation and interpretation of attributable risk in health research",
 * *Biometrics* 32:829–849 (its large-sample variance); Greenland (1987), "Variance estimators for attributable
 * fraction estimates consistent in both large strata and sparse data", *Statistics in Medicine* 6:701–708 (the
 * log(1 − AF) scale).
 *
 * @param table - the four counts.
 * @param level - the confidence level (default 0.95).
 * @returns the fraction with its standard error, interval and two-sided test.
 * @example
 * ```ts
 * // 300 late dispatches, 150 of them late arrivals; 700 on time, 70 late arrivals anyway.
 * attributableFraction({ exposedWith: 150, exposedWithout: 150, unexposedWith: 70, unexposedWithout: 630 });
 * // value (150 − 300 × 70/700) / 220 = 0.5455, with its interval
 * ```
 */
export function attributableFraction(table: TwoByTwo, level = 0.95): AttributableFraction {
  assertLevel("attributableFraction", level);
  // An empty cell makes the estimate sit on its bound with no error (no outcome among the unexposed: AF = 1 exactly,
  // SE = 0). Then half a case is added to every cell (Haldane 1956, Anscombe 1956), as for other 2 × 2 estimates.
  const empty = table.exposedWith === 0 || table.exposedWithout === 0 || table.unexposedWith === 0 || table.unexposedWithout === 0;
  const half = empty ? 0.5 : 0;
  const a = table.exposedWith + half;
  const b = table.exposedWithout + half;
  const c = table.unexposedWith + half;
  const d = table.unexposedWithout + half;
  const n = table.exposedWith + table.exposedWithout + table.unexposedWith + table.unexposedWithout;
  const n1 = a + b;
  const n0 = c + d;
  const m = a + c;
  const value = table.exposedWith + table.exposedWithout > 0 && table.unexposedWith + table.unexposedWithout > 0 && table.exposedWith + table.unexposedWith > 0 ? (a - (n1 * c) / n0) / m : Number.NaN;
  // Gradient in the cell proportions (scale-free, so counts can stand for proportions up to the factor n).
  const gA = (1 - c / n0 - value) / m;
  const gB = -c / n0 / m;
  const gC = (-(n1 * d) / (n0 * n0) - value) / m;
  const gD = (n1 * c) / (n0 * n0) / m;
  // In counts xᵢ the gradient is 1/n of the gradient in proportions, so (1/n) Σ gᵢ² πᵢ = Σ Gᵢ² xᵢ.
  const se = Number.isFinite(value) ? Math.sqrt(gA * gA * a + gB * gB * b + gC * gC * c + gD * gD * d) : Number.NaN;
  const k = criticalValue(level, null);
  // On the scale of log(1 − AF), where the estimator is closer to normal (Walter 1976; Greenland 1987): the
  // interval stays below 1. At AF = 1 (no outcome among the unexposed) that scale has no finite value: raw scale.
  if (value < 1) {
    const l = Math.log1p(-value);
    const sl = se / (1 - value);
    const z = -l / sl;
    return { value, se, ci: [-Math.expm1(l + k * sl), -Math.expm1(l - k * sl)], level, z, pValue: Number.isNaN(z) ? Number.NaN : Number.isFinite(z) ? 2 * normalCdf(-Math.abs(z)) : 0, n };
  }
  const z = value / se;
  return { value, se, ci: [value - k * se, value + k * se], level, z, pValue: Number.isNaN(z) ? Number.NaN : Number.isFinite(z) ? 2 * normalCdf(-Math.abs(z)) : 0, n };
}
