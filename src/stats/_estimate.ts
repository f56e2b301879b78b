/**
 * Option handling and verdicts shared by the estimators. Internal.
 * @internal
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertDf, assertLevel } from "./_usage.js";
import type { EstimateOptions, InsufficientData } from "./estimate.js";
import { normalQuantile } from "./normal-quantile.js";
import { studentTQuantile } from "./student-t-quantile.js";

/** The default minimum sample of an estimate (external surveys). */
export const DEFAULT_MIN_N = 30;

/** Resolved, validated estimator options. */
export interface Resolved {
  readonly level: number;
  readonly minN: number;
  readonly interval: "z" | "t";
  readonly df: number | undefined;
  readonly noun: readonly [string, string];
}

/** Validate the options and fill in the defaults. */
export function resolveOptions(fn: string, options: EstimateOptions, defaultInterval: "z" | "t"): Resolved {
  const level = options.level ?? 0.95;
  assertLevel(fn, level);
  const minN = options.minN ?? DEFAULT_MIN_N;
  if (!Number.isInteger(minN) || minN < 1) {
    throw new UsageError(fn, `expecting minN to be a positive integer, got ${String(minN)}.`, "Pass minN ≥ 1 (default 30).");
  }
  const interval = options.interval ?? defaultInterval;
  if (interval !== "z" && interval !== "t") {
    throw new UsageError(fn, `expecting interval "z" or "t", got ${String(interval)}.`, 'Use "z" for normal or "t" for Student t.');
  }
  if (options.df !== undefined) assertDf(fn, options.df);
  const noun = options.noun ?? ["response", "responses"];
  return { level, minN, interval, df: options.df, noun };
}

/** The verdict for too small a sample, or undefined when there is enough to estimate. */
export function checkSample(n: number, units: number, minN: number, noun: readonly [string, string] = ["response", "responses"]): InsufficientData | undefined {
  if (n < minN) {
    return {
      kind: "insufficient",
      n,
      minN,
      reason: `only ${n} ${n === 1 ? noun[0] : noun[1]}; at least ${minN} are needed for a reliable estimate`,
    };
  }
  if (units < 2) {
    return { kind: "insufficient", n, minN, reason: "at least 2 sampled units are needed for a standard error" };
  }
  return undefined;
}

/** Degrees of freedom (null for normal) for `units` sampled units. */
export function degreesOfFreedom(r: Resolved, units: number): number | null {
  return r.interval === "z" ? null : (r.df ?? units - 1);
}

/** The two-sided critical value for the level: z_{1−α/2} or t_{1−α/2, df}. */
export function criticalValue(level: number, df: number | null): number {
  const upper = 1 - (1 - level) / 2;
  return df === null ? normalQuantile(upper) : studentTQuantile(upper, df);
}

/** Kish's effective sample size from Σw and Σw². */
export function kishN(sumW: number, sumW2: number): number {
  return sumW2 > 0 ? (sumW * sumW) / sumW2 : 0;
}
