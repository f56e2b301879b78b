/**
 * The one row reader of the data loaders: survey responses and case records are both rows in long form (one
 * value per row) or wide form (one record per row, a column per study item), from CSV (read by header position)
 * or from objects (read by key). This reader owns what those rows share: the form, the column names (defaults
 * and renames), the header plan (required and repeated columns, segment dimensions, wide columns that name a
 * study item and those that name none), the segment plan, and the items every loader treats alike (blank and
 * malformed lines, a CSV row before its header, an object row that is not an object). A loader keeps only what
 * a row means.
 * @internal
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { SourceLocation } from "../core/problem.js";
import type { Ledger, RowPlace } from "./ledger.js";
import { cellGetter, headerIndex, lineRange, objectGetter, rowKeys, type Getter, type SegmentPlan } from "./row-plan.js";
import type { SegmentPool } from "./segment.js";
import type { SourceItem } from "./source.js";
import { show } from "./values.js";

/** Long form: one value per row. Wide form: one record per row, a column per study item. */
export type RowForm = "long" | "wide";

/** A wide-form column that holds a study item (an event, a question). */
export interface WideColumn<T> {
  /** The study item. */
  readonly target: T;
  readonly column: string;
  readonly get: Getter;
}

/** A wide-form column that is neither an attribute, nor ignored, nor a study item. */
export interface UnknownColumn {
  readonly column: string;
  readonly get: Getter;
}

/** What a loader tells the row reader about its rows. `K` names the loader's columns. */
export interface RowReaderSpec<K extends string, T> {
  /** The loader's public name, for messages (`readCases`). */
  readonly fn: string;
  /** The form as passed (checked here); default `long`. */
  readonly form: RowForm | undefined;
  /** What to do about a wrong form, in the loader's words. */
  readonly formHint: string;
  /** Column names, defaults with the caller's renames applied; `segment` is the whole-segment field of object rows. */
  readonly columns: Readonly<Record<K | "segment", string>>;
  /** The column that names a row's record (case, respondent): required in every header. */
  readonly id: K;
  /** Columns only long rows have (event and time; question and value): required in a long header. */
  readonly longOnly: readonly K[];
  /** Further columns a header must have. */
  readonly alsoRequired?: readonly K[];
  /** Columns not read at all (their getters give `undefined`, and they still count as attributes). */
  readonly unread?: ReadonlySet<K>;
  /** Segment dimensions, each read from the column of the same name; `undefined` keeps every dimension of an object row's segment field. */
  readonly segments: readonly string[] | undefined;
  /** Wide form: columns to skip. */
  readonly ignore: readonly string[] | undefined;
  /** Most distinct segments. */
  readonly maxSegments: number;
  /** Where segments are interned. */
  readonly pool: SegmentPool;
  /** The file name for problems. */
  readonly file: string | undefined;
  /** Where rows are counted. */
  readonly ledger: Ledger;
  /** Wide form: the column of each study item (its id, or the caller's rename). */
  readonly targets: ReadonlyMap<string, T>;
  /**
   * Called after a header has been planned, so the loader can add its notes (unknown or unused columns).
   * @param columns - the header.
   * @param where - its location.
   */
  readonly onHeader?: (columns: readonly string[], where: SourceLocation & { readonly line: number }) => void;
}

/**
 * Column names: the defaults, with each one the caller renames.
 *
 * @param defaults - the loader's default names.
 * @param given - the caller's renames (an absent or `undefined` entry keeps the default).
 * @returns every column's name.
 * @example
 * ```ts
 * columnNames({ case: "case", time: "time" }, { case: "工单编号" }); // { case: "工单编号", time: "time" }
 * ```
 */
export function columnNames<C extends Readonly<Record<string, string>>>(defaults: C, given: { readonly [k in keyof C]?: string | undefined } | undefined): { -readonly [k in keyof C]: string } {
  const out = { ...defaults } as { -readonly [k in keyof C]: string };
  for (const k of Object.keys(defaults) as (keyof C)[]) {
    const name = given?.[k];
    if (name !== undefined) out[k] = name;
  }
  return out;
}

