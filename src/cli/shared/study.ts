/**
 * Loading the study named on the command line: an unreadable file is a file-system error (exit code 3), a study
 * with errors is an input error (exit code 1) printed as located problems (file:line:column, message, hint).
 * Problems keep the path as the user typed it, so messages read like the command line.
 * @module
 */
import { readStudyAt } from "../../node/files.js";
import type { Study } from "../../model/study.js";
import type { StudyReport } from "../../study/validate/index.js";
import { CliError, EXIT, fileReason, resolvePath, type CliIo } from "./context.js";

/**
 * Read and validate a study file; never returns an invalid study.
 *
 * @param io - the command's world.
 * @param path - the study file as typed.
 * @returns the validation report (its `study` is set and `ok` is true).
 * @throws {@link CliError} with exit code 3 for an unreadable file, 1 for a study with errors.
 */
export async function loadStudyReport(io: CliIo, path: string): Promise<StudyReport & { readonly study: Study }> {
  const read = await readStudyAt(resolvePath(io, path), { file: path });
  if (!read.read) throw new CliError(EXIT.fileSystem, `The study file ${path} ${fileReason(read.error)}.`, "Check the path (relative paths are resolved from the current folder).");
  const report = read.report;
  if (!report.ok || report.study === undefined) {
    const errors = report.problems.filter((p) => p.severity === "error").length;
    throw new CliError(
      EXIT.input,
      `${path} is not a valid study: ${errors} error${errors === 1 ? "" : "s"}.`,
      `Fix the problems above, then run "gaptrace validate ${path}" again.`,
      report.problems,
    );
  }
  return report as StudyReport & { readonly study: Study };
}

/**
 * The study of a file, for commands that only need the study.
 *
 * @param io - the command's world.
 * @param path - the study file as typed.
 * @returns the validated study.
 */
export async function loadStudy(io: CliIo, path: string): Promise<Study> {
  return (await loadStudyReport(io, path)).study;
}
