/**
 * Loading survey responses and case records named on the command line, and printing their ledgers (rows read =
 * accepted + rejected, by reason). CSV or JSON Lines by extension. Segment columns are found from the header
 * (every column that is not a known attribute or the case-link column, and in wide form not a question) unless
 * `--segments` names them.
 * A missing file is a file-system error (exit code 3); rejected rows stop the command only with `--strict`.
 * @module
 */
import { open, stat } from "node:fs/promises";
import { CsvLines } from "../../data/csv.js";
import { LineReader, resolveEncoding } from "../../data/text.js";
import { nearMiss } from "../../core/near.js";
import { formatProblems } from "../../core/problem.js";
import { isGaptraceError } from "../../core/errors.js";
import { CASE_COLUMNS, type CaseRecords } from "../../data/cases.js";
import { collectResponses, type ResponseTable } from "../../data/dataset.js";
import type { LedgerSummary } from "../../data/ledger.js";
import type { Lang } from "../../core/label.js";
import { codedText } from "../../reports/data.js";
import { RESPONSE_COLUMNS } from "../../data/responses.js";
import { parseOffset } from "../../data/time.js";
import type { Study } from "../../model/study.js";
import { readCasesCsv, readCasesJsonl, readResponsesCsv, readResponsesJsonl } from "../../node/data.js";
import { CliError, EXIT, fileReason, resolvePath, type CliIo } from "./context.js";

/** How to read data files, from the command line. */
export interface DataFlags {
  /** Segment columns; default: found from the header. */
  readonly segments?: readonly string[] | undefined;
  /** CSV field delimiter as typed, e.g. `;` or `tab`; default `,`. See {@link delimiterOf}. */
  readonly delimiter?: string | undefined;
  /** Text encoding, e.g. `gb18030`; default UTF-8. */
  readonly encoding?: string | undefined;
  /** UTC offset of case times written without one, e.g. `+08:00`. */
  readonly assumeOffset?: string | undefined;
  /** Responses in `long` (default) or `wide` form. */
  readonly form?: "long" | "wide" | undefined;
  /** The responses' column with the case (work order) each response is about; default `case`. */
  readonly linkColumn?: string | undefined;
  /** Respondent ids are case ids: link each external respondent to the case with its id. */
  readonly linkByRespondent?: boolean | undefined;
}

// The readers' own default column names: a header column that is none of them is a segment dimension.
const RESPONSE_ATTRIBUTES: readonly string[] = Object.values(RESPONSE_COLUMNS);
const CASE_ATTRIBUTES: readonly string[] = Object.values(CASE_COLUMNS);

function isJsonl(path: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(path);
}

/**
 * The first line's column names (CSV) or the first record's keys (JSON Lines), read by the readers' own line
 * reader (so a byte-order mark, UTF-16 and the encoding are handled alike); none when the header cannot be decoded
 * (the reader then says why, at the file's first line).
 */
async function headerOf(path: string, full: string, encoding: string | undefined, delimiter: string | undefined): Promise<string[]> {
  const handle = await open(full, "r");
  try {
    const buf = new Uint8Array(256 * 1024);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const reader = new LineReader(encoding, "attribute");
    const first = reader.push(buf.subarray(0, bytesRead));
    const rest = bytesRead < buf.length ? reader.end() : { lines: [], invalid: [] };
    const batch = { lines: [...first.lines, ...rest.lines], invalid: [...first.invalid, ...rest.invalid.map((i) => i + first.lines.length)] };
    if (isJsonl(path)) {
      const at = batch.lines.findIndex((l) => l.trim() !== "");
      if (at < 0 || batch.invalid.includes(at)) return [];
      try {
        const o: unknown = JSON.parse(batch.lines[at] as string);
        return o !== null && typeof o === "object" && !Array.isArray(o) ? Object.keys(o) : [];
      } catch {
        return [];
      }
    }
    const header = new CsvLines(delimiter === undefined ? {} : { delimiter }).push(batch).find((i) => i.kind === "header");
    return header === undefined || header.kind !== "header" || header.undecodable !== undefined ? [] : [...header.columns];
  } finally {
    await handle.close();
  }
}

