/**
 * The difference between two independent estimates (two survey waves, two separately sampled regions), with a
 * z test.
 * @module
 */
import { assertLevel } from "./_usage.js";
import { criticalValue } from "./_estimate.js";
import type { Estimate } from "./estimate.js";
import { normalCdf } from "./normal-cdf.js";

/** Fields a difference adds: the z statistic and its two-sided p-value. */
export interface DifferenceExtra {
  /** (a − b) / SE. */
  readonly z: number;
  /** Two-sided p-value 2 Φ(−|z|) of "no difference". */
  readonly pValue: number;
}

/**
 * a − b with SE = √(SE_a² + SE_b²) (independent samples have no covariance), a normal interval and the z test
 * z = (a − b)/SE, p = 2 Φ(−|z|). For two waves of a survey, summarise each wave separately and compare; it equals
 * R's `svycontrast` on `svyby(~y, ~wave, svydesign(ids = ~1, strata = ~wave, weights = ~w))` (waves as
 * strata: independent samples). If either side is insufficient, so is the difference.
 *
 * Source: the variance of a difference of independent estimators, e.g. Kish (1965), *Survey Sampling*, §14.1;
 * Lumley (2010), *Complex Surveys*, §3.3 (`svycontrast`).
 *
 * @param a - The later or focal estimate (e.g. this wave).
 * @param b - The estimate it is compared with (e.g. last wave).
 * @param level - Confidence level of the interval (default 0.95).
 * @returns The difference as an estimate with z and p-value, or the insufficient side's verdict.
 * @example
 * ```ts
 * const a = { kind: "estimate", value: 0.82, se: 0.012, ci: [0.796, 0.844], level: 0.95, n: 900, nEffective: 800, method: "", df: null } as const;
 * const b = { ...a, value: 0.80, se: 0.013 };
 * compareEstimates(a, b); // { value: ≈0.02, se: 0.01769…, z: 1.1305…, pValue: 0.2583…, … }
 * ```
 */
export function compareEstimates(
  a: Estimate<object>,
  b: Estimate<object>,
  level = 0.95,
): Estimate<DifferenceExtra> {
  assertLevel("compareEstimates", level);
  // Early exit: a difference is only as good as its weaker side.
  if (a.kind === "insufficient") return { ...a, reason: `first estimate: ${a.reason}` };
  if (b.kind === "insufficient") return { ...b, reason: `second estimate: ${b.reason}` };
  const value = a.value - b.value;
  const se = Math.sqrt(a.se * a.se + b.se * b.se);
  const z = se > 0 ? value / se : value === 0 ? 0 : Math.sign(value) * Infinity;
  const c = criticalValue(level, null);
  return {
    kind: "estimate",
    value,
    se,
    ci: [value - c * se, value + c * se],
    level,
    n: a.n + b.n,
    nEffective: a.nEffective + b.nEffective,
    method: "difference of independent estimates, normal interval and z test",
    df: null,
    z,
    pValue: 2 * normalCdf(-Math.abs(z)),
  };
}
