/**
 * Operational performance records per case (a work order, a call): when each named event happened (paid,
 * settled, reconnection ordered, reconnected), in which segment and wave, and optionally about which metric or
 * step. Rows come in long form (case, event, time) or wide form (a column per event). Every row lands in the
 * ledger; after loading, a stop event earlier than its start on any clock the study names is rejected too.
 * Records are held in columns (one Float64Array of epoch milliseconds per event), so the same records answer
 * "from settlement" and "from payment" questions.
 * @module
 */
import * as z from "zod/mini";
import { intern } from "../core/intern.js";
import type { SourceLocation } from "../core/problem.js";
import type { Study, Unit } from "../model/study.js";
import { parseOptionsAt } from "../stats/_usage.js";
import { Ledger, type RejectReason } from "./ledger.js";
import { readSegment, type Verdict } from "./row-plan.js";
import { clockOutcome } from "./clock.js";
import { EventTimes, EventTimeStore, sortedEntry, type SortedEventTimes, type SparseEventColumn } from "./event-times.js";
import { columnNames, got, READER_HINTS, readerChecks, RowReader, textOptionShape, unknownIds, type TextOptionKeys } from "./row-reader.js";
import { cellText, SegmentPool, type Segment } from "./segment.js";
import { ByteDictionary, KeptCells, type CsvByteRow, type CsvByteSink } from "./csv-bytes.js";
import { csvByteRoute, csvRows, refuseCsvDriver, forEachItem, jsonlRows, objectRows, type CsvOptions, type SourceBatches, type SourceItem, type TextInput } from "./source.js";
import { dataIndex } from "./study-index.js";
import { offsetOption, parseOffset, parseTime, parseTimeBytes } from "./time.js";
import { ownString } from "./own-string.js";
import { isBlank, show } from "./values.js";
import { isRows, isTextInput, requireArgument, requireStudy } from "../model/arguments.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_EN } from "../core/messages/problems-en-data.js";

/** Column names of case rows. */
export interface CaseColumns {
  /** Default `case`. */
  readonly case?: string;
  /** Long form only. Default `event`. */
  readonly event?: string;
  /** Long form only. Default `time`. */
  readonly time?: string;
  /** A metric or step id the case is about (optional). Default `context`. */
  readonly context?: string;
  /** Default `wave`. */
  readonly wave?: string;
  /** Object rows only: a field holding the whole segment. Default `segment`. */
  readonly segment?: string;
  /**
   * Long form only: on a row whose event cell names a metric id instead of an event, the metric's duration given
   * directly as a number (in the unit of its `durationColumns` entry, else the metric's unit). Default `value`.
   */
  readonly value?: string;
}

/** A column holding a metric's duration directly as a number, and the unit the numbers are in. */
export interface DurationColumn {
  /** The column, as written in the header. */
  readonly column: string;
  /** The unit of the numbers: s, min, h, d or workday. */
  readonly unit: Unit;
}

/** How to read case records. */
export interface CaseOptions {
  /** `long`: case, event, time per row (default). `wide`: one row per case, a column per event. */
  readonly form?: "long" | "wide";
  readonly columns?: CaseColumns;
  /** Segment dimensions, each read from the column of the same name. */
  readonly segments?: readonly string[];
  /**
   * Segment dimensions read from a column of another name: dimension id → column as the header writes it (e.g.
   * `"customer_type"` → `"Customer Type"`). A CSV header must have the column.
   */
  readonly segmentColumns?: ReadonlyMap<string, string>;
  /**
   * How the file names each event, when not by its id: wide form, the column holding its time; long form, the word
   * in the event column (e.g. `"arrears_paid"` → `"缴清"`; the id itself is still accepted). In long form two events
   * may not share a word, and a word may not be another event's id.
   */
  readonly eventColumns?: ReadonlyMap<string, string>;
  /** Wide form: columns to skip. */
  readonly ignoreColumns?: readonly string[];
  /**
   * Durations given directly as numbers: metric id → the column holding them and their unit (airline
   * "Departure Delay in Minutes" → `departure_delay`, `min`). Wide form reads the column; long form reads the unit
   * for the rows whose event cell names the metric (the number is in `columns.value`). A blank cell means not
   * measured; a negative or non-numeric value is rejected with its reason.
   */
  readonly durationColumns?: ReadonlyMap<string, DurationColumn>;
  /** UTC offset for times written without one, e.g. `"+08:00"`. Default: such times are rejected. */
  readonly assumeOffset?: string;
  /** Wave of rows that do not say. Default: none (`""`), which means the case counts for every survey wave. */
  readonly defaultWave?: string;
  /** File name for problems. */
  readonly file?: string;
  /** Problems kept per reason. Default 100. */
  readonly maxProblemsPerReason?: number;
  /** Most distinct segments. Default 10,000. */
  readonly maxSegments?: number;
}

