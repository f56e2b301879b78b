/**
 * A weighted proportion with a confidence interval that behaves near 0 and 1.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { checkSample, degreesOfFreedom, criticalValue, kishN, resolveOptions } from "./_estimate.js";
import type { Estimate, EstimateOptions } from "./estimate.js";
import { kornGraubardInterval } from "./korn-graubard-interval.js";
import { logitInterval } from "./logit-interval.js";
import type { ProportionSummary } from "./proportion-summary.js";
import { varianceOfProportion } from "./variance-of-proportion.js";
import { wilsonInterval } from "./wilson-interval.js";

/** The interval methods for a proportion. */
export type ProportionMethod = "wilson" | "logit" | "beta" | "wald";

/** Options of {@link estimateProportion}. */
export interface ProportionOptions extends EstimateOptions {
  /**
   * `"wilson"` (default): Wilson score interval at the design effective sample size. `"logit"`: R's
   * `svyciprop(method = "logit")` (t on n − 1 df unless `interval: "z"`). `"beta"`: Korn–Graubard, R's
   * `svyciprop(method = "beta")`. `"wald"`: p̂ ± c·SE clipped to [0, 1] (R's `method = "mean"`; poor near 0 and 1).
   */
  readonly method?: ProportionMethod;
}

/** Fields a proportion estimate adds to {@link PointEstimate}. */
export interface ProportionExtra {
  /** Respondents counted as successes. */
  readonly successes: number;
  /**
   * The effective sample size the interval used (Wilson: n/deff; Korn–Graubard: p̂(1 − p̂)/Var(p̂)), or Kish's
   * (Σw)²/Σw² where those are undefined (p̂ = 0 or 1). `null` for the logit and Wald intervals.
   */
  readonly intervalN: number | null;
}

/**
 * The weighted proportion p̂ = Σ_{success} w / Σ w with the linearised SE of {@link varianceOfProportion} and one
 * of four intervals. Wilson and Korn–Graubard use a design effective sample size, so the design effect widens
 * them: Wilson n* = n / deff with deff = Var(p̂) / (s²/n), s² = n p̂(1 − p̂)/(n − 1) (R's `deff = "replace"`), which
 * is n itself for a simple random sample, so unweighted data give the classical Wilson interval (`prop.test`);
 * Korn–Graubard n* = p̂(1 − p̂)/Var(p̂), as R's `svyciprop(method = "beta")`. At p̂ = 0 or 1, where Var(p̂) = 0,
 * n* falls back to Kish's effective n, and the logit interval (undefined there) falls back to Wilson; `method`
 * says so.
 *
 * Source: Wilson (1927); Korn & Graubard (1998); Lumley (2010), *Complex Surveys*, §2.3.1 (`svyciprop`); Dean &
 * Pagano (2015), *JSSAM* 3(4), 484–503 — see {@link wilsonInterval}, {@link logitInterval},
 * {@link kornGraubardInterval}.
 *
 * @param s - The summary of the yes/no outcome.
 * @param options - Method, level, minimum sample ({@link ProportionOptions}).
 * @returns The estimate (value in [0, 1]), or insufficient data below `minN` respondents.
 * @example
 * ```ts
 * const s = proportionFromOutcomes(Array.from({ length: 40 }, (_, i) => (i < 4 ? 1 : 0)));
 * estimateProportion(s); // { kind: "estimate", value: 0.1, ci: [0.0396…, 0.2303…], method: "wilson (design effective n)", … }
 * ```
 */
export function estimateProportion(s: ProportionSummary, options: ProportionOptions = {}): Estimate<ProportionExtra> {
  const method = options.method ?? "wilson";
  if (method !== "wilson" && method !== "logit" && method !== "beta" && method !== "wald") {
    throw new UsageError(
      "estimateProportion",
      `unknown method ${JSON.stringify(method)}.`,
      'Use "wilson", "logit", "beta" or "wald".',
    );
  }
  const r = resolveOptions("estimateProportion", options, method === "logit" ? "t" : "z");
  const units = s.n + s.nZeroWeight;
  const short = checkSample(s.n, units, r.minN, r.noun);
  if (short !== undefined) return short;
  const total = s.sumWSuccess + s.sumWFailure;
  const p = s.sumWSuccess / total;
  const v = varianceOfProportion(s);
  const se = Math.sqrt(v);
  const sumW2 = s.sumW2Success + s.sumW2Failure;
  const nKish = kishN(total, sumW2);
  const interior = p > 0 && p < 1 && v > 0 && s.n > 1;
  // Wilson: n / deff with deff as R's svymean(deff = "replace"), which is exactly n for a simple random sample.
  // Korn–Graubard: p̂(1 − p̂)/Var(p̂), as R's svyciprop(method = "beta").
  const nWilson = interior ? ((s.n / (s.n - 1)) * p * (1 - p)) / v : nKish;
  const nBeta = interior ? (p * (1 - p)) / v : nKish;
  const base = { kind: "estimate" as const, value: p, se, level: r.level, n: s.n, nEffective: nKish, successes: s.successes };
  const nLabel = interior ? "design effective n" : "Kish effective n, p̂ at a bound";

  if (method === "logit" && interior) {
    const df = degreesOfFreedom(r, units);
    return { ...base, ci: logitInterval(p, se, r.level, df), method: "logit", df, intervalN: null };
  }
  if (method === "wald") {
    const df = degreesOfFreedom(r, units);
    const c = criticalValue(r.level, df);
    return { ...base, ci: [Math.max(0, p - c * se), Math.min(1, p + c * se)], method: "wald (clipped to [0, 1])", df, intervalN: null };
  }
  if (method === "beta") {
    return { ...base, ci: kornGraubardInterval(p, nBeta, r.level), method: `korn-graubard (${nLabel})`, df: null, intervalN: nBeta };
  }
  const label = method === "logit" ? `wilson (${nLabel}; logit undefined at p̂ = ${p})` : `wilson (${nLabel})`;
  return { ...base, ci: wilsonInterval(p, nWilson, r.level), method: label, df: null, intervalN: nWilson };
}
