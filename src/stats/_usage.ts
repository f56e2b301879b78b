/**
 * Argument checks shared by the statistics functions. Internal: each throws a {@link UsageError} whose message
 * starts with the calling function's name, so a bad argument never surfaces as NaN far from its cause.
 * @internal
 * @module
 */
import type { z } from "zod/mini";
import { UsageError } from "../core/errors.js";
import { formatPath } from "../core/messages/path.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

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

/**
 * Check an options object with a zod schema whose every check words its own message, and throw the first issue as
 * a {@link UsageError} naming `fn`. The hint is the issue's own (`params.hint`, for a check that needs the value to
 * word it) or the table's for the option's path (`"link.share"`, else its first key, else `""`).
 *
 * @param fn - the public function whose options these are (the message starts `gaptrace/fn:`).
 * @param schema - the options schema.
 * @param value - what the caller passed.
 * @param hints - hints by option path.
 * @returns the parsed options.
 * @example
 * ```ts
 * parseOptions("f", z.object({ n: z.int({ error: "n must be whole." }) }), { n: 1.5 }, { n: "Pass 2." }); // throws "gaptrace/f: n must be whole."
 * ```
 */
export function parseOptions<T>(fn: string, schema: z.ZodMiniType<T>, value: unknown, hints: Readonly<Record<string, string>>): T {
  const r = schema.safeParse(value, ZOD_ENGLISH);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const own = issue.code === "custom" ? (issue.params as { hint?: unknown } | undefined)?.hint : undefined;
  const path = issue.path.map(String);
  const hint = typeof own === "string" ? own : (hints[path.join(".")] ?? hints[path[0] ?? ""] ?? hints[""] ?? "See the function's documentation.");
  throw new UsageError(fn, issue.message, hint);
}

/**
 * Check an options object with a zod schema whose checks word only what is wrong (`must be "long" or "wide", got
 * "tall".`), and throw the first issue as a {@link UsageError} naming `fn`, with the option's path written in front
 * (`columns.case …`, `segments[1] …`, `options …` for the object itself), so every message is located the same
 * way. Hints as in {@link parseOptions}: the issue's own, else (an unknown key: check the spelling) the table's for
 * the full path, its first key, or `""`.
 *
 * @param fn - the public function whose options these are (the message starts `gaptrace/fn:`).
 * @param schema - the options schema.
 * @param value - what the caller passed.
 * @param hints - hints by option path.
 * @returns the parsed options.
 * @example
 * ```ts
 * parseOptionsAt("f", z.object({ n: z.int({ error: "must be whole." }) }), { n: 1.5 }, { n: "Pass 2." }); // throws "gaptrace/f: n must be whole."
 * ```
 */
export function parseOptionsAt<T>(fn: string, schema: z.ZodMiniType<T>, value: unknown, hints: Readonly<Record<string, string>>): T {
  const r = schema.safeParse(value, ZOD_ENGLISH);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const own = issue.code === "custom" ? (issue.params as { hint?: unknown } | undefined)?.hint : undefined;
  const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
  const keys = path.filter((s): s is string => typeof s === "string");
  // A key no option has is a misspelling more often than not: the message lists the known ones.
  const table = issue.code === "unrecognized_keys" ? "Check the spelling: only the keys listed are read." : (hints[keys.join(".")] ?? hints[keys[0] ?? ""] ?? hints[""]);
  const hint = typeof own === "string" ? own : (table ?? "See the function's documentation.");
  throw new UsageError(fn, `${path.length === 0 ? "options" : formatPath(path)} ${issue.message}`, hint);
}
