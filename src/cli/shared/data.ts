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
import { isGaptraceError, UsageError, ValidationError } from "../../core/errors.js";
import type { WalkthroughRecords } from "../../data/walkthroughs.js";
import type { SourceLocation } from "../../core/problem.js";
import { CASE_COLUMNS, type CaseRecords } from "../../data/cases.js";
import { combineResponses } from "../../data/combine-responses.js";
import { collectResponses, type ResponseTable } from "../../data/dataset.js";
import type { LedgerSummary } from "../../data/ledger.js";
import type { Lang } from "../../core/label.js";
import { codedText } from "../../reports/data.js";
import { RESPONSE_COLUMNS } from "../../data/responses.js";
import { parseOffset } from "../../data/time.js";
import type { Study } from "../../model/study.js";
import { readCasesCsv, readCasesJsonl, readResponsesCsv, readResponsesJsonl } from "../../node/data.js";
import { describedFileTexts, describedPath, loadDataDescriptionFile } from "../../node/data-description.js";
import { describedReadOptions, type DescribedCaseOptions, type DescribedResponseOptions, type DescribedSource } from "../../data/description.js";
import { readDescribedCases, readDescribedResponses, readDescribedWalkthroughs } from "../../data/description-read.js";
import { CliError, EXIT, fileReason, resolvePath, type CliIo } from "./context.js";
import { cliWords } from "./words.js";

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
  /** Segment columns of the responses only (`--segments-responses`); wins over `segments`. */
  readonly segmentsResponses?: readonly string[] | undefined;
  /** Segment columns of the cases only (`--segments-cases`); wins over `segments`. */
  readonly segmentsCases?: readonly string[] | undefined;
  /** Delimiter of the responses only; wins over `delimiter`. */
  readonly delimiterResponses?: string | undefined;
  /** Delimiter of the cases only; wins over `delimiter`. */
  readonly delimiterCases?: string | undefined;
  /** Encoding of the responses only; wins over `encoding`. */
  readonly encodingResponses?: string | undefined;
  /** Encoding of the cases only; wins over `encoding`. */
  readonly encodingCases?: string | undefined;
  /** Not-applicable codes of every question (`--na 0`). */
  readonly na?: readonly string[] | undefined;
  /** Don't-know codes of every question (`--dont-know 99,DK`), replacing the default ones. */
  readonly dontKnow?: readonly string[] | undefined;
  /** Columns to skip, in both files (`--ignore 备注,提交时间`). */
  readonly ignore?: readonly string[] | undefined;
}

/**
 * The flags of one file: its own `--X-responses`/`--X-cases` over the both-files `--X`.
 *
 * @param flags - the data flags.
 * @param kind - which file.
 * @returns the flags that apply to that file, with `segments`, `delimiter` and `encoding` resolved.
 * @example
 * ```ts
 * flagsFor({ segments: ["region"], segmentsCases: [] }, "cases").segments; // []
 * ```
 */
export function flagsFor(flags: DataFlags, kind: "responses" | "cases"): DataFlags {
  const own = kind === "responses" ? { s: flags.segmentsResponses, d: flags.delimiterResponses, e: flags.encodingResponses } : { s: flags.segmentsCases, d: flags.delimiterCases, e: flags.encodingCases };
  return { ...flags, segments: own.s ?? flags.segments, delimiter: own.d ?? flags.delimiter, encoding: own.e ?? flags.encoding };
}

