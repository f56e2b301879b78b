/**
 * Reading the sources of a data description: each source's files, in order, into one response table or one set
 * of case records. Several files go through one reader (a respondent or case split across files is one
 * respondent or case, and each file may have its own header), and every problem is put back at its own file and
 * line. A file with no data row is an error even when the others have rows. Runtime-neutral: the caller supplies
 * each file's text or chunks; `gaptrace/node` reads them from disk.
 * @module
 */
import { ValidationError, isGaptraceError } from "../core/errors.js";
import { problem, type Problem } from "../core/problem.js";
import type { Study } from "../model/study.js";
import { casesFromBatches, type CaseOptions, type CaseRecords } from "./cases.js";
import { combineResponses } from "./combine-responses.js";
import { collectResponses, type ResponseTable } from "./dataset.js";
import type { DataDescription, DescribedCaseOptions, DescribedReadOptions, DescribedResponseOptions, DescribedSource } from "./description.js";
import { concatBytes } from "./text.js";
import { readWalkthroughs, type WalkthroughRecords } from "./walkthroughs.js";
import { describedReadOptions } from "./description.js";
import { Ledger, type LedgerSummary } from "./ledger.js";
import { responsesFromBatches, type ResponseOptions } from "./responses.js";
import { csvRows, jsonlRows, type SourceBatches, type SourceItem, type TextInput } from "./source.js";

/** The data files' contents, by the path written in the description: a map, or a function that opens one. */
export type DataTexts = ReadonlyMap<string, TextInput> | ((file: string) => TextInput);

/** Options of the described-source readers. */
export interface ReadDescribedOptions {
  /** The name to put in problems for a file as written in the description (default: as written). */
  readonly name?: (file: string) => string;
}

/** One file of a source: its name in problems, and its items. */
interface Part {
  readonly name: string;
  readonly open: () => SourceBatches;
}

/** Which global lines came from which file: lines `base + 1` to `end` are the file's lines 1 to `end - base`. */
interface Span {
  readonly name: string;
  readonly base: number;
  /** The file's last line in the chained numbering; open (Infinity) while the file is still being read. */
  end: number;
}

const isJsonl = (file: string): boolean => /\.(jsonl|ndjson)$/i.test(file);

function textOf(texts: DataTexts, file: string, name: string): TextInput {
  const text = typeof texts === "function" ? texts(file) : texts.get(file);
  if (text === undefined)
    throw new ValidationError(`gaptrace/readDescribedData: no text was given for ${file}.`, [
      { ...problem("file/unreadable", "error", [], { what: "data", file: name, reason: "missing", detail: "no text given" }), location: { file: name } },
    ]);
  return text;
}

function partsOf(files: readonly string[], texts: DataTexts, options: { readonly encoding?: string; readonly delimiter?: string }, name: (f: string) => string): Part[] {
  return files.map((file) => {
    const n = name(file);
    const enc = options.encoding === undefined ? {} : { encoding: options.encoding };
    return { name: n, open: () => (isJsonl(file) ? jsonlRows(textOf(texts, file, n), enc) : csvRows(textOf(texts, file, n), { ...enc, ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }) })) };
  });
}

function shifted(item: SourceItem, base: number): SourceItem {
  if (base === 0 || item.kind === "end") return item;
  return item.kind === "malformed" ? { ...item, line: item.line + base, lastLine: item.lastLine + base } : { ...item, line: item.line + base };
}

/** The items of several files in order, with lines numbered on across them; each file must have a data row. */
async function* chained(parts: readonly Part[], spans: Span[]): AsyncGenerator<readonly SourceItem[]> {
  let base = 0;
  for (const part of parts) {
    // Known before the file's first item, so a reader that stops inside this file (at its header) names this file.
    const span: Span = { name: part.name, base, end: Number.POSITIVE_INFINITY };
    spans.push(span);
    let rows = 0;
    let header = false;
    let last = 0;
    for await (const batch of part.open()) {
      const out: SourceItem[] = [];
      for (const item of batch) {
        last = Math.max(last, item.kind === "malformed" ? item.lastLine : item.line);
        if (item.kind === "end") continue;
        if (item.kind === "header") header = true;
        if (item.kind === "cells" || item.kind === "object" || item.kind === "malformed") rows++;
        out.push(shifted(item, base));
      }
      if (out.length > 0) yield out;
    }
    span.end = base + last;
    if (rows === 0)
      throw new ValidationError(`gaptrace/readDescribedData: the file ${part.name} has no data rows.`, [
        { ...problem("data/empty-file", "error", [], { headerOnly: header, lines: last }), location: { file: part.name, line: header ? last : 1 } },
      ]);
    base += last;
  }
  yield [{ kind: "end", line: base }];
}

