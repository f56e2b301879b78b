/**
 * Text in, lines out: how the readers turn bytes (or text) into physical lines. It is where an export's
 * encoding is settled: the usual aliases of local code pages (`cp949`, `cp936`, `sjis`…) are resolved, a
 * byte-order mark wins over the declared encoding (as the WHATWG Encoding standard says), UTF-16 without a mark is
 * recognised by its zero bytes, and a line whose bytes are not valid in the encoding is flagged, never silently
 * decoded into replacement characters. Line breaks may be `\n`, `\r\n` or a lone `\r` (old Mac exports), in any
 * mix. Runtime-neutral: only `TextDecoder`.
 * @module
 */
import { UsageError } from "../core/errors.js";

/**
 * Names teams write for their export's encoding that `TextDecoder` does not know, mapped to the WHATWG encoding
 * that decodes them (Windows code pages are what Excel writes on a local-language Windows).
 */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ["cp949", "euc-kr"],
  ["ms949", "euc-kr"],
  ["uhc", "euc-kr"],
  ["cp936", "gbk"],
  ["ms936", "gbk"],
  ["cp950", "big5"],
  ["ms950", "big5"],
  ["big5-hkscs", "big5"],
  ["cp932", "shift_jis"],
  ["ms932", "shift_jis"],
  ["sjis", "shift_jis"],
  ["shift-jis", "shift_jis"],
  ["cp1252", "windows-1252"],
  ["utf-16", "utf-16le"],
  ["utf16", "utf-16le"],
  ["utf16le", "utf-16le"],
  ["utf16be", "utf-16be"],
  ["ucs-2", "utf-16le"],
]);

/** Encodings tried, in this order, to name what a line that is not valid in the declared encoding might be. */
const CANDIDATES = ["utf-8", "gb18030", "big5", "euc-kr", "shift_jis"] as const;

/**
 * The encoding `TextDecoder` uses for a name a user gave, with the usual code-page aliases (`cp949` → `euc-kr`,
 * `cp936` → `gbk`, `sjis` → `shift_jis`, `utf-16` → `utf-16le`).
 *
 * @param name - the name as given (any case, surrounding spaces ignored); `undefined` for the default, UTF-8.
 * @param fn - the function to name in the error.
 * @returns the WHATWG encoding name (e.g. `"gbk"`, `"euc-kr"`, `"utf-8"`).
 * @throws UsageError for a name no decoder knows.
 * @example
 * ```ts
 * resolveEncoding("CP949"); // "euc-kr"
 * resolveEncoding("gb18030"); // "gb18030"
 * resolveEncoding(undefined); // "utf-8"
 * ```
 */
export function resolveEncoding(name: string | undefined, fn = "readText"): string {
  if (name === undefined) return "utf-8";
  const key = String(name).trim().toLowerCase();
  const label = ALIASES.get(key) ?? key;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new UsageError(
      fn,
      `unknown text encoding ${JSON.stringify(name)}.`,
      "Name the encoding the file was saved in, e.g. utf-8, gb18030 (Chinese Excel), big5, euc-kr or cp949 (Korean), shift_jis (Japanese), windows-1252, utf-16le.",
    );
  }
}

/**
 * The encodings a line's bytes decode in without an error, among UTF-8, GB18030, Big5, EUC-KR and Shift_JIS:
 * what to suggest when a line is not valid in the declared encoding. Several may fit (the East Asian double-byte
 * encodings overlap), so it names candidates, never a certainty.
 *
 * @param bytes - the line's bytes.
 * @param declared - the encoding it was read with (left out of the answer).
 * @returns the encodings that decode it, in the order above.
 * @example
 * ```ts
 * encodingCandidates(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]), "utf-8"); // ["gb18030", "big5", "euc-kr"]
 * ```
 */
