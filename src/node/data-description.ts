/**
 * Reading a data description file and the data files it names from disk (`gaptrace/node`). Paths in the
 * description are relative to the description file. A description or data file that cannot be read is a located
 * `file/unreadable` problem (a data file's at the line of the description that names it), never a stack trace.
 * @module
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
import { ValidationError } from "../core/errors.js";
import { fileReason } from "../core/messages/problem-codes.js";
import type { Problem } from "../core/problem.js";
import type { Study } from "../model/study.js";
import { LineReader } from "../data/text.js";
import { combineResponses } from "../data/combine-responses.js";
import { describedReadOptions, responseSourcesOf, type DataDescription, type DescribedCaseOptions, type DescribedResponseOptions } from "../data/description.js";
import { loadDataDescriptionText, type LoadDataDescriptionOptions, type LocatedDataDescriptionReport } from "../data/description-load.js";
import { readDescribedCases, readDescribedResponses, type DataTexts, type DescribedData } from "../data/description-read.js";
import { problemFrom } from "../core/problem-from.js";
import { DOCUMENTS_EN } from "../core/messages/problems-en-documents.js";

/** A data description file's report: located problems, including data files that cannot be read. */
export interface DataDescriptionFileReport extends LocatedDataDescriptionReport {
  /** The folder the description's paths are relative to. */
  readonly dir: string;
}

/** Each data file of a description, with the path into the description that names it. */
function describedFiles(d: DataDescription): { readonly file: string; readonly path: (string | number)[] }[] {
  const out: { file: string; path: (string | number)[] }[] = [];
  const sources: { readonly s: { readonly file?: string | undefined; readonly files?: readonly string[] | undefined }; readonly at: (string | number)[] }[] = [
    ...responseSourcesOf(d).map(({ source, at }) => ({ s: source, at: [...at] })),
    ...(d.cases === undefined ? [] : [{ s: d.cases, at: ["cases"] }]),
  ];
  for (const { s, at } of sources) {
    if (s.file !== undefined) out.push({ file: s.file, path: [...at, "file"] });
    (s.files ?? []).forEach((file, i) => out.push({ file, path: [...at, "files", i] }));
  }
  return out;
}

/**
 * Where a data file named in a description is, as a path to open and as a name for problems (the description's
 * folder as typed joined with the file, e.g. `examples/data/survey.csv`).
 *
 * @param descriptionPath - the description file's path.
 * @param file - a data file as written in it.
 * @returns the path.
 * @example
 * ```ts
 * describedPath("examples/data/survey.data.yaml", "survey-gb18030.csv"); // "examples/data/survey-gb18030.csv"
 * ```
 */
export function describedPath(descriptionPath: string, file: string): string {
  return isAbsolute(file) ? file : join(dirname(descriptionPath), file);
}

async function unreadableFiles(path: string, name: string, d: DataDescription, report: LocatedDataDescriptionReport): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const { file, path: at } of describedFiles(d)) {
    const full = describedPath(path, file);
    try {
      const s = await stat(full);
      if (s.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    } catch (e) {
      out.push({ ...problemFrom(DOCUMENTS_EN, "file/unreadable", "error", at, { what: "data", file: describedPath(name, file), ...fileReason(e) }), location: report.locate(at) });
    }
  }
  return out;
}

/**
 * Read and validate a data description file (YAML or JSON, by extension) against a study, and check that every
 * data file it names can be read; never throws for a bad file.
 *
 * @param study - the study the data is for.
 * @param path - the description file's path.
 * @param options - format override, and `file`: the name to put in problems (default `path`; data files are then
 *   named relative to it).
 * @returns the report, problems located by file, line and column.
 * @example
 * ```ts
 * const report = await loadDataDescriptionFile(study, "examples/data/survey-gb18030.data.yaml");
 * report.ok; // true
 * ```
 */
