/**
 * Node names for text diagram languages (Mermaid, DOT). Step ids may contain characters those languages give a
 * meaning to (`:` `.` `-`, CJK letters) or collide with their keywords (`end`, `graph`); such ids are mapped to
 * `n0`, `n1`, … in id order, so the same study always gives the same names. Safe ids are kept, for readable output.
 * @module
 */
import { compareCodeUnits } from "./source.js";

/**
 * Map step ids to safe node names.
 *
 * @param ids - The step ids (any order; duplicates ignored).
 * @param reserved - Keywords of the target language, compared case-insensitively.
 * @returns A map from each id to its node name; distinct ids get distinct names.
 * @example
 * ```ts
 * safeNodeNames(["dispatch", "c-call", "end"], ["end"]);
 * // Map { "c-call" => "n0", "dispatch" => "dispatch", "end" => "n1" }
 * ```
 */
export function safeNodeNames(ids: Iterable<string>, reserved: readonly string[]): Map<string, string> {
  const words = new Set(reserved.map((w) => w.toLowerCase()));
  const sorted = [...new Set(ids)].sort(compareCodeUnits);
  // n<digits> is the generated namespace; a user id of that shape is mapped too, so the two never collide.
  const isSafe = (id: string): boolean =>
    /^[A-Za-z][A-Za-z0-9_]*$/.test(id) && !/^n[0-9]+$/.test(id) && !words.has(id.toLowerCase());
  const out = new Map<string, string>();
  let next = 0;
  for (const id of sorted) out.set(id, isSafe(id) ? id : `n${next++}`);
  return out;
}
