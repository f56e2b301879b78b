/**
 * The JSON writer: an attribution as a `gaptrace/report@1` document (see {@link ReportSchema} and
 * docs/reports.md), and the reader that validates one.
 * @module
 */
import { ValidationError } from "../core/errors.js";
import { problem } from "../core/problem.js";
import type { Attribution } from "../attribution/attribute.js";
import type { Study } from "../model/study.js";
import { buildReport, type ReportOptions } from "./report.js";
import { ReportSchema, type ReportDocument } from "./schema.js";

/**
 * Write an attribution as a JSON report (`gaptrace/report@1`), pretty-printed.
 *
 * @param result - The attribution.
 * @param study - The study it was made on.
 * @param options - Language (default `"en"`) and measures catalogue.
 * @returns The JSON text; `ReportSchema.parse(JSON.parse(text))` returns the same document.
 * @example
 * ```ts
 * const json = toJson(result, study, { lang: "zh" });
 * JSON.parse(json).format; // "gaptrace/report@1"
 * ```
 */
export function toJson(result: Attribution, study: Study, options: ReportOptions = {}): string {
  return `${JSON.stringify(buildReport(result, study, options), null, 2)}\n`;
}

/**
 * Read and validate a JSON report, or throw a {@link ValidationError} listing every problem with its path.
 *
 * @param text - The JSON text of a report.
 * @returns The report document.
 * @throws ValidationError when the text is not JSON or not a `gaptrace/report@1` document.
 * @example
 * ```ts
 * const doc = readReportJson(toJson(result, study));
 * doc.findings.length; // 9
 * ```
 */
export function readReportJson(text: string): ReportDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ValidationError("gaptrace/readReportJson: the text is not JSON.", [
      problem("parse/json", "error", [], `readReportJson: ${e instanceof Error ? e.message : String(e)}`, "Pass the text toJson wrote."),
    ]);
  }
  const r = ReportSchema.safeParse(raw);
  if (!r.success)
    throw new ValidationError(
      "gaptrace/readReportJson: not a gaptrace/report@1 document.",
      r.error.issues.map((i) =>
        problem(`schema/${i.code}`, "error", i.path.filter((p): p is string | number => typeof p !== "symbol"), `readReportJson: ${i.message}.`, "Compare with the format in docs/reports.md."),
      ),
    );
  return r.data;
}
