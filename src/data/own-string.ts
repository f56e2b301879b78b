/**
 * Copies of strings a reader keeps (case and respondent ids, case links), so that a kept id does not keep the row
 * it was cut from. The readers split a decoded row into its cells; V8 (Node, Deno, Chrome) makes a substring of 13
 * characters or more a *sliced string* that points into its parent, so every kept id kept its whole row alive: at
 * 20,000 steps 159,000 ids held 13 MB of row strings (part 3g of docs/performance.md). This relies on V8's
 * string representation, which no standard specifies: other engines (JavaScriptCore, SpiderMonkey) may or may not
 * share memory the same way; the copy is correct on every engine, and only its memory effect is V8's.
 * @module
 */

// V8 cuts a substring shorter than this by copying it (SlicedString::kMinLength); only longer ones need a copy.
const SLICE_MIN = 13;
// JSON.stringify writes a code unit as at most 6 characters (\uXXXX); V8's longest string is 2^29 - 24 characters
// on 64-bit builds, so the round trip of a string this long or longer could throw. Such an id is most of its row
// anyway, so it is kept as it is.
const COPY_MAX = 1 << 24;

/**
 * The same string, as a copy of its own when it may be a slice of a longer one: the ids a reader keeps for the life
 * of a table or case set. Equal to `s` in every code unit (lone surrogates, NUL, U+2028/U+2029 included). Call it
 * once where a string is first kept, not per use: each call of a string of 13 characters or more makes a new copy.
 *
 * @param s - a string cut from a longer one (a cell of a row).
 * @returns a string equal to `s`; in V8, one that refers to no other string (below 13 or from 2^24 characters on,
 *   `s` itself).
 * @example
 * ```ts
 * const id = ownString(row.split(",")[0]!); // keeps the id, not the row
 * ```
 * @internal
 */
export function ownString(s: string): string {
  // JSON.stringify escapes lone surrogates and JSON.parse restores them, so the round trip is exact; V8's
  // JSON.parse makes a flat string (about 0.15 µs an id, against several for a copy by char codes or a TextEncoder
  // round trip).
  return s.length < SLICE_MIN || s.length >= COPY_MAX ? s : (JSON.parse(JSON.stringify(s)) as string);
}
