/**
 * Argument checks of the public pipeline functions. A script that passes the wrong thing (nothing, a number, an
 * empty object, the result of another step) gets gaptrace's own {@link UsageError} naming the function and the
 * argument, not a TypeError from deep inside ("Cannot read properties of undefined").
 * @internal
 * @module
 */
import { UsageError } from "../core/errors.js";
import { isStudy } from "./study-first.js";
import type { Study } from "./study.js";

/** The position of an argument, as a message names it. */
export type ArgumentPosition = "first" | "second" | "third" | "fourth";

/**
 * What a value is, in plain words, for "got …" in a message.
 *
 * @param value - anything.
 * @returns e.g. `nothing (undefined)`, `an empty object`, `the number 5`, `the text "x"`, `a list of 3 items`.
 * @example
 * ```ts
 * describeArgument({}); // "an empty object"
 * ```
 */
export function describeArgument(value: unknown): string {
  if (value === undefined) return "nothing (undefined)";
  if (value === null) return "null";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return `the ${typeof value === "boolean" ? "value" : "number"} ${String(value)}`;
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return value.constructor === Object || value.constructor === undefined ? "an empty object" : `a ${value.constructor.name}`;
    return `an object with ${keys.slice(0, 4).join(", ")}${keys.length > 4 ? ", …" : ""}`;
  }
  return `a ${typeof value}`;
}

/**
 * Check that an argument is a study.
 *
 * @param fn - the public function's name, e.g. `attribute`.
 * @param value - the argument.
 * @param position - which argument it is (default `first`).
 * @returns the study.
 * @throws {@link UsageError} naming the function and the argument when it is not a study.
 * @example
 * ```ts
 * const study = requireStudy("attribute", first);
 * ```
 */
export function requireStudy(fn: string, value: unknown, position: ArgumentPosition = "first"): Study {
  if (isStudy(value)) return value;
  throw new UsageError(
    fn,
    `the ${position} argument must be a study (a validated Study object); got ${describeArgument(value)}.`,
    "Pass the study first: load it with loadStudyFile, readStudyText or parseStudy, e.g. attribute(study, data, options).",
  );
}

/**
 * Check an argument with a test, or throw a {@link UsageError} that names it and says what it must be.
 *
 * @param fn - the public function's name.
 * @param position - which argument it is.
 * @param value - the argument.
 * @param what - what it must be, e.g. `an attribution (the result of attribute)`.
 * @param ok - the test.
 * @param hint - what to do.
 * @example
 * ```ts
 * requireArgument("buildReport", "second", result, "an attribution (the result of attribute)", isAttribution, "Pass attribute(study, data).");
 * ```
 */
export function requireArgument(fn: string, position: ArgumentPosition, value: unknown, what: string, ok: (value: unknown) => boolean, hint: string): void {
  if (!ok(value)) throw new UsageError(fn, `the ${position} argument must be ${what}; got ${describeArgument(value)}.`, hint);
}

/**
 * Check that an options argument, when given, is an object (zod checks its fields afterwards).
 *
 * @param fn - the public function's name.
 * @param position - which argument it is.
 * @param value - the argument.
 * @example
 * ```ts
 * requireOptions("attribute", "third", options);
 * ```
 */
export function requireOptions(fn: string, position: ArgumentPosition, value: unknown): void {
  requireArgument(fn, position, value, "the options object (or left out)", (v) => v === undefined || isRecord(v), "Pass the options as an object, e.g. { lang: \"zh\" }, or leave them out.");
}

/** True for a plain object or class instance (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True for an object with a list under `key`. */
export function hasList(value: unknown, key: string): boolean {
  return isRecord(value) && Array.isArray(value[key]);
}

/** True for rows a reader takes: a list, an iterable or an async iterable (a string is text, not rows). */
export function isRows(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function" || typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";
}

/** True for text input: a string, or text/byte chunks (an iterable or async iterable). */
export function isTextInput(value: unknown): boolean {
  return typeof value === "string" || isRows(value);
}

/** True for an attribution (the result of `attribute`): an object with its findings and tests. */
export function isAttribution(value: unknown): boolean {
  return hasList(value, "findings") && hasList(value, "tests");
}
