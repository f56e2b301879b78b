/**
 * The JSON writer: an attribution as a `gaptrace/report@2` document (see {@link ReportSchema} and
 * docs/reports.md), and the reader that validates one.
 * @module
 */
import { ValidationError } from "../core/errors.js";
import { problem } from "../core/problem.js";
import type { Attribution } from "../attribution/attribute.js";
import type { Study } from "../model/study.js";
import { buildReport, type ReportOptions } from "./report.js";
import { REPORT_FORMAT, ReportSchema, type ReportDocument } from "./schema.js";
import { requireArgument } from "../model/arguments.js";

/**
 * Write an attribution as a JSON report (`gaptrace/report@2`), pretty-printed.
 *
 * @param result - The attribution.
 * @param study - The study it was made on.
 * @param options - Language (default `"en"`) and measures catalogue.
 * @returns The JSON text; `ReportSchema.parse(JSON.parse(text))` returns the same document.
 * @example
 * ```ts
 * const json = toJson(result, study, { lang: "zh" });
 * JSON.parse(json).format; // "gaptrace/report@2"
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
 * @throws ValidationError when the text is not JSON or not a `gaptrace/report@2` document.
 * @example
 * ```ts
 * const doc = readReportJson(toJson(result, study));
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
      problem("parse/json", "error", [], { source: "report", detail: e instanceof Error ? e.message : String(e) }),
    ]);
  }
  const format = typeof raw === "object" && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (typeof format === "string" && format.startsWith("gaptrace/report@") && format !== REPORT_FORMAT)
    throw new ValidationError(`gaptrace/readReportJson: a ${format} document; this version reads ${REPORT_FORMAT}.`, [
      problem("schema/version", "error", ["format"], { found: format, expected: REPORT_FORMAT }),
    ]);
  const r = ReportSchema.safeParse(raw);
  if (!r.success)
    throw new ValidationError(
      "gaptrace/readReportJson: not a gaptrace/report@2 document.",
      r.error.issues.map((i) =>
        problem(`schema/${i.code}`, "error", i.path.filter((p): p is string | number => typeof p !== "symbol"), { source: "report", detail: i.message }),
      ),
    );
  return r.data;
}
