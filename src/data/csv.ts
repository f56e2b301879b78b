/**
 * The CSV reader: physical lines in, located records out, and never a line lost. RFC 4180 fields (quoted fields
 * may hold delimiters, doubled quotes and line breaks), read so that one broken line costs one rejected line:
 * a quote opened and never closed, a quoted field that runs into a record of the wrong width, or one that runs
 * past `maxLinesPerRecord` lines is rejected as its first line alone, and reading starts again at the next line.
 * Every physical line is thus read as part of exactly one header, record, rejected stretch or blank line.
 * A quote inside an unquoted field is kept as text (`5" screen`), as spreadsheets read it.
 * @module
 */
import type { SourceItem } from "./source-item.js";
import { invalidLineDetail, type EncodingFacts, type LineBatch } from "./text.js";

/** Options of {@link CsvLines}. */
export interface CsvLineOptions {
  /** Field delimiter (one or more characters). Default `,`. */
  readonly delimiter?: string;
  /**
   * The most physical lines one record may span (quoted fields with line breaks). A quote still open after that
   * many lines is taken as never closed: its first line is rejected and reading resumes on the next. Default 100.
   */
  readonly maxLinesPerRecord?: number;
  /**
   * What the line reader settled about the encoding, read when a line's bytes were not valid: the encoding to
   * name in the message and the ones to suggest.
   */
  readonly facts?: () => Pick<EncodingFacts, "encoding" | "candidates">;
}

/** The outcome of reading one record from the queued lines. */
type Parsed =
  | { readonly ok: true; readonly fields: string[]; readonly used: number }
  | { readonly ok: false; readonly detail: string; readonly used: number }
  | { readonly ok: "more" };

const UNCLOSED = "a quote is opened and never closed";

/**
 * Turns physical lines into located CSV items: a header (the first non-blank record), rows of cells, blank
 * lines, and malformed lines with what was wrong. Feed it {@link LineBatch}es; it holds back only the lines of a
 * record whose quoted field is still open.
 *
 * @example
 * ```ts
 * const csv = new CsvLines();
 * const items = [...csv.push({ lines: ["a,b", '1,"x', "y\"", '2,"open', "3,4"], invalid: [] }), ...csv.end()];
 * // header (line 1), cells ["1", "x\ny"] (line 2), malformed line 4 alone, cells ["3", "4"] (line 5)
 * ```
 */
export class CsvLines {
  readonly #delimiter: string;
  readonly #max: number;
  readonly #facts: () => Pick<EncodingFacts, "encoding" | "candidates">;
  #queue: string[] = [];
  /** Per queued line: 0 fine, 1 bytes not valid in the encoding, 2 UTF-8 text in a legacy-encoded file. */
  #bad: number[] = [];
  #head = 0;
  /** Line number of `#queue[#head]`. */
  #line = 1;
  #width: number | undefined;
  #ended = false;

  /** @param options - delimiter and record limits. */
  constructor(options: CsvLineOptions = {}) {
    this.#delimiter = options.delimiter ?? ",";
    this.#max = options.maxLinesPerRecord ?? 100;
    this.#facts = options.facts ?? (() => ({ encoding: "utf-8", candidates: [] }));
  }

  /**
   * Feed lines.
   * @param batch - the lines and which of them had invalid bytes.
   * @returns the items completed.
   */
  push(batch: LineBatch): SourceItem[] {
    const start = this.#queue.length;
    for (const l of batch.lines) {
      this.#queue.push(l);
      this.#bad.push(0);
    }
    for (const i of batch.invalid) this.#bad[start + i] = 1;
    for (const i of batch.utf8 ?? []) this.#bad[start + i] = 2;
    return this.#drain();
  }

  /**
   * Signal the end of input.
   * @returns the remaining items (an open quote now counts as never closed).
   */
  end(): SourceItem[] {
    this.#ended = true;
    return this.#drain();
  }

