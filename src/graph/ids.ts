/**
 * Step ids versus graph node keys, and the one id order every graph result is sorted by.
 *
 * graphology 0.26 keeps nodes in a `Map` but indexes each node's neighbours in plain objects
 * (graphology/graphology#188), so an edge to a node keyed `constructor` or `__proto__` is refused or corrupts
 * the index. Step ids come from users, so the study graph keys a node by its step id except when that id names an
 * `Object.prototype` member (or starts with the escape character), which gets a `~` prefix. Every function in
 * `src/graph/` takes and returns real step ids; only code that uses graphology directly needs {@link stepKey}.
 * @module
 */

const ESCAPE = "~";

// Names a plain object inherits; as neighbour keys they collide with graphology's adjacency objects.
const RESERVED: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), "__proto__"]);

/**
 * The graph node key of a step id: the id itself, or `~` + id for ids that name an `Object.prototype` member.
 *
 * @param stepId - A step id from the study.
 * @returns The key of that step's node in a {@link StudyGraph}.
 * @example
 * ```ts
 * stepKey("dispatch"); // "dispatch"
 * stepKey("__proto__"); // "~__proto__"
 * graph.getNodeAttribute(stepKey("constructor"), "layer");
 * ```
 */
export function stepKey(stepId: string): string {
  return RESERVED.has(stepId) || stepId.startsWith(ESCAPE) ? ESCAPE + stepId : stepId;
}

/**
 * The step id behind a graph node key (the inverse of {@link stepKey}).
 *
 * @param key - A node key of a {@link StudyGraph}.
 * @returns The step id.
 * @example
 * ```ts
 * stepIdFromKey("~__proto__"); // "__proto__"
 * graph.nodes().map(stepIdFromKey);
 * ```
 */
export function stepIdFromKey(key: string): string {
  return key.startsWith(ESCAPE) ? key.slice(ESCAPE.length) : key;
}

/**
 * Compares two ids by UTF-16 code units, the locale-independent order used for every sorted graph result.
 *
 * @param a - First id.
 * @param b - Second id.
 * @returns A negative number, zero or a positive number, as `Array.prototype.sort` expects.
 * @example
 * ```ts
 * ["repair", "Accept", "dispatch"].sort(compareIds); // ["Accept", "dispatch", "repair"]
 * ```
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

