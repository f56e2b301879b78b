/**
 * Copies of strings a reader keeps (case and respondent ids), so that a kept id does not keep the row it was cut
 * from. The readers split a decoded row into its cells; V8 makes a cell of 13 characters or more a slice that
 * points into the row's string, so every kept id kept its whole row alive: at 20,000 steps 159,000 ids held 13 MB
 * of row strings (part 3g of docs/performance.md).
 * @module
 */

// V8 cuts a substring shorter than this by copying it (SlicedString::kMinLength); only longer ones need a copy.
const SLICE_MIN = 13;

/**
 * The same string, as a copy of its own when it may be a slice of a longer one: the ids a reader keeps for the life
 * of a table or case set. Equal to `s` in every code unit (lone surrogates included).
 *
 * @param s - a string cut from a longer one (a cell of a row).
 * @returns a string equal to `s` that refers to no other string.
 * @example
 * ```ts
 * const id = ownString(row.split(",")[0]!); // keeps the id, not the row
 * ```
 * @internal
 */
export function ownString(s: string): string {
  // JSON.stringify escapes lone surrogates and JSON.parse restores them, so the round trip is exact; it makes a
  // flat string (about 0.15 µs an id, against several for a copy by char codes or a TextEncoder round trip).
  return s.length < SLICE_MIN ? s : (JSON.parse(JSON.stringify(s)) as string);
}
