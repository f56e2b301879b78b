/**
 * JSON text of a value with every object's keys in sorted order, so that two values that are the same data compare
 * equal however their keys were ordered: a summary read back from a JSONB column, or written by a serializer that
 * sorts keys, has the same exposures as the one it was made from.
 * @internal
 * @module
 */

/**
 * The value as JSON text, object keys sorted (arrays keep their order).
 *
 * @param value - any JSON-serialisable value.
 * @returns the text.
 * @example
 * ```ts
 * canonicalJson({ standard: "s", kind: "missed-standard" }) === canonicalJson({ kind: "missed-standard", standard: "s" }); // true
 * ```
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
