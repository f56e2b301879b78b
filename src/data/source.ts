/**
 * Row sources: turn CSV text, JSON Lines or in-memory rows into batches of located source items (a header, a
 * row of cells, an object row, or a malformed stretch of lines) that the response and case loaders read. CSV is
 * read by the core's own resynchronising reader (data/csv.ts, data/csv-bytes.ts): a broken quote costs one line.
 * Batches (not single rows) cross async boundaries, so a million-row file costs thousands of awaits, not millions.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { CsvLines } from "./csv.js";
import { CsvByteReader, type CsvByteRow, type CsvByteSink } from "./csv-bytes.js";
import { invalidLineDetail, LineReader, type LineBatch } from "./text.js";

import type { SourceItem } from "./source-item.js";

export type { SourceItem } from "./source-item.js";

/** Batches of source items, sync or async. */
export type SourceBatches = Iterable<readonly SourceItem[]> | AsyncIterable<readonly SourceItem[]>;

/** Text input: a whole string, or chunks of text or UTF-8 (or `encoding`) bytes, sync or async. */
export type TextInput = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Options shared by the CSV readers. */
export interface CsvOptions {
  /** Field delimiter. Default `,`. */
  readonly delimiter?: string;
  /**
   * Text encoding of byte chunks, as `TextDecoder` names it or a usual code-page alias (`"gb18030"` for Chinese
   * Excel exports, `"cp949"`, `"big5"`, `"shift_jis"`, `"utf-16le"`). Default utf-8; a byte-order mark wins.
   */
  readonly encoding?: string;
  /**
   * CSV only: the most physical lines one record may span (quoted fields with line breaks). A quote still open
   * after that many lines is taken as never closed. Default 100.
   */
  readonly maxLinesPerRecord?: number;
}

const BATCH = 2048;

/**
 * Is a value async iterable?
 * @param x - anything.
 * @returns true for async iterables (streams, async generators).
 * @example
 * ```ts
 * isAsyncIterable((async function* () {})()); // true
 * isAsyncIterable([1, 2]);                    // false
 * ```
 */
export function isAsyncIterable<T>(x: unknown): x is AsyncIterable<T> {
  return x !== null && typeof x === "object" && typeof (x as AsyncIterable<T>)[Symbol.asyncIterator] === "function";
}

/**
 * Wrap in-memory rows (objects, e.g. parsed JSON) as source batches. Rows are numbered from 1.
 *
 * @param rows - rows, sync or async.
 * @returns source batches of `object` items.
 * @example
 * ```ts
 * for (const batch of objectRows([{ respondent: "r1", question: "q-sat", value: 4 }])) batch[0]?.line; // 1
 * ```
 */