async function checkReadable(path: string, full: string, what: string): Promise<void> {
  try {
    const s = await stat(full);
    if (s.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
  } catch (e) {
    throw new CliError(EXIT.fileSystem, `The ${what} file ${path} ${fileReason(e)}.`, "Check the path (relative paths are resolved from the current folder).");
  }
}

/** The `--assume-offset` flag, checked before any file is read. */
function checkOffset(offset: string | undefined): void {
  if (offset !== undefined && parseOffset(offset) === undefined)
    throw new CliError(EXIT.usage, `--assume-offset ${JSON.stringify(offset)} is not a UTC offset.`, "Write it like +08:00 or -05:00 (hours east of UTC), or Z for UTC, e.g. --assume-offset +08:00.");
}

/** `--segments` columns the file's header does not have: a usage error naming the flag and the header. */
function checkSegments(path: string, header: readonly string[], segments: readonly string[] | undefined): void {
  const missing = (segments ?? []).filter((s) => !header.includes(s));
  if (missing.length === 0 || header.length === 0) return;
  throw new CliError(
    EXIT.usage,
    `--segments names ${missing.length === 1 ? "column" : "columns"} ${missing.map((m) => JSON.stringify(m)).join(", ")}, which ${path} does not have.`,
    `Its header has: ${header.join(", ")}. Name columns of the header, or give --segments none for no segments.`,
  );
}

/** Ways to type a tab on a command line without a literal tab (which shells make awkward). */
const TAB_NAMES: ReadonlySet<string> = new Set(["tab", "\\t"]);

/**
 * The CSV field delimiter a `--delimiter` value means: `tab` or `\t` (as typed, a backslash and a t) is a tab,
 * anything else itself (`;`, `,`, `|`, or several characters). Empty, or holding a quote or a line break, is a
 * usage error (exit code 2) naming the flag.
 *
 * @param raw - the flag's value as typed, or `undefined` when absent.
 * @returns the delimiter, or `undefined` for the readers' default (a comma).
 * @example
 * ```ts
 * delimiterOf("tab"); // "\t"
 * delimiterOf(";"); // ";"
 * ```
 */
export function delimiterOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (TAB_NAMES.has(raw.toLowerCase())) return "\t";
  if (raw === "" || /["\r\n]/.test(raw))
    throw new CliError(
      EXIT.usage,
      `--delimiter ${JSON.stringify(raw)} cannot separate fields: ${raw === "" ? "it is empty" : "it holds a quote or a line break"}.`,
      "Give the character between the fields, quoted for the shell: --delimiter ';' (European Excel), --delimiter tab, or leave it out for commas.",
    );
  return raw;
}

/**
 * The data flags whose values can be checked before any file is read: `--delimiter`, `--encoding` and
 * `--assume-offset`. A bad value is a usage error (exit code 2) that names the flag.
 *
 * @param flags - the data flags.
 */
export function checkDataFlags(flags: DataFlags): void {
  delimiterOf(flags.delimiter);
  checkEncoding(flags.encoding);
  checkOffset(flags.assumeOffset);
}

function checkEncoding(encoding: string | undefined): void {
  if (encoding === undefined) return;
  try {
    resolveEncoding(encoding);
  } catch {
    throw new CliError(
      EXIT.usage,
      `--encoding ${JSON.stringify(encoding)} is not a text encoding gaptrace knows.`,
      "Name the encoding the file was saved in, e.g. --encoding gb18030 (Chinese Excel), big5, cp949 or euc-kr (Korean), shift_jis (Japanese), windows-1252, utf-16le.",
    );
  }
}

/** Turn a read failure into the right exit: file problems are 3, the rest passes on. */
function rethrow(e: unknown, path: string, what: string): never {
  if (isGaptraceError(e) && e.problems.length > 0 && e.problems.every((p) => p.code === "file/unreadable"))
    throw new CliError(EXIT.fileSystem, `The ${what} file ${path} could not be read.`, "Check the path and that you may read it.", e.problems);
  throw e;
}

/**
 * Load survey responses into a table.
 *
 * @param io - the command's world.
 * @param study - the study to check rows against.
 * @param path - the file as typed (`.csv`, or `.jsonl`/`.ndjson`).
 * @param flags - segments, encoding, form, case link.
 * @returns the response table (with each respondent's case link); its `ledger` accounts for every row.
 */
export async function loadResponses(io: CliIo, study: Study, path: string, flags: DataFlags): Promise<ResponseTable> {
  const full = resolvePath(io, path);
  checkDataFlags(flags);
  await checkReadable(path, full, "responses");
  const questions = new Set(study.evaluationPoints.flatMap((p) => p.questions.map((q) => q.id)));
  const linkColumn = flags.linkColumn ?? "case";
  const delimiter = isJsonl(path) ? undefined : delimiterOf(flags.delimiter);
  const header = await headerOf(path, full, flags.encoding, delimiter);
  checkSegments(path, header, flags.segments);
  const segments =
    flags.segments ??
    header.filter(
      // In wide form a column named almost like a question (q_hourz) is a misspelt question, not a segment: left out
      // of the segments, its answers are rejected as unknown-question, saying which question it looks like.
      (c) => c !== "" && c !== linkColumn && !RESPONSE_ATTRIBUTES.includes(c) && !(flags.form === "wide" && (questions.has(c) || nearMiss(c, questions) !== undefined)),
    );
  const options = {
    file: path,
    // An empty list would also switch off a JSON record's whole `segment` field; leave it to the reader then.
    ...(segments.length > 0 || flags.segments !== undefined ? { segments } : {}),
    ...(flags.form !== undefined ? { form: flags.form } : {}),
    ...(flags.encoding !== undefined ? { encoding: flags.encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(flags.linkColumn !== undefined ? { columns: { case: flags.linkColumn } } : {}),
    ...(flags.linkByRespondent === true ? { linkBy: "respondent" as const } : {}),
  };
  try {
    const source = isJsonl(path) ? readResponsesJsonl(study, full, options) : readResponsesCsv(study, full, options);
    return await collectResponses(study, source);
  } catch (e) {
    return rethrow(e, path, "responses");
  }
}

/**
 * Load case records (event times per case).
 *
 * @param io - the command's world.
 * @param study - the study (events, clocks).
 * @param path - the file as typed.
 * @param flags - segments, encoding, assumed UTC offset.
 * @returns the records; their `ledger` accounts for every row.
 */
export async function loadCases(io: CliIo, study: Study, path: string, flags: DataFlags): Promise<CaseRecords> {
  const full = resolvePath(io, path);
  checkDataFlags(flags);
  await checkReadable(path, full, "cases");
  const delimiter = isJsonl(path) ? undefined : delimiterOf(flags.delimiter);
  const header = await headerOf(path, full, flags.encoding, delimiter);
  checkSegments(path, header, flags.segments);
  const segments = flags.segments ?? header.filter((c) => c !== "" && !CASE_ATTRIBUTES.includes(c));
  const options = {
    file: path,
    ...(segments.length > 0 || flags.segments !== undefined ? { segments } : {}),
    ...(flags.encoding !== undefined ? { encoding: flags.encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(flags.assumeOffset !== undefined ? { assumeOffset: flags.assumeOffset } : {}),
  };
  try {
    return await (isJsonl(path) ? readCasesJsonl(study, full, options) : readCasesCsv(study, full, options));
  } catch (e) {
    return rethrow(e, path, "cases");
  }
}

const fmt = (n: number): string => n.toLocaleString("en-US");

/**
 * A ledger in words: rows read = accepted + rejected, the reasons, the values, and the first problems.
 *
 * @param path - the file as typed.
 * @param ledger - the ledger summary.
 * @param shown - how many problems to print (default 5).
 * @param lang - the language of the line on recoded and not-applicable values (default English).
 * @returns the text, ending with a newline.
 * @example
 * ```ts
 * ledgerText("responses.csv", table.ledger);
 * // "responses.csv: 52,311 rows read = 52,300 accepted + 11 rejected\n  rejected: out-of-range 9, non-numeric 2\n…"
 * ```
 */
export function ledgerText(path: string, ledger: LedgerSummary, shown = 5, lang: Lang = "en"): string {
  const lines = [`${path}: ${fmt(ledger.rowsRead)} rows read = ${fmt(ledger.accepted)} accepted + ${fmt(ledger.rejected)} rejected`];
  if (ledger.byReason.length > 0) lines.push(`  rejected (rows and values) by reason: ${ledger.byReason.map(([r, n]) => `${r} ${fmt(n)}`).join(", ")}`);
  const v = ledger.values;
  const na = v.notApplicable ?? 0;
  if (v.read > 0)
    lines.push(`  values: ${fmt(v.read)} read = ${fmt(v.valid)} valid + ${fmt(v.missing)} missing + ${fmt(v.dontKnow)} don't know${na > 0 ? ` + ${fmt(na)} not applicable` : ""} + ${fmt(v.rejected)} rejected`);
  // Only loads with recoded or not-applicable values have this line, in the language of --lang.
  const coded = codedText(ledger, lang);
  if (coded !== undefined) lines.push(`  ${coded}`);
  const k = ledger.links;
  // Silent for surveys that carry no case ids at all: every customer "unlinked" would only be noise.
  if (k !== undefined && k.linked + k.conflicting + k.internalIgnored > 0) {
    const ignored = k.internalIgnored > 0 ? `; ${fmt(k.internalIgnored)} internal respondent${k.internalIgnored === 1 ? "" : "s"} named a case (ignored)` : "";
    lines.push(
      `  case links: ${fmt(k.linked)} external respondent${k.linked === 1 ? "" : "s"} linked + ${fmt(k.unlinked)} without a case; ${fmt(k.conflicting)} row${k.conflicting === 1 ? "" : "s"} rejected for naming a second case${ignored}`,
    );
  }
  const problems = [...ledger.problems, ...ledger.notes];
  if (problems.length > 0) {
    lines.push(
      formatProblems(problems.slice(0, shown))
        .split("\n")
        .map((l) => `  ${l}`)
        .join("\n"),
    );
    const total = ledger.byReason.reduce((a, [, n]) => a + n, 0) + ledger.notes.length;
    if (total > shown) lines.push(`  (${fmt(Math.min(shown, problems.length))} of ${fmt(total)} problems shown; the kept ones are in ledger.json when a report is written)`);
  }
  return `${lines.join("\n")}\n`;
}

/** Rows and values rejected by a load. */
export function rejectedCount(ledger: LedgerSummary): number {
  return ledger.rejected + ledger.values.rejected;
}

/**
 * With `--strict`, stop (exit code 1) when a data file has rejected rows or values.
 *
 * @param strict - whether `--strict` was given.
 * @param files - each file with its ledger.
 */
export function enforceStrict(strict: boolean, files: readonly { path: string; ledger: LedgerSummary }[]): void {
  if (!strict) return;
  const bad = files.filter((f) => rejectedCount(f.ledger) > 0);
  if (bad.length === 0) return;
  throw new CliError(
    EXIT.input,
    `--strict: ${bad.map((f) => `${f.path} has ${fmt(rejectedCount(f.ledger))} rejected row${rejectedCount(f.ledger) === 1 ? "" : "s"} or value${rejectedCount(f.ledger) === 1 ? "" : "s"}`).join("; ")}.`,
    "Fix the rows listed above, or run without --strict to analyse the accepted rows only.",
  );
}
