/**
 * The weighted mean of an item with its design-based standard error and confidence interval.
 * @module
 */
import { checkSample, criticalValue, degreesOfFreedom, kishN, resolveOptions } from "./_estimate.js";
import type { Estimate, EstimateOptions } from "./estimate.js";
import { varianceOfMean } from "./variance-of-mean.js";
import type { WeightedMoments } from "./weighted-moments.js";

/**
 * The weighted mean ȳ_w = Σwy / Σw with the linearised standard error of {@link varianceOfMean} and the Wald
 * interval ȳ_w ± c·SE. The default critical value c is the normal quantile, as R's `confint(svymean(...))`
 * (its `df` defaults to Inf); `interval: "t"` uses Student t with n − 1 degrees of freedom.
 *
 * Source: Lumley (2010), *Complex Surveys*, §2.2; R survey `svymean` and `confint.svystat`.
 *
 * @param m - The summary of the item.
 * @param options - Level, minimum sample and interval type ({@link EstimateOptions}).
 * @returns The estimate, or insufficient data below `minN` respondents.
 * @example
 * ```ts
 * const m = momentsFromValues([4, 5, 3, 4, 5, 2, 4], [1, 2, 1, 1, 3, 1, 2]);
 * estimateMean(m, { minN: 5 });
 * // { kind: "estimate", value: 4.1818…, se: 0.3810…, ci: [3.4350…, 4.9286…], level: 0.95, n: 7, df: null, … }
 * ```
 */
export function estimateMean(m: WeightedMoments, options: EstimateOptions = {}): Estimate {
  const r = resolveOptions("estimateMean", options, "z");
  const units = m.n + m.nZeroWeight;
  const short = checkSample(m.n, units, r.minN, r.noun);
  if (short !== undefined) return short;
  const se = Math.sqrt(varianceOfMean(m));
  const df = degreesOfFreedom(r, units);
  const c = criticalValue(r.level, df);
  return {
    kind: "estimate",
    value: m.mean,
    se,
    ci: [m.mean - c * se, m.mean + c * se],
    level: r.level,
    n: m.n,
    nEffective: kishN(m.sumW, m.sumW2),
    method: df === null ? "weighted mean, linearised SE, normal interval" : "weighted mean, linearised SE, t interval",
    df,
  };
}