/**
 * Check a form option.
 *
 * @param fn - the loader, for the message.
 * @param form - the form as passed.
 * @param hint - what to do about a wrong one.
 * @returns the form, `long` by default.
 * @throws UsageError for anything but `long` or `wide`.
 * @example
 * ```ts
 * rowForm("readCases", undefined, "Pass form: \"long\" or \"wide\"."); // "long"
 * ```
 */
export function rowForm(fn: string, form: unknown, hint: string): RowForm {
  const f = form ?? "long";
  if (f !== "long" && f !== "wide") throw new UsageError(fn, `form must be "long" or "wide", got ${JSON.stringify(f)}.`, hint);
  return f;
}

/**
 * Check that every study item a rename option names is in the study.
 *
 * @param fn - the loader, for the message.
 * @param option - the option's name (`eventColumns`).
 * @param what - what the items are (`event`).
 * @param named - the ids the option names.
 * @param known - whether the study has an id.
 * @throws UsageError naming the first unknown id.
 * @example
 * ```ts
 * checkNamed("readCases", "eventColumns", "event", ["paid"], (id) => events.has(id));
 * ```
 */
export function checkNamed(fn: string, option: string, what: string, named: Iterable<string>, known: (id: string) => boolean): void {
  for (const id of named) {
    if (!known(id)) throw new UsageError(fn, `${option} names ${what} "${id}", which the study does not have.`, `Use ${what} ids from the study.`);
  }
}

/**
 * Reads the parts every row shares, for one loader. The loader calls {@link RowReader.item} with each source
 * item and reads the rows it is handed through {@link RowReader.get} and the wide columns.
 *
 * @example
 * ```ts
 * const rows = new RowReader({ fn: "readCases", form: "long", formHint, columns, id: "case", longOnly: ["event", "time"], ... });
 * forEachItem(batches, (item) => rows.item(item, (row) => readRow(row)));
 * ```
 */
export class RowReader<K extends string, T> {
  /** The rows' form. */
  readonly form: RowForm;
  /** Column names, defaults and renames applied. */
  readonly columns: Readonly<Record<K | "segment", string>>;
  /** Getters of the named columns, for the current header (CSV) or by key (objects). */
  get: Readonly<Record<K | "segment", Getter>>;
  /** How to read a row's segment. */
  segmentPlan: SegmentPlan;
  /** Wide form: the columns of the current header or object row that hold study items. */
  wide: readonly WideColumn<T>[] = [];
  /** Wide form: the columns of the current header or object row that hold nothing the loader knows. */
  unknown: readonly UnknownColumn[] = [];
  /** The current CSV header, column name → position; `undefined` before one. */
  header: ReadonlyMap<string, number> | undefined;
  /** Attribute columns: every named column but the long-only ones, and the segment dimensions. */
  readonly attributes: ReadonlySet<string>;
  /** Columns to skip. */
  readonly ignore: ReadonlySet<string>;
  /** The file name for problems. */
  readonly file: string | undefined;
  readonly #spec: RowReaderSpec<K, T>;

  /** @param spec - what the loader's rows are. */
  constructor(spec: RowReaderSpec<K, T>) {
    this.#spec = spec;
    this.form = rowForm(spec.fn, spec.form, spec.formHint);
    this.columns = spec.columns;
    const longOnly = new Set<string>(spec.longOnly);
    this.attributes = new Set([...(Object.keys(spec.columns) as (K | "segment")[]).filter((k) => !longOnly.has(k)).map((k) => spec.columns[k]), ...(spec.segments ?? [])]);
    this.ignore = new Set(spec.ignore ?? []);
    this.file = spec.file;
    this.get = this.#getters(objectGetter);
    this.segmentPlan = {
      dims: (spec.segments ?? []).map((d) => [d, objectGetter(d)] as const),
      keep: spec.segments === undefined ? undefined : new Set(spec.segments),
      whole: objectGetter(spec.columns.segment),
      wholeColumn: spec.columns.segment,
      pool: spec.pool,
      max: spec.maxSegments,
      cache: new Map(),
    };
  }

