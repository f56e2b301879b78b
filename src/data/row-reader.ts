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
import { resolveEncoding } from "./text.js";
import * as z from "zod/mini";
import { UsageError, ValidationError } from "../core/errors.js";
import type { SourceLocation } from "../core/problem.js";
import type { Ledger, RowPlace } from "./ledger.js";
import { cellGetter, headerIndex, lineRange, objectGetter, rowKeys, type Getter, type SegmentPlan } from "./row-plan.js";
import type { SegmentPool } from "./segment.js";
import type { SourceItem } from "./source.js";
import { show } from "./values.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_EN } from "../core/messages/problems-en-data.js";

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
  /** The form, checked by the loader's options schema; default `long`. */
  readonly form: RowForm | undefined;
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
  /** Segment dimensions read from a column of another name (dimension id → column), besides `segments`. */
  readonly segmentColumns?: ReadonlyMap<string, string> | undefined;
  /** Wide form: columns to skip (trimmed, as headers are). */
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
  /** What the study items of wide columns are, for the message of a file in the other form. */
  readonly items: "events" | "questions";
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
 * How an options message shows what the caller passed (numbers as written, `Infinity` and `NaN` included).
 *
 * @param iss - the zod issue.
 * @returns the value, as {@link data!show} writes it.
 * @example
 * ```ts
 * got({ input: "tall" }); // '"tall"'
 * ```
 */
export const got = (iss: { readonly input?: unknown }): string => (typeof iss.input === "number" ? String(iss.input) : show(iss.input));

/** A list of keys as a message writes it: `"fomr", "colums"`. */
const quoted = (keys: readonly string[]): string => keys.map((k) => JSON.stringify(k)).join(", ");

/**
 * The zod checks of the options both loaders share, each worded after the option's path (see
 * `parseOptionsAt` (src/stats/_usage.ts)): the form, column names, lists of columns, counts, texts and the CSV options.
 * Internal: the loaders' schemas ({@link data!caseOptionsSchema}, {@link data!responseOptionsSchema}) are built from them.
 *
 * @example
 * ```ts
 * z.strictObject({ form: readerChecks.form() }).safeParse({ form: "tall" }).error?.issues[0]?.message; // 'must be "long" or "wide", got "tall".'
 * ```
 */
export const readerChecks = {
  /** The form: `long` or `wide`. */
  form: () => z.optional(z.enum(["long", "wide"], { error: (iss) => `must be "long" or "wide", got ${got(iss)}.` })),
  /** Column renames: an object whose keys are the loader's columns, each a column name. */
  columns: (keys: readonly string[]) =>
    z.optional(z.strictObject(Object.fromEntries(keys.map((k) => [k, z.optional(z.string({ error: (iss) => `must be a column name (a string), got ${got(iss)}.` }))])), {
        error: (iss) =>
          iss.code === "unrecognized_keys"
            ? `has no column ${quoted(iss.keys)}; the columns are ${keys.join(", ")}.`
            : `must be an object of column names, e.g. { ${keys[0] ?? "id"}: "…" }, got ${got(iss)}.`,
      })),
  /** A list of column names (segment dimensions, columns to skip). */
  names: () =>
    z.optional(z.array(z.string({ error: (iss) => `must be a column name (a string), got ${got(iss)}.` }), { error: (iss) => `must be a list of column names, got ${got(iss)}.` })),
  /** A Map from study ids to `value`s (wide-form columns, per-question codes). */
  map: <V extends z.ZodMiniType>(what: string, value: V) =>
    z.optional(z.map(z.string({ error: (iss) => `must have ${what} ids (strings) as keys, got ${got(iss)}.` }), value, { error: (iss) => `must be a Map from ${what} ids, got ${got(iss)}.` })),
  /** Segment dimensions read from columns of other names: a Map from dimension ids (non-empty) to column names. */
  segmentColumns: () =>
    z.optional(z.map(
        z.string({ error: (iss) => `must have segment dimension ids (strings) as keys, got ${got(iss)}.` }).check(z.refine((d) => d.trim() !== "", { error: "must not have an empty dimension id." })),
        z.string({ error: (iss) => `must map each dimension to a column name (a string), got ${got(iss)}.` }).check(z.refine((c) => c.trim() !== "", { error: "must not map a dimension to an empty column name." })),
        { error: (iss) => `must be a Map from segment dimension ids to column names, got ${got(iss)}.` },
      )),
  /** A text (a wave name, a file name). */
  text: () => z.optional(z.string({ error: (iss) => `must be a string, got ${got(iss)}.` })),
  /** A whole number ≥ 0; `unbounded` also allows `Infinity` (no limit). */
  count: (unbounded = false) =>
    z.optional(z.custom<number>((n) => typeof n === "number" && ((unbounded && n === Infinity) || (Number.isInteger(n) && n >= 0)), {
        error: (iss) => `must be a whole number ≥ 0${unbounded ? " (or Infinity)" : ""}, got ${got(iss)}.`,
      })),
  /** The error of a loader's options object itself: not an object, or a key no option has. */
  object: (keys: readonly string[]) => ({
    error: (iss: z.core.$ZodRawIssue) =>
      iss.code === "unrecognized_keys" ? `have no option ${quoted(iss.keys)}; the options are ${keys.join(", ")}.` : `must be an object, got ${got(iss)}.`,
  }),
};

