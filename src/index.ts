/**
 * gaptrace: full-process service-blueprint modelling and root-cause attribution of customer-satisfaction gaps
 * (全流程客户满意度评价与归因). The root entry point is the pipeline a user scripts, and its option and result
 * types: load and validate a study, build its graph, design the survey (questionnaire and sampling plan), read
 * the data, aggregate, attribute, compare waves, ask what if, build a report and write it (HTML, Markdown, CSV,
 * JSON), simulate. Everything else is in a named subpath, one per folder: `gaptrace/stats`, `gaptrace/graph`,
 * `gaptrace/data`, `gaptrace/reports`, `gaptrace/blueprint`, `gaptrace/notebook`, `gaptrace/walkthrough`, … (see
 * docs/CONVENTIONS-dev.md). One argument order everywhere: the study first, the thing acted on next, options last.
 *
 * This entry uses no Node-only module, so it runs in Node, Deno and browsers; reading files and streams is in
 * `gaptrace/node`.
 * @module
 */

// Problems, errors and labels
export { formatProblems, type DocPath, type Problem, type Severity, type SourceLocation } from "./core/problem.js";
export { GaptraceError, NotFoundError, UsageError, ValidationError, isGaptraceError } from "./core/errors.js";
export { BasisMismatchError } from "./data/basis.js";
export { labelText, type Label, type Lang } from "./core/label.js";

// 1. The study: load and validate it, or build it in code
export type { Study, StudyInput } from "./model/study.js";
export { parseStudy, validateStudy, type StudyReport } from "./study/validate/index.js";
export { loadStudyText, readStudyText, type LoadStudyOptions, type StudyFormat } from "./study/load.js";
export { StudyBuilder, studyBuilder } from "./study/builder.js";

// 2. Its graph
export { buildStudyGraph, type StudyGraph } from "./graph/build.js";

// 3. The survey design: questionnaire and sampling plan
export { questionnaire, type Questionnaire, type QuestionnaireOptions } from "./design/questionnaire.js";
export { questionnaireToCsv, type QuestionnaireCsvOptions } from "./design/questionnaire-csv.js";
export { questionnaireToJson } from "./design/questionnaire-json.js";
export { samplingPlan, type SamplingPlan } from "./design/plan.js";
export type { SamplingPlanOptions } from "./design/plan-options.js";
export { samplingPlanToCsv, type SamplingPlanCsvOptions } from "./design/plan-csv.js";

// 4. The data: survey responses and case records, every row accounted for; aggregates
export { ResponseSource, responsesFrom, responsesFromCsv, responsesFromJsonl, type Answer, type ResponseColumns, type ResponseOptions, type ResponseRow } from "./data/responses.js";
export { casesFrom, casesFromCsv, casesFromJsonl, type CaseColumns, type CaseOptions, type CaseRecords, type CaseRow } from "./data/cases.js";
export type { CsvOptions, TextInput } from "./data/source.js";
export { collectResponses, type ResponseTable } from "./data/dataset.js";
export { combineResponses } from "./data/combine-responses.js";
export { Ledger, type LedgerSummary, type RejectReason } from "./data/ledger.js";
export { aggregate, cellsOf, mergeAggregates, rollup, type Aggregate, type AggregateCell, type CellFilter, type RollupOptions } from "./data/aggregate.js";

// 5. Attribution, waves and what-if
export { attribute, type Attribution, type AttributionData } from "./attribution/attribute.js";
export { withPriorities } from "./attribution/with-priorities.js";
export { withWalkthroughs } from "./attribution/with-walkthroughs.js";
export type { AttributionOptions } from "./attribution/shared/options.js";
export type {
  CauseLink,
  CauseShare,
  ChainLink,
  Change,
  CustomerDissatisfaction,
  Evidence,
  Finding,
  NonCompliantExecution,
  Tag,
  Undecided,
  UnreasonableStandard,
} from "./attribution/shared/findings.js";
export { compareWaves, type PostWaveChange, type WaveChange, type WaveComparison } from "./attribution/waves.js";
export { whatIf, whatIfChanged, type WhatIfChange, type WhatIfData, type WhatIfResult } from "./attribution/what-if.js";

// 6. The report, and its writers
export { buildReport, type ReportOptions } from "./reports/report.js";
export type { ReportDocument } from "./reports/schema.js";
export { renderCsv, renderHtml, renderJson, renderMarkdown, type MarkdownReportOptions } from "./reports/render.js";
export type { HtmlReportOptions } from "./reports/html-page.js";
export type { CsvReportOptions, CsvTable } from "./reports/csv.js";
export { readReportJson } from "./reports/json.js";

// 7. Simulation: seeded data with planted causes
export { simulateStudy, type SimulatedData, type SimulationOptions } from "./simulate/simulate.js";
export type { PlantedCause, SimulationTruth } from "./simulate/plant.js";
export { casesCsv, responseRows, responsesCsv } from "./simulate/rows.js";