/** A problem of the chained read put back at its own file and line; line numbers in its detail too. */
function relocate(p: Problem, label: string, spans: readonly Span[]): Problem {
  const loc = p.location;
  if (loc?.file !== label || loc.line === undefined) return p;
  const at = (line: number): Span | undefined => spans.find((s) => line > s.base && line <= s.end) ?? spans[spans.length - 1];
  const own = at(loc.line);
  if (own === undefined) return p;
  const params = p.params as { readonly detail?: unknown };
  let out: Problem = p;
  if (typeof params.detail === "string") {
    const local = (n: number): string => {
      const s = at(n);
      return s === undefined ? String(n) : s === own ? String(n - s.base) : `${n - s.base} of ${s.name}`;
    };
    const detail = params.detail.replace(/\b(lines?|Row) (\d+)(?:–(\d+))?/g, (_m, w: string, a: string, b: string | undefined) => `${w} ${local(Number(a))}${b === undefined ? "" : `–${local(Number(b))}`}`);
    out = problem(p.code, p.severity, p.path, { ...p.params, detail } as never);
  }
  return { ...out, location: { ...loc, file: own.name, line: loc.line - own.base } };
}

function relocateSummary(s: LedgerSummary, label: string, spans: readonly Span[]): LedgerSummary {
  return { ...s, problems: s.problems.map((p) => relocate(p, label, spans)), notes: s.notes.map((p) => relocate(p, label, spans)) };
}

/** Run a read; a stop of the reader (empty file, undecodable header, other form) is put back at its file too. */
async function relocating<T>(read: () => Promise<T>, label: string, spans: readonly Span[]): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (isGaptraceError(e) && e instanceof ValidationError && e.problems.some((p) => p.location?.file === label))
      throw new ValidationError(e.message, e.problems.map((p) => relocate(p, label, spans)));
    throw e;
  }
}

/** Reader options without the CSV-only keys the chained batches have already used. */
function readerOptions<O extends { readonly encoding?: string; readonly delimiter?: string }>(o: O, file: string): Omit<O, "encoding" | "delimiter"> & { file: string } {
  const { encoding: _e, delimiter: _d, ...rest } = o;
  return { ...rest, file };
}

/**
 * Read the survey responses of a described source: its files in order into one response table, every problem
 * at its own file and line.
 *
 * @param study - the study to check rows against.
 * @param source - the responses of `describedReadOptions(description)` (options may be overridden by the caller).
 * @param texts - each file's text or chunks, by the path written in the description.
 * @param options - the name of each file in problems.
 * @returns the response table; its ledger accounts for every row of every file.
 * @example
 * ```ts
 * const { responses } = describedReadOptions(description);
 * if (responses) await readDescribedResponses(study, responses, new Map([["survey.csv", text]]));
 * ```
 */
export async function readDescribedResponses(study: Study, source: DescribedSource<DescribedResponseOptions>, texts: DataTexts, options: ReadDescribedOptions = {}): Promise<ResponseTable> {
  const name = options.name ?? ((f: string) => f);
  const parts = partsOf(source.files, texts, source.options, name);
  const label = parts.map((p) => p.name).join(" + ");
  const spans: Span[] = [];
  const batches = parts.length === 1 ? (parts[0] as Part).open : () => chained(parts, spans);
  const reader = responsesFromBatches(study, batches, readerOptions(source.options, label) as ResponseOptions);
  const table = await relocating(() => collectResponses(study, reader), label, spans);
  return parts.length === 1 ? table : { ...table, ledger: relocateSummary(table.ledger, label, spans) };
}

/**
 * Read the case records of a described source: its files in order into one set of records (a case split across
 * files is one case), every problem at its own file and line.
 *
 * @param study - the study (events, clocks).
 * @param source - the cases of `describedReadOptions(description)`.
 * @param texts - each file's text or chunks, by the path written in the description.
 * @param options - the name of each file in problems.
 * @returns the case records; their ledger accounts for every row of every file.
 * @example
 * ```ts
 * const { cases } = describedReadOptions(description);
 * if (cases) await readDescribedCases(study, cases, (file) => texts[file]);
 * ```
 */