export async function loadDataDescriptionFile(study: Study, path: string, options: LoadDataDescriptionOptions = {}): Promise<DataDescriptionFileReport> {
  const dir = dirname(path);
  const name = options.file ?? path;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const p = { ...problemFrom(DOCUMENTS_EN, "file/unreadable", "error", [], { what: "data", file: name, ...fileReason(e) }), location: { file: name } };
    return { ok: false, description: undefined, problems: [p], locate: () => ({ file: name }), dir };
  }
  // Decoded as study files are: UTF-8 (or UTF-16 with a mark); other bytes are an error at their first line.
  const reader = new LineReader(undefined, "loadDataDescriptionFile");
  const lines = [...reader.push(bytes).lines, ...reader.end().lines];
  const f = reader.facts;
  if (f.invalidLines > 0) {
    const p = problemFrom(DOCUMENTS_EN, "parse/encoding", "error", [], { source: "data", encoding: f.encoding, candidates: f.candidates });
    const location = { file: name, ...(f.firstInvalidLine === undefined ? {} : { line: f.firstInvalidLine }) };
    return { ok: false, description: undefined, problems: [{ ...p, location }], locate: () => ({ file: name }), dir };
  }
  const report = loadDataDescriptionText(study, lines.join("\n"), { ...options, file: name });
  if (!report.ok || report.description === undefined) return { ...report, dir };
  const missing = await unreadableFiles(path, name, report.description, report);
  if (missing.length === 0) return { ...report, dir };
  return { ...report, ok: false, description: undefined, problems: [...missing, ...report.problems], dir };
}

/** A file's chunks, with file-system errors turned into a located problem. */
async function* chunks(full: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(full, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (e) {
    throw new ValidationError(`gaptrace/readDataFiles: the file ${full} could not be read.`, [
      { ...problemFrom(DOCUMENTS_EN, "file/unreadable", "error", [], { what: "data", file: full, ...fileReason(e) }), location: { file: full } },
    ]);
  } finally {
    stream.destroy();
  }
}

/**
 * The data files of a description as the runtime-neutral readers take them: each opened from disk, relative to
 * the description.
 *
 * @param descriptionPath - the description file's path.
 * @returns a {@link DataTexts} function.
 * @example
 * ```ts
 * await readDescribedResponses(study, responses, describedFileTexts("data.yaml"), { name: (f) => describedPath("data.yaml", f) });
 * ```
 */
export function describedFileTexts(descriptionPath: string): DataTexts {
  return (file) => chunks(describedPath(descriptionPath, file));
}

/** Options of {@link readDataFiles}: reader options that override the description's, per source. */
export interface ReadDataFilesOptions {
  readonly responses?: Partial<DescribedResponseOptions>;
  readonly cases?: Partial<DescribedCaseOptions>;
}

/**
 * Read a data description file and every data file it names into a response table and case records.
 *
 * @param study - the study the data is for.
 * @param path - the description file's path.
 * @param options - reader options that override the description's, per source.
 * @returns the description and the data read.
 * @throws ValidationError with located problems when the description is not valid or a file cannot be read.
 * @example
 * ```ts
 * import { readDataFiles } from "gaptrace/node";
 * const { responses, cases } = await readDataFiles(study, "data.yaml");
 * ```
 */
export async function readDataFiles(study: Study, path: string, options: ReadDataFilesOptions = {}): Promise<DescribedData & { readonly description: DataDescription }> {
  const report = await loadDataDescriptionFile(study, path);
  if (!report.ok || report.description === undefined)
    throw new ValidationError(`gaptrace/readDataFiles: ${path} is not a valid data description.`, report.problems.filter((p) => p.severity === "error"));
  const o = describedReadOptions(report.description);
  const texts = describedFileTexts(path);
  const name = (f: string): string => describedPath(path, f);
  const tables = [];
  for (const src of o.responseSources) tables.push(await readDescribedResponses(study, { ...src, options: { ...src.options, ...options.responses } }, texts, { name }));
  const responses = tables.length === 0 ? undefined : combineResponses(study, tables, { names: o.responseSources.map((s) => s.files.map(name).join(" + ")) });
  const cases = o.cases === undefined ? undefined : await readDescribedCases(study, { ...o.cases, options: { ...o.cases.options, ...options.cases } }, texts, { name });
  return { description: report.description, ...(responses !== undefined ? { responses } : {}), ...(cases !== undefined ? { cases } : {}) };
}
