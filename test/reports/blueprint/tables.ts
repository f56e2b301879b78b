/**
 * Test helper for per-language word tables: the shape of a table (every key path, with the kind of value at it)
 * and its empty texts, so two languages' tables can be compared entry for entry.
 */

/** Every key path of a table with the kind of its value (`string`, `function`), nested records flattened. */
export function shapeOf(table: object, prefix = ""): string[] {
  return Object.entries(table)
    .flatMap(([k, v]) => (typeof v === "object" && v !== null ? shapeOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}: ${typeof v}`]))
    .sort();
}

/** The key paths whose text is empty (a blank on the page). */
export function emptyTexts(table: object, prefix = "", allowed: readonly string[] = []): string[] {
  return Object.entries(table).flatMap(([k, v]) => {
    if (typeof v === "object" && v !== null) return emptyTexts(v as object, `${prefix}${k}.`, allowed);
    return typeof v === "string" && v.trim() === "" && !allowed.includes(`${prefix}${k}`) ? [`${prefix}${k}`] : [];
  });
}
