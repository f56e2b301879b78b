/**
 * Reading survey responses and case records from files and Node streams (`gaptrace/node`). CSV goes through
 * the core's byte-level CSV reader fed with the file's raw chunks; JSON Lines through the core line reader. Everything streams: a
 * response source reads its file when it is aggregated or iterated, holding one chunk at a time. File-system
 * errors become located gaptrace problems (`file/unreadable`), never raw stack traces.
 * @module
 */
import { open, type FileHandle } from "node:fs/promises";
import type { Readable } from "node:stream";
import { ValidationError } from "../core/errors.js";
import { fileReason } from "../core/messages/problem-codes.js";
import { unreadableWhy } from "../core/messages/problems-en-words.js";
import type { Study } from "../model/study.js";
import { isRows, requireArgument, requireStudy } from "../model/arguments.js";
import { casesFromBatches, type CaseOptions, type CaseRecords } from "../data/cases.js";
import { responsesFromBatches, type ResponseOptions, type ResponseSource } from "../data/responses.js";
import { csvRows, jsonlRows, type CsvOptions, type SourceBatches } from "../data/source.js";
import { resolveEncoding } from "../data/text.js";
import { problemFrom } from "../core/problem-from.js";
import { CORE_EN } from "../core/messages/problems-en-core.js";
import { DOCUMENTS_EN } from "../core/messages/problems-en-documents.js";

/** A Node readable stream or any async iterable of text or byte chunks. */
export type ChunkStream = Readable | AsyncIterable<string | Uint8Array>;

/** Options of the CSV readers: how to read rows, plus delimiter and encoding. */
export type CsvResponseOptions = ResponseOptions & CsvOptions;
/** Options of the JSONL readers: how to read rows, plus encoding. */
export type JsonlResponseOptions = ResponseOptions & Pick<CsvOptions, "encoding">;

function fileError(fn: string, path: string, e: unknown): ValidationError {
  const { reason, detail } = fileReason(e);
  return new ValidationError(`gaptrace/${fn}: the file ${path} ${unreadableWhy(reason, detail)}.`, [
    { ...problemFrom(DOCUMENTS_EN, "file/unreadable", "error", [], { what: "data", file: path, reason, detail }), location: { file: path } },
  ]);
}

/** The study and the file (a non-empty path) or stream of a reader, checked before anything is opened. */
function requireInputs(fn: string, study: unknown, input: unknown, kind: "path" | "stream"): void {
  requireStudy(fn, study);
  if (kind === "path")
    requireArgument(fn, "second", input, "the path of the file (a non-empty string)", (v) => typeof v === "string" && v !== "", 'Pass the file to read, e.g. "survey.csv".');
  else requireArgument(fn, "second", input, "a stream (a Node Readable or an async iterable of text or bytes)", isRows, "Pass e.g. createReadStream(path) or process.stdin.");
}

/** Bytes read from a file at a time. */
const FILE_CHUNK = 1 << 20;

/**
 * The chunks of a file, with file-system errors turned into located problems. Every chunk is read into the same
 * buffer (a view of it is yielded): the readers fed here (`csvRows`, `jsonlRows`) are done with a chunk before they
 * ask for the next and copy what they hold over. A stream's fresh buffer per chunk left the file's size in array
 * buffers for the collector to find (32 and 66 MB for the data files of 20,000 steps).
 */
async function* fileChunks(fn: string, path: string): AsyncGenerator<Uint8Array> {
  let file: FileHandle | undefined;
  let failed = false;
  try {
    file = await open(path, "r");
    const buffer = new Uint8Array(FILE_CHUNK);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } catch (e) {
    failed = true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("E")) throw fileError(fn, path, e);
    throw e;
  } finally {
    // Closing can fail too (EIO on a network share): after a failed read the read's error is the one to report,
    // otherwise the closing error, located like any other.
    if (file !== undefined) {
      try {
        await file.close();
      } catch (e) {
        if (!failed) throw fileError(fn, path, e);
      }
    }
  }
}

/** CSV source batches from byte or text chunks, read by the core's byte-level CSV reader (see `csvRows`). */
function nodeCsvBatches(chunks: AsyncIterable<string | Uint8Array>, options: CsvOptions): SourceBatches {
  return csvRows(chunks, options);
}

function checkEncoding(fn: string, encoding: string | undefined): void {
  try {
    resolveEncoding(encoding, fn);
  } catch {
    throw new ValidationError(`gaptrace/${fn}: unknown text encoding ${JSON.stringify(encoding)}.`, [
      problemFrom(CORE_EN, "usage", "error", [], { fn, encoding: String(encoding) }),
    ]);
  }
}

/**
 * Stream survey responses from a CSV file (header first; long or wide form per `options.form`). Nothing is read
 * until the source is aggregated, collected or iterated.
 *
 * @param study - the study to check rows against.
 * @param path - the file.
 * @param options - reading options (columns, segments, codes...), delimiter and encoding (e.g. `"gb18030"`).
 * @returns a single-pass response source; its ledger names `path` in every problem.
 * @example
 * ```ts
 * import { readResponsesCsv } from "gaptrace/node";
 * const source = readResponsesCsv(study, "survey.csv", { segments: ["region"], dontKnow: [99, "DK"] });
 * const agg = await aggregate(study, source);
 * source.ledger.summary(); // rows read, accepted, rejected by reason
 * ```
 */
export function readResponsesCsv(study: Study, path: string, options: CsvResponseOptions = {}): ResponseSource {
  requireInputs("readResponsesCsv", study, path, "path");
  checkEncoding("readResponsesCsv", options.encoding);
  const o = { file: path, ...options };
  return responsesFromBatches(study, () => nodeCsvBatches(fileChunks("readResponsesCsv", path), o), o);
}

