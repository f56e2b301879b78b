/**
 * Reports: bilingual plain-language text of an attribution, improvement measures, responsibility lists
 * (责任清单), and the Markdown, CSV, JSON (`gaptrace/report@2`) and self-contained HTML writers. Runtime-neutral:
 * pure functions returning strings. The blueprint picture has its own entry, `./blueprint/index.js`.
 * @module
 */
export * from "./numbers.js";
export { studyLabels, relabelIds, type StudyLabels, type NamedKind } from "./labels.js";
export * from "./text.js";
export * from "./dictionary.js";
export * from "./responsibility.js";
export * from "./schema.js";
export { buildReport, isToTest, roleName, rootCauseRanking, significanceOf, measuredOf, type ReportOptions } from "./report.js";
export * from "./link-text.js";
export { ESTIMATORS, EXPOSURE_KINDS, REASON_KINDS, TEST_KINDS, causeId, exposureSubject, shareInterval, isPossibleCause, linkTests, untested } from "./links.js";
export { toJson, readReportJson } from "./json.js";
export { toMarkdown, markdownFromReport, correctionName, formatPriority } from "./markdown.js";
export { toCsv, csvFromReport, CAUSES_CSV_COLUMNS, FINDINGS_CSV_COLUMNS, RESPONSIBILITY_CSV_COLUMNS, type CsvReportOptions, type CsvTable } from "./csv.js";
export { gapBarsSvg, quadrantSvg, QUADRANT_COLOURS, type GapBar, type QuadrantPoint, type ChartOptions } from "./charts.js";
export { renderHtmlReport, blueprintMarks, type HtmlReportOptions } from "./html.js";
