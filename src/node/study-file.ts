/**
 * Reading study files from disk (`gaptrace/node`). Thin wrappers over the runtime-neutral loader that add the
 * file name to every problem and turn file-system errors into located gaptrace problems.
 * @module
 */
import { ValidationError } from "../core/errors.js";
import { fileReason } from "../core/messages/problem-codes.js";
import type { LoadStudyOptions } from "../study/load.js";
import type { StudyReport } from "../study/validate/index.js";
import type { Study } from "../model/study.js";
import { readStudyAt, readStudyAtSync } from "./files.js";
import { problemFrom } from "../core/problem-from.js";
import { DOCUMENTS_EN } from "../core/messages/problems-en-documents.js";

function fileProblem(path: string, e: unknown): StudyReport {
  return {
    ok: false,
    study: undefined,
    problems: [{ ...problemFrom(DOCUMENTS_EN, "file/unreadable", "error", [], { what: "study", file: path, ...fileReason(e) }), location: { file: path } }],
  };
}

/**
 * Read and validate a study file (YAML or JSON, by extension); never throws for a bad file.
 *
 * @param path - the file's path.
 * @param options - format override.
 * @returns the validation report, problems located by file, line and column.
 * @example
 * ```ts
 * import { loadStudyFile } from "gaptrace/node";
 * const report = await loadStudyFile("examples/studies/power-utility.study.yaml");
 * ```
 */
export async function loadStudyFile(path: string, options: Omit<LoadStudyOptions, "file"> = {}): Promise<StudyReport> {
  const r = await readStudyAt(path, { ...options, file: path });
  return r.read ? r.report : fileProblem(path, r.error);
}

/** Synchronous {@link loadStudyFile}, for scripts and notebooks. */
export function loadStudyFileSync(path: string, options: Omit<LoadStudyOptions, "file"> = {}): StudyReport {
  const r = readStudyAtSync(path, { ...options, file: path });
  return r.read ? r.report : fileProblem(path, r.error);
}

/**
 * Read a study file and return the study, or throw a {@link ValidationError} with located problems.
 *
 * @param path - the file's path.
 * @returns the validated study.
 * @example
 * ```ts
 * const study = await readStudyFile("outage.study.yaml");
 * ```
 */
export async function readStudyFile(path: string, options: Omit<LoadStudyOptions, "file"> = {}): Promise<Study> {
  const report = await loadStudyFile(path, options);
  if (!report.ok || report.study === undefined)
    throw new ValidationError(`gaptrace/readStudyFile: ${path} is not a valid study.`, report.problems.filter((p) => p.severity === "error"));
  return report.study;
}
