/**
 * Interning: a dense index for each distinct string, so columns of a table hold small numbers instead of repeated
 * texts (waves, posts, contexts). Runtime-neutral.
 * @module
 */

/**
 * The index of a string in a table of distinct strings, adding it at the end when it is new.
 *
 * @param table - string → index, indexes dense from 0 in order of first sight; extended in place.
 * @param text - the string.
 * @returns its index.
 * @example
 * ```ts
 * const waves = new Map<string, number>();
 * intern(waves, "2026Q1"); // 0
 * intern(waves, "2026Q2"); // 1
 * intern(waves, "2026Q1"); // 0
 * ```
 */
export function intern(table: Map<string, number>, text: string): number {
  let i = table.get(text);
  if (i === undefined) {
    i = table.size;
    table.set(text, i);
  }
  return i;
}