/** Case records in columns, with the ledger of their load. */
export interface CaseRecords {
  /** The study the records were checked against (clocks and standards are looked up in it). */
  readonly study: Study;
  /** Number of cases (case id × wave). */
  readonly count: number;
  readonly ids: readonly string[];
  /** Index into {@link CaseRecords.waves}. */
  readonly wave: Uint32Array;
  readonly waves: readonly string[];
  /** Index into {@link CaseRecords.contexts}, or −1 when the case names no context. */
  readonly context: Int32Array;
  readonly contexts: readonly string[];
  /** Index into {@link CaseRecords.segments}. */
  readonly segment: Uint32Array;
  readonly segments: readonly Segment[];
  /** Event id → time of the event per case, in epoch milliseconds (NaN when it did not happen or was rejected). */
  readonly times: ReadonlyMap<string, Float64Array>;
  /**
   * Event id → the cases whose time for that event was given but rejected (unreadable, or before its clock's start):
   * the event is unknown for them, not absent, so such a case is never taken for one that never reached it.
   */
  readonly rejectedTimes?: ReadonlyMap<string, ReadonlySet<number>>;
  /**
   * Metric id → its durations given directly as numbers ({@link CaseOptions.durationColumns} or long-form value
   * rows), per case, in `unit`; NaN where none was given. Only metrics with at least one value given are present.
   */
  readonly givenDurations?: ReadonlyMap<string, { readonly unit: Unit; readonly values: Float64Array }>;
  readonly ledger: Ledger;
}

/** The default column names of case rows. */
export const CASE_COLUMNS = { case: "case", event: "event", time: "time", context: "context", wave: "wave", segment: "segment", value: "value" } as const satisfies Required<CaseColumns>;

/** Every {@link CaseOptions} key, in the order messages list them. */
const CASE_OPTION_KEYS = ["form", "columns", "segments", "segmentColumns", "eventColumns", "durationColumns", "ignoreColumns", "assumeOffset", "defaultWave", "file", "maxProblemsPerReason", "maxSegments"] as const satisfies readonly (keyof CaseOptions)[];

/**
 * The zod schema of {@link CaseOptions} for a study: each option's type and range, the column names (only the keys of
 * {@link CaseColumns}), `eventColumns` naming only events of the study, and `assumeOffset` a UTC offset. A key no
 * option has is refused (a misspelt `asumeOffset` would otherwise silently leave local times rejected). Each check
 * words what is wrong after the option's path, as `parseOptionsAt` (src/stats/_usage.ts) writes it.
 *
 * @param study - the study (its events).
 * @param input - what the loader reads: object `rows`, `jsonl` (also `encoding`) or `csv` and batches (also
 *   `delimiter` and `encoding`: the Node readers hand their whole options to the batch loader).
 * @returns the schema.
 * @example
 * ```ts
 * caseOptionsSchema(study).safeParse({ form: "tall" }).success; // false
 * caseOptionsSchema(study, "rows").safeParse({ assumeOffset: "+08:00" }).success; // true
 * ```
 */
export function caseOptionsSchema(study: Study, input: TextOptionKeys = "csv"): z.ZodMiniType<CaseOptions & CsvOptions> {
  const events = new Set(study.events.map((e) => e.id));
  const metrics = new Set(study.metrics.map((m) => m.id));
  const text = textOptionShape(input);
  const shape = {
    form: readerChecks.form(),
    columns: readerChecks.columns(Object.keys(CASE_COLUMNS)),
    segments: readerChecks.names(),
    segmentColumns: readerChecks.segmentColumns(),
    eventColumns: readerChecks.map("event", z.string({ error: (iss) => `must map each event to a column name (a string), got ${got(iss)}.` })),
    durationColumns: readerChecks.map(
      "metric",
      z.strictObject(
        {
          column: z.string({ error: (iss) => `must name the column (a string), got ${got(iss)}.` }),
          unit: z.enum(["s", "min", "h", "d", "workday"], { error: (iss) => `must be a unit of time (s, min, h, d or workday), got ${got(iss)}.` }),
        },
        { error: (iss) => `must map each metric to { column, unit }, got ${got(iss)}.` },
      ),
    ),
    ignoreColumns: readerChecks.names(),
    assumeOffset: z.optional(z.string({ error: (iss) => `must be a UTC offset such as "+08:00", got ${got(iss)}.` }).check(z.refine((o) => parseOffset(o) !== undefined, { error: (iss) => `${got(iss)} is not a UTC offset.` }))),
    defaultWave: readerChecks.text(),
    file: readerChecks.text(),
    maxProblemsPerReason: readerChecks.count(),
    maxSegments: readerChecks.count(true),
    ...text,
  };
  return z.strictObject(shape, readerChecks.object([...CASE_OPTION_KEYS, ...Object.keys(text)])).check(z.superRefine((o, ctx) => {
    unknownIds(ctx, "eventColumns", "event", o.eventColumns, (e) => events.has(e));
    if ((o.form ?? "long") === "long" && o.eventColumns !== undefined) {
      // Long form: each event's word in the event column is its own, and no other event's id.
      const seen = new Map<string, string>();
      for (const [id, raw] of o.eventColumns) {
        const word = raw.trim();
        const first = seen.get(word);
        const clash = first !== undefined ? `is already the word of event "${first}"` : word !== id && events.has(word) ? `is the id of another event` : undefined;
        if (clash !== undefined) ctx.addIssue({ code: "custom", path: ["eventColumns", id], message: `names event "${id}" by "${raw}", which ${clash}.` });
        else seen.set(word, id);
      }
    }
    unknownIds(ctx, "durationColumns", "metric", o.durationColumns, (m) => metrics.has(m));
  })) as unknown as z.ZodMiniType<CaseOptions & CsvOptions>;
}

