/**
 * The Net Promoter Score of a 0–10 "would you recommend" item, with its design-based standard error.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { checkSample, criticalValue, degreesOfFreedom, kishN, resolveOptions } from "./_estimate.js";
import type { Estimate, EstimateOptions } from "./estimate.js";
import type { Histogram } from "./histogram.js";

/** Fields an NPS estimate adds: the three weighted shares, each in [0, 1]. */
export interface NpsExtra {
  /** Share answering 9 or 10. */
  readonly promoters: number;
  /** Share answering 7 or 8. */
  readonly passives: number;
  /** Share answering 0 to 6. */
  readonly detractors: number;
}

/**
 * NPS = 100 × (share of 9–10 − share of 0–6), in points from −100 to 100. Scoring each respondent +100
 * (promoter), 0 (passive) or −100 (detractor) makes NPS the weighted mean of that score, so its linearised
 * variance is {@link varianceOfMean}'s: n/(n − 1) Σ_g S_g (s_g − NPS)² / (Σw)² over the three groups g with
 * squared-weight sums S_g (for equal weights, the multinomial variance [P + D − (P − D)²]/n × 100², times
 * n/(n − 1)). Equals R's `svymean(~score, design)` for that score. The interval is Wald, normal by default (as
 * `confint(svymean)`), clipped to [−100, 100].
 *
 * Source: Reichheld, F. F. (2003), "The one number you need to grow", *Harvard Business Review* 81(12), 46–54
 * (definition); Rocks, B. (2016), "Interval estimation for the 'net promoter score'", *The American Statistician*
 * 70(4), 365–372 (variance of a difference of multinomial shares); linearisation as in {@link varianceOfMean}.
 *
 * @param h - The histogram of the 0–10 answers (values outside 0–10 are rejected).
 * @param options - Level, minimum sample and interval type ({@link EstimateOptions}).
 * @returns NPS in points with the three shares, or insufficient data.
 * @example
 * ```ts
 * const h = histogramFromValues([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]);
 * estimateNps(h, { minN: 10 }); // { kind: "estimate", value: 20, promoters: 0.5, passives: 0.2, detractors: 0.3, … }
 * ```
 */
export function estimateNps(h: Histogram, options: EstimateOptions = {}): Estimate<NpsExtra> {
  const r = resolveOptions("estimateNps", options, "z");
  let n = 0;
  const w = [0, 0, 0]; // detractors, passives, promoters
  const w2 = [0, 0, 0];
  for (const b of h.bins) {
    if (!(b.value >= 0 && b.value <= 10)) {
      throw new UsageError(
        "estimateNps",
        `expecting answers on the 0–10 scale, found ${b.value}.`,
        "Pass the histogram of the 0–10 'would you recommend' item only.",
      );
    }
    const g = b.value >= 9 ? 2 : b.value >= 7 ? 1 : 0;
    n += b.count;
    w[g]! += b.sumW;
    w2[g]! += b.sumW2;
  }
  const units = n + h.nZeroWeight;
  const short = checkSample(n, units, r.minN, r.noun);
  if (short !== undefined) return short;
  const total = w[0]! + w[1]! + w[2]!;
  const detractors = w[0]! / total;
  const passives = w[1]! / total;
  const promoters = w[2]! / total;
  const value = 100 * (promoters - detractors);
  const ss = w2[0]! * (-100 - value) ** 2 + w2[1]! * value ** 2 + w2[2]! * (100 - value) ** 2;
  const se = Math.sqrt(((units / (units - 1)) * ss) / (total * total));
  const df = degreesOfFreedom(r, units);
  const c = criticalValue(r.level, df);
  return {
    kind: "estimate",
    value,
    se,
    ci: [Math.max(-100, value - c * se), Math.min(100, value + c * se)],
    level: r.level,
    n,
    nEffective: kishN(total, w2[0]! + w2[1]! + w2[2]!),
    method: `NPS, linearised SE, ${df === null ? "normal" : "t"} interval clipped to [-100, 100]`,
    df,
    promoters,
    passives,
    detractors,
  };
}
