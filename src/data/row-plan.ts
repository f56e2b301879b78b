/**
 * Reading named columns out of source items, shared by the response and case loaders: column getters for CSV
 * rows (by header position) and object rows (own keys only, so a column named `__proto__` or `constructor` is
 * just a column), header checks, and reading a row's segment.
 * @internal
 * @module
 */
import { ValidationError } from "../core/errors.js";
import type { RejectReason } from "./ledger.js";
import { cellText, makeSegment, type Segment, type SegmentInput, type SegmentPool } from "./segment.js";
import type { SourceItem } from "./source.js";
import { show } from "./values.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_EN } from "../core/messages/problems-en-data.js";

/** Reads one column of a row. */
export type Getter = (item: SourceItem) => unknown;

/** A rejection found while reading a row: reason, message and the column at fault. */
export type Verdict = { readonly reason: RejectReason; readonly message: string; readonly column: string };

/**
 * An own property of a row object or an entry of a Map row; never an inherited property.
 *
 * @param row - an object or Map row.
 * @param key - the column name.
 * @returns the value, or `undefined`.
 * @example
 * ```ts
 * own({}, "constructor"); // undefined (not Object.prototype.constructor)
 * ```
 */
export function own(row: unknown, key: string): unknown {
  if (row instanceof Map) return (row as Map<unknown, unknown>).get(key);
  return Object.hasOwn(row as object, key) ? (row as Record<string, unknown>)[key] : undefined;
}

/**
 * A getter for a key of object rows.
 *
 * @param name - the column name.
 * @returns the getter (undefined for CSV rows).
 * @example
 * ```ts
 * objectGetter("weight")({ kind: "object", line: 1, value: { weight: 2 } }); // 2
 * ```
 */
export function objectGetter(name: string): Getter {
  return (item) => (item.kind === "object" ? own(item.value, name) : undefined);
}

/**
 * The keys of an object row, in order.
 *
 * @param row - an object or Map row.
 * @returns its column names.
 * @example
 * ```ts
 * rowKeys(new Map([["a", 1]])); // ["a"]
 * ```
 */
export function rowKeys(row: object): string[] {
  return row instanceof Map ? [...(row as Map<unknown, unknown>).keys()].map(String) : Object.keys(row);
}

/**
 * The delimiter a one-column header seems to be separated by (a `;` or a tab in it), for the missing-column hint:
 * a European Excel export (semicolons) or a tab-separated file read as comma-separated.
 */
function lookalikeDelimiter(columns: readonly string[]): { delimiter?: ";" | "\t" } {
  const only = columns.length === 1 ? columns[0] : undefined;
  if (only === undefined) return {};
  const semicolons = only.split(";").length - 1;
  const tabs = only.split("\t").length - 1;
  if (semicolons === 0 && tabs === 0) return {};
  return { delimiter: tabs > semicolons ? "\t" : ";" };
}

/**
 * Index a CSV header by column name, throwing a located {@link ValidationError} when a name repeats or a
 * required column is absent.
 *
 * @param fn - the calling function, for messages.
 * @param columns - the header.
 * @param required - columns that must be there.
 * @param where - the header's location.
 * @returns column name → position.
 * @example
 * ```ts
 * headerIndex("readCases", ["case", "event", "time"], ["case"], { line: 1 }).get("time"); // 2
 * ```
 */
export function headerIndex(
  fn: string,
  columns: readonly string[],
  required: readonly string[],
  where: { line: number; file?: string },
): Map<string, number> {
  const index = new Map<string, number>();
  const dupes: string[] = [];
  columns.forEach((c, i) => {
    if (index.has(c)) dupes.push(c);
    else index.set(c, i);
  });
  if (dupes.length > 0) {
    throw new ValidationError(`gaptrace/${fn}: the header repeats column(s) ${dupes.map((d) => `"${d}"`).join(", ")}.`, [
      { ...problemFrom(DATA_EN, "data/duplicate-column", "error", [], { columns: dupes }), location: where },
    ]);
  }
  const missing = required.filter((r) => !index.has(r));
  if (missing.length > 0) {
    throw new ValidationError(`gaptrace/${fn}: the header has no column ${missing.map((m) => `"${m}"`).join(", ")}.`, [
      {
        ...problemFrom(DATA_EN, "data/missing-column", "error", [], { missing, found: columns, ...lookalikeDelimiter(columns) }),
        location: where,
      },
    ]);
  }
  return index;
}