/** Hints of the case options' problems, by option. */
const CASE_HINTS: Readonly<Record<string, string>> = {
  ...READER_HINTS,
  form: 'Pass form: "long" (case, event, time per row) or "wide" (a column per event).',
  columns: `Rename only the columns ${Object.keys(CASE_COLUMNS).join(", ")}, e.g. columns: { case: "工单编号" }.`,
  eventColumns: 'Pass a Map from event ids of the study to column names (wide form) or to the words of the event column (long form), e.g. new Map([["paid", "缴费时间"]]).',
  durationColumns: 'Pass a Map from metric ids of the study to { column, unit }, e.g. new Map([["departure_delay", { column: "Departure Delay in Minutes", unit: "min" }]]).',
  assumeOffset: 'Write it like "+08:00" or "Z".',
};

/** Check case options (throws a located UsageError of `readCases`); `input` as in {@link caseOptionsSchema}. */
function checkCaseOptions(study: Study, options: unknown, input: TextOptionKeys): void {
  parseOptionsAt("readCases", caseOptionsSchema(study, input), options, CASE_HINTS);
}

/** Reads case rows into growable columns; the shared {@link RowReader} reads what rows have in common. */
class CaseReader {
  readonly #study: Study;
  readonly #events: readonly string[];
  readonly #eventIndex: Map<string, number>;
  readonly #ledger: Ledger;
  readonly #rows: RowReader<keyof CaseColumns, number>;
  readonly #offset: number | undefined;
  readonly #defaultWave: string;
  readonly #eventColumns: ReadonlyMap<string, string>;
  readonly #contextsKnown: ReadonlySet<string>;
  readonly #segments = new SegmentPool();
  // Columns.
  // Per wave, each case's index by its id: the id strings are the ones #ids keeps, where a `wave\u0000id` key made
  // a string per case that lived until the read ended (10 MB at 1.07 million rows, 20,000 steps).
  readonly #cases = new Map<string, Map<string, number>>();
  readonly #ids: string[] = [];
  #wave = new Uint32Array(256);
  #context = new Int32Array(256);
  #segment = new Uint32Array(256);
  /** Event times as given (sparse: a case's few events, not a column per event over every case). */
  readonly #times = new EventTimeStore();
  readonly #waves = new Map<string, number>();
  readonly #contexts = new Map<string, number>();
  /** Metrics of the study, in order: a wide duration column targets (events + metric index). */
  readonly #metrics: readonly string[];
  readonly #metricIndex: Map<string, number>;
  /** Unit of each metric's given durations: its durationColumns entry, else the metric's unit. */
  readonly #givenUnit: readonly Unit[];
  /** Durations given directly, per metric (NaN where none; made when the metric gets its first), and which metrics had any. */
  #given: (Float64Array | undefined)[];
  readonly #givenAny = new Set<number>();
  /** Per event: cases whose time was given but rejected; long rows rejected before their case existed wait as keys. */
  readonly #rejected: (Set<number> | undefined)[];
  readonly #rejectedKeys: { event: number; wave: string; id: string }[] = [];
  // The byte route (long-form CSV): event ids by their bytes (and the event each names), the header positions of
  // the event and time columns, the cells that identify a case (case, wave, context, segment dimensions) of the
  // last row that gave a case, and that case. #caseRead is the case the text path's last #caseIndex gave, or -1.
  #eventBytes: ByteDictionary | undefined;
  #eventOf: number[] = [];
  #bytePos: { readonly event: number; readonly time: number } | undefined;
  #caseCells: KeptCells | undefined;
  #keptCase = -1;
  #caseRead = -1;

