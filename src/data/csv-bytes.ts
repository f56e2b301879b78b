/**
 * The byte-level CSV reader: UTF-8 (or ASCII) bytes in, the same located items as {@link LineReader} feeding
 * {@link CsvLines} give out, but a plain row — as many fields as the header, no quote, valid UTF-8 — is handed over
 * as field offsets into the chunk's bytes, with no string made for the line or its fields. Everything else (the
 * header, blank lines, quoted fields, rows of the wrong width, lines whose bytes are not valid UTF-8) is decoded
 * and read by {@link CsvLines} itself, so every verdict and line number is the one the line reader gives. Input in
 * another encoding (declared, or named by a byte-order mark or UTF-16's zero bytes), text chunks before any byte,
 * and delimiters of more than one byte are read by {@link LineReader} and {@link CsvLines} unchanged.
 * Runtime-neutral: only `TextDecoder`.
 * @module
 */
import { CsvLines } from "./csv.js";
import type { SourceItem } from "./source-item.js";
import { completeUpTo, concatBytes, encodingCandidates, LineReader, resolveEncoding, settleEncoding, type EncodingFacts, type LineBatch } from "./text.js";

/**
 * A plain CSV row as the byte-level reader hands it over: field `k` is `bytes[starts[k]] … bytes[ends[k] - 1]`.
 * One object is reused for every row: read it before returning.
 */
export interface CsvByteRow {
  /** The bytes the row is in (a whole chunk; other rows are in it too). */
  readonly bytes: Uint8Array;
  /** Where each field starts. */
  readonly starts: Int32Array;
  /** Where each field ends (exclusive). */
  readonly ends: Int32Array;
  /** Number of fields (the header's). */
  readonly count: number;
  /** The row's physical line (1-based). */
  readonly line: number;
  /**
   * The fields as text, as the line reader reads them (the line decoded and split at the delimiter).
   * @returns a new array.
   */
  cells(): string[];
}

/** Receives what {@link CsvByteReader} reads. */
export interface CsvByteSink {
  /**
   * Any item but a plain row: the header, blank and malformed lines, rows with quoted fields, the end.
   * @param item - the item.
   */
  item(item: SourceItem): void;
  /**
   * A plain row.
   * @param row - the row (reused: read it now).
   */
  row(row: CsvByteRow): void;
}

/** Options of {@link CsvByteReader}: those of {@link CsvLines} and the encoding. */
export interface CsvByteOptions {
  /** Field delimiter. Default `,`. */
  readonly delimiter?: string;
  /** Declared encoding (aliases allowed). Default UTF-8. */
  readonly encoding?: string;
  /** The most physical lines one record may span. Default 100. */
  readonly maxLinesPerRecord?: number;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const NONE = new Uint8Array(0);
/** Bytes to wait for before settling the encoding (as {@link LineReader} does). */
const SNIFF = 512;

/** The reused row object. */
class Row implements CsvByteRow {
  bytes: Uint8Array = NONE;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  count = 0;
  line = 0;
  readonly #decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  readonly #delimiter: string;

  constructor(delimiter: string) {
    this.#delimiter = delimiter;
  }

  cells(): string[] {
    if (this.count === 0) return [];
    return this.#decoder.decode(this.bytes.subarray(this.starts[0], this.ends[this.count - 1])).split(this.#delimiter);
  }

  grow(): void {
    const s = new Int32Array(this.starts.length * 2);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(this.ends.length * 2);
    e.set(this.ends);
    this.ends = e;
  }
}

/**
 * Reads CSV from byte chunks (see the module comment). Push chunks with a sink; plain rows reach
 * {@link CsvByteSink.row}, every other item {@link CsvByteSink.item}, in line order.
 *
 * @example
 * ```ts
 * const r = new CsvByteReader();
 * const sink = { item: (i) => console.log(i.kind), row: (row) => console.log(row.line, row.cells()) };
 * r.push(new TextEncoder().encode("a,b\n1,2\n"), sink); // header; 2 ["1", "2"]
 * r.end(sink); // end
 * ```
 */
export class CsvByteReader {
  readonly #encodingName: string | undefined;
  readonly #fn: string;
  readonly #declared: string;
  readonly #delimiter: string;
  /** The delimiter's byte, or -1 when the fast path cannot be used (a delimiter of several bytes). */
  readonly #delim: number;
  readonly #csv: CsvLines;
  /** 0 settling the encoding, 1 reading UTF-8 bytes, 2 handing everything to a line reader. */
  #mode: 0 | 1 | 2 = 0;
  #lines: LineReader | undefined;
  #head: Uint8Array = NONE;
  #rest: Uint8Array = NONE;
  #from: EncodingFacts["from"] = "declared";
  readonly #fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  readonly #lossy = new TextDecoder("utf-8", { ignoreBOM: true });
  readonly #encoder = new TextEncoder();
  #first = true;
  #invalidLines = 0;
  #firstInvalid: number | undefined;
  #candidates: string[] = [];
  readonly #row: Row;