  #drain(): SourceItem[] {
    const out: SourceItem[] = [];
    const q = this.#queue;
    while (this.#head < q.length) {
      const line = this.#line;
      const text = q[this.#head] as string;
      const bad = this.#bad[this.#head] ?? 0;
      if (bad > 0) {
        out.push(this.#invalid(line, text, bad === 2));
        this.#advance(1);
        continue;
      }
      if (text.length === 0 || isBlank(text)) {
        out.push({ kind: "blank", line });
        this.#advance(1);
        continue;
      }
      const r = text.includes('"') ? this.#parseQuoted() : { ok: true as const, fields: text.split(this.#delimiter), used: 1 };
      if (r.ok === "more") break;
      const item = this.#item(r, line);
      out.push(item);
      // A bad record that ran over several lines gives up only its first line: the rest is read again.
      this.#advance(item.kind === "malformed" ? 1 : r.used);
    }
    this.#compact();
    return out;
  }

  #item(r: Exclude<Parsed, { ok: "more" }>, line: number): SourceItem {
    if (!r.ok) {
      return { kind: "malformed", line, lastLine: line, detail: r.used > 1 ? `${r.detail} (the field runs on to line ${line + r.used - 1})` : r.detail };
    }
    if (r.fields.every((f) => f.trim() === "")) return { kind: "blank", line };
    if (this.#width === undefined) {
      this.#width = r.fields.length;
      return { kind: "header", line, columns: r.fields.map((c) => c.trim()) };
    }
    if (r.fields.length !== this.#width) {
      const detail = `wrong number of fields: the header has ${this.#width}, this line has ${r.fields.length}`;
      return { kind: "malformed", line, lastLine: line, detail: r.used > 1 ? `${detail} (reading a quoted field on to line ${line + r.used - 1})` : detail };
    }
    return { kind: "cells", line, cells: r.fields };
  }

  #invalid(line: number, text: string, utf8: boolean): SourceItem {
    const { encoding, candidates } = this.#facts();
    if (this.#width === undefined) {
      // A header we cannot decode: hand it over flagged, so the reader can say which encoding to try.
      const columns = text.split(this.#delimiter).map((c) => c.trim());
      this.#width = columns.length;
      return { kind: "header", line, columns, undecodable: { encoding, candidates } };
    }
    return { kind: "malformed", line, lastLine: line, detail: invalidLineDetail({ encoding, candidates }, utf8), reason: "invalid-encoding" };
  }

  /**
   * True when no line is held back (no quoted field is open): the next line pushed starts a record. The byte-level
   * reader reads such a line itself when it is a plain row (see {@link CsvLines.skipLine}).
   */
  get idle(): boolean {
    return this.#head >= this.#queue.length;
  }

  /** The header's number of fields, once a header has been read. */
  get width(): number | undefined {
    return this.#width;
  }

  /** The number of the next physical line (1-based). */
  get nextLine(): number {
    return this.#line + (this.#queue.length - this.#head);
  }

  /**
   * Count one line read elsewhere as a row (the byte-level reader's plain rows), so line numbers stay right.
   * Only while {@link CsvLines.idle}.
   */
  skipLine(): void {
    this.#line++;
  }

  /** Physical lines read into items so far. */
  get linesRead(): number {
    return this.#line - 1;
  }

  #advance(n: number): void {
    this.#head += n;
    this.#line += n;
  }

  #compact(): void {
    if (this.#head === 0) return;
    this.#queue = this.#queue.slice(this.#head);
    this.#bad = this.#bad.slice(this.#head);
    this.#head = 0;
  }

  /** Read one record with quotes from the queue head, possibly over several lines. */
  #parseQuoted(): Parsed {
    const q = this.#queue;
    const d = this.#delimiter;
    const fields: string[] = [];
    let at = this.#head;
    let s = q[at] as string;
    let i = 0;
    for (;;) {
      if (s.charCodeAt(i) !== 0x22) {
        const k = s.indexOf(d, i);
        if (k < 0) {
          fields.push(s.slice(i));
          return { ok: true, fields, used: at - this.#head + 1 };
        }
        fields.push(s.slice(i, k));
        i = k + d.length;
        continue;
      }
      // A quoted field: up to the closing quote, over line breaks, with "" for a quote.
      let value = "";
      let j = i + 1;
      for (;;) {
        const k = s.indexOf('"', j);
        if (k < 0) {
          value += `${s.slice(j)}\n`;
          const used = at - this.#head + 1;
          if (at + 1 >= q.length) return this.#ended || used >= this.#max ? { ok: false, detail: UNCLOSED, used: 1 } : { ok: "more" };
          if (used >= this.#max || (this.#bad[at + 1] ?? 0) > 0) return { ok: false, detail: UNCLOSED, used: 1 };
          s = q[++at] as string;
          j = 0;
          continue;
        }
        if (s.charCodeAt(k + 1) === 0x22) {
          value += `${s.slice(j, k)}"`;
          j = k + 2;
          continue;
        }
        value += s.slice(j, k);
        i = k + 1;
        break;
      }
      fields.push(value);
      while (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09) i++;
      if (i >= s.length) return { ok: true, fields, used: at - this.#head + 1 };
      if (!s.startsWith(d, i)) return { ok: false, detail: "a quoted field is followed by text before the next delimiter", used: at - this.#head + 1 };
      i += d.length;
      if (i >= s.length) {
        fields.push("");
        return { ok: true, fields, used: at - this.#head + 1 };
      }
    }
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}
