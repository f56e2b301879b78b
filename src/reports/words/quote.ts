/**
 * How every report language quotes a name from the study: in curly quotation marks, “name”, which Chinese text
 * uses too, so one helper serves both tables and the sentence code.
 * @module
 */

/**
 * A study name in quotation marks.
 *
 * @param name - The name.
 * @returns “name”.
 * @example
 * ```ts
 * quoted("Crew arrival"); // "“Crew arrival”"
 * ```
 */
export function quoted(name: string): string {
  return `“${name}”`;
}
