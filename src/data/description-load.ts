/**
 * Reading a data description from text (YAML or JSON) with file, line and column on every problem, exactly as
 * study files are read (the same located parser). Runtime-neutral: the caller supplies the text; `gaptrace/node`
 * adds reading it, and the data files it names, from disk.
 * @module
 */
import { ValidationError } from "../core/errors.js";
import type { DocPath, Problem, SourceLocation } from "../core/problem.js";
import type { Study } from "../model/study.js";
import { parseLocated, type TextFormat } from "../study/located.js";
import { describeFound } from "../study/validate/schema-issues.js";
import { validateDataDescription, type DataDescription, type DataDescriptionReport } from "./description.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_DESCRIPTION_EN } from "../core/messages/problems-en-data-description.js";

/** Options of {@link loadDataDescriptionText}. */
export interface LoadDataDescriptionOptions {
  /** The file name to put in problem locations. */
  readonly file?: string;
  /** The format; guessed from the file name (`.json`) or the first character (`{`) when left out. */
  readonly format?: TextFormat;
}

/** A data description report whose problems are located, and a way to locate any other path of the file. */
export interface LocatedDataDescriptionReport extends DataDescriptionReport {
  /** Where a path of the description sits (e.g. `["responses", "files", 1]` for a file that is missing). */
  readonly locate: (path: DocPath) => SourceLocation;
}

/**
 * Parse and validate a data description from YAML or JSON text against a study; never throws for a bad input.
 *
 * @param study - the study the data is for (its question, event and metric ids).
 * @param text - the description's text.
 * @param options - file name (for locations) and format.
 * @returns the report; every problem carries file, line and column where they can be known.
 * @example
 * ```ts
 * const report = loadDataDescriptionText(study, yamlText, { file: "data.yaml" });
 * for (const p of report.problems) console.log(formatWhere(p), p.message); // data.yaml:12:5 …
 * ```
 */
export function loadDataDescriptionText(study: Study, text: string, options: LoadDataDescriptionOptions = {}): LocatedDataDescriptionReport {
  const file = options.file;
  const fileOnly = (): SourceLocation => (file === undefined ? {} : { file });
  if (typeof text !== "string")
    return { ok: false, description: undefined, problems: [problemFrom(DATA_DESCRIPTION_EN, "data-description/not-a-description", "error", [], { found: describeFound(text) })], locate: fileOnly };
  const doc = parseLocated(text, { file, format: options.format }, "data");
  if (!doc.ok) return { ok: false, description: undefined, problems: doc.problems, locate: fileOnly };
  const report = validateDataDescription(study, doc.raw);
  const located = report.problems.map((p): Problem => {
    const keys = p.code === "data-description/unknown-key" && "keys" in p.params ? (p.params.keys as readonly string[]) : undefined;
    // An unknown id is pointed at itself, the key, not at the column it maps to.
    if (p.code === "data-description/unknown-id") return { ...p, location: doc.locate(p.path.slice(0, -1), [String(p.path[p.path.length - 1])]) };
    return { ...p, location: doc.locate(p.path, keys) };
  });
  return { ...report, problems: located, locate: (path) => doc.locate(path) };
}

/**
 * Parse and validate a data description from text, or throw a {@link ValidationError} with located problems.
 *
 * @param study - the study the data is for.
 * @param text - the description's text.
 * @param options - file name and format.
 * @returns the validated description.
 * @example
 * ```ts
 * const description = readDataDescriptionText(study, yamlText, { file: "data.yaml" });
 * const { responses } = describedReadOptions(description);
 * ```
 */
export function readDataDescriptionText(study: Study, text: string, options: LoadDataDescriptionOptions = {}): DataDescription {
  const report = loadDataDescriptionText(study, text, options);
  if (!report.ok || report.description === undefined)
    throw new ValidationError(`gaptrace/readDataDescriptionText: ${options.file ?? "the data description"} is not valid.`, report.problems.filter((p) => p.severity === "error"));
  return report.description;
}
