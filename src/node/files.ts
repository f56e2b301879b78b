/**
 * Reading a study file from disk, written once for `gaptrace/node` and the command line: the file's text is read,
 * then validated by the runtime-neutral loader with the file named as the caller shows it (the path as typed on
 * the command line, or as passed). A file-system failure is handed back, not thrown, so each caller words it its
 * own way (a located problem, or an exit code).
 * @internal
 * @module
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { LineReader } from "../data/text.js";
import { loadStudyText, type LoadStudyOptions } from "../study/load.js";
import type { StudyReport } from "../study/validate/index.js";
import { problemFrom } from "../core/problem-from.js";
import { DOCUMENTS_EN } from "../core/messages/problems-en-documents.js";

/** A study file read and validated, or the file-system error that kept it from being read. */
export type StudyFileRead = { readonly read: true; readonly report: StudyReport } | { readonly read: false; readonly error: unknown };

/**
 * Read and validate a study file.
 *
 * @param path - where the file is.
 * @param options - the name to show in problems (`file`) and the format.
 * @returns the validation report, or the file-system error.
 * @example
 * ```ts
 * const r = await readStudyAt("/home/me/outage.study.yaml", { file: "outage.study.yaml" });
 * if (r.read) r.report.ok;
 * ```
 */
export async function readStudyAt(path: string, options: LoadStudyOptions & { readonly file: string }): Promise<StudyFileRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { read: false, error };
  }
  return { read: true, report: studyFromBytes(bytes, options) };
}

/**
 * Synchronous {@link readStudyAt}, for scripts and notebooks.
 *
 * @param path - where the file is.
 * @param options - the name to show in problems (`file`) and the format.
 * @returns the validation report, or the file-system error.
 * @example
 * ```ts
 * const r = readStudyAtSync("outage.study.yaml", { file: "outage.study.yaml" });
 * ```
 */
export function readStudyAtSync(path: string, options: LoadStudyOptions & { readonly file: string }): StudyFileRead {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { read: false, error };
  }
  return { read: true, report: studyFromBytes(bytes, options) };
}

/**
 * A study file's bytes, decoded as UTF-8 (or UTF-16 with a byte-order mark) and validated. Bytes that are not
 * valid UTF-8 (a file saved as GB18030, say) are an error at the first such line, never a label of replacement
 * characters.
 */
function studyFromBytes(bytes: Uint8Array, options: LoadStudyOptions & { readonly file: string }): StudyReport {
  const reader = new LineReader(undefined, "loadStudyFile");
  const lines = [...reader.push(bytes).lines, ...reader.end().lines];
  const f = reader.facts;
  if (f.invalidLines > 0) {
    const p = problemFrom(DOCUMENTS_EN, "parse/encoding", "error", [], { source: "study", encoding: f.encoding, candidates: f.candidates });
    return { ok: false, study: undefined, problems: [{ ...p, location: { file: options.file, ...(f.firstInvalidLine === undefined ? {} : { line: f.firstInvalidLine }) } }] };
  }
  return loadStudyText(lines.join("\n"), options);
}
