/**
 * Percentile bootstrap intervals for key-driver shares: how much an evaluation point's share of explained variance
 * could move if the survey had reached a different sample of respondents. Seeded, so a report is reproducible.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Problem } from "../../core/problem.js";
import { checkDriverData } from "./_system.js";
import { xoshiro128ss } from "./random.js";
import { relativeWeightsOf } from "./relative-weights.js";
import { shapleyR2Of } from "./shapley-r2.js";
import type { DriverData, DriverMethod, DriverOk, DriverResult, MissingHandling } from "./types.js";
import { problemFrom } from "../../core/problem-from.js";
import { DRIVERS_METHODS_EN } from "../../core/messages/problems-en-drivers-methods.js";

/** Options of {@link bootstrapDriverIntervals}. */
export interface BootstrapDriverOptions {
  /** Number of resamples, an integer in [2, 1 000 000]; default 1000 (use ≥ 1000 for 95% intervals you report). */
  readonly replicates?: number | undefined;
  /** Seed of the {@link xoshiro128ss} generator (an integer); default 1. Same seed, same data → same intervals. */
  readonly seed?: number | undefined;
  /** Confidence level strictly between 0 and 1; default 0.95. */
  readonly level?: number | undefined;
  /** Missing-value handling, as for the method itself; default `listwise`. */
  readonly missing?: MissingHandling | undefined;
}

/** A point estimate with its bootstrap percentile interval and standard error. */
export interface BootstrapEstimate {
  /** The estimate on the full data. */
  readonly estimate: number;
  /** Lower percentile bound. */
  readonly lower: number;
  /** Upper percentile bound. */
  readonly upper: number;
  /** Standard deviation of the replicates (bootstrap standard error). */
  readonly standardError: number;
}

/** Bootstrap intervals for one evaluation point. */
export interface DriverInterval {
  /** The evaluation point's name. */
  readonly predictor: string;
  /** Its share of the explained variance (sums to 1 over points), with interval. */
  readonly share: BootstrapEstimate;
  /** Its raw part of R², with interval (more directly interpretable for inference than the share). */
  readonly raw: BootstrapEstimate;
}

/** Bootstrap intervals around a successful driver analysis. */
export interface BootstrapDriverOk {
  /** Tag of the success variant. */
  readonly kind: "ok";
  /** The decomposition that was resampled. */
  readonly method: DriverMethod;
  /** The confidence level of the intervals. */
  readonly level: number;
  /** The seed used: pass it again to reproduce the intervals exactly. */
  readonly seed: number;
  /** Resamples drawn. */
  readonly replicates: number;
  /** Resamples whose analysis succeeded (a resample can be singular, e.g. a point constant in it); intervals use these. */
  readonly replicatesUsed: number;
  /** The analysis of the full data. */
  readonly estimate: DriverOk;
  /** R² of the full model, with interval. */
  readonly rSquared: BootstrapEstimate;
  /** One entry per evaluation point of the estimate, in its order. */
  readonly drivers: readonly DriverInterval[];
  /** Warnings, such as resamples that failed. */
  readonly problems: readonly Problem[];
}

/** Too few resamples succeeded to form intervals. */
export interface BootstrapDriverFailed {
  /** Tag of this variant. */
  readonly kind: "bootstrap-failed";
  /** The decomposition that was resampled. */
  readonly method: DriverMethod;
  /** Resamples drawn. */
  readonly replicates: number;
  /** Resamples whose analysis succeeded (fewer than 2). */
  readonly replicatesUsed: number;
  /** The analysis of the full data (which succeeded). */
  readonly estimate: DriverOk;
  /** Why, in the one Problem shape (code `drivers/bootstrap-failed`). */
  readonly problem: Problem;
}

/** The result of {@link bootstrapDriverIntervals}: intervals, or the reason the full-data analysis failed. */
export type BootstrapDriverResult = BootstrapDriverOk | BootstrapDriverFailed | Exclude<DriverResult, DriverOk>;

const METHODS: ReadonlyMap<DriverMethod, typeof relativeWeightsOf> = new Map([
  ["relative-weights", relativeWeightsOf],
  ["shapley", shapleyR2Of],
]);

/**
 * Percentile bootstrap confidence intervals of the key-driver shares: draw respondents with replacement (n out of
 * n, each keeping its weight), redo the analysis on each resample, and take the (1 − level)/2 and (1 + level)/2
 * quantiles (R's default type 7) of each point's share and raw weight. Resamples in which the analysis fails (for
 * example a point that happens to be constant) are left out and counted; a point dropped as constant in a resample
 * counts as share 0 there, which is its exact importance in that resample.
 *
 * The resampling treats respondents as independent draws: it ignores strata and clusters of the survey design, so
 * intervals from a clustered sample will be too narrow. Shares are compositional (they must sum to 1), so
 * intervals of different points are not independent; compare raw weights for inference.
 *
 * Source: Efron, B. & Tibshirani, R. J. (1993), *An Introduction to the Bootstrap*, ch. 13 (percentile interval);
 * Johnson, J. W. (2004), "Factors affecting relative weights: the influence of sampling and measurement error",
 * Organizational Research Methods 7(3), 283–299 (bootstrapping relative weights); Hyndman, R. J. & Fan, Y. (1996),
 * "Sample quantiles in statistical packages", The American Statistician 50(4) (type 7).
 *
 * @param data - Respondent scores per evaluation point, overall satisfaction and optional weights.
 * @param method - `"relative-weights"` or `"shapley"`.
 * @param options - `replicates` (1000), `seed` (1), `level` (0.95), `missing` (`"listwise"`).
 * @returns A {@link BootstrapDriverResult}: with `kind: "ok"`, per point its share and raw weight with interval
 *   and standard error; otherwise the non-ok result of the full-data analysis or `bootstrap-failed`.
 * @throws {@link core!UsageError} for malformed input or options.
 * @example
 * ```ts
 * const ci = bootstrapDriverIntervals(data, "relative-weights", { replicates: 2000, seed: 7, level: 0.95 });
 * if (ci.kind === "ok") {
 *   for (const d of ci.drivers) console.log(d.predictor, d.share.estimate, d.share.lower, d.share.upper);
 *   // repair-speed 0.41 0.33 0.49  … (illustrative numbers; the same data and seed always give the same ones)
 * }
 * ```
 */