export function encodingCandidates(bytes: Uint8Array, declared: string): string[] {
  const out: string[] = [];
  for (const e of CANDIDATES) {
    if (e === declared || (e === "gb18030" && declared === "gbk")) continue;
    try {
      new TextDecoder(e, { fatal: true }).decode(bytes);
      out.push(e);
    } catch {
      // Not this one.
    }
  }
  return out;
}

/** A batch of physical lines (without their line breaks). */
export interface LineBatch {
  /** The lines, in order. */
  readonly lines: string[];
  /**
   * Indices (into `lines`) of lines whose bytes are not valid in the encoding; their text is decoded with
   * replacement characters and must not be used as data.
   */
  readonly invalid: readonly number[];
  /**
   * Of the `invalid` lines, those that are UTF-8 text in a file read in a legacy East Asian encoding (GB18030, GBK,
   * Big5, EUC-KR, Shift_JIS): valid in both, but UTF-8 by their bytes, so decoding them would load mojibake (a
   * line pasted in from another export).
   */
  readonly utf8?: readonly number[];
}

/** What the line reader settled about the input's encoding. */
export interface EncodingFacts {
  /** The encoding the lines were decoded with. */
  readonly encoding: string;
  /** How it was chosen: as declared (or the default), from a byte-order mark, or from UTF-16's zero bytes. */
  readonly from: "declared" | "byte-order-mark" | "zero-bytes";
  /** Lines whose bytes were not valid in it. */
  readonly invalidLines: number;
  /** The first such line (1-based), if any. */
  readonly firstInvalidLine?: number;
  /** Encodings the first invalid line decodes in without an error (see {@link encodingCandidates}). */
  readonly candidates: readonly string[];
}

const EMPTY: LineBatch = { lines: [], invalid: [] };
/** Encodings whose valid text rarely forms valid UTF-8, so a line that does is UTF-8 pasted in. */
const LEGACY_CJK: ReadonlySet<string> = new Set(["gbk", "gb18030", "big5", "euc-kr", "shift_jis"]);
const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads text or bytes, chunk by chunk, into physical lines. Byte chunks are split at line breaks before decoding
 * (safe for UTF-8 and the ASCII-compatible code pages, whose multi-byte characters never contain `\n` or `\r`),
 * so a line that is not valid in the encoding is found and flagged alone; UTF-16 is decoded as a stream.
 *
 * @example
 * ```ts
 * const r = new LineReader();
 * const a = r.push(new TextEncoder().encode("a,b\r\n1,2\n3"));
 * const b = r.end();
 * [...a.lines, ...b.lines]; // ["a,b", "1,2", "3"]
 * ```
 */
export class LineReader {
  readonly #declared: string;
  #encoding: string | undefined;
  #from: EncodingFacts["from"] = "declared";
  #fatal: TextDecoder | undefined;
  #lossy: TextDecoder | undefined;
  #stream: TextDecoder | undefined;
  #bytes: Uint8Array = new Uint8Array(0);
  #text = "";
  #lineNo = 0;
  #first = true;
  #invalidLines = 0;
  #firstInvalid: number | undefined;
  #candidates: string[] = [];

  /**
   * @param encoding - the declared encoding (aliases allowed); default UTF-8.
   * @param fn - the function to name in errors.
   */
  constructor(encoding?: string, fn = "readText") {
    this.#declared = resolveEncoding(encoding, fn);
  }

