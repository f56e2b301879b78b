/**
 * Segments: the small set of named dimensions a respondent or case belongs to (region, customer class). Keys
 * come from user data, so a segment is stored as sorted `[dimension, value]` pairs, never as an object keyed by
 * user input. A pool interns segments so millions of rows share a handful of segment objects.
 * @module
 */
import { UsageError } from "../core/errors.js";

/** A segment: `[dimension, value]` pairs sorted by dimension, each dimension at most once. */
export type Segment = readonly (readonly [string, string])[];

/**
 * The segment with no dimensions (everyone), e.g. the target of a roll-up over all segments.
 *
 * @example
 * ```ts
 * segmentKey(EMPTY_SEGMENT); // "[]"
 * ```
 */
export const EMPTY_SEGMENT: Segment = Object.freeze([]);

/** Anything that can describe a segment: pairs, a `Map`, or a plain object (read by own keys only). */
export type SegmentInput =
  | Iterable<readonly [string, unknown]>
  | ReadonlyMap<string, unknown>
  | Readonly<Record<string, unknown>>;

/**
 * The canonical text key of a segment, for grouping and for JSON.
 *
 * @param segment - a segment (sorted pairs).
 * @returns a string equal for equal segments, e.g. `[["region","north"]]`.
 * @example
 * ```ts
 * segmentKey([["class", "residential"], ["region", "north"]]); // '[["class","residential"],["region","north"]]'
 * ```
 */
export function segmentKey(segment: Segment): string {
  return JSON.stringify(segment);
}

/**
 * Build a segment from pairs, a `Map` or an object. Blank values (undefined, null, "") are left out; other
 * values become strings; dimensions are sorted.
 *
 * @param input - the segment description.
 * @returns a frozen, sorted segment.
 * @throws UsageError when a dimension is named twice or is not a non-empty string.
 * @example
 * ```ts
 * makeSegment({ region: "north", class: "residential" }); // [["class","residential"],["region","north"]]
 * makeSegment(new Map([["region", "south"]]));            // [["region","south"]]
 * ```
 */
export function makeSegment(input: SegmentInput): Segment {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const [k, v] of entriesOf(input)) {
    if (typeof k !== "string" || k.length === 0 || k.length > 128) {
      throw new UsageError("makeSegment", `segment dimension ${JSON.stringify(k)} is not a name.`, "Name dimensions with 1–128 characters, e.g. region.");
    }
    if (seen.has(k)) {
      throw new UsageError("makeSegment", `segment dimension ${JSON.stringify(k)} is given twice.`, "Give each dimension once.");
    }
    seen.add(k);
    const text = cellText(v);
    if (text !== "") pairs.push([k, text]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.freeze(pairs.map((p) => Object.freeze(p)));
}

/**
 * The value of one dimension of a segment.
 *
 * @param segment - the segment.
 * @param dimension - e.g. `"region"`.
 * @returns the value, or `undefined` when the segment does not say.
 * @example
 * ```ts
 * segmentValue([["region", "north"]], "region"); // "north"
 * ```
 */
export function segmentValue(segment: Segment, dimension: string): string | undefined {
  for (const [k, v] of segment) if (k === dimension) return v;
  return undefined;
}

/**
 * Keep only some dimensions of a segment (for roll-ups such as "by region only").
 *
 * @param segment - the segment.
 * @param dimensions - the dimensions to keep.
 * @returns the projected segment.
 * @example
 * ```ts
 * projectSegment([["class", "residential"], ["region", "north"]], ["region"]); // [["region","north"]]
 * ```
 */
export function projectSegment(segment: Segment, dimensions: readonly string[]): Segment {
  const keep = new Set(dimensions);
  return Object.freeze(segment.filter(([k]) => keep.has(k)));
}

/**
 * Interns segments: equal segments get the same object and a small index, so per-row storage is one integer.
 *
 * @example
 * ```ts
 * const pool = new SegmentPool();
 * const a = pool.intern([["region", "north"]]);
 * pool.intern([["region", "north"]]) === a; // true (same index)
 * pool.segment(a);                          // [["region","north"]]
 * ```
 */
export class SegmentPool {
  readonly #byKey = new Map<string, number>();
  readonly #list: Segment[] = [];

  /** How many distinct segments the pool holds. */
  get size(): number {
    return this.#list.length;
  }

  /**
   * The index of a segment, adding it when new.
   * @param segment - a sorted segment (see {@link makeSegment}).
   * @returns its index in the pool.
   */
  intern(segment: Segment): number {
    const key = segmentKey(segment);
    const found = this.#byKey.get(key);
    if (found !== undefined) return found;
    const index = this.#list.length;
    this.#list.push(Object.isFrozen(segment) ? segment : makeSegment(segment));
    this.#byKey.set(key, index);
    return index;
  }

  /**
   * The index of a segment if it is already pooled.
   * @param key - the segment's {@link segmentKey}.
   * @returns the index, or `undefined`.
   */
  lookup(key: string): number | undefined {
    return this.#byKey.get(key);
  }

  /**
   * The segment at an index.
   * @param index - an index returned by {@link SegmentPool.intern}.
   * @returns the segment.
   */
  segment(index: number): Segment {
    const s = this.#list[index];
    if (s === undefined) throw new UsageError("SegmentPool.segment", `no segment at index ${index}.`, "Use an index returned by intern().");
    return s;
  }

  /** All pooled segments, by index. */
  list(): readonly Segment[] {
    return this.#list;
  }
}

/**
 * The text of a cell: trimmed strings, numbers and booleans as text, blanks (and anything else) as "".
 *
 * @param v - the cell.
 * @returns its text.
 * @example
 * ```ts
 * cellText(" north "); // "north"
 * cellText(3);         // "3"
 * cellText(null);      // ""
 * ```
 */
export function cellText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return "";
}

function* entriesOf(input: SegmentInput): Iterable<readonly [unknown, unknown]> {
  if (input instanceof Map) {
    yield* input.entries();
    return;
  }
  if (typeof (input as Iterable<unknown>)[Symbol.iterator] === "function") {
    for (const pair of input as Iterable<unknown>) {
      if (!Array.isArray(pair) || pair.length !== 2) {
        throw new UsageError("makeSegment", "a segment given as a list must hold [dimension, value] pairs.", 'Write e.g. [["region", "north"]].');
      }
      yield [pair[0], pair[1]];
    }
    return;
  }
  // Own enumerable keys only: a "__proto__" key parsed from JSON is an ordinary entry here, never a prototype.
  yield* Object.entries(input as Record<string, unknown>);
}