export function bootstrapDriverIntervals(
  data: DriverData,
  method: DriverMethod,
  options: BootstrapDriverOptions = {},
): BootstrapDriverResult {
  const fn = "bootstrapDriverIntervals";
  const fit = METHODS.get(method);
  if (fit === undefined) {
    throw new UsageError(fn, `unknown method ${JSON.stringify(method)}.`, 'Use "relative-weights" or "shapley".');
  }
  const replicates = options.replicates ?? 1000;
  if (!Number.isInteger(replicates) || replicates < 2 || replicates > 1_000_000) {
    throw new UsageError(fn, `expecting replicates to be an integer in [2, 1000000], got ${String(replicates)}.`, "Use 1000 or more for reported intervals.");
  }
  const level = options.level ?? 0.95;
  if (typeof level !== "number" || !(level > 0 && level < 1)) {
    throw new UsageError(fn, `expecting a level strictly between 0 and 1, got ${String(level)}.`, "Write the level as a share, e.g. 0.95 for 95%.");
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new UsageError(fn, `expecting an integer seed, got ${String(seed)}.`, "Pass an integer such as 42.");

  const checked = checkDriverData(fn, data, { missing: options.missing });
  const estimate = fit(checked);
  // Early exit: nothing to put intervals around.
  if (estimate.kind !== "ok") return estimate;

  const names = estimate.drivers.map((d) => d.predictor);
  const slot = new Map(names.map((name, j) => [name, j]));
  const shares = names.map(() => [] as number[]);
  const raws = names.map(() => [] as number[]);
  const r2s: number[] = [];
  const failures = new Map<string, number>();
  const rng = xoshiro128ss(seed);
  const n = checked.outcome.length;
  const freq = new Uint32Array(n);
  for (let b = 0; b < replicates; b++) {
    freq.fill(0);
    for (let i = 0; i < n; i++) freq[rng.nextInt(n)]! += 1;
    const rep = fit(checked, freq);
    if (rep.kind !== "ok") {
      failures.set(rep.kind, (failures.get(rep.kind) ?? 0) + 1);
      continue;
    }
    const share = new Array<number>(names.length).fill(0);
    const raw = new Array<number>(names.length).fill(0);
    for (const d of rep.drivers) {
      const j = slot.get(d.predictor);
      if (j === undefined) continue;
      share[j] = d.share;
      raw[j] = d.raw;
    }
    share.forEach((x, j) => shares[j]!.push(x));
    raw.forEach((x, j) => raws[j]!.push(x));
    r2s.push(rep.rSquared);
  }
  const used = r2s.length;
  const failed = [...failures].map(([kind, count]) => ({ kind, count }));
  if (used < 2) {
    return {
      kind: "bootstrap-failed",
      method,
      replicates,
      replicatesUsed: used,
      estimate,
      problem: problemFrom(DRIVERS_METHODS_EN, "drivers/bootstrap-failed", "error", [], { used, replicates, failures: failed }),
    };
  }
  const problems: Problem[] = [];
  if (used < replicates) {
    problems.push(
      problemFrom(DRIVERS_METHODS_EN, "drivers/bootstrap-replicates-failed", used < 0.9 * replicates ? "warning" : "info", [], { used, replicates, failures: failed }),
    );
  }
  const lo = (1 - level) / 2;
  const hi = 1 - lo;
  const summarise = (est: number, reps: number[]): BootstrapEstimate => {
    const sorted = Float64Array.from(reps).sort();
    return { estimate: est, lower: quantile7(sorted, lo), upper: quantile7(sorted, hi), standardError: sd(reps) };
  };
  return {
    kind: "ok",
    method,
    level,
    seed,
    replicates,
    replicatesUsed: used,
    estimate,
    rSquared: summarise(estimate.rSquared, r2s),
    drivers: estimate.drivers.map((d, j) => ({
      predictor: d.predictor,
      share: summarise(d.share, shares[j]!),
      raw: summarise(d.raw, raws[j]!),
    })),
    problems,
  };
}

/** Quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan type 7, R's default). */
function quantile7(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  const x = sorted[i]!;
  return i + 1 < sorted.length ? x + (h - i) * (sorted[i + 1]! - x) : x;
}

function sd(xs: readonly number[]): number {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}
