/**
 * The report writers under one name and one argument order, the study first, the attribution next, options last:
 * `renderHtml`, `renderMarkdown`, `renderCsv` and `renderJson`. Each builds the report document
 * ({@link buildReport}) and writes it; the writers of a document already built (`markdownFromReport`,
 * `csvFromReport`) are in `gaptrace/reports`. Priorities are shown when the result has them (a result given to
 * `withPriorities`); without them the JSON's `priorities` is `null` and the HTML and Markdown say they were not
 * computed and how to add them.
 * @module
 */
import type { Attribution } from "../attribution/attribute.js";
import type { Study } from "../model/study.js";
import { toCsv, type CsvReportOptions } from "./csv.js";
import { renderHtmlReport, type HtmlReportOptions } from "./html-page.js";
import { toJson } from "./json.js";
import { toMarkdown } from "./markdown.js";
import type { ReportOptions } from "./report.js";
import { isAttribution, requireArgument, requireStudy } from "../model/arguments.js";

/** Options of {@link renderMarkdown}: those of every report, and the document's title. */
export interface MarkdownReportOptions extends ReportOptions {
  /** The document's title; default "Satisfaction gap attribution report" in the report's language. */
  readonly title?: string;
}

/**
 * Render an attribution as one self-contained HTML page.
 *
 * @param study - The study the attribution was made on.
 * @param result - The attribution.
 * @param options - Language (default `"en"`), title, measures catalogue, and a wave comparison to include.
 * @returns The HTML document (UTF-8, no external resources, no script).
 * @example
 * ```ts
 * writeFileSync("report.html", renderHtml(study, attribute(study, data), { lang: "zh" }));
 * ```
 */
export function renderHtml(study: Study, result: Attribution, options: HtmlReportOptions = {}): string {
  requireStudy("renderHtml", study);
  requireArgument("renderHtml", "second", result, "an attribution (the result of attribute)", isAttribution, "Pass attribute(study, data, options).");
  return renderHtmlReport(result, study, options);
}

/**
 * Render an attribution as Markdown.
 *
 * @param study - The study the attribution was made on.
 * @param result - The attribution.
 * @param options - Language (default `"en"`), measures catalogue, and `title`.
 * @returns The Markdown document.
 * @example
 * ```ts
 * renderMarkdown(study, result, { lang: "zh" }).startsWith("# 客户满意度差距归因报告"); // true
 * ```
 */
export function renderMarkdown(study: Study, result: Attribution, options: MarkdownReportOptions = {}): string {
  requireStudy("renderMarkdown", study);
  requireArgument("renderMarkdown", "second", result, "an attribution (the result of attribute)", isAttribution, "Pass attribute(study, data, options).");
  return toMarkdown(result, study, options);
}

/**
 * Render an attribution's findings, causes or responsibility lists as CSV.
 *
 * @param study - The study the attribution was made on.
 * @param result - The attribution.
 * @param options - `table` (`"findings"`, `"causes"` or `"responsibility"`), language, measures catalogue, `bom`.
 * @returns CSV text with CRLF line ends and a header row.
 * @example
 * ```ts
 * renderCsv(study, result, { table: "responsibility", lang: "zh", bom: true });
 * ```
 */
export function renderCsv(study: Study, result: Attribution, options: CsvReportOptions = {}): string {
  requireStudy("renderCsv", study);
  requireArgument("renderCsv", "second", result, "an attribution (the result of attribute)", isAttribution, "Pass attribute(study, data, options).");
  return toCsv(result, study, options);
}

/**
 * Render an attribution as a JSON report (`gaptrace/report@4`), pretty-printed.
 *
 * @param study - The study the attribution was made on.
 * @param result - The attribution.
 * @param options - Language (default `"en"`) and measures catalogue.
 * @returns The JSON text; `readReportJson(text)` reads the same document back. Its `priorities` is `null` when the
 *   result has none (not given to `withPriorities`).
 * @example
 * ```ts
 * JSON.parse(renderJson(study, result)).format; // "gaptrace/report@4"
 * ```
 */
export function renderJson(study: Study, result: Attribution, options: ReportOptions = {}): string {
  requireStudy("renderJson", study);
  requireArgument("renderJson", "second", result, "an attribution (the result of attribute)", isAttribution, "Pass attribute(study, data, options).");
  return toJson(result, study, options);
}