export function objectRows(rows: Iterable<unknown> | AsyncIterable<unknown>): SourceBatches {
  if (isAsyncIterable<unknown>(rows)) {
    return (async function* () {
      let batch: SourceItem[] = [];
      let line = 0;
      for await (const value of rows) {
        batch.push({ kind: "object", line: ++line, value });
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    })();
  }
  if (rows === null || typeof rows !== "object" || typeof (rows as Iterable<unknown>)[Symbol.iterator] !== "function") {
    throw new UsageError("objectRows", "expecting an array or (async) iterable of rows.", "Pass an array of row objects, or a stream.");
  }
  return (function* () {
    let batch: SourceItem[] = [];
    let line = 0;
    for (const value of rows) {
      batch.push({ kind: "object", line: ++line, value });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  })();
}

/**
 * Refuse the CSV driver argument 0.1 took after the options (gone in 0.3), rather than read on and ignore it.
 *
 * @param fn - the public function's name.
 * @internal
 */
export function refuseCsvDriver(fn: string): never {
  throw new UsageError(
    fn,
    "an argument after the options was given: the CSV driver argument of 0.1 is gone since 0.3 (gaptrace reads CSV itself).",
    "Leave it out. To parse with another CSV parser, pass its records as row objects to responsesFrom(study, rows) or casesFrom(study, rows).",
  );
}

/**
 * Parse CSV text into source batches. The first record is the header. Every physical line ends up in exactly one
 * item: the header, a row of cells, a blank line, or a `malformed` line with what was wrong (a broken quote is
 * rejected as its first line alone and reading resumes on the next line; a line whose bytes are not valid in the
 * encoding is rejected as `invalid-encoding`). Byte input is UTF-8 unless `encoding` says otherwise; a byte-order
 * mark wins, and UTF-16 is recognised by its mark or its zero bytes. See {@link data!CsvLines} and
 * {@link data!LineReader}. Chunked UTF-8 input is read by {@link data!CsvByteReader}, which gives the same items
 * and splits plain rows straight from the bytes; the batches of such input also offer its byte route, which the
 * response loader takes to read long-form rows without making their strings.
 *
 * @param input - a string, or chunks (sync or async) of text or bytes.
 * @param options - delimiter, encoding, and the most lines one record may span.
 * @returns source batches.
 * @example
 * ```ts
 * for await (const batch of csvRows("respondent,question,value\nr1,q-sat,4\n")) console.log(batch);
 * // [{ kind: "header", line: 1, ... }, { kind: "cells", line: 2, cells: ["r1", "q-sat", "4"] }]
 * ```
 */
export function csvRows(input: TextInput, options: CsvOptions = {}): SourceBatches {
  // 0.1's third argument, a CSV driver, is refused rather than ignored.
  if (arguments[2] !== undefined) refuseCsvDriver("csvRows");
  if (typeof input !== "string") return csvByteRows(input, options);
  return readLines(input, options.encoding, "csvRows", (lines) => {
    const csv = new CsvLines({
      ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
      ...(options.maxLinesPerRecord === undefined ? {} : { maxLinesPerRecord: options.maxLinesPerRecord }),
      facts: () => lines.facts,
    });
    return { push: (b) => csv.push(b), end: () => [...csv.end(), { kind: "end", line: csv.linesRead }] };
  });
}

/**
 * The key under which the batches of {@link csvRows} (for chunked input) offer their byte-level route: a loader
 * that can read plain rows from bytes calls it instead of iterating the batches (see {@link data!CsvByteReader}).
 * @internal
 */
export const CSV_BYTE_ROUTE: unique symbol = Symbol("gaptrace.csvByteRoute");

/**
 * The byte-level route of CSV batches: read the whole input into a sink, sync or async like the input.
 * @internal
 */
export type CsvByteRoute = (sink: CsvByteSink) => void | Promise<void>;

/**
 * The byte-level route of source batches, when they have one.
 *
 * @param batches - source batches.
 * @returns the route, or `undefined`.
 * @example
 * ```ts
 * const route = csvByteRoute(csvRows(stream));
 * if (route !== undefined) await route({ item: (i) => {}, row: (r) => {} });
 * ```
 * @internal
 */
export function csvByteRoute(batches: SourceBatches): CsvByteRoute | undefined {
  return (batches as { [CSV_BYTE_ROUTE]?: CsvByteRoute })[CSV_BYTE_ROUTE];
}

/** CSV batches of chunked input, read by the byte-level reader; they also offer the byte route. */
function csvByteRows(input: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, options: CsvOptions): SourceBatches {
  const make = (): CsvByteReader => new CsvByteReader(options, "csvRows");
  const collect = (out: SourceItem[]): CsvByteSink => ({ item: (i) => out.push(i), row: (r: CsvByteRow) => out.push({ kind: "cells", line: r.line, cells: r.cells() }) });
  if (isAsyncIterable<string | Uint8Array>(input)) {
    const batches = (async function* () {
      const reader = make();
      const out: SourceItem[] = [];
      const sink = collect(out);
      for await (const chunk of input) {
        reader.push(chunk, sink);
        if (out.length > 0) yield out.splice(0);
      }
      reader.end(sink);
      if (out.length > 0) yield out.splice(0);
    })();
    const route: CsvByteRoute = async (sink) => {
      const reader = make();
      for await (const chunk of input) reader.push(chunk, sink);
      reader.end(sink);
    };
    return Object.assign(batches, { [CSV_BYTE_ROUTE]: route });
  }
  if (input === null || typeof input !== "object" || typeof (input as Iterable<unknown>)[Symbol.iterator] !== "function") {
    throw new UsageError("csvRows", `expecting text: a string, or chunks of text or bytes; got ${input === null ? "null" : typeof input}.`, "Pass the file's text, or its chunks (e.g. a stream).");
  }
  const batches = (function* () {
    const reader = make();
    const out: SourceItem[] = [];
    const sink = collect(out);
    for (const chunk of input) {
      reader.push(chunk, sink);
      if (out.length > 0) yield out.splice(0);
    }
    reader.end(sink);
    if (out.length > 0) yield out.splice(0);
  })();
  const route: CsvByteRoute = (sink) => {
    const reader = make();
    for (const chunk of input) reader.push(chunk, sink);
    reader.end(sink);
  };
  return Object.assign(batches, { [CSV_BYTE_ROUTE]: route });
}

/** Turns line batches into source items. */
interface ItemMaker {
  push(batch: LineBatch): SourceItem[];
  end(): SourceItem[];
}

/**
 * Drive a {@link LineReader} over text input and an item maker over its lines, as sync or async batches like the
 * input.
 */
function readLines(input: TextInput, encoding: string | undefined, fn: string, make: (lines: LineReader) => ItemMaker): SourceBatches {
  if (typeof input === "string") {
    return (function* () {
      const lines = new LineReader(encoding, fn);
      const m = make(lines);
      yield [...m.push(lines.push(input)), ...m.push(lines.end()), ...m.end()];
    })();
  }
  if (isAsyncIterable<string | Uint8Array>(input)) {
    return (async function* () {
      const lines = new LineReader(encoding, fn);
      const m = make(lines);
      for await (const chunk of input) {
        const items = m.push(lines.push(chunk));
        if (items.length > 0) yield items;
      }
      const last = [...m.push(lines.end()), ...m.end()];
      if (last.length > 0) yield last;
    })();
  }
  if (input === null || typeof input !== "object" || typeof (input as Iterable<unknown>)[Symbol.iterator] !== "function") {
    throw new UsageError(fn, `expecting text: a string, or chunks of text or bytes; got ${input === null ? "null" : typeof input}.`, "Pass the file's text, or its chunks (e.g. a stream).");
  }
  return (function* () {
    const lines = new LineReader(encoding, fn);
    const m = make(lines);
    for (const chunk of input) {
      const items = m.push(lines.push(chunk));
      if (items.length > 0) yield items;
    }
    const last = [...m.push(lines.end()), ...m.end()];
    if (last.length > 0) yield last;
  })();
}

/**
 * Parse JSON Lines (one JSON object per line) into source batches. A line that is not valid JSON, or not an
 * object, becomes a `malformed` item, and so does a line whose bytes are not valid in the encoding; blank lines
 * are skipped. Line breaks and encodings are read as by {@link csvRows}.
 *
 * @param input - a string, or chunks (sync or async) of text or bytes.
 * @param options - encoding of byte chunks.
 * @returns source batches.
 * @example
 * ```ts
 * for await (const batch of jsonlRows('{"respondent":"r1","question":"q-sat","value":4}\n')) console.log(batch[0]);
 * // { kind: "object", line: 1, value: { respondent: "r1", ... } }
 * ```
 */
export function jsonlRows(input: TextInput, options: Pick<CsvOptions, "encoding"> = {}): SourceBatches {
  return readLines(input, options.encoding, "jsonlRows", (lines) => {
    let line = 0;
    const push = (b: LineBatch): SourceItem[] => {
      const out: SourceItem[] = [];
      let bad = 0;
      for (let i = 0; i < b.lines.length; i++) {
        line++;
        if (b.invalid[bad] === i) {
          bad++;
          const detail = invalidLineDetail(lines.facts, b.utf8?.includes(i) === true);
          out.push({ kind: "malformed", line, lastLine: line, detail, reason: "invalid-encoding" });
        } else out.push(jsonLine(b.lines[i] as string, line));
      }
      return out;
    };
    return { push, end: () => [{ kind: "end", line }] };
  });
}

function jsonLine(text: string, line: number): SourceItem {
  const t = text.endsWith("\r") ? text.slice(0, -1) : text;
  if (t.trim() === "") return { kind: "blank", line };
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { kind: "malformed", line, lastLine: line, detail: `not valid JSON (${why})` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { kind: "malformed", line, lastLine: line, detail: "the line is valid JSON but not an object" };
  }
  return { kind: "object", line, value };
}

/**
 * Run a callback over every item of source batches, synchronously when the batches are sync.
 *
 * @param batches - source batches.
 * @param each - called for every item, in order.
 * @returns nothing for sync batches, a promise for async ones.
 * @example
 * ```ts
 * forEachItem(objectRows([{ a: 1 }]), (item) => console.log(item.line)); // 1
 * ```
 */
export function forEachItem(batches: SourceBatches, each: (item: SourceItem) => void): void | Promise<void> {
  if (isAsyncIterable<readonly SourceItem[]>(batches)) {
    return (async () => {
      for await (const batch of batches) for (const item of batch) each(item);
    })();
  }
  for (const batch of batches) for (const item of batch) each(item);
}
