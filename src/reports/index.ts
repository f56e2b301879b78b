/**
 * Reports: bilingual plain-language text of an attribution, improvement measures, responsibility lists
 * (责任清单), the report document, and its writers (`renderHtml`, `renderMarkdown`, `renderCsv`, `renderJson`: the study
 * first, the attribution next, options last). Imported as `gaptrace/reports`; the root `gaptrace` re-exports
 * `buildReport` and the four writers. Runtime-neutral: pure functions returning strings. The blueprint picture has
 * its own entry, `gaptrace/blueprint`.
 * @module
 */
export * from "./numbers.js";
export { studyLabels, relabelIds, type StudyLabels, type NamedKind } from "./labels.js";
export * from "./text.js";
export * from "./dictionary.js";
export * from "./responsibility.js";
export * from "./schema.js";
export { buildReport, entryOf, isToTest, roleName, rootCauseRanking, significanceOf, measuredOf, type ReportOptions } from "./report.js";
export * from "./link-text.js";
export { coverageNeedText, coverageText, type CoverageText } from "./coverage-text.js";
export { ESTIMATORS, EXPOSURE_KINDS, REASON_KINDS, TEST_KINDS, causeId, exposureSubject, shareInterval, isPossibleCause, linkTests, untested } from "./links.js";
export { renderHtml, renderMarkdown, renderCsv, renderJson, type MarkdownReportOptions } from "./render.js";
export { readReportJson } from "./json.js";
export { reportData, rejectedShare, codedText, DEFAULT_PARTIAL_DATA_THRESHOLD, type ReportLedger, type ReportDataOptions } from "./data.js";
export { markdownFromReport } from "./markdown.js";
export { renderTargetsMarkdown } from "./targets-markdown.js";
export { csvFromReport, CAUSES_CSV_COLUMNS, FINDINGS_CSV_COLUMNS, RESPONSIBILITY_CSV_COLUMNS, STRENGTHS_CSV_COLUMNS, WALKTHROUGHS_CSV_COLUMNS, type CsvReportOptions, type CsvTable } from "./csv.js";
export { familySizes, testFamiliesText, strengthText, untargetedText, strengthRows, strengthHead, type FamilySize } from "./families.js";
export { gapBarsSvg, quadrantSvg, QUADRANT_COLOURS, type GapBar, type QuadrantPoint, type ChartOptions } from "./charts.js";
export { htmlFromReport, type HtmlFigures, type HtmlPageOptions, type ComparisonView } from "./html.js";
export { blueprintMarks, comparisonView, htmlFigures, type HtmlReportOptions } from "./html-page.js";
export { wordsFor, type ReportWords } from "./words/index.js";
