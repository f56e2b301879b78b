/**
 * The SERVQUAL gap P − E as the weighted mean of per-respondent differences, with its standard error.
 * @module
 */
import type { Estimate, EstimateOptions } from "./estimate.js";
import { estimateMean } from "./estimate-mean.js";
import type { PairedGapSummary } from "./paired-gap.js";

/** Fields a paired-gap estimate adds. */
export interface PairedGapExtra {
  /** Weighted mean perception P̄. */
  readonly perception: number;
  /** Weighted mean expectation Ē (gap = P̄ − Ē). */
  readonly expectation: number;
}

/**
 * The weighted mean of d = P − E over respondents who answered both. Because both answers come from the same
 * people, the SE is that of the mean of the differences ({@link varianceOfMean} applied to d), which accounts
 * for the correlation between P and E; treating P̄ and Ē as independent would overstate it. A negative gap
 * means service falls short of expectation (a customer dissatisfaction point, 客户不满意点).
 *
 * Source: Parasuraman, Zeithaml & Berry (1988), "SERVQUAL", *Journal of Retailing* 64(1), 12–40 (gap score);
 * paired differences: Cochran (1977), *Sampling Techniques*, §6.9; variance as {@link estimateMean}.
 *
 * @param s - The paired summary.
 * @param options - As {@link estimateMean} (normal interval by default).
 * @returns The gap with P̄ and Ē, or insufficient data.
 * @example
 * ```ts
 * const s = emptyPairedGap();
 * for (const [p, e] of [[3, 5], [4, 4], [2, 5], [4, 5]]) addPair(s, p, e);
 * estimatePairedGap(s, { minN: 4 }); // { kind: "estimate", value: -1.5, perception: 3.25, expectation: 4.75, … }
 * ```
 */
export function estimatePairedGap(s: PairedGapSummary, options: EstimateOptions = {}): Estimate<PairedGapExtra> {
  const e = estimateMean(s.gap, options);
  if (e.kind === "insufficient") return e;
  return { ...e, method: `paired gap P − E: ${e.method}`, perception: s.perception.mean, expectation: s.expectation.mean };
}