/** A code as typed: a number when it reads as one (`0`, `99`), else the text (`DK`, `不知道`). */
function codeOf(s: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

/**
 * The reader options the code and column flags give (`--na`, `--dont-know`, `--ignore`), for one file. They
 * override the same options of a data description.
 *
 * @param flags - the data flags of that file ({@link flagsFor}).
 * @param kind - which file: `--na` and `--dont-know` are the responses' only.
 * @returns the options to merge over the others.
 * @example
 * ```ts
 * flagOptions({ na: ["0"], dontKnow: ["99", "DK"] }, "responses"); // { notApplicable: [0], dontKnow: [99, "DK"] }
 * ```
 */
export function flagOptions(flags: DataFlags, kind: "responses" | "cases"): Record<string, unknown> {
  return {
    ...(flags.ignore !== undefined ? { ignoreColumns: flags.ignore } : {}),
    ...(kind === "responses" && flags.na !== undefined ? { notApplicable: flags.na.map(codeOf) } : {}),
    ...(kind === "responses" && flags.dontKnow !== undefined ? { dontKnow: flags.dontKnow.map(codeOf) } : {}),
  };
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

/**
 * Segment columns the file's header does not have: a usage error naming the flag (`--segments`, or the file's
 * own `--segments-responses`/`--segments-cases`) and the header.
 */
function checkSegments(path: string, header: readonly string[], segments: readonly string[] | undefined, flag: string): void {
  const missing = (segments ?? []).filter((s) => !header.includes(s));
  if (missing.length === 0 || header.length === 0) return;
  throw new CliError(
    EXIT.usage,
    `${flag} names ${missing.length === 1 ? "column" : "columns"} ${missing.map((m) => JSON.stringify(m)).join(", ")}, which ${path} does not have.`,
    `Its header has: ${header.join(", ")}. Name columns of the header, or give ${flag} none for no segments${flag === "--segments" ? " (--segments-responses and --segments-cases set one file's own)" : ""}.`,
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
  for (const d of [flags.delimiter, flags.delimiterResponses, flags.delimiterCases]) delimiterOf(d);
  for (const e of [flags.encoding, flags.encodingResponses, flags.encodingCases]) checkEncoding(e);
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
export async function loadResponses(io: CliIo, study: Study, path: string, both: DataFlags): Promise<ResponseTable> {
  const flags = flagsFor(both, "responses");
  const full = resolvePath(io, path);
  checkDataFlags(flags);
  await checkReadable(path, full, "responses");
  const questions = new Set(study.evaluationPoints.flatMap((p) => p.questions.map((q) => q.id)));
  const linkColumn = flags.linkColumn ?? "case";
  const delimiter = isJsonl(path) ? undefined : delimiterOf(flags.delimiter);
  const header = await headerOf(path, full, flags.encoding, delimiter);
  checkSegments(path, header, flags.segments, both.segmentsResponses !== undefined ? "--segments-responses" : "--segments");
  const ignored = new Set(flags.ignore ?? []);
  const segments =
    flags.segments ??
    header.filter(
      // In wide form a column named almost like a question (q_hourz) is a misspelt question, not a segment: left out
      // of the segments, its answers are rejected as unknown-question, saying which question it looks like.
      (c) => c !== "" && c !== linkColumn && !ignored.has(c) && !RESPONSE_ATTRIBUTES.includes(c) && !(flags.form === "wide" && (questions.has(c) || nearMiss(c, questions) !== undefined)),
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
    ...flagOptions(flags, "responses"),
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
export async function loadCases(io: CliIo, study: Study, path: string, both: DataFlags): Promise<CaseRecords> {
  const flags = flagsFor(both, "cases");
  const full = resolvePath(io, path);
  checkDataFlags(flags);
  await checkReadable(path, full, "cases");
  const delimiter = isJsonl(path) ? undefined : delimiterOf(flags.delimiter);
  const header = await headerOf(path, full, flags.encoding, delimiter);
  checkSegments(path, header, flags.segments, both.segmentsCases !== undefined ? "--segments-cases" : "--segments");
  const ignored = new Set(flags.ignore ?? []);
  const segments = flags.segments ?? header.filter((c) => c !== "" && !ignored.has(c) && !CASE_ATTRIBUTES.includes(c));
  const options = {
    file: path,
    ...(segments.length > 0 || flags.segments !== undefined ? { segments } : {}),
    ...(flags.encoding !== undefined ? { encoding: flags.encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(flags.assumeOffset !== undefined ? { assumeOffset: flags.assumeOffset } : {}),
    ...flagOptions(flags, "cases"),
  };
  try {
    return await (isJsonl(path) ? readCasesJsonl(study, full, options) : readCasesCsv(study, full, options));
  } catch (e) {
    return rethrow(e, path, "cases");
  }
}

/** What a data description gave: each source read, named by its files as typed (`a.csv + b.csv`). */
export interface DescribedLoad {
  readonly responsesPath?: string;
  readonly table?: ResponseTable;
  /** With several response sources: each source's files as typed and its own ledger (the table's is their sum). */
  readonly responseParts?: readonly { readonly path: string; readonly ledger: LedgerSummary }[];
  readonly casesPath?: string;
  readonly cases?: CaseRecords;
  /** The walkthrough records the description names (流程穿越), and their file as typed. */
  readonly walkthroughsPath?: string;
  readonly walkthroughs?: WalkthroughRecords;
}

/** The flags over a described source's options: a flag given wins over the description. */
function overResponses(o: DescribedResponseOptions, both: DataFlags): DescribedResponseOptions {
  const f = flagsFor(both, "responses");
  const delimiter = delimiterOf(f.delimiter);
  return {
    ...o,
    ...(f.segments !== undefined ? { segments: f.segments } : {}),
    ...(f.form !== undefined ? { form: f.form } : {}),
    ...(f.encoding !== undefined ? { encoding: f.encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(f.linkColumn !== undefined ? { columns: { ...o.columns, case: f.linkColumn }, linkBy: "column" as const } : {}),
    ...(f.linkByRespondent === true ? { linkBy: "respondent" as const } : {}),
    ...flagOptions(f, "responses"),
  };
}

function overCases(o: DescribedCaseOptions, both: DataFlags): DescribedCaseOptions {
  const f = flagsFor(both, "cases");
  const delimiter = delimiterOf(f.delimiter);
  return {
    ...o,
    ...(f.segments !== undefined ? { segments: f.segments } : {}),
    ...(f.encoding !== undefined ? { encoding: f.encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(f.assumeOffset !== undefined ? { assumeOffset: f.assumeOffset } : {}),
    ...flagOptions(f, "cases"),
  };
}

/** The description key behind each reader option, to locate a refused option in the description. */
const DESCRIPTION_KEY: ReadonlyMap<string, string> = new Map([
  ["questionColumns", "questions"],
  ["eventColumns", "events"],
  ["durationColumns", "durations"],
  ["ignoreColumns", "ignore"],
  ["notApplicable", "notApplicable"],
  ["notApplicableByQuestion", "notApplicable"],
  ["dontKnow", "dontKnow"],
  ["dontKnowByQuestion", "dontKnow"],
  ["missingCodes", "missing"],
  ["missingCodesByQuestion", "missing"],
  ["defaultWave", "wave"],
  ["assumeOffset", "timeZone"],
]);

/**
 * A reader that refuses an option the description gave (a recode code off the question's scale, say) is a
 * mistake in the description: its problem is located at the description's key for that option (exit code 1).
 */
function refusedOption(e: unknown, source: "responses" | "cases", locate: (path: (string | number)[]) => SourceLocation, path: string): never {
  if (!(e instanceof UsageError)) throw e;
  const detail = e.problems[0] !== undefined && "detail" in e.problems[0].params ? String(e.problems[0].params.detail) : "";
  const option = /^([A-Za-z]+)/.exec(detail)?.[1] ?? "";
  const key = DESCRIPTION_KEY.get(option) ?? option;
  const at = key === "" ? [source] : [source, key];
  const located = e.problems.map((p) => ({ ...p, path: at, location: locate(at) }));
  throw new CliError(EXIT.input, `${path}: the ${source} options of the data description cannot be used.`, "Fix the problem above in the data description; docs/data.md describes every key.", located);
}

/**
 * Load the data a description file names (`--data data.yaml`): the description is checked against the study
 * (located problems, exit code 1; a data file it names that cannot be read, exit code 3), then each source's
 * files are read in order, with the data flags given on the command line over the description's options.
 *
 * @param io - the command's world.
 * @param study - the study.
 * @param path - the description file as typed.
 * @param flags - the data flags (each one given overrides the description).
 * @returns the sources read.
 */
export async function loadDescribed(io: CliIo, study: Study, path: string, flags: DataFlags): Promise<DescribedLoad> {
  checkDataFlags(flags);
  const full = resolvePath(io, path);
  const report = await loadDataDescriptionFile(study, full, { file: path });
  if (!report.ok || report.description === undefined) {
    const errors = report.problems.filter((p) => p.severity === "error");
    const unreadable = errors.length > 0 && errors.every((p) => p.code === "file/unreadable");
    if (unreadable && errors.length === 1 && errors[0]?.path.length === 0)
      throw new CliError(EXIT.fileSystem, `The data description ${path} could not be read.`, "Check the path (relative paths are resolved from the current folder).", errors);
    throw new CliError(
      unreadable ? EXIT.fileSystem : EXIT.input,
      unreadable ? `${path} names data files that cannot be read.` : `${path} is not a valid data description: ${errors.length} error${errors.length === 1 ? "" : "s"}.`,
      unreadable ? "Check the paths: they are relative to the description file." : "Fix the problems above; docs/data.md describes every key of a data description.",
      report.problems,
    );
  }
  const o = describedReadOptions(report.description);
  const texts = describedFileTexts(full);
  const read = { name: (f: string): string => describedPath(path, f) };
  const label = (s: DescribedSource<unknown>): string => s.files.map(read.name).join(" + ");
  const out: { -readonly [K in keyof DescribedLoad]: DescribedLoad[K] } = {};
  const tables: ResponseTable[] = [];
  const parts: { path: string; ledger: LedgerSummary }[] = [];
  for (const source of o.responseSources) {
    const src = { ...source, options: overResponses(source.options, flags) };
    const name = label(src);
    const table = await readDescribedResponses(study, src, texts, read)
      .catch((e: unknown) => refusedOption(e, "responses", report.locate, path))
      .catch((e: unknown) => rethrow(e, name, "responses"));
    tables.push(table);
    parts.push({ path: name, ledger: table.ledger });
  }
  if (tables.length > 0) {
    out.responsesPath = parts.map((p) => p.path).join(" + ");
    out.table = combineResponses(study, tables, { names: parts.map((p) => p.path) });
    if (parts.length > 1) out.responseParts = parts;
  }
  if (o.cases !== undefined) {
    const src = { ...o.cases, options: overCases(o.cases.options, flags) };
    out.casesPath = label(src);
    out.cases = await readDescribedCases(study, src, texts, read)
      .catch((e: unknown) => refusedOption(e, "cases", report.locate, path))
      .catch((e: unknown) => rethrow(e, out.casesPath ?? path, "cases"));
  }
  if (o.walkthroughs !== undefined) {
    const name = read.name(o.walkthroughs.file);
    out.walkthroughsPath = name;
    out.walkthroughs = await readDescribedWalkthroughs(study, o.walkthroughs, texts, read)
      .catch((e: unknown) => rethrow(e, name, "walkthrough"))
      .catch((e: unknown) => {
        if (e instanceof ValidationError) throw new CliError(EXIT.input, `${name} cannot be read as walkthrough records.`, "Fix the problems above (docs/walkthroughs.md gives the format).", e.problems);
        throw e;
      });
  }
  return out;
}

const fmt = (n: number): string => n.toLocaleString("en-US");

/**
 * A ledger in words: rows read = accepted + rejected, the reasons, the values, and the first problems.
 *
 * @param path - the file as typed.
 * @param ledger - the ledger summary.
 * @param shown - how many problems to print (default 5).
 * @param lang - the language of the lines and of the problems (default English).
 * @returns the text, ending with a newline.
 * @example
 * ```ts
 * ledgerText("responses.csv", table.ledger);
 * // "responses.csv: 52,311 rows read = 52,300 accepted + 11 rejected\n  rejected: out-of-range 9, non-numeric 2\n…"
 * ```
 */
export function ledgerText(path: string, ledger: LedgerSummary, shown = 5, lang: Lang = "en"): string {
  const w = cliWords(lang);
  const lines = [w.rows(path, ledger.rowsRead, ledger.accepted, ledger.rejected)];
  if (ledger.byReason.length > 0) lines.push(`  ${w.byReason(ledger.byReason)}`);
  if (ledger.values.read > 0) lines.push(`  ${w.values(ledger.values)}`);
  // Only loads with recoded or not-applicable values have this line.
  const coded = codedText(ledger, lang);
  if (coded !== undefined) lines.push(`  ${coded}`);
  const k = ledger.links;
  // Silent for surveys that carry no case ids at all: every customer "unlinked" would only be noise.
  if (k !== undefined && k.linked + k.conflicting + k.internalIgnored > 0) lines.push(`  ${w.links(k)}`);
  const problems = [...ledger.problems, ...ledger.notes];
  if (problems.length > 0) {
    lines.push(
      formatProblems(problems.slice(0, shown), lang)
        .split("\n")
        .map((l) => `  ${l}`)
        .join("\n"),
    );
    const total = ledger.byReason.reduce((a, [, n]) => a + n, 0) + ledger.notes.length;
    if (total > shown) lines.push(`  ${w.shown(Math.min(shown, problems.length), total)}`);
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
