/**
 * Reading a study from text (YAML or JSON) with file, line and column on every problem. Runtime-neutral: the
 * caller supplies the text; `gaptrace/node` adds reading from disk.
 * @module
 */
import { ValidationError } from "../core/errors.js";
import { hasCode, type Problem } from "../core/problem.js";
import type { Study } from "../model/study.js";
import { parseLocated, type TextFormat } from "./located.js";
import { validateStudy, type StudyReport } from "./validate/index.js";
import { problemFrom } from "../core/problem-from.js";
import { DOCUMENTS_EN } from "../core/messages/problems-en-documents.js";

/** The text formats of a study file. */
export type StudyFormat = TextFormat;

/** Options of {@link loadStudyText}. */
export interface LoadStudyOptions {
  /** The file name to put in problem locations. */
  readonly file?: string;
  /** The format; guessed from the file name (`.json`) or the first character (`{`) when left out. */
  readonly format?: StudyFormat;
}

/**
 * Parse and validate a study from YAML or JSON text; never throws for a bad input.
 *
 * @param text - the file's text.
 * @param options - file name (for locations) and format.
 * @returns the validation report; every problem carries file, line and column where they can be known.
 * @example
 * ```ts
 * const report = loadStudyText(yamlText, { file: "outage.study.yaml" });
 * for (const p of report.problems) console.log(formatWhere(p), p.message);
 * ```
 */
export function loadStudyText(text: string, options: LoadStudyOptions = {}): StudyReport {
  const file = options.file;
  if (typeof text !== "string")
    return { ok: false, study: undefined, problems: [problemFrom(DOCUMENTS_EN, "parse/not-text", "error", [], { source: "study" })] };
  const doc = parseLocated(text, { file, format: options.format }, "study");
  if (!doc.ok) return { ok: false, study: undefined, problems: doc.problems };
  const report = validateStudy(doc.raw);
  const located = report.problems.map((p): Problem => {
    const keys = hasCode(p, "schema/unknown-key") && "keys" in p.params ? (p.params.keys ?? undefined) : undefined;
    return { ...p, location: doc.locate(p.path, keys) };
  });
  return { ...report, problems: located };
}

/**
 * Parse and validate a study from text, or throw a {@link ValidationError} with located problems.
 *
 * @param text - the file's text.
 * @param options - file name and format.
 * @returns the validated study.
 * @example
 * ```ts
 * const study = readStudyText(await (await fetch("outage.study.yaml")).text(), { file: "outage.study.yaml" });
 * ```
 */
export function readStudyText(text: string, options: LoadStudyOptions = {}): Study {
  const report = loadStudyText(text, options);
  if (!report.ok || report.study === undefined)
    throw new ValidationError(`gaptrace/readStudyText: ${options.file ?? "the study"} is not valid.`, report.problems.filter((p) => p.severity === "error"));
  return report.study;
}