export async function readDescribedCases(study: Study, source: DescribedSource<DescribedCaseOptions>, texts: DataTexts, options: ReadDescribedOptions = {}): Promise<CaseRecords> {
  const name = options.name ?? ((f: string) => f);
  const parts = partsOf(source.files, texts, source.options, name);
  const label = parts.map((p) => p.name).join(" + ");
  const spans: Span[] = [];
  const batches = parts.length === 1 ? (parts[0] as Part).open() : chained(parts, spans);
  const records = await relocating(async () => casesFromBatches(study, batches, readerOptions(source.options, label) as CaseOptions), label, spans);
  return parts.length === 1 ? records : { ...records, ledger: Ledger.fromSummary(relocateSummary(records.ledger.summary(), label, spans)) };
}

/** What {@link readDescribedData} read. */
export interface DescribedData {
  readonly responses?: ResponseTable;
  readonly cases?: CaseRecords;
  /** The walkthrough records (流程穿越), when the description names them. */
  readonly walkthroughs?: WalkthroughRecords;
}

/** A file's whole text (or bytes): the walkthrough reader reads a file at once, as it is small. */
async function wholeText(input: TextInput): Promise<string | Uint8Array> {
  if (typeof input === "string") return input;
  const parts: (string | Uint8Array)[] = [];
  if (Symbol.asyncIterator in (input as object)) for await (const c of input as AsyncIterable<string | Uint8Array>) parts.push(c);
  else for (const c of input as Iterable<string | Uint8Array>) parts.push(c);
  if (parts.every((c) => typeof c === "string")) return parts.join("");
  const enc = new TextEncoder();
  return parts.reduce<Uint8Array>((a, c) => concatBytes(a, typeof c === "string" ? enc.encode(c) : c), new Uint8Array(0));
}

/**
 * Read the walkthrough records a data description names (流程穿越), checked against the study.
 *
 * @param study - the study.
 * @param source - the walkthroughs of `describedReadOptions(description)`.
 * @param texts - each file's text or chunks, by the path written in the description.
 * @param options - the name of the file in problems.
 * @returns the records, with their ledger and problems.
 * @throws {@link core!ValidationError} with `walkthrough/file` problems when the file cannot be read as walkthrough records.
 * @example
 * ```ts
 * const { walkthroughs } = describedReadOptions(description);
 * if (walkthroughs) await readDescribedWalkthroughs(study, walkthroughs, (file) => texts[file]);
 * ```
 */
export async function readDescribedWalkthroughs(study: Study, source: NonNullable<DescribedReadOptions["walkthroughs"]>, texts: DataTexts, options: ReadDescribedOptions = {}): Promise<WalkthroughRecords> {
  const name = (options.name ?? ((f: string) => f))(source.file);
  return readWalkthroughs(study, await wholeText(textOf(texts, source.file, name)), { ...source.options, file: name });
}

/**
 * Read every source of a validated data description from the files' texts. Several response sources (each with
 * its own layout) are read one by one and combined into one table ({@link combineResponses}).
 *
 * @param study - the study.
 * @param description - a validated description (`loadDataDescriptionText`).
 * @param texts - each file's text or chunks, by the path written in the description.
 * @param options - the name of each file in problems.
 * @returns the response table and the case records the description names.
 * @example
 * ```ts
 * const data = await readDescribedData(study, description, new Map([["survey.csv", surveyText]]));
 * data.responses?.ledger.accepted;
 * ```
 */
export async function readDescribedData(study: Study, description: DataDescription, texts: DataTexts, options: ReadDescribedOptions = {}): Promise<DescribedData> {
  const o = describedReadOptions(description);
  const tables: ResponseTable[] = [];
  for (const source of o.responseSources) tables.push(await readDescribedResponses(study, source, texts, options));
  const name = options.name ?? ((f: string) => f);
  const responses = tables.length === 0 ? undefined : combineResponses(study, tables, { names: o.responseSources.map((s) => s.files.map(name).join(" + ")) });
  const cases = o.cases === undefined ? undefined : await readDescribedCases(study, o.cases, texts, options);
  const walkthroughs = o.walkthroughs === undefined ? undefined : await readDescribedWalkthroughs(study, o.walkthroughs, texts, options);
  return { ...(responses !== undefined ? { responses } : {}), ...(cases !== undefined ? { cases } : {}), ...(walkthroughs !== undefined ? { walkthroughs } : {}) };
}