/** Which text options a loader reads besides its own: none (object rows), `encoding` (JSON Lines), both (CSV, batches). */
export type TextOptionKeys = "rows" | "jsonl" | "csv";

/**
 * The zod shape of the text options a loader of `input` reads (see {@link data!CsvOptions}).
 *
 * @param input - what the loader reads.
 * @returns the shape to spread into the loader's options schema.
 * @example
 * ```ts
 * Object.keys(textOptionShape("jsonl")); // ["encoding"]
 * ```
 */
export function textOptionShape(input: TextOptionKeys): Record<string, z.ZodMiniType> {
  const encoding = readerChecks.text().check(z.refine((e) => e === undefined || knownEncoding(e), {
    error: (iss) => `is not an encoding gaptrace can read, got ${got(iss)}; use e.g. utf-8, gb18030, big5, euc-kr (cp949), shift_jis, utf-16le.`,
  }));
  const delimiter = z.optional(z.string({ error: (iss) => `must be a string, got ${got(iss)}.` }).check(z.minLength(1, { error: "must not be empty." }), z.refine((d) => !/["\r\n]/.test(d), { error: "must not hold a quote or a line break." })));
  const maxLinesPerRecord = z.optional(z.number({ error: (iss) => `must be a number, got ${got(iss)}.` }).check(z.int({ error: "must be a whole number." }), z.gte(1, { error: "must be at least 1." })));
  if (input === "rows") return {};
  return input === "jsonl" ? { encoding } : { delimiter, encoding, maxLinesPerRecord };
}

function knownEncoding(e: string): boolean {
  try {
    resolveEncoding(e);
    return true;
  } catch {
    return false;
  }
}

/** Hints of the options both loaders share, by option. */
export const READER_HINTS: Readonly<Record<string, string>> = {
  segments: 'Pass the segment columns as a list, e.g. ["region"].',
  ignoreColumns: 'Pass the columns to skip as a list, e.g. ["timestamp"].',
  segmentColumns: 'Pass a Map from segment dimension ids to the columns they are read from, e.g. new Map([["customer_type", "Customer Type"]]).',
  defaultWave: 'Pass a wave name, e.g. "2026H1".',
  file: "Pass the file name to show in problems, e.g. \"survey.csv\".",
  maxProblemsPerReason: "Pass e.g. 100.",
  maxSegments: "Pass e.g. 10000.",
  delimiter: 'Pass the field delimiter, e.g. ";" or "\\t".',
  encoding: 'Use an encoding TextDecoder knows, e.g. "utf-8" or "gb18030".',
  maxLinesPerRecord: "Pass the most lines one record may span, e.g. 100.",
  "": 'Pass an options object such as { form: "wide" }, or nothing.',
};

/**
 * The study ids a Map option names that the study does not have, as one issue (the first).
 *
 * @param ctx - the refinement context.
 * @param option - the option's name (`eventColumns`).
 * @param what - what the ids are (`event`).
 * @param named - the option's value.
 * @param known - whether the study has an id.
 * @example
 * ```ts
 * z.map(z.string(), z.string()).check(z.superRefine((m, ctx) => unknownIds(ctx, "eventColumns", "event", m, (id) => events.has(id))));
 * ```
 */
export function unknownIds(ctx: z.core.$RefinementCtx, option: string, what: string, named: ReadonlyMap<string, unknown> | undefined, known: (id: string) => boolean): void {
  for (const id of named?.keys() ?? []) {
    if (known(id)) continue;
    ctx.addIssue({ code: "custom", path: [option], message: `names ${what} "${id}", which the study does not have.`, params: { hint: `Use ${what} ids from the study.` } });
    return;
  }
}

/**
 * The segment dimensions of a loader and the column each is read from: every name of `segments` from the column
 * of the same name, then every entry of `segmentColumns` (dimension id → column, trimmed as headers are), which
 * wins for a dimension named in both.
 *
 * @param segments - dimensions read from columns of the same name.
 * @param segmentColumns - dimensions read from columns of another name.
 * @returns `[dimension, column]` pairs, each dimension once, in the order given.
 * @example
 * ```ts
 * segmentDims(["region"], new Map([["customer_type", "Customer Type"]])); // [["region", "region"], ["customer_type", "Customer Type"]]
 * ```
 */
export function segmentDims(segments: readonly string[] | undefined, segmentColumns: ReadonlyMap<string, string> | undefined): (readonly [string, string])[] {
  const dims = new Map<string, string>();
  for (const d of segments ?? []) dims.set(d, d);
  for (const [d, column] of segmentColumns ?? []) dims.set(d, column.trim());
  return [...dims];
}

/**
 * Reads the parts every row shares, for one loader. The loader calls {@link RowReader.item} with each source
 * item and reads the rows it is handed through {@link RowReader.get} and the wide columns.
 *
 * @example
 * ```ts
 * const rows = new RowReader({ fn: "readCases", form: "long", columns, id: "case", longOnly: ["event", "time"], items: "events", ... });
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
  /** Columns to skip, trimmed as headers are (match with `column.trim()`). */
  readonly ignore: ReadonlySet<string>;
  /** Segment dimensions and the column each is read from (`segments`, then `segmentColumns`). */
  readonly segmentDims: readonly (readonly [string, string])[];
  /** The file name for problems. */
  readonly file: string | undefined;
  readonly #spec: RowReaderSpec<K, T>;

  /** @param spec - what the loader's rows are. */
  constructor(spec: RowReaderSpec<K, T>) {
    this.#spec = spec;
    this.form = spec.form ?? "long";
    this.columns = spec.columns;
    const longOnly = new Set<string>(spec.longOnly);
    this.segmentDims = segmentDims(spec.segments, spec.segmentColumns);
    const declared = spec.segments !== undefined || spec.segmentColumns !== undefined;
    this.attributes = new Set([...(Object.keys(spec.columns) as (K | "segment")[]).filter((k) => !longOnly.has(k)).map((k) => spec.columns[k]), ...this.segmentDims.map(([, column]) => column)]);
    // Headers are trimmed when read, so an entry copied with the header's stray space still names its column.
    this.ignore = new Set((spec.ignore ?? []).map((c) => c.trim()));
    this.file = spec.file;
    this.get = this.#getters(objectGetter);
    this.segmentPlan = {
      dims: this.segmentDims.map(([d, column]) => [d, objectGetter(column)] as const),
      keep: declared ? new Set(this.segmentDims.map(([d]) => d)) : undefined,
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
        if (item.undecodable !== undefined) this.#undecodable(item.undecodable, item.line);
        this.#planHeader(item.columns, item.line);
        return;
      case "blank":
        ledger.blankLines++;
        return;
      case "end":
        if (ledger.rowsRead === 0) this.#empty(item.line);
        return;
      case "malformed":
        ledger.row();
        ledger.rejectRow(item.reason ?? "malformed-line", this.place(item.line), () => `Could not read ${lineRange(item.line, item.lastLine)}: ${item.detail}.`);
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
    return columns.filter((c) => !named.has(c) && !this.attributes.has(c) && !this.ignore.has(c.trim()));
  }

  #getters(at: (name: string) => Getter): Record<K | "segment", Getter> {
    const unread: ReadonlySet<string> | undefined = this.#spec.unread;
    const out = {} as Record<K | "segment", Getter>;
    for (const k of Object.keys(this.#spec.columns) as (K | "segment")[]) out[k] = unread?.has(k) === true ? () => undefined : at(this.#spec.columns[k]);
    return out;
  }

  /** A text source that ended without a row: empty, blank or header-only. */
  #empty(lines: number): never {
    const where = { line: this.header === undefined ? 1 : lines, ...(this.#spec.file === undefined ? {} : { file: this.#spec.file }) };
    const headerOnly = this.header !== undefined;
    throw new ValidationError(`gaptrace/${this.#spec.fn}: the ${this.#spec.file === undefined ? "input" : `file ${this.#spec.file}`} has no data rows.`, [
      { ...problemFrom(DATA_EN, "data/empty-file", "error", [], { headerOnly, lines }), location: where },
    ]);
  }

  /** A header whose bytes are not valid in the encoding: no column can be trusted, so the load stops here. */
  #undecodable(u: { readonly encoding: string; readonly candidates: readonly string[] }, line: number): never {
    const where = { line, ...(this.#spec.file === undefined ? {} : { file: this.#spec.file }) };
    throw new ValidationError(`gaptrace/${this.#spec.fn}: the header line is not valid ${u.encoding} text.`, [
      { ...problemFrom(DATA_EN, "data/undecodable-header", "error", [], { encoding: u.encoding, candidates: u.candidates }), location: where },
    ]);
  }

  #planHeader(columns: readonly string[], line: number): void {
    const s = this.#spec;
    const where = { line, ...(s.file === undefined ? {} : { file: s.file }) };
    const c = s.columns;
    const required = [c[s.id], ...(this.form === "long" ? s.longOnly.map((k) => c[k]) : []), ...(s.alsoRequired ?? []).map((k) => c[k])];
    this.#checkForm(columns, where);
    const index = headerIndex(s.fn, columns, [...required, ...this.segmentDims.map(([, column]) => column)], where);
    this.header = index;
    const at = (name: string): Getter => cellGetter(index, name);
    // CSV rows have no whole-segment field: their segment is read from the dimension columns.
    this.get = { ...this.#getters(at), segment: () => undefined };
    this.segmentPlan = { ...this.segmentPlan, dims: this.segmentDims.map(([d, column]) => [d, at(column)] as const), whole: () => undefined };
    if (this.form === "wide") this.#planWide(columns, at);
    s.onHeader?.(columns, where);
  }

  /**
   * A header in the other form than the one asked for stops the read with one clear problem, instead of every value
   * rejected as an unknown item (a long file read wide) or a missing column named (a wide file read long).
   */
  #checkForm(columns: readonly string[], where: { line: number; file?: string }): void {
    const s = this.#spec;
    const longColumns = s.longOnly.map((k) => s.columns[k]);
    const items = columns.filter((col) => s.targets.has(col));
    const hasLong = longColumns.every((col) => columns.includes(col));
    const read = this.form === "wide" && hasLong && items.length === 0 ? "wide" : this.form === "long" && !hasLong && items.length > 0 ? "long" : undefined;
    if (read === undefined) return;
    const shown = read === "wide" ? longColumns : items.slice(0, 5);
    throw new ValidationError(`gaptrace/${s.fn}: the file looks ${read === "wide" ? "long" : "wide"} but is read in ${read} form.`, [
      { ...problemFrom(DATA_EN, "data/wrong-form", "error", [], { read, columns: shown, of: s.items }), location: where },
    ]);
  }

  #planWide(columns: readonly string[], at: (name: string) => Getter): void {
    const wide: WideColumn<T>[] = [];
    const unknown: UnknownColumn[] = [];
    for (const column of columns) {
      if (this.attributes.has(column) || this.ignore.has(column.trim())) continue;
      const target = this.#spec.targets.get(column);
      if (target !== undefined) wide.push({ target, column, get: at(column) });
      else unknown.push({ column, get: at(column) });
    }
    this.wide = wide;
    this.unknown = unknown;
  }
}