  /**
   * Where a line is, for the ledger.
   * @param line - the line (or row number).
   * @returns the place.
   */
  place(line: number): RowPlace {
    return { file: this.#spec.file, line };
  }

  /**
   * Read one source item: a header is planned, blank and malformed lines are counted, and a row (counted as
   * read) is handed to `row`.
   * @param item - the item.
   * @param row - reads a row of the loader's kind.
   * @throws UsageError for a CSV row before its header.
   */
  item(item: SourceItem, row: (item: SourceItem) => void): void {
    const ledger = this.#spec.ledger;
    switch (item.kind) {
      case "header":
        this.#planHeader(item.columns, item.line);
        return;
      case "blank":
        ledger.blankLines++;
        return;
      case "malformed":
        ledger.row();
        ledger.rejectRow("malformed-line", this.place(item.line), () => `Could not read ${lineRange(item.line, item.lastLine)}: ${item.detail}.`);
        return;
      case "cells":
        if (this.header === undefined) throw new UsageError(this.#spec.fn, "a CSV row came before its header.", "Start the CSV with a header line.");
        break;
      case "object": {
        const v = item.value;
        if (v === null || typeof v !== "object" || Array.isArray(v)) {
          ledger.row();
          ledger.rejectRow("malformed-line", this.place(item.line), () => `Row ${item.line} is ${show(v)}, not an object of columns.`);
          return;
        }
        if (this.form === "wide") this.#planWide(rowKeys(v), objectGetter);
        break;
      }
    }
    ledger.row();
    row(item);
  }

  /**
   * Header columns that are neither named columns, segment dimensions, nor ignored.
   * @param columns - a header.
   * @returns the unused ones, in header order.
   */
  unused(columns: readonly string[]): string[] {
    const named = new Set(Object.values<string>(this.columns));
    return columns.filter((c) => !named.has(c) && !this.attributes.has(c) && !this.ignore.has(c));
  }

  #getters(at: (name: string) => Getter): Record<K | "segment", Getter> {
    const unread: ReadonlySet<string> | undefined = this.#spec.unread;
    const out = {} as Record<K | "segment", Getter>;
    for (const k of Object.keys(this.#spec.columns) as (K | "segment")[]) out[k] = unread?.has(k) === true ? () => undefined : at(this.#spec.columns[k]);
    return out;
  }

  #planHeader(columns: readonly string[], line: number): void {
    const s = this.#spec;
    const where = { line, ...(s.file === undefined ? {} : { file: s.file }) };
    const c = s.columns;
    const required = [c[s.id], ...(this.form === "long" ? s.longOnly.map((k) => c[k]) : []), ...(s.alsoRequired ?? []).map((k) => c[k])];
    const index = headerIndex(s.fn, columns, [...required, ...(s.segments ?? [])], where);
    this.header = index;
    const at = (name: string): Getter => cellGetter(index, name);
    // CSV rows have no whole-segment field: their segment is read from the dimension columns.
    this.get = { ...this.#getters(at), segment: () => undefined };
    this.segmentPlan = { ...this.segmentPlan, dims: (s.segments ?? []).map((d) => [d, at(d)] as const), whole: () => undefined };
    if (this.form === "wide") this.#planWide(columns, at);
    s.onHeader?.(columns, where);
  }

  #planWide(columns: readonly string[], at: (name: string) => Getter): void {
    const wide: WideColumn<T>[] = [];
    const unknown: UnknownColumn[] = [];
    for (const column of columns) {
      if (this.attributes.has(column) || this.ignore.has(column)) continue;
      const target = this.#spec.targets.get(column);
      if (target !== undefined) wide.push({ target, column, get: at(column) });
      else unknown.push({ column, get: at(column) });
    }
    this.wide = wide;
    this.unknown = unknown;
  }
}
