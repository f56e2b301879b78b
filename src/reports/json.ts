/**
 * The JSON writer: an attribution as a `gaptrace/report@4` document (see {@link ReportSchema} and
 * docs/reports.md), and the reader that validates one (and reads the `@3` and `@2` documents of earlier versions).
 * @module
 */
import type { z } from "zod/mini";
import { ValidationError } from "../core/errors.js";
import type { Attribution } from "../attribution/attribute.js";
import type { Study } from "../model/study.js";
import { buildReport, type ReportOptions } from "./report.js";
import { REPORT_FORMAT, REPORT_FORMAT_V2, REPORT_FORMAT_V3, ReportSchema, ReportSchemaV2, ReportSchemaV3, type ReportDocument } from "./schema.js";
import { DEFAULT_PARTIAL_DATA_THRESHOLD, dataDoc } from "./data.js";
import { requireArgument } from "../model/arguments.js";
import { problemFrom } from "../core/problem-from.js";
import { DOCUMENTS_EN } from "../core/messages/problems-en-documents.js";
import { STUDY_EN } from "../core/messages/problems-en-study.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

/**
 * Write an attribution as a JSON report (`gaptrace/report@4`), pretty-printed.
 *
 * @param result - The attribution.
 * @param study - The study it was made on.
 * @param options - Language (default `"en"`), measures catalogue, the data's ledgers and `partialDataThreshold`.
 * @returns The JSON text; `ReportSchema.parse(JSON.parse(text))` returns the same document.
 * @example
 * ```ts
 * const json = toJson(result, study, { lang: "zh" });
 * JSON.parse(json).format; // "gaptrace/report@4"
 * ```
 */
export function toJson(result: Attribution, study: Study, options: ReportOptions = {}): string {
  return `${JSON.stringify(buildReport(study, result, options), null, 2)}\n`;
}

/**
 * Read and validate a JSON report, or throw a {@link ValidationError} listing every problem with its path.
 *
 * @param text - The JSON text of a report.
 * @returns The report document.
 * A `gaptrace/report@3` document (its `priorities` always an array) is read too and returned as version 4, as it
 * is; a `gaptrace/report@2` document (written before the data summary) is returned as version 4, its `data` saying
 * the provenance was not given.
 *
 * @throws ValidationError when the text is not JSON or not a `gaptrace/report@4` (or `@3`, `@2`) document.
 * @example
 * ```ts
 * const doc = readReportJson(renderJson(study, result));
 * doc.findings.length; // 9
 * ```
 */
export function readReportJson(text: string): ReportDocument {
  requireArgument("readReportJson", "first", text, "the report's JSON text (a string)", (v) => typeof v === "string", "Pass the text of a report.json file, e.g. readFileSync(path, \"utf8\").");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ValidationError("gaptrace/readReportJson: the text is not JSON.", [
      problemFrom(DOCUMENTS_EN, "parse/json", "error", [], { source: "report", detail: e instanceof Error ? e.message : String(e) }),
    ]);
  }
  const format = typeof raw === "object" && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (format === REPORT_FORMAT_V2) return fromV2(raw);
  if (format === REPORT_FORMAT_V3) return fromV3(raw);
  if (typeof format === "string" && format.startsWith("gaptrace/report@") && format !== REPORT_FORMAT)
    throw new ValidationError(`gaptrace/readReportJson: a ${format} document; this version reads ${REPORT_FORMAT} (and ${REPORT_FORMAT_V3}, ${REPORT_FORMAT_V2}).`, [
      problemFrom(DOCUMENTS_EN, "schema/version", "error", ["format"], { found: format, expected: REPORT_FORMAT }),
    ]);
  const r = ReportSchema.safeParse(raw, ZOD_ENGLISH);
  if (!r.success) throw invalid(REPORT_FORMAT, r.error.issues);
  return r.data;
}

/** A version 3 document as version 4: the same fields (a version 3 document's priorities were always computed). */
function fromV3(raw: unknown): ReportDocument {
  const r = ReportSchemaV3.safeParse(raw, ZOD_ENGLISH);
  if (!r.success) throw invalid(REPORT_FORMAT_V3, r.error.issues);
  return { ...r.data, format: REPORT_FORMAT };
}

/** A version 2 document as version 4: the same fields, with `data` saying the provenance was not given. */
function fromV2(raw: unknown): ReportDocument {
  const r = ReportSchemaV2.safeParse(raw, ZOD_ENGLISH);
  if (!r.success) throw invalid(REPORT_FORMAT_V2, r.error.issues);
  const { format: _v2, lang, study, wave, ...rest } = r.data;
  return { format: REPORT_FORMAT, lang, study, wave, data: dataDoc({ sources: undefined, threshold: DEFAULT_PARTIAL_DATA_THRESHOLD }, lang), ...rest };
}

function invalid(format: string, issues: readonly z.core.$ZodIssue[]): ValidationError {
  return new ValidationError(
    `gaptrace/readReportJson: not a ${format} document.`,
    issues.map((i) => problemFrom(STUDY_EN, `schema/${i.code}`, "error", i.path.filter((p): p is string | number => typeof p !== "symbol"), { source: "report", detail: i.message })),
  );
}
