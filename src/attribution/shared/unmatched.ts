/**
 * The end of a `switch` over a closed union of kinds. TypeScript checks that every kind has its case (the value is
 * `never` after them, so adding a kind to the union makes tsc refuse every switch that lacks it). A `switch` instead
 * of ts-pattern's `match(…).exhaustive()` keeps ts-pattern out of the bundles of the attribution (about 1.5 KB gz).
 * At run time a value outside the union comes only from a caller that bypasses the types: a public function whose
 * argument is the union refuses it with {@link refusedKind}, gaptrace's own UsageError naming the function, the
 * argument and what to pass (in its own switch's `default`, or in a check before the internal switch the attribution
 * calls, so the attribution's bundle does not carry the refusal); an internal switch, whose values gaptrace makes
 * itself, ends with {@link unmatched}.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import { describeArgument, isRecord } from "../../model/arguments.js";

/** The value as a message shows it: JSON where it can be written, else as it is. */
function shown(value: unknown): string {
  try {
    return String(JSON.stringify(value));
  } catch {
    return String(value);
  }
}

/**
 * Throw for a value no case of an internal `switch` handled (one gaptrace made, or resolved options).
 *
 * @param value - the value (typed `never`: every kind of the union must have its case before the call).
 * @returns never; it throws.
 * @throws Error `gaptrace: unexpected value …`, the value as JSON where it can be written.
 * @example
 * ```ts
 * switch (correction) {
 *   case "holm": return adjustHolm(ps);
 *   // …every other correction…
 *   default: return unmatched(correction);
 * }
 * ```
 * @internal
 */
export function unmatched(value: never): never {
  throw new Error(`gaptrace: unexpected value ${shown(value)}, none of the cases of its type.`);
}

/**
 * Refuse the argument of a public function that takes one member of a union of kinds, when its kind is none of them
 * (or it is no object): a {@link UsageError} naming the function, the argument, what it must be and what was given.
 *
 * @param fn - the public function's name, e.g. `declaredButMissing`.
 * @param value - the argument (typed `never` after the cases, so tsc still checks that every kind has its case).
 * @param what - what the first argument must be, e.g. `a coverage need (one of coverage.gaps[i].needs)`.
 * @param hint - what to do.
 * @returns never; it throws.
 * @throws {@link UsageError} `gaptrace/fn: the first argument must be …; got …`.
 * @example
 * ```ts
 * switch (need?.kind) {
 *   case "targets": return false;
 *   // …every other kind…
 *   default: return refusedKind("declaredButMissing", need, "a coverage need", "Pass one of coverage.gaps[i].needs.");
 * }
 * ```
 * @internal
 */
export function refusedKind(fn: string, value: never, what: string, hint: string): never {
  const v: unknown = value;
  const got = isRecord(v) && "kind" in v ? `an object of kind ${shown(v.kind)}` : describeArgument(v);
  throw new UsageError(fn, `the first argument must be ${what}; got ${got}.`, hint);
}