  /** What was settled about the encoding (complete after {@link LineReader.end}). */
  get facts(): EncodingFacts {
    return {
      encoding: this.#encoding ?? this.#declared,
      from: this.#from,
      invalidLines: this.#invalidLines,
      ...(this.#firstInvalid === undefined ? {} : { firstInvalidLine: this.#firstInvalid }),
      candidates: this.#candidates,
    };
  }

  /**
   * Feed a chunk of text or bytes. The reader keeps no reference to the chunk once this returns (what it holds
   * over is copied), so a caller may read the next chunk into the same buffer.
   * @param chunk - text, or bytes in the encoding.
   * @returns the lines it completed.
   */
  push(chunk: string | Uint8Array): LineBatch {
    if (typeof chunk === "string") return this.#pushText(chunk, false);
    if (this.#encoding === undefined) {
      this.#bytes = concatBytes(this.#bytes, chunk);
      // Wait for enough bytes to see a byte-order mark and the zero bytes of UTF-16 (a copy: the caller may reuse
      // its buffer once push returns).
      if (this.#bytes.length < 512) {
        if (this.#bytes === chunk) this.#bytes = chunk.slice();
        return EMPTY;
      }
      const all = this.#bytes;
      this.#bytes = new Uint8Array(0);
      return this.#pushBytes(this.#sniff(all), false);
    }
    return this.#pushBytes(chunk, false);
  }

  /**
   * Signal the end of input.
   * @returns the last lines (a final line without a line break included).
   */
  end(): LineBatch {
    if (this.#encoding === undefined && this.#bytes.length > 0) {
      const all = this.#bytes;
      this.#bytes = new Uint8Array(0);
      return this.#pushBytes(this.#sniff(all), true);
    }
    if (this.#stream !== undefined) return this.#pushText(this.#stream.decode(), true);
    if (this.#bytes.length > 0) return this.#pushBytes(new Uint8Array(0), true);
    return this.#pushText("", true);
  }

  /** Settle the encoding from the first bytes; returns them without a byte-order mark. */
  #sniff(b: Uint8Array): Uint8Array {
    const s = settleEncoding(b, this.#declared);
    this.#setEncoding(s.encoding, s.from);
    return s.skip === 0 ? b : b.subarray(s.skip);
  }

  #setEncoding(encoding: string, from: EncodingFacts["from"]): void {
    this.#encoding = encoding;
    this.#from = from;
    if (encoding === "utf-16le" || encoding === "utf-16be") this.#stream = new TextDecoder(encoding, { ignoreBOM: true });
    else {
      this.#fatal = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
      this.#lossy = new TextDecoder(encoding, { ignoreBOM: true });
    }
  }

  #pushBytes(chunk: Uint8Array, final: boolean): LineBatch {
    if (this.#stream !== undefined) return this.#pushText(this.#stream.decode(chunk, { stream: !final }), final);
    const all = this.#bytes.length === 0 ? chunk : concatBytes(this.#bytes, chunk);
    const cut = final ? all.length : completeUpTo(all);
    this.#bytes = all.slice(cut);
    if (cut === 0) return EMPTY;
    const part = all.subarray(0, cut);
    let text: string | undefined;
    try {
      text = (this.#fatal as TextDecoder).decode(part);
    } catch {
      return this.#linesOneByOne(part);
    }
    const batch = this.#pushText(text, true);
    if (!LEGACY_CJK.has(this.#encoding ?? "")) return batch;
    const utf8 = utf8LookingLines(part);
    if (utf8.length === 0) return batch;
    const first = this.#lineNo - batch.lines.length + 1 + (utf8[0] as number);
    this.#invalidLines += utf8.length;
    if (this.#firstInvalid === undefined) {
      this.#firstInvalid = first;
      this.#candidates = ["utf-8"];
    }
    return { lines: batch.lines, invalid: utf8, utf8 };
  }

  /** The slow path, for a stretch with invalid bytes: decode line by line, flagging the lines that fail. */
  #linesOneByOne(part: Uint8Array): LineBatch {
    const lines: string[] = [];
    const invalid: number[] = [];
    const utf8: number[] = [];
    const legacy = LEGACY_CJK.has(this.#encoding ?? "");
    let start = 0;
    for (let i = 0; i <= part.length; i++) {
      const c = i < part.length ? part[i] : -1;
      if (c !== LF && c !== CR && c !== -1) continue;
      if (c === -1 && start === part.length) break;
      const bytes = part.subarray(start, i);
      this.#lineNo++;
      try {
        const text = this.#stripBom((this.#fatal as TextDecoder).decode(bytes));
        if (legacy && utf8LookingLines(bytes).length > 0) {
          invalid.push(lines.length);
          utf8.push(lines.length);
          this.#invalidLines++;
          if (this.#firstInvalid === undefined) {
            this.#firstInvalid = this.#lineNo;
            this.#candidates = ["utf-8"];
          }
        }
        lines.push(text);
      } catch {
        invalid.push(lines.length);
        lines.push((this.#lossy as TextDecoder).decode(bytes));
        this.#invalidLines++;
        if (this.#firstInvalid === undefined) {
          this.#firstInvalid = this.#lineNo;
          this.#candidates = encodingCandidates(bytes, this.#encoding ?? this.#declared);
        }
      }
      if (c === CR && part[i + 1] === LF) i++;
      start = i + 1;
    }
    return utf8.length > 0 ? { lines, invalid, utf8 } : { lines, invalid };
  }

  #stripBom(s: string): string {
    if (this.#first) {
      this.#first = false;
      if (s.charCodeAt(0) === 0xfeff) return s.slice(1);
    }
    return s;
  }

  /**
   * Split text into lines, keeping an unfinished last line for the next chunk.
   * @param chunk - decoded text.
   * @param final - the text ends on a complete line (end of input, or a byte stretch cut after a line break).
   */
  #pushText(chunk: string, final: boolean): LineBatch {
    let s = this.#text + chunk;
    if (this.#first && s.length > 0) s = this.#stripBom(s);
    const lines: string[] = [];
    let from = 0;
    const hasCr = s.includes("\r");
    for (;;) {
      let nl = s.indexOf("\n", from);
      if (hasCr) {
        const cr = s.indexOf("\r", from);
        if (cr >= 0 && (nl < 0 || cr < nl)) {
          // A lone \r at the very end may be the first half of \r\n: wait for the next chunk.
          if (cr === s.length - 1 && !final) break;
          lines.push(s.slice(from, cr));
          from = s.charCodeAt(cr + 1) === 0x0a ? cr + 2 : cr + 1;
          continue;
        }
      }
      if (nl < 0) break;
      lines.push(s.slice(from, nl));
      from = nl + 1;
      nl = 0;
    }
    this.#text = s.slice(from);
    if (final && this.#text !== "") {
      lines.push(this.#text);
      this.#text = "";
    }
    this.#lineNo += lines.length;
    return { lines, invalid: [] };
  }
}

/**
 * The lines of a byte stretch that are UTF-8 text by their bytes: every byte at or above 0x80 is part of a
 * well-formed UTF-8 sequence, and at least three sequences are of three or four bytes (CJK text). Text in GB18030,
 * Big5, EUC-KR or Shift_JIS almost never passes both; a line of one or two characters might, so it needs three.
 * Line breaks are counted as the line reader counts them (`\n`, `\r\n`, lone `\r`).
 */
function utf8LookingLines(b: Uint8Array): number[] {
  const out: number[] = [];
  let line = 0;
  let wide = 0;
  let bad = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    if (c === LF || c === CR) {
      if (!bad && wide >= 3) out.push(line);
      line++;
      wide = 0;
      bad = false;
      if (c === CR && b[i + 1] === LF) i++;
      continue;
    }
    if (c < 0x80 || bad) continue;
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) {
      bad = true;
      continue;
    }
    for (let k = 1; k <= n && !bad; k++) {
      const d = b[i + k];
      if (d === undefined || d < 0x80 || d > 0xbf) bad = true;
    }
    if (bad) continue;
    if (n >= 2) wide++;
    i += n;
  }
  if (!bad && wide >= 3) out.push(line);
  return out;
}

/**
 * What to say about a line the reader flagged: UTF-8 pasted into a legacy-encoded file, or bytes not valid in the
 * encoding (with the encodings they do decode in). One wording for every reader of lines.
 *
 * @param facts - the reader's encoding and candidates.
 * @param utf8 - the line is UTF-8 text in a legacy-encoded file ({@link LineBatch.utf8}).
 * @returns the plain-words detail for the rejected line.
 * @example
 * ```ts
 * invalidLineDetail({ encoding: "utf-8", candidates: ["gb18030"] }, false); // "its bytes are not valid utf-8 text; it reads without error as gb18030"
 * ```
 */
export function invalidLineDetail(facts: Pick<EncodingFacts, "encoding" | "candidates">, utf8: boolean): string {
  if (utf8) return `the line is UTF-8 text, not ${facts.encoding} like the file it is in (pasted from another export?); read as ${facts.encoding} it would be garbled`;
  const hint = facts.candidates.length > 0 ? `; it reads without error as ${facts.candidates.join(", ")}` : "";
  return `its bytes are not valid ${facts.encoding} text${hint}`;
}

/**
 * How {@link LineReader} settles the encoding of byte input from its first bytes (at least 512 of them, or all
 * there are): a byte-order mark wins over the declared encoding, UTF-16 without a mark is recognised by its zero
 * bytes (only when UTF-8 was declared or assumed), else the declared encoding stands. Shared with the byte-level
 * CSV reader so both settle alike.
 *
 * @param b - the first bytes of the input.
 * @param declared - the declared encoding, as {@link resolveEncoding} gives it.
 * @returns the encoding, how it was chosen, and how many leading bytes (a byte-order mark) to skip.
 * @example
 * ```ts
 * settleEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "utf-8"); // { encoding: "utf-8", from: "declared", skip: 3 }
 * ```
 */
export function settleEncoding(b: Uint8Array, declared: string): { readonly encoding: string; readonly from: EncodingFacts["from"]; readonly skip: number } {
  const bom = byteOrderMark(b);
  if (bom !== undefined) return { encoding: bom.encoding, from: bom.encoding === declared ? "declared" : "byte-order-mark", skip: bom.length };
  const zeros = declared === "utf-8" ? utf16ByZeros(b) : undefined;
  if (zeros !== undefined) return { encoding: zeros, from: "zero-bytes", skip: 0 };
  return { encoding: declared, from: "declared", skip: 0 };
}

/** The encoding a byte-order mark names, and its length. */
function byteOrderMark(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * UTF-16 without a byte-order mark, recognised by its zero bytes: text that is mostly ASCII (headers, digits,
 * commas) has a zero in every other byte. Needs at least 16 bytes and a clear pattern.
 */
function utf16ByZeros(b: Uint8Array): string | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 16) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.02) return "utf-16le";
  if (even > pairs * 0.3 && odd < pairs * 0.02) return "utf-16be";
  return undefined;
}

/**
 * How many leading bytes of a chunk end on a complete line: up to and with the last `\n`, or the last `\r` that is
 * not the final byte (a final `\r` may be the first half of `\r\n`).
 *
 * @param b - bytes.
 * @returns the length of the complete lines at its start (0 when none is complete).
 * @example
 * ```ts
 * completeUpTo(new TextEncoder().encode("a\nb")); // 2
 * ```
 */
export function completeUpTo(b: Uint8Array): number {
  for (let i = b.length - 1; i >= 0; i--) {
    const c = b[i];
    if (c === LF) return i + 1;
    if (c === CR && i < b.length - 1) return i + 1;
  }
  return 0;
}

/**
 * Two byte arrays as one (either returned as is when the other is empty).
 *
 * @param a - the first bytes.
 * @param b - the bytes after them.
 * @returns their concatenation.
 * @example
 * ```ts
 * concatBytes(new Uint8Array([1]), new Uint8Array([2, 3])); // Uint8Array [1, 2, 3]
 * ```
 */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
