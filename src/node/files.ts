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
import { loadStudyText, type LoadStudyOptions } from "../study/load.js";
import type { StudyReport } from "../study/validate/index.js";

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
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { read: false, error };
  }
  return { read: true, report: loadStudyText(text, options) };
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
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { read: false, error };
  }
  return { read: true, report: loadStudyText(text, options) };
}