/**
 * A getter for a header position of CSV rows (always `undefined` when the column is absent).
 *
 * @param index - from {@link headerIndex}.
 * @param name - the column name.
 * @returns the getter.
 * @example
 * ```ts
 * cellGetter(new Map([["value", 1]]), "value")({ kind: "cells", line: 2, cells: ["r1", "4"] }); // "4"
 * ```
 */
export function cellGetter(index: ReadonlyMap<string, number>, name: string): Getter {
  const i = index.get(name);
  if (i === undefined) return () => undefined;
  return (item) => (item.kind === "cells" ? item.cells[i] : undefined);
}

/** How to read the segment of a row. */
export interface SegmentPlan {
  /** Declared dimensions and their getters. */
  readonly dims: readonly (readonly [string, Getter])[];
  /** Declared dimension names, or `undefined` to keep every dimension of an object row's segment field. */
  readonly keep: ReadonlySet<string> | undefined;
  /** The segment field of object rows. */
  readonly whole: Getter;
  readonly wholeColumn: string;
  readonly pool: SegmentPool;
  readonly max: number;
  /** CSV rows: the raw dimension texts (joined) → segment index, so a repeated segment costs one lookup. */
  readonly cache: Map<string, number>;
}

/**
 * Read a row's segment into the pool: its index, or why the row is rejected. CSV rows go through a cache keyed by
 * the raw dimension texts.
 *
 * @param item - the row.
 * @param plan - how to read segments.
 * @returns the segment index, or a verdict.
 * @example
 * ```ts
 * const i = readSegment(item, plan);
 * if (typeof i === "number") plan.pool.segment(i);
 * ```
 */
export function readSegment(item: SourceItem, plan: SegmentPlan): number | Verdict {
  if (item.kind === "cells") {
    let key = "";
    for (const [, get] of plan.dims) key += `${cellText(get(item))}\u0001`;
    const hit = plan.cache.get(key);
    if (hit !== undefined) return hit;
    const found = slowSegment(item, plan);
    if (typeof found === "number") plan.cache.set(key, found);
    return found;
  }
  return slowSegment(item, plan);
}

function slowSegment(item: SourceItem, plan: SegmentPlan): number | Verdict {
  const pairs: [string, unknown][] = [];
  const named = new Set<string>();
  for (const [dim, get] of plan.dims) {
    const v = get(item);
    if (cellText(v) === "") continue;
    pairs.push([dim, v]);
    named.add(dim);
  }
  if (item.kind === "object") {
    const whole = plan.whole(item);
    if (whole !== undefined && whole !== null && whole !== "") {
      if (typeof whole !== "object") return { reason: "invalid-segment", message: `Segment ${show(whole)} is not an object of dimensions.`, column: plan.wholeColumn };
      let seg: Segment;
      try {
        seg = makeSegment(whole as SegmentInput);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return { reason: "invalid-segment", message: `Segment ${show(whole)} cannot be read: ${why}`, column: plan.wholeColumn };
      }
      for (const [k, v] of seg) if (!named.has(k) && (plan.keep === undefined || plan.keep.has(k))) pairs.push([k, v]);
    }
  }
  const seg = makeSegment(pairs);
  const key = JSON.stringify(seg);
  const found = plan.pool.lookup(key);
  if (found !== undefined) return found;
  if (plan.pool.size >= plan.max) {
    return { reason: "segment-limit", message: `Segment ${key} would be segment number ${plan.pool.size + 1}, past the limit of ${plan.max}.`, column: plan.wholeColumn };
  }
  return plan.pool.intern(seg);
}

/**
 * "line 4", "lines 4–6" or "line 4 to the end", for malformed stretches.
 *
 * @param line - first line.
 * @param lastLine - last line (Infinity: to the end).
 * @returns the words.
 * @example
 * ```ts
 * lineRange(4, 6); // "lines 4–6"
 * ```
 */
export function lineRange(line: number, lastLine: number): string {
  if (lastLine === line) return `line ${line}`;
  return Number.isFinite(lastLine) ? `lines ${line}–${lastLine}` : `line ${line} to the end`;
}
