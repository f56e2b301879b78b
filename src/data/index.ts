/**
 * The data side of gaptrace: survey responses and operational case records checked against a study, with a
 * ledger that accounts for every row; one-pass mergeable aggregates; a respondent-level dataset for paired gaps
 * and key drivers; durations and standard compliance on any clock; and metric bases that refuse to compare
 * figures taken on different definitions. Runtime-neutral: files and Node streams are in `gaptrace/node`.
 * @module
 */
export * from "./ledger.js";
export * from "./segment.js";
export { DEFAULT_DONT_KNOW, parseNumber, parseYesNo, type ParsedValue } from "./values.js";
export { scaleRange, type ScaleRange } from "./study-index.js";
export {
  csvRows,
  jsonlRows,
  objectRows,
  type CsvOptions,
  type SourceBatches,
  type SourceItem,
  type TextInput,
} from "./source.js";
export { CsvLines, type CsvLineOptions } from "./csv.js";
export { CsvByteReader, type CsvByteOptions, type CsvByteRow, type CsvByteSink } from "./csv-bytes.js";
export { encodingCandidates, invalidLineDetail, LineReader, resolveEncoding, type EncodingFacts, type LineBatch } from "./text.js";
export * from "./responses.js";
export * from "./aggregate.js";
export * from "./dataset.js";
export { combineResponses } from "./combine-responses.js";
export * from "./basis.js";
export { parseTime, parseOffset, type ParsedTime } from "./time.js";
export * from "./calendar.js";
export * from "./cases.js";
export { casesToCsv } from "./cases-csv.js";
export { eventTimeEntries, EventTimes, type SparseEventColumn } from "./event-times.js";
export * from "./durations.js";
export {
  abandonmentSummary,
  clockOutcome,
  complianceSample,
  countUnfinished,
  countsAsMiss,
  leftOutOfAbandonment,
  DEFAULT_UNFINISHED,
  durationIn,
  measureClock,
  measuredValue,
  type ClockCounts,
  type ClockMeasure,
  type ClockOutcome,
  type UnfinishedCounts,
} from "./clock.js";
export { DATA_WORDS, type BasisSentenceArgs, type DataWords } from "./words/index.js";
export {
  DataDescriptionSchema,
  dataJsonSchema,
  describedReadOptions,
  validateDataDescription,
  type CasesDescription,
  type DataDescription,
  type DataDescriptionReport,
  type DescribedCaseOptions,
  type DescribedReadOptions,
  type DescribedResponseOptions,
  type DescribedSource,
  type ResponsesDescription,
} from "./description.js";
export { loadDataDescriptionText, readDataDescriptionText, type LoadDataDescriptionOptions, type LocatedDataDescriptionReport } from "./description-load.js";
export { readDescribedCases, readDescribedData, readDescribedResponses, readDescribedWalkthroughs, type DataTexts, type DescribedData, type ReadDescribedOptions } from "./description-read.js";
export * from "./case-summary.js";
export {
  OBSERVATION_KINDS,
  OBSERVATION_SEVERITIES,
  OBSERVATION_TAG,
  readWalkthroughs,
  SOLVED_STATES,
  WALKTHROUGH_KINDS,
  WalkthroughFileSchema,
  type ObservationKind,
  type ObservationSeverity,
  type SolvedState,
  type WalkthroughKind,
  type WalkthroughLedger,
  type WalkthroughObservation,
  type WalkthroughReadOptions,
  type WalkthroughRecords,
  type WalkthroughRun,
  type WalkthroughSet,
} from "./walkthroughs.js";