/**
 * Stream survey responses from a JSON Lines file (one object per line, long or wide form).
 *
 * @param study - the study.
 * @param path - the file.
 * @param options - reading options and encoding.
 * @returns a single-pass response source.
 * @example
 * ```ts
 * const table = await collectResponses(study, readResponsesJsonl(study, "survey.jsonl"));
 * ```
 */
export function readResponsesJsonl(study: Study, path: string, options: JsonlResponseOptions = {}): ResponseSource {
  requireInputs("readResponsesJsonl", study, path, "path");
  checkEncoding("readResponsesJsonl", options.encoding);
  const o = { file: path, ...options };
  return responsesFromBatches(study, () => jsonlRows(fileChunks("readResponsesJsonl", path), o) as SourceBatches, o);
}

/**
 * Stream survey responses from CSV arriving on a Node stream (an HTTP upload, stdin, a decompressor).
 *
 * @param study - the study.
 * @param stream - a readable stream or async iterable of chunks.
 * @param options - reading options; set `file` to name the input in problems.
 * @returns a single-pass response source.
 * @example
 * ```ts
 * const agg = await aggregate(study, responsesFromCsvStream(study, process.stdin, { file: "stdin" }));
 * ```
 */
export function responsesFromCsvStream(study: Study, stream: ChunkStream, options: CsvResponseOptions = {}): ResponseSource {
  requireInputs("responsesFromCsvStream", study, stream, "stream");
  checkEncoding("responsesFromCsvStream", options.encoding);
  return responsesFromBatches(study, () => nodeCsvBatches(stream as AsyncIterable<string | Uint8Array>, options), options);
}

/**
 * Stream survey responses from JSON Lines arriving on a Node stream.
 *
 * @param study - the study.
 * @param stream - a readable stream or async iterable of chunks.
 * @param options - reading options and encoding.
 * @returns a single-pass response source.
 * @example
 * ```ts
 * const source = responsesFromJsonlStream(study, createGunzip().end(buffer));
 * ```
 */
export function responsesFromJsonlStream(study: Study, stream: ChunkStream, options: JsonlResponseOptions = {}): ResponseSource {
  requireInputs("responsesFromJsonlStream", study, stream, "stream");
  checkEncoding("responsesFromJsonlStream", options.encoding);
  return responsesFromBatches(study, () => jsonlRows(stream as AsyncIterable<string | Uint8Array>, options), options);
}

/**
 * Load case records (event times per case) from a CSV file.
 *
 * @param study - the study (events, clocks).
 * @param path - the file.
 * @param options - form, columns, `assumeOffset` for local times, delimiter, encoding.
 * @returns the records with their ledger.
 * @example
 * ```ts
 * const records = await readCasesCsv(study, "work-orders.csv", { assumeOffset: "+08:00" });
 * complianceFor(study, records, "reconnect-24h").share;
 * ```
 */
export function readCasesCsv(study: Study, path: string, options: CaseOptions & CsvOptions = {}): Promise<CaseRecords> {
  requireInputs("readCasesCsv", study, path, "path");
  checkEncoding("readCasesCsv", options.encoding);
  const o = { file: path, ...options };
  return Promise.resolve(casesFromBatches(study, nodeCsvBatches(fileChunks("readCasesCsv", path), o), o));
}

/**
 * Load case records from a JSON Lines file.
 *
 * @param study - the study.
 * @param path - the file.
 * @param options - form, columns, offset, encoding.
 * @returns the records with their ledger.
 * @example
 * ```ts
 * const records = await readCasesJsonl(study, "work-orders.jsonl");
 * ```
 */
export function readCasesJsonl(study: Study, path: string, options: CaseOptions & Pick<CsvOptions, "encoding"> = {}): Promise<CaseRecords> {
  requireInputs("readCasesJsonl", study, path, "path");
  checkEncoding("readCasesJsonl", options.encoding);
  const o = { file: path, ...options };
  return Promise.resolve(casesFromBatches(study, jsonlRows(fileChunks("readCasesJsonl", path), o), o));
}

/**
 * Load case records from CSV on a Node stream.
 *
 * @param study - the study.
 * @param stream - a readable stream or async iterable of chunks.
 * @param options - reading options.
 * @returns the records with their ledger.
 * @example
 * ```ts
 * const records = await casesFromCsvStream(study, fs.createReadStream("orders.csv"));
 * ```
 */
export function casesFromCsvStream(study: Study, stream: ChunkStream, options: CaseOptions & CsvOptions = {}): Promise<CaseRecords> {
  requireInputs("casesFromCsvStream", study, stream, "stream");
  checkEncoding("casesFromCsvStream", options.encoding);
  return Promise.resolve(casesFromBatches(study, nodeCsvBatches(stream as AsyncIterable<string | Uint8Array>, options), options));
}

/**
 * Load case records from JSON Lines on a Node stream.
 *
 * @param study - the study.
 * @param stream - a readable stream or async iterable of chunks.
 * @param options - reading options.
 * @returns the records with their ledger.
 * @example
 * ```ts
 * const records = await casesFromJsonlStream(study, process.stdin, { file: "stdin" });
 * ```
 */
export function casesFromJsonlStream(study: Study, stream: ChunkStream, options: CaseOptions & Pick<CsvOptions, "encoding"> = {}): Promise<CaseRecords> {
  requireInputs("casesFromJsonlStream", study, stream, "stream");
  checkEncoding("casesFromJsonlStream", options.encoding);
  return Promise.resolve(casesFromBatches(study, jsonlRows(stream as AsyncIterable<string | Uint8Array>, options), options));
}