  constructor(study: Study, options: CaseOptions, ledger: Ledger) {
    const ix = dataIndex(study);
    this.#study = study;
    this.#events = study.events.map((e) => e.id);
    this.#eventIndex = new Map(this.#events.map((e, i) => [e, i]));
    this.#ledger = ledger;
    this.#eventColumns = options.eventColumns ?? new Map();
    this.#contextsKnown = new Set([...ix.metrics.keys(), ...ix.steps]);
    this.#rejected = this.#events.map(() => undefined);
    this.#metrics = study.metrics.map((m) => m.id);
    this.#metricIndex = new Map(this.#metrics.map((m, i) => [m, i]));
    const durationColumns = options.durationColumns ?? new Map<string, DurationColumn>();
    this.#givenUnit = study.metrics.map((m) => durationColumns.get(m.id)?.unit ?? m.unit);
    this.#given = this.#metrics.map(() => undefined);
    const E = this.#events.length;
    const durationTargets = [...durationColumns].map(([m, c]) => [c.column, E + (this.#metricIndex.get(m) ?? 0)] as const);
    this.#rows = new RowReader<keyof CaseColumns, number>({
      fn: "readCases",
      form: options.form,
      columns: columnNames(CASE_COLUMNS, options.columns),
      id: "case",
      longOnly: ["event", "time"],
      segments: options.segments,
      segmentColumns: options.segmentColumns,
      ignore: options.ignoreColumns,
      maxSegments: options.maxSegments ?? 10_000,
      pool: this.#segments,
      file: options.file,
      ledger,
      targets: new Map([...this.#events.map((e, i) => [this.#eventColumns.get(e) ?? e, i] as const), ...durationTargets]),
      items: "events",
      onHeader: (_columns, where) => {
        this.#noteUnknown(where);
        this.#planBytes();
      },
    });
    // Long form: the event column may name events in the file's own words (缴清 for arrears_paid).
    if (this.#rows.form === "long")
      for (const [id, word] of this.#eventColumns) {
        const i = this.#eventIndex.get(id);
        if (i !== undefined) this.#eventIndex.set(word.trim(), i);
      }
    this.#offset = offsetOption("readCases", options.assumeOffset);
    // A case whose row names no wave belongs to every survey wave ("" = none given).
    this.#defaultWave = options.defaultWave ?? "";
  }

  item(item: SourceItem): void {
    this.#rows.item(item, (row) => (this.#rows.form === "long" ? this.#long(row) : this.#wide(row)));
  }

  /** A sink for the byte-level CSV reader: items as {@link CaseReader.item}, plain rows from their bytes. */
  byteSink(): CsvByteSink {
    return { item: (item) => this.item(item), row: (row) => this.#byteRow(row) };
  }

  /** On a CSV header (long form): where the event, time and case-identifying cells are, for the byte route. */
  #planBytes(): void {
    const rows = this.#rows;
    const header = rows.header;
    this.#bytePos = undefined;
    this.#caseCells = undefined;
    this.#keptCase = -1;
    if (header === undefined || rows.form !== "long") return;
    const at = (name: string): number => header.get(name) ?? -1;
    const c = rows.columns;
    const event = at(c.event);
    const time = at(c.time);
    if (event < 0 || time < 0) return;
    this.#bytePos = { event, time };
    this.#caseCells = new KeptCells(Int32Array.from([at(c.case), at(c.wave), at(c.context), ...rows.segmentDims.map(([, column]) => at(column))]));
    if (this.#eventBytes === undefined) {
      // Only words a trimmed cell can be: the text path trims cells, the byte path matches them as they are.
      const words = [...this.#eventIndex].filter(([w]) => w !== "" && w === w.trim());
      this.#eventBytes = new ByteDictionary(words.map(([w]) => w));
      this.#eventOf = words.map(([, e]) => e);
    }
  }

  /**
   * A plain CSV row, read from its bytes when it is the usual case: the same case cells (case, wave, context,
   * segment) as the last row that gave a case, an event of the study, a time {@link parseTimeBytes} reads, and no
   * time yet for that event. Any other row is decoded and read by the text path, so every verdict and message is
   * that path's own. Reading a 66 MB case file (1.08 million rows) this way makes no string for most rows.
   */
  #byteRow(row: CsvByteRow): void {
    const pos = this.#bytePos;
    const cells = this.#caseCells;
    if (pos === undefined || cells === undefined || this.#rows.header === undefined) return this.item({ kind: "cells", line: row.line, cells: row.cells() });
    const b = row.bytes;
    fast: {
      const ci = this.#keptCase;
      if (ci < 0 || !cells.same(row)) break fast;
      const k = (this.#eventBytes as ByteDictionary).find(b, row.starts[pos.event] as number, row.ends[pos.event] as number);
      if (k < 0) break fast;
      const e = this.#eventOf[k] as number;
      const t = parseTimeBytes(b, row.starts[pos.time] as number, row.ends[pos.time] as number);
      if (Number.isNaN(t) || this.#times.find(ci, e) >= 0) break fast;
      this.#ledger.row();
      this.#times.add(ci, e, t, row.line);
      this.#ledger.acceptRow();
      this.#ledger.validValue();
      return;
    }
    this.#caseRead = -1;
    this.item({ kind: "cells", line: row.line, cells: row.cells() });
    if (this.#caseRead >= 0) {
      cells.keep(row);
      this.#keptCase = this.#caseRead;
    }
  }

  #long(item: SourceItem): void {
    const rows = this.#rows;
    const place = rows.place(item.line);
    const id = cellText(rows.get.case(item));
    if (id === "") return this.#ledger.rejectRow("missing-case", place, () => "The row has no case id.", [rows.columns.case]);
    const eventId = cellText(rows.get.event(item));
    const e = this.#eventIndex.get(eventId);
    const metric = e === undefined ? this.#metricIndex.get(eventId) : undefined;
    if (metric !== undefined) return this.#longValue(item, id, metric);
    if (e === undefined) {
      return this.#ledger.rejectRow("unknown-event", place, () => (eventId === "" ? "The row names no event." : `Event "${eventId}" is not in the study.`), [rows.columns.event]);
    }
    const t = this.#parse(id, e, rows.get.time(item));
    if (typeof t !== "number") {
      // The case's event is unknown, not absent: remembered, so the case is not taken for one that never reached it.
      const waveText = cellText(rows.get.wave(item));
      // Kept until the records are built: copies, not slices of the row (see ownString).
      this.#rejectedKeys.push({ event: e, wave: waveText === "" ? this.#defaultWave : ownString(waveText), id: ownString(id) });
      return this.#ledger.rejectRow(t.reason, place, () => t.message, [rows.columns.time]);
    }
    // The case is created only once the row is known to be good, so a case never exists through bad rows alone.
    const ci = this.#caseIndex(item);
    if (typeof ci !== "number") return this.#ledger.rejectRow(ci.reason, place, () => ci.message, [ci.column]);
    const dup = this.#set(ci, e, t, item.line, true);
    if (dup !== undefined) return this.#ledger.rejectRow("duplicate-event", place, () => dup, [rows.columns.event]);
    this.#ledger.acceptRow();
    this.#ledger.validValue();
  }

  /** A long row whose event cell names a metric: the metric's duration, given as a number in the value column. */
  #longValue(item: SourceItem, id: string, metric: number): void {
    const rows = this.#rows;
    const place = rows.place(item.line);
    const v = this.#duration(id, metric, rows.get.value(item));
    if (typeof v !== "number") return this.#ledger.rejectRow(v.reason, place, () => v.message, [rows.columns.value]);
    const ci = this.#caseIndex(item);
    if (typeof ci !== "number") return this.#ledger.rejectRow(ci.reason, place, () => ci.message, [ci.column]);
    const dup = this.#setGiven(ci, metric, v);
    if (dup !== undefined) return this.#ledger.rejectRow("duplicate-event", place, () => dup, [rows.columns.event]);
    this.#ledger.acceptRow();
    this.#ledger.validValue();
  }

  /** A wide cell of a duration column: blank is not measured; otherwise a number of zero or more. */
  #wideValue(ci: number, metric: number, raw: unknown, place: ReturnType<RowReader<keyof CaseColumns, number>["place"]>, column: string): void {
    if (isBlank(raw)) return;
    const v = this.#duration(this.#ids[ci] ?? "", metric, raw);
    if (typeof v !== "number") return this.#ledger.rejectValue(v.reason, place, () => v.message, [column]);
    const dup = this.#setGiven(ci, metric, v);
    if (dup !== undefined) this.#ledger.rejectValue("duplicate-event", place, () => dup, [column]);
    else this.#ledger.validValue();
  }

  /** A duration given as a number, or why it cannot be used. */
  #duration(id: string, metric: number, raw: unknown): number | { reason: RejectReason; message: string } {
    const m = this.#metrics[metric] ?? "";
    if (isBlank(raw)) return { reason: "missing-value", message: `No duration for metric "${m}" of case "${id}".` };
    const text = typeof raw === "number" ? "" : cellText(raw);
    const v = typeof raw === "number" ? raw : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(v)) return { reason: "invalid-duration", message: `Duration ${show(raw)} of metric "${m}" (case "${id}") is not a number.` };
    if (v < 0) return { reason: "invalid-duration", message: `Duration ${show(raw)} of metric "${m}" (case "${id}") is negative; a duration is zero or more.` };
    return v;
  }

  /** Record a given duration; returns a message when the case already has one for that metric. */
  #setGiven(ci: number, metric: number, v: number): string | undefined {
    let col = this.#given[metric];
    if (col === undefined) this.#given[metric] = col = new Float64Array(this.#wave.length).fill(Number.NaN);
    if (!Number.isNaN(col[ci] ?? Number.NaN)) return `Case "${this.#ids[ci] ?? ""}" already has a duration for metric "${this.#metrics[metric] ?? ""}"; the first was kept.`;
    col[ci] = v;
    this.#givenAny.add(metric);
    return undefined;
  }

  #wide(item: SourceItem): void {
    const place = this.#rows.place(item.line);
    const ci = this.#caseIndex(item);
    if (typeof ci !== "number") return this.#ledger.rejectRow(ci.reason, place, () => ci.message, [ci.column]);
    this.#ledger.acceptRow();
    const id = this.#ids[ci] ?? "";
    const E = this.#events.length;
    for (const { target: e, column, get } of this.#rows.wide) {
      const raw = get(item);
      if (e >= E) {
        this.#wideValue(ci, e - E, raw, place, column);
        continue;
      }
      // A blank event cell means the event did not happen (or is not recorded): nothing to count.
      if (isBlank(raw)) continue;
      const t = this.#parse(id, e, raw);
      if (typeof t !== "number") {
        this.#reject(e, ci);
        this.#ledger.rejectValue(t.reason, place, () => t.message, [column]);
        continue;
      }
      const dup = this.#set(ci, e, t, item.line, false);
      if (dup !== undefined) this.#ledger.rejectValue("duplicate-event", place, () => dup, [column]);
      else this.#ledger.validValue();
    }
    for (const { column, get } of this.#rows.unknown) {
      const raw = get(item);
      if (!isBlank(raw)) this.#ledger.rejectValue("unknown-event", place, () => `Column "${column}" is not an event of the study (value ${show(raw)}).`, [column]);
    }
  }

