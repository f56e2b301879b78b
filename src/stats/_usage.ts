/**
 * Argument checks shared by the statistics functions. Internal: each throws a {@link UsageError} whose message
 * starts with the calling function's name, so a bad argument never surfaces as NaN far from its cause.
 * @internal
 * @module
 */
import { UsageError } from "../core/errors.js";

/** Throw unless `x` is a finite number. */
export function assertFinite(fn: string, name: string, x: unknown): asserts x is number {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new UsageError(fn, `expecting ${name} to be a finite number, got ${String(x)}.`, `Pass a finite number as ${name}.`);
  }
}

/** Throw unless `x` is a finite number > 0. */
export function assertPositive(fn: string, name: string, x: unknown): asserts x is number {
  assertFinite(fn, name, x);
  if (x <= 0) throw new UsageError(fn, `expecting ${name} > 0, got ${x}.`, `Pass a positive ${name}.`);
}

/** Throw unless `w` is a usable weight: finite and ≥ 0. */
export function assertWeight(fn: string, w: unknown): asserts w is number {
  if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
    throw new UsageError(
      fn,
      `expecting a finite weight ≥ 0, got ${String(w)}.`,
      "Weights must be finite and non-negative; drop rows with missing weights before summarising.",
    );
  }
}

/** Throw unless `p` is a probability in [0, 1]. */
export function assertProbability(fn: string, name: string, p: unknown): asserts p is number {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    throw new UsageError(fn, `expecting ${name} in [0, 1], got ${String(p)}.`, `Pass ${name} as a share between 0 and 1.`);
  }
}

/** Throw unless `level` is a confidence level strictly between 0 and 1. */
export function assertLevel(fn: string, level: unknown): asserts level is number {
  if (typeof level !== "number" || !(level > 0 && level < 1)) {
    throw new UsageError(
      fn,
      `expecting a confidence level strictly between 0 and 1, got ${String(level)}.`,
      "Write the level as a share, e.g. 0.95 for 95%.",
    );
  }
}

/** Throw unless `df` is a degrees-of-freedom value: > 0 (Infinity allowed, meaning the normal distribution). */
export function assertDf(fn: string, df: unknown): asserts df is number {
  if (typeof df !== "number" || Number.isNaN(df) || df <= 0) {
    throw new UsageError(fn, `expecting degrees of freedom > 0, got ${String(df)}.`, "Pass df > 0, or Infinity for the normal limit.");
  }
}
