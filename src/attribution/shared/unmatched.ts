/**
 * The end of a `switch` over a closed union of kinds: TypeScript checks that every kind has its case (the value is
 * `never` after them), and a value outside the union, which only an untyped caller can pass, throws as ts-pattern's
 * `exhaustive()` did (same message). A `switch` instead of `match(…).exhaustive()` keeps ts-pattern out of the
 * bundles of the attribution (about 1.5 KB gz).
 * @module
 */

/**
 * Throw for a value no case of a `switch` handled.
 *
 * @param value - the value (typed `never`: every kind of the union must have its case before the call).
 * @returns never; it throws.
 * @throws Error `Pattern matching error: no pattern matches value …`, the value as JSON where it can be written.
 * @example
 * ```ts
 * switch (need.kind) {
 *   case "targets": return false;
 *   // …every other kind…
 *   default: return unmatched(need);
 * }
 * ```
 * @internal
 */
export function unmatched(value: never): never {
  let shown: unknown;
  try {
    shown = JSON.stringify(value);
  } catch {
    shown = value;
  }
  const e = new Error(`Pattern matching error: no pattern matches value ${String(shown)}`);
  throw Object.assign(e, { input: value });
}