  /** The time of an event cell in epoch ms, or why it cannot be used. */
  #parse(id: string, e: number, raw: unknown): number | { reason: RejectReason; message: string } {
    const event = this.#events[e] ?? "";
    if (isBlank(raw)) return { reason: "missing-value", message: `No time for event "${event}" of case "${id}".` };
    const t = parseTime(raw, this.#offset);
    if (!t.ok) return { reason: "unparseable-time", message: `Time ${show(raw)} of event "${event}" (case "${id}") cannot be read: ${t.why}.` };
    return t.ms;
  }

  /** Record an event time; returns a message when the case already has that event. */
  #set(ci: number, e: number, ms: number, line: number, wholeRow: boolean): string | undefined {
    const k = this.#times.find(ci, e);
    if (k >= 0 && !Number.isNaN(this.#times.time(k))) {
      return `Case "${this.#ids[ci] ?? ""}" already has event "${this.#events[e] ?? ""}" (line ${Math.abs(this.#times.line(k))}); the first time was kept.`;
    }
    if (k >= 0) this.#times.overwrite(k, ms, wholeRow ? line : -line);
    else this.#times.add(ci, e, ms, wholeRow ? line : -line);
    return undefined;
  }

  /** Note a case whose time of an event was given but rejected. */
  #reject(e: number, ci: number): void {
    let r = this.#rejected[e];
    if (r === undefined) this.#rejected[e] = r = new Set<number>();
    r.add(ci);
  }

  #caseIndex(item: SourceItem): number | Verdict {
    const { get, columns: col } = this.#rows;
    const id = cellText(get.case(item));
    if (id === "") return { reason: "missing-case", message: "The row has no case id.", column: col.case };
    const ctx = cellText(get.context(item));
    if (ctx !== "" && !this.#contextsKnown.has(ctx)) return { reason: "unknown-context", message: `Context "${ctx}" of case "${id}" is neither a metric nor a step of the study.`, column: col.context };
    const seg = readSegment(item, this.#rows.segmentPlan);
    if (typeof seg !== "number") return seg;
    const waveText = cellText(get.wave(item));
    const wave = waveText === "" ? this.#defaultWave : waveText;
    let ofWave = this.#cases.get(wave);
    if (ofWave === undefined) this.#cases.set(wave, (ofWave = new Map()));
    const found = ofWave.get(id);
    const ctxIndex = ctx === "" ? -1 : intern(this.#contexts, ctx);
    if (found !== undefined) {
      const knownCtx = this.#context[found] ?? -1;
      if (ctxIndex >= 0 && knownCtx >= 0 && ctxIndex !== knownCtx) {
        return { reason: "inconsistent-case", message: `Case "${id}" was about "${[...this.#contexts.keys()][knownCtx] ?? ""}" on an earlier row, and "${ctx}" here.`, column: col.context };
      }
      if (this.#segment[found] !== seg) return { reason: "inconsistent-case", message: `Case "${id}" had another segment on an earlier row.`, column: col.segment };
      if (ctxIndex >= 0 && knownCtx < 0) this.#context[found] = ctxIndex;
      this.#caseRead = found;
      return found;
    }
    const ci = this.#ids.length;
    // Kept for the life of the records: a copy, not a slice of the row (see ownString).
    const own = ownString(id);
    ofWave.set(own, ci);
    this.#ids.push(own);
    if (ci >= this.#wave.length) this.#grow(ci + 1);
    this.#wave[ci] = intern(this.#waves, wave);
    this.#context[ci] = ctxIndex;
    this.#segment[ci] = seg;
    this.#caseRead = ci;
    return ci;
  }

  #grow(need: number): void {
    let size = this.#wave.length * 2;
    while (size < need) size *= 2;
    const g = <A extends Uint32Array | Int32Array | Float64Array>(a: A, fill?: number): A => {
      const b = new (a.constructor as new (n: number) => A)(size);
      if (fill !== undefined) b.fill(fill);
      b.set(a);
      return b;
    };
    this.#wave = g(this.#wave);
    this.#context = g(this.#context);
    this.#segment = g(this.#segment);
    this.#given = this.#given.map((t) => (t === undefined ? undefined : g(t, Number.NaN)));
  }

  /** A wide header's columns that are not events: noted once, their non-blank cells rejected row by row. */
  #noteUnknown(where: SourceLocation): void {
    if (this.#rows.form !== "wide" || this.#rows.unknown.length === 0) return;
    this.#ledger.note({
      ...problemFrom(DATA_EN, "data/unknown-column", "warning", [], { columns: this.#rows.unknown.map((u) => u.column), of: "events" }),
      location: where,
    });
  }

  /**
   * On every clock the study names, revoke the stop times that come before their case's start: a merge of the two
   * events' cases (both ascending), so the cost is the times given, not events × cases; revoked in case order per
   * clock, in the study's clock order, as the ledger lists them.
   */
  #revokeStopsBeforeStart(sorted: SortedEventTimes): void {
    const ix = dataIndex(this.#study);
    for (const { clock, by } of ix.clocks) {
      const s = this.#eventIndex.get(clock.start);
      const e = this.#eventIndex.get(clock.stop);
      if (s === undefined || e === undefined) continue;
      let j = sorted.start[s] ?? 0;
      const jEnd = sorted.start[s + 1] ?? 0;
      for (let k = sorted.start[e] ?? 0; k < (sorted.start[e + 1] ?? 0); k++) {
        const i = sorted.cases[k] ?? 0;
        while (j < jEnd && (sorted.cases[j] ?? 0) < i) j++;
        if (j >= jEnd || sorted.cases[j] !== i) continue;
        const a = sorted.times[j] ?? Number.NaN;
        const b = sorted.times[k] ?? Number.NaN;
        if (clockOutcome(a, b) !== "stop-before-start") continue;
        const line = sorted.lines[k] ?? 0;
        const message = (): string =>
          `Case "${this.#ids[i] ?? ""}": "${clock.stop}" (${new Date(b).toISOString()}) comes before "${clock.start}" (${new Date(a).toISOString()}) on the clock of ${by}; the "${clock.stop}" time was not used.`;
        if (line > 0) this.#ledger.revokeRow("stop-before-start", this.#rows.place(line), message, [this.#rows.columns.time], 1);
        else this.#ledger.revokeValue("stop-before-start", this.#rows.place(-line), message, [this.#eventColumns.get(clock.stop) ?? clock.stop]);
        sorted.times[k] = Number.NaN;
        this.#reject(e, i);
      }
    }
  }

  /** Reject stop events that come before their start, on every clock the study names; then build the records. */
  finish(): CaseRecords {
    const n = this.#ids.length;
    const sorted = this.#times.sorted(this.#events.length, n);
    this.#revokeStopsBeforeStart(sorted);
    for (const { event, wave, id } of this.#rejectedKeys) {
      const ci = this.#cases.get(wave)?.get(id);
      if (ci === undefined) continue;
      const k = sortedEntry(sorted, event, ci);
      if (k < 0 || Number.isNaN(sorted.times[k] ?? Number.NaN)) this.#reject(event, ci);
    }
    const columns = new Map<string, SparseEventColumn>();
    this.#events.forEach((id, i) => {
      const from = sorted.start[i] ?? 0;
      const to = sorted.start[i + 1] ?? 0;
      columns.set(id, { cases: sorted.cases.subarray(from, to), times: sorted.times.subarray(from, to) });
    });
    const times = new EventTimes(n, columns);
    const rejectedTimes = new Map<string, ReadonlySet<number>>();
    this.#events.forEach((id, i) => {
      const r = this.#rejected[i];
      if (r !== undefined && r.size > 0) rejectedTimes.set(id, r);
    });
    const givenDurations = new Map<string, { unit: Unit; values: Float64Array }>();
    for (const m of [...this.#givenAny].sort((a, b) => a - b))
      givenDurations.set(this.#metrics[m] ?? "", { unit: this.#givenUnit[m] ?? "s", values: (this.#given[m] as Float64Array).slice(0, n) });
    return {
      study: this.#study,
      count: n,
      ids: this.#ids,
      wave: this.#wave.slice(0, n),
      waves: [...this.#waves.keys()],
      context: this.#context.slice(0, n),
      contexts: [...this.#contexts.keys()],
      segment: this.#segment.slice(0, n),
      segments: this.#segments.list(),
      times,
      rejectedTimes,
      givenDurations,
      ledger: this.#ledger,
    };
  }
}

/** Rows of case records as JavaScript code may write them (long form; wide rows have a key per event). */
export type CaseRow = Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>;

function load(study: Study, batches: SourceBatches, options: CaseOptions): CaseRecords | Promise<CaseRecords> {
  const ledger = new Ledger(options.maxProblemsPerReason === undefined ? {} : { maxProblemsPerReason: options.maxProblemsPerReason });
  const reader = new CaseReader(study, options, ledger);
  // Chunked CSV offers a byte route: long-form rows are then read from their bytes (see CaseReader.#byteRow).
  const route = csvByteRoute(batches);
  const done = route !== undefined ? route(reader.byteSink()) : forEachItem(batches, (item) => reader.item(item));
  return done instanceof Promise ? done.then(() => reader.finish()) : reader.finish();
}

/**
 * Load case records from in-memory rows (long form: case, event, time; wide form: a key per event). Sync rows
 * give a sync result; async rows a promise.
 *
 * @param study - the study (events, metrics, steps and clocks are checked against it).
 * @param rows - the rows.
 * @param options - form, columns, offset for local times.
 * @returns the records with their ledger.
 * @example
 * ```ts
 * const records = casesFrom(
 *   study,
 *   [
 *     { case: "WO-1", event: "paid", time: "2024-03-01T09:00:00+08:00" },
 *     { case: "WO-1", event: "settled", time: "2024-03-01T15:00:00+08:00" },
 *     { case: "WO-1", event: "reconnected", time: "2024-03-02T10:00:00+08:00" },
 *   ],
 * );
 * durationsFor(records, { start: "paid", stop: "reconnected" }, "h").values; // Float64Array [25]
 * ```
 */
export function casesFrom(study: Study, rows: Iterable<CaseRow>, options?: CaseOptions): CaseRecords;
export function casesFrom(study: Study, rows: AsyncIterable<CaseRow>, options?: CaseOptions): Promise<CaseRecords>;
export function casesFrom(study: Study, rows: Iterable<CaseRow> | AsyncIterable<CaseRow>, options: CaseOptions = {}): CaseRecords | Promise<CaseRecords> {
  requireStudy("casesFrom", study);
  requireArgument("casesFrom", "second", rows, "the rows (a list or an iterable of row objects)", isRows, "Pass the study first, then the rows (a list or an iterable of row objects).");
  checkCaseOptions(study, options, "rows");
  return load(study, objectRows(rows), options);
}

/**
 * Load case records from CSV text or chunks (header first), read by the core's CSV reader ({@link csvRows}).
 *
 * @param study - the study.
 * @param input - the CSV.
 * @param options - reading options plus delimiter and encoding.
 * @returns the records (a promise for async input).
 * @example
 * ```ts
 * const records = casesFromCsv(study, "case,event,time\nWO-1,paid,2024-03-01T09:00:00+08:00\n");
 * ```
 */
export function casesFromCsv(study: Study, input: string | Iterable<string | Uint8Array>, options?: CaseOptions & CsvOptions): CaseRecords;
export function casesFromCsv(study: Study, input: AsyncIterable<string | Uint8Array>, options?: CaseOptions & CsvOptions): Promise<CaseRecords>;
export function casesFromCsv(study: Study, input: TextInput, options: CaseOptions & CsvOptions = {}): CaseRecords | Promise<CaseRecords> {
  requireStudy("casesFromCsv", study);
  if (arguments[3] !== undefined) refuseCsvDriver("casesFromCsv");
  requireArgument("casesFromCsv", "second", input, "the text (a string, or text or byte chunks)", isTextInput, "Pass the study first, then the text: a string, or an iterable of text or byte chunks.");
  checkCaseOptions(study, options, "csv");
  return load(study, csvRows(input, options), options);
}

/**
 * Load case records from JSON Lines text or chunks.
 *
 * @param study - the study.
 * @param input - the JSONL.
 * @param options - reading options plus encoding.
 * @returns the records (a promise for async input).
 * @example
 * ```ts
 * const records = casesFromJsonl(study, '{"case":"WO-1","event":"paid","time":1709254800000}\n');
 * ```
 */
export function casesFromJsonl(study: Study, input: string | Iterable<string | Uint8Array>, options?: CaseOptions & Pick<CsvOptions, "encoding">): CaseRecords;
export function casesFromJsonl(study: Study, input: AsyncIterable<string | Uint8Array>, options?: CaseOptions & Pick<CsvOptions, "encoding">): Promise<CaseRecords>;
export function casesFromJsonl(study: Study, input: TextInput, options: CaseOptions & Pick<CsvOptions, "encoding"> = {}): CaseRecords | Promise<CaseRecords> {
  requireStudy("casesFromJsonl", study);
  requireArgument("casesFromJsonl", "second", input, "the text (a string, or text or byte chunks)", isTextInput, "Pass the study first, then the text: a string, or an iterable of text or byte chunks.");
  checkCaseOptions(study, options, "jsonl");
  return load(study, jsonlRows(input, options), options);
}

/**
 * Load case records from ready-made source batches (for custom readers such as `gaptrace/node`).
 *
 * @param study - the study.
 * @param batches - the source batches.
 * @param options - reading options.
 * @returns the records, or a promise of them for async batches.
 * @example
 * ```ts
 * const records = await casesFromBatches(study, csvRows(stream));
 * ```
 */
export function casesFromBatches(study: Study, batches: SourceBatches, options: CaseOptions = {}): CaseRecords | Promise<CaseRecords> {
  requireStudy("casesFromBatches", study);
  checkCaseOptions(study, options, "csv");
  return load(study, batches, options);
}
