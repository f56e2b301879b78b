/**
 * Paths into a document (object keys and array indices, as zod reports them) and how messages write them. Beside
 * the message tables, which write paths, so they need nothing from the problems they word.
 * @module
 */

/** A path into a document: object keys and array indices, as zod reports them. */
export type DocPath = readonly (string | number)[];

/**
 * Render a path like `blueprints[0].steps[3].owner`.
 *
 * @param path - the keys and indices.
 * @returns the path as a reader writes it, or `(document)` for the empty path.
 * @example
 * ```ts
 * formatPath(["blueprints", 0, "steps", 3, "owner"]); // "blueprints[0].steps[3].owner"
 * ```
 */
export function formatPath(path: DocPath): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === "" ? "(document)" : out;
}