  /**
   * @param options - delimiter, encoding, record limit.
   * @param fn - the function to name in errors.
   */
  constructor(options: CsvByteOptions = {}, fn = "csvRows") {
    this.#encodingName = options.encoding;
    this.#fn = fn;
    this.#declared = resolveEncoding(options.encoding, fn);
    this.#delimiter = options.delimiter ?? ",";
    const d = this.#delimiter;
    this.#delim = d.length === 1 && d.charCodeAt(0) < 0x80 && d !== "\n" && d !== "\r" && d !== '"' ? d.charCodeAt(0) : -1;
    this.#csv = new CsvLines({
      delimiter: this.#delimiter,
      ...(options.maxLinesPerRecord === undefined ? {} : { maxLinesPerRecord: options.maxLinesPerRecord }),
      facts: () => this.facts,
    });
    this.#row = new Row(this.#delimiter);
  }

  /** What was settled about the encoding, as {@link LineReader.facts} says it (complete after {@link CsvByteReader.end}). */
  get facts(): EncodingFacts {
    if (this.#lines !== undefined) return this.#lines.facts;
    return {
      encoding: this.#mode === 1 ? "utf-8" : this.#declared,
      from: this.#from,
      invalidLines: this.#invalidLines,
      ...(this.#firstInvalid === undefined ? {} : { firstInvalidLine: this.#firstInvalid }),
      candidates: this.#candidates,
    };
  }

  /** True once the input is read as UTF-8 bytes by this reader (false while settling, or when a line reader reads it). */
  get fast(): boolean {
    return this.#mode === 1;
  }

  /** Physical lines read into items so far. */
  get linesRead(): number {
    return this.#csv.linesRead;
  }

  /**
   * Feed a chunk. The reader keeps no reference to the chunk once this returns (what it holds over is copied), so
   * a caller may read the next chunk into the same buffer.
   * @param chunk - bytes in the encoding, or text.
   * @param sink - receives the rows and items it completes.
   */
  push(chunk: Uint8Array | string, sink: CsvByteSink): void {
    if (this.#mode === 2) return this.#items(this.#csv.push((this.#lines as LineReader).push(chunk)), sink);
    if (typeof chunk === "string") {
      // Text before any byte: the line reader reads it as text. Text after bytes read as UTF-8 is UTF-8 again.
      if (this.#mode === 0) {
        this.#toLines(sink);
        return this.push(chunk, sink);
      }
      return this.#bytes(this.#encoder.encode(chunk), false, sink);
    }
    if (this.#mode === 1) return this.#bytes(chunk, false, sink);
    this.#head = concatBytes(this.#head, chunk);
    if (this.#head.length < SNIFF) {
      // Held over to the next push: a copy, so the caller may reuse its buffer (see push).
      if (this.#head === chunk) this.#head = chunk.slice();
      return;
    }
    this.#settle(sink, false);
  }

  /**
   * Signal the end of input.
   * @param sink - receives the last rows and items, then the `end` item.
   */
  end(sink: CsvByteSink): void {
    if (this.#mode === 0) this.#settle(sink, true);
    if (this.#mode === 2) this.#items(this.#csv.push((this.#lines as LineReader).end()), sink);
    else this.#bytes(NONE, true, sink);
    this.#items(this.#csv.end(), sink);
    sink.item({ kind: "end", line: this.#csv.linesRead });
  }

  #settle(sink: CsvByteSink, final: boolean): void {
    const head = this.#head;
    this.#head = NONE;
    const s = settleEncoding(head, this.#declared);
    if (s.encoding !== "utf-8" || this.#delim < 0) {
      this.#mode = 2;
      this.#lines = new LineReader(this.#encodingName, this.#fn);
      if (head.length > 0) this.#items(this.#csv.push(this.#lines.push(head)), sink);
      return;
    }
    this.#mode = 1;
    this.#from = s.from;
    if (!final) this.#bytes(s.skip === 0 ? head : head.subarray(s.skip), false, sink);
    else this.#rest = s.skip === 0 ? head : head.subarray(s.skip);
  }

  /** Hand the input over to a line reader (text came before any byte). */
  #toLines(sink: CsvByteSink): void {
    this.#mode = 2;
    this.#lines = new LineReader(this.#encodingName, this.#fn);
    const head = this.#head;
    this.#head = NONE;
    if (head.length > 0) this.#items(this.#csv.push(this.#lines.push(head)), sink);
  }

  #items(items: readonly SourceItem[], sink: CsvByteSink): void {
    for (const item of items) sink.item(item);
  }

  /**
   * Read the complete lines of the held-back bytes and `chunk` (all of them when `final`). The held-back part of a
   * line is joined to the chunk's first line only, so a chunk is read where it lies, never copied whole.
   */
  #bytes(chunk: Uint8Array, final: boolean, sink: CsvByteSink): void {
    let data = chunk;
    if (this.#rest.length > 0) {
      const k = firstBreak(chunk);
      if (k < 0 || (chunk[k] === CR && k === chunk.length - 1 && !final)) data = concatBytes(this.#rest, chunk);
      else {
        const e = chunk[k] === CR && chunk[k + 1] === LF ? k + 2 : k + 1;
        const head = concatBytes(this.#rest, chunk.subarray(0, e));
        this.#rest = NONE;
        this.#scan(head, head.length, sink);
        data = chunk.subarray(e);
      }
    }
    const cut = final ? data.length : completeUpTo(data);
    this.#rest = cut === data.length ? NONE : data.slice(cut);
    this.#scan(data, cut, sink);
  }

  /** Read the lines of `all` up to `cut` (which ends a line). */
  #scan(all: Uint8Array, cut: number, sink: CsvByteSink): void {
    const csv = this.#csv;
    const delim = this.#delim;
    const row = this.#row;
    row.bytes = all;
    let starts = row.starts;
    let ends = row.ends;
    let i = 0;
    while (i < cut) {
      const start = i;
      let n = 0;
      // 1: a quote; 2: a byte ≥ 0x80; 4: a visible ASCII character (so not a blank record).
      let flags = 0;
      starts[0] = i;
      for (; i < cut; i++) {
        const c = all[i] as number;
        if (c === delim) {
          if (n + 2 > starts.length) {
            row.grow();
            starts = row.starts;
            ends = row.ends;
          }
          ends[n] = i;
          n++;
          starts[n] = i + 1;
        } else if (c > 0x20 && c < 0x7f) {
          if (c === QUOTE) flags |= 1;
          else flags |= 4;
        } else if (c === LF || c === CR) break;
        else if (c >= 0x80) flags |= 2;
      }
      ends[n] = i;
      n++;
      const end = i;
      if (i < cut) i += all[i] === CR && i + 1 < cut && all[i + 1] === LF ? 2 : 1;
      if ((flags & 5) === 4 && n === csv.width && !this.#first && csv.idle && ((flags & 2) === 0 || this.#valid(all, start, end))) {
        row.count = n;
        row.line = csv.nextLine;
        csv.skipLine();
        sink.row(row);
        continue;
      }
      this.#slowLine(all.subarray(start, end), sink);
    }
  }

  #valid(all: Uint8Array, start: number, end: number): boolean {
    try {
      this.#fatal.decode(all.subarray(start, end));
      return true;
    } catch {
      return false;
    }
  }

  /** A line the fast path does not read: decoded (and flagged when its bytes are not UTF-8) for {@link CsvLines}. */
  #slowLine(bytes: Uint8Array, sink: CsvByteSink): void {
    const csv = this.#csv;
    let batch: LineBatch;
    try {
      let text = this.#fatal.decode(bytes);
      if (this.#first) {
        this.#first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      batch = { lines: [text], invalid: [] };
    } catch {
      this.#invalidLines++;
      if (this.#firstInvalid === undefined) {
        this.#firstInvalid = csv.nextLine;
        this.#candidates = encodingCandidates(bytes, "utf-8");
      }
      batch = { lines: [this.#lossy.decode(bytes)], invalid: [0] };
    }
    this.#items(csv.push(batch), sink);
  }
}

/** Position of the first `\n` or `\r`, or -1. */
function firstBreak(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === LF || c === CR) return i;
  }
  return -1;
}

/**
 * An interned dictionary of texts, looked up by their UTF-8 bytes without making a string: study ids (questions,
 * posts) matched against CSV fields as they sit in the file's bytes. Open addressing over an FNV-1a hash.
 *
 * @example
 * ```ts
 * const d = new ByteDictionary(["q-sat", "q-wait"]);
 * d.find(new TextEncoder().encode("x,q-wait"), 2, 8); // 1
 * ```
 */
export class ByteDictionary {
  readonly #keys: Uint8Array;
  readonly #offsets: Int32Array;
  readonly #table: Int32Array;
  readonly #mask: number;

  /** @param texts - the texts; `find` answers with their positions in this list (the first of equal texts). */
  constructor(texts: readonly string[]) {
    const enc = new TextEncoder();
    const encoded = texts.map((t) => enc.encode(t));
    this.#offsets = new Int32Array(encoded.length + 1);
    let total = 0;
    encoded.forEach((b, i) => {
      this.#offsets[i] = total;
      total += b.length;
    });
    this.#offsets[encoded.length] = total;
    this.#keys = new Uint8Array(total);
    encoded.forEach((b, i) => this.#keys.set(b, this.#offsets[i] as number));
    let size = 8;
    while (size < encoded.length * 4) size *= 2;
    this.#mask = size - 1;
    this.#table = new Int32Array(size).fill(-1);
    encoded.forEach((b, i) => {
      if (this.find(b, 0, b.length) >= 0) return;
      let slot = hashBytes(b, 0, b.length) & this.#mask;
      while (this.#table[slot] !== -1) slot = (slot + 1) & this.#mask;
      this.#table[slot] = i;
    });
  }

  /**
   * The position of the text whose UTF-8 bytes are `bytes[start] … bytes[end - 1]`.
   * @param bytes - bytes.
   * @param start - first byte.
   * @param end - end (exclusive).
   * @returns the position in the list given, or -1.
   */
  find(bytes: Uint8Array, start: number, end: number): number {
    const table = this.#table;
    const keys = this.#keys;
    const offsets = this.#offsets;
    const len = end - start;
    let slot = hashBytes(bytes, start, end) & this.#mask;
    for (;;) {
      const k = table[slot] as number;
      if (k < 0) return -1;
      const o = offsets[k] as number;
      if ((offsets[k + 1] as number) - o === len) {
        let j = 0;
        while (j < len && keys[o + j] === bytes[start + j]) j++;
        if (j === len) return k;
      }
      slot = (slot + 1) & this.#mask;
    }
  }
}

/** FNV-1a over a byte range. */
function hashBytes(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (b[i] as number), 0x01000193);
  return h >>> 0;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A number written in plain decimal (digits, at most one decimal point, an optional leading minus; at most 15
 * bytes), read from bytes: exactly what `Number()` gives for the same text (the digits and the power of ten are
 * exact doubles, so one division rounds correctly). Anything else is `NaN`, for the caller to read as text.
 *
 * @param b - bytes.
 * @param start - first byte.
 * @param end - end (exclusive).
 * @returns the number, or `NaN`.
 * @example
 * ```ts
 * plainNumberBytes(new TextEncoder().encode("87.5"), 0, 4); // 87.5
 * ```
 */
export function plainNumberBytes(b: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n === 0 || n > 15) return Number.NaN;
  let i = start;
  const negative = b[i] === 0x2d;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = b[i] as number;
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 0x2e && scale < 0) scale = 0;
    else return Number.NaN;
  }
  if (digits === 0) return Number.NaN;
  const v = scale > 0 ? m / (POW10[scale] as number) : m;
  return negative ? -v : v;
}

/**
 * Some cells of one CSV row, kept byte for byte, to tell whether a later row has the same cells without making
 * their strings (a loader whose rows come grouped, a case's events one after another, reads the group's attributes
 * once). Positions below 0 are columns the header lacks, always equal.
 *
 * @example
 * ```ts
 * const kept = new KeptCells(Int32Array.of(0, 2));
 * kept.keep(row); // later: kept.same(otherRow) is true when fields 0 and 2 are the same bytes
 * ```
 */
export class KeptCells {
  readonly #positions: Int32Array;
  #bytes = new Uint8Array(256);
  readonly #ends: Int32Array;
  #any = false;

  /** @param positions - the fields to keep (−1 for a column not in the header). */
  constructor(positions: Int32Array) {
    this.#positions = positions;
    this.#ends = new Int32Array(positions.length);
  }

  /**
   * Keep a row's cells.
   * @param row - the row.
   */
  keep(row: CsvByteRow): void {
    const p = this.#positions;
    let total = 0;
    for (let k = 0; k < p.length; k++) if ((p[k] as number) >= 0) total += (row.ends[p[k] as number] as number) - (row.starts[p[k] as number] as number);
    if (total > this.#bytes.length) this.#bytes = new Uint8Array(total * 2);
    let o = 0;
    for (let k = 0; k < p.length; k++) {
      const f = p[k] as number;
      if (f >= 0) {
        const a = row.starts[f] as number;
        const e = row.ends[f] as number;
        this.#bytes.set(row.bytes.subarray(a, e), o);
        o += e - a;
      }
      this.#ends[k] = o;
    }
    this.#any = true;
  }

  /**
   * Whether a row's cells are byte for byte the ones kept (false before any was kept).
   * @param row - the row.
   * @returns whether they are the same.
   */
  same(row: CsvByteRow): boolean {
    if (!this.#any) return false;
    const p = this.#positions;
    const b = row.bytes;
    const kept = this.#bytes;
    let o = 0;
    for (let k = 0; k < p.length; k++) {
      const f = p[k] as number;
      const end = this.#ends[k] as number;
      if (f < 0) continue;
      let i = row.starts[f] as number;
      const e = row.ends[f] as number;
      if (e - i !== end - o) return false;
      for (; i < e; i++, o++) if (b[i] !== kept[o]) return false;
    }
    return true;
  }
}
