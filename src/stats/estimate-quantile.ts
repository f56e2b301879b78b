/**
 * A weighted quantile of a discrete item (e.g. the median acceptable wait) with a Woodruff confidence interval.
 * @module
 */
import { assertProbability } from "./_usage.js";
import { checkSample, criticalValue, degreesOfFreedom, kishN, resolveOptions } from "./_estimate.js";
import type { Estimate, EstimateOptions } from "./estimate.js";
import type { Histogram } from "./histogram.js";
import { histogramQuantile } from "./histogram-quantile.js";
import { proportionFromHistogram } from "./proportion-from-histogram.js";
import { varianceOfProportion } from "./variance-of-proportion.js";

/** Fields a quantile estimate adds. */
export interface QuantileExtra {
  /** The probability asked for (0.5 for the median). */
  readonly p: number;
  /** F̂(q̂), the weighted share at or below the estimate, whose interval is mapped back. */
  readonly cumulativeShare: number;
}

/**
 * The weighted p-quantile q̂ of {@link histogramQuantile} with Woodruff's interval: take the weighted share at or
 * below q̂, F̂ = F̂(q̂), form its Wald interval F̂ ± c·SE(F̂) with the linearised SE, and map both ends back through
 * the quantile function. The SE reported is the interval's width / (2c). This is R survey's `svyquantile(~y,
 * design, p, qrule = "math", interval.type = "mean")`, whose critical value is t on n − 1 df by default (so is
 * ours). Where R returns NaN because an end of the share interval falls outside [0, 1], the interval here stops at
 * the smallest or largest observed value.
 *
 * Source: Woodruff, R. S. (1952), "Confidence intervals for medians and other position measures", *JASA* 47,
 * 635–646; Lumley (2010), *Complex Surveys*, §2.4.1; Dorfman & Valliant (1993), "Quantile variance estimators in
 * complex surveys", *Proc. ASA SRMS*.
 *
 * @param h - The histogram of the item.
 * @param p - The probability, in [0, 1].
 * @param options - Level, minimum sample and interval type ({@link EstimateOptions}; default `"t"`).
 * @returns The quantile with its interval, or insufficient data.
 * @example
 * ```ts
 * const waits = histogramFromValues([30, 45, 60, 60, 90, 120, 30, 45, 60, 90, 60, 45]);
 * estimateQuantile(waits, 0.5, { minN: 10 }).value; // 60
 * ```
 */
export function estimateQuantile(h: Histogram, p: number, options: EstimateOptions = {}): Estimate<QuantileExtra> {
  assertProbability("estimateQuantile", "p", p);
  const r = resolveOptions("estimateQuantile", options, "t");
  let n = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (const b of h.bins) {
    n += b.count;
    sumW += b.sumW;
    sumW2 += b.sumW2;
  }
  const units = n + h.nZeroWeight;
  const short = checkSample(n, units, r.minN, r.noun);
  if (short !== undefined) return short;
  const q = histogramQuantile(h, p);
  const below = proportionFromHistogram(h, (v) => v <= q);
  const share = below.sumWSuccess / (below.sumWSuccess + below.sumWFailure);
  const seShare = Math.sqrt(varianceOfProportion(below));
  const df = degreesOfFreedom(r, units);
  const c = criticalValue(r.level, df);
  const lowShare = share - c * seShare;
  const highShare = share + c * seShare;
  const lower = lowShare < 0 ? h.bins[0]!.value : histogramQuantile(h, lowShare);
  const upper = highShare > 1 ? h.bins[h.bins.length - 1]!.value : histogramQuantile(h, highShare);
  return {
    kind: "estimate",
    value: q,
    se: (upper - lower) / (2 * c),
    ci: [lower, upper],
    level: r.level,
    n,
    nEffective: kishN(sumW, sumW2),
    method: `weighted quantile (Hyndman-Fan 1), Woodruff ${df === null ? "normal" : "t"} interval`,
    df,
    p,
    cumulativeShare: share,
  };
}
