/**
 * Every problem code gaptrace reports, with the parameters its text needs. A {@link Problem} carries its code and
 * these parameters as data; the English and Chinese tables (`problems-en.ts`, `problems-zh.ts`) turn them into a
 * message and a hint. Adding a code here without text in both tables is a type error.
 *
 * Parameters hold ids, numbers and the user's own values, never pre-written English: the one exception is the
 * `detail` a parser or zod wrote (kept as is, as zod's own locales would).
 * @module
 */
import type { DocPath } from "./path.js";

/** The kinds of thing a study names by id (the words {@link indexStudy} uses). */
export const ID_KINDS = [
  "department",
  "post",
  "person",
  "need",
  "service item",
  "theme",
  "step",
  "event",
  "metric",
  "standard",
  "evaluation point",
  "question",
] as const;

/** One kind of thing a study names by id. */
export type IdKind = (typeof ID_KINDS)[number];

/** The kinds of thing a lookup by id can fail to find ({@link NotFoundError}). */
export const NOT_FOUND_KINDS = [...ID_KINDS, "blueprint"] as const;

/** One kind of thing a lookup by id can fail to find. */
export type NotFoundKind = (typeof NOT_FOUND_KINDS)[number];

/** The reasons a data row or value is rejected (the ledger exports them as `REJECT_REASONS`). */
export const LEDGER_REASONS = [
  "malformed-line",
  "invalid-encoding",
  "missing-respondent",
  "invalid-audience",
  "missing-post",
  "unknown-post",
  "invalid-weight",
  "inconsistent-respondent",
  "conflicting-case-link",
  "invalid-segment",
  "segment-limit",
  "unknown-question",
  "wrong-audience",
  "duplicate-answer",
  "missing-value",
  "non-numeric",
  "out-of-range",
  "missing-case",
  "unknown-event",
  "unknown-context",
  "unparseable-time",
  "inconsistent-case",
  "duplicate-event",
  "stop-before-start",
  "invalid-duration",
] as const;

/** The fields of a walkthrough record (流程穿越记录), as the problems about them name them. */
export const WALKTHROUGH_FIELDS = [
  "id", "run", "runKind", "date", "wave", "participants", "organiser", "tasks", "task", "step", "recordedBy", "owner", "problem", "kind", "severity", "solved",
  "solvedOn", "measure", "standard",
] as const;

/**
 * The CSV header of each walkthrough field in English and in Chinese (the reader accepts both, and a few usual
 * variants); the problems name a field by its header in their language.
 */
export const WALKTHROUGH_HEADERS = {
  id: { en: "problem_id", zh: "问题编号" },
  run: { en: "run", zh: "穿越编号" },
  runKind: { en: "walkthrough_kind", zh: "穿越类型" },
  date: { en: "date", zh: "穿越日期" },
  wave: { en: "wave", zh: "批次" },
  participants: { en: "participants", zh: "参与人数" },
  organiser: { en: "organiser", zh: "组织单位" },
  tasks: { en: "tasks", zh: "任务数" },
  task: { en: "task", zh: "任务编号" },
  step: { en: "step", zh: "环节编号" },
  recordedBy: { en: "recorded_by", zh: "记录岗位" },
  owner: { en: "owner", zh: "责任岗位" },
  problem: { en: "problem", zh: "问题描述" },
  kind: { en: "problem_kind", zh: "问题类型" },
  severity: { en: "severity", zh: "严重程度" },
  solved: { en: "solved", zh: "是否解决" },
  solvedOn: { en: "solved_on", zh: "解决日期" },
  measure: { en: "measure", zh: "整改措施" },
  standard: { en: "standard", zh: "标准编号" },
} as const satisfies Readonly<Record<(typeof WALKTHROUGH_FIELDS)[number], { readonly en: string; readonly zh: string }>>;

/** One field of a walkthrough record. */
export type WalkthroughField = (typeof WALKTHROUGH_FIELDS)[number];

/** The reasons an event fed to the monitor is rejected (each counted in the monitor's ledger). */
export const MONITOR_REASONS = ["malformed-event", "unknown-type", "missing-field", "bad-time", "bad-value", "unknown-kind", "unknown-event", "unknown-question", "duplicate", "late", "clock-skew"] as const;

/** One reason an event fed to the monitor is rejected. */
export type MonitorReason = (typeof MONITOR_REASONS)[number];

/** One reason a data row or value is rejected. */
export type LedgerReason = (typeof LEDGER_REASONS)[number];

/** The last segment of a path, naming a field: a key, an item index, or `null` for the whole document. */
export type FieldRef = string | number | null;

/** What was found where a value was expected, described without words (the tables word it). */
export type FoundValue =
  | { readonly kind: "nothing" | "null" | "list" | "object" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "other"; readonly type: string; readonly value: string };

/** An option value as the sampling-plan checks show it: a list, an object, or the value's own text. */
export type ShownValue = { readonly kind: "list" } | { readonly kind: "object" } | { readonly kind: "value"; readonly text: string };

/** Why a file could not be read (from the file system's error code). */
export type FileReason = "missing" | "denied" | "folder" | "not-folder" | "disk-full" | "read-only" | "other";

/** A hand-off named by its two ends. */
export interface HandoffRef {
  readonly from: string;
  readonly to: string;
}

/** Who names an undefined id: a kind of thing and its id, or a part of it (its clock, its reach). */
export type RefSubject =
  | { readonly kind: Exclude<IdKind, "department" | "need">; readonly id: string; readonly part?: "clock" | "reach" | "unfinished" }
  | { readonly kind: "blueprint"; readonly index: number };

/** The metric or standard whose rule for unfinished cases a problem is about. */
export type UnfinishedOwner = { readonly metric: string } | { readonly standard: string };

/** A reference in the study to an id that is not defined. */
export interface StudyRefParams {
  readonly subject: RefSubject;
  readonly id: string;
}

/** A measure of a catalogue scoped to an id the study does not define. */
export interface MeasureScopeParams {
  readonly measure: string;
  readonly id: string;
}

/** A hand-off that names a step which is not defined. */
export interface HandoffStepParams {
  readonly handoff: HandoffRef;
  readonly id: string;
}

/** A zod issue of a document other than the study (a measures catalogue, a report): zod's own detail. */
export type ForeignSchemaParams =
  | { readonly source: "measures"; readonly detail: string; readonly keys: readonly string[] | null; readonly format: string | null }
  | { readonly source: "report"; readonly detail: string }
  /** A function's options object with keys it does not read: the keys, and the options it has. */
  | { readonly source: "options"; readonly fn: string; readonly keys: readonly string[]; readonly allowed: readonly string[]; readonly near: string | null };

/** A zod issue of the study, with the field, what was found and zod's detail. */
export interface SchemaDetailParams {
  readonly field: FieldRef;
  readonly found: FoundValue;
  readonly detail: string;
}

/** Text that could not be parsed: which document, at which stage, and the parser's own words. */
export type ParseParams =
  | { readonly source: "study" | "data"; readonly stage: "json"; readonly detail: string; readonly truncated?: boolean }
  | { readonly source: "study" | "data"; readonly stage: "alias"; readonly alias: string }
  | { readonly source: "study" | "data"; readonly stage: "read"; readonly detail: string }
  | { readonly source: "study" | "data"; readonly stage: "syntax"; readonly detail: string; readonly duplicateKey: boolean }
  | { readonly source: "measures"; readonly stage: "syntax" | "read"; readonly detail: string }
  | { readonly source: "report"; readonly detail: string };

/** How two bases differ on one key (the shape of `BasisDifference`). */
export interface BasisDifferenceParams {
  readonly kind: "value" | "only-left" | "only-right";
  readonly key: string;
  readonly left?: unknown;
  readonly right?: unknown;
}

/** A sampling-plan option that names an audience-specific path and the value found there. */
export interface PlanPathValue {
  readonly path: readonly (string | number)[];
  readonly got: ShownValue;
}

/** Duplicate ids, one code per kind: `dup/service-item` for "service item". */
export type DupParams = { readonly [K in IdKind as `dup/${Dashed<K>}`]: { readonly id: string; readonly first: DocPath } };

/** Failed lookups, one code per kind: `not-found/evaluation point` keeps the kind's own words. */
export type NotFoundParams = { readonly [K in NotFoundKind as `not-found/${K}`]: { readonly fn: string; readonly id: string } };

/** Ledger rejections, one code per reason; `detail` is the reader's account of the row. */
export type LedgerParams = { readonly [R in Exclude<LedgerReason, "stop-before-start" | "non-numeric"> as `data/${R}`]: { readonly detail: string } };

/** Undefined references of the study whose only form is a {@link StudyRefParams}. */
export type RefOnlyParams = { readonly [K in "need" | "service-item" | "evaluation-point" | "event" | "metric" | "question" | "theme" as `ref/unknown-${K}`]: StudyRefParams };

/** Zod issue codes of catalogues and reports, kept as zod spells them. */
export type ForeignZodParams = {
  readonly [K in "invalid_type" | "too_big" | "too_small" | "invalid_format" | "not_multiple_of" | "invalid_union" | "invalid_key" | "invalid_element" | "invalid_value" | "unrecognized_keys" as `schema/${K}`]: ForeignSchemaParams;
};

/** Spaces to dashes, at the type level (`service item` → `service-item`). */
export type Dashed<S extends string> = S extends `${infer A} ${infer B}` ? `${A}-${Dashed<B>}` : S;

/**
 * The parameters of every problem code: the one list of codes gaptrace reports.
 *
 * @example
 * ```ts
 * const params: ProblemParams["ref/unknown-post"] = { subject: { kind: "step", id: "dispatch" }, id: "dispatchr" };
 * ```
 */
export interface ProblemParams extends DupParams, NotFoundParams, LedgerParams, RefOnlyParams, ForeignZodParams {
  // Usage and files.
  readonly usage: { readonly fn: string; readonly detail: string; readonly hint: string } | { readonly fn: string; readonly encoding: string };
  readonly "file/unreadable": { readonly what: "study" | "data"; readonly file: string; readonly reason: FileReason; readonly detail: string };
  // The data description (gaptrace-data): which files hold the data and how to read them.
  /** The description is not a mapping: empty, a list or a single value. */
  readonly "data-description/not-a-description": { readonly found: FoundValue };
  /** A key the description does not have at that place, with the allowed key it is probably meant to be. */
  readonly "data-description/unknown-key": { readonly keys: readonly string[]; readonly near: string | null };
  /** An id of the description the study does not define (a question, an event, a metric), with the nearest one. */
  readonly "data-description/unknown-id": { readonly kind: "question" | "event" | "metric" | "post"; readonly id: string; readonly near: string | null };
  /** An encoding name no decoder knows. */
  readonly "data-description/encoding": { readonly encoding: string };
  /** A delimiter that cannot separate fields (empty, or holding a quote or a line break). */
  readonly "data-description/delimiter": { readonly delimiter: string };
  /** A time zone that is not a UTC offset. */
  readonly "data-description/time-zone": { readonly value: string };
  /** A source with both `file` and `files`, or with neither. */
  readonly "data-description/file-and-files": { readonly both: boolean };
  /** A description with neither responses nor cases. */
  readonly "data-description/no-source": Record<string, never>;
  /** One column given two uses in a source (two questions, a question and an attribute, ignored and read). */
  readonly "data-description/column-twice": { readonly column: string; readonly first: string };
  /**
   * Long form: the word an event is given in the event column is given to another event too, or is another event's
   * id.
   */
  readonly "data-description/event-name": {
    readonly name: string;
    readonly clash: { readonly kind: "name"; readonly first: string } | { readonly kind: "event"; readonly event: string };
  };
  /** A wide-form mapping (questions, events, durations) in a source read in long form. */
  readonly "data-description/wide-only": { readonly key: "questions" | "events" | "durations" };
  // Parsing text.
  readonly "parse/not-text": { readonly source: "study" | "measures" };
  readonly "parse/encoding": { readonly source: "study" | "measures" | "data"; readonly encoding: string; readonly candidates: readonly string[] };
  readonly "parse/json": ParseParams;
  readonly "parse/yaml": ParseParams;
  // The study's structure (zod).
  readonly "owner/multiple": { readonly owners: readonly string[] };
  /** A standard's owner names both a post and a department (it is one or the other). */
  readonly "owner/post-and-department": { readonly post: string; readonly department: string };
  readonly "post/no-department": { readonly index: number } | { readonly post: string; readonly department: string };
  readonly "schema/missing": { readonly field: FieldRef; readonly expected: string | readonly string[] | null };
  /** The document is not a mapping at all: empty (nothing, null), a list or a single value. */
  readonly "schema/not-a-study": { readonly found: FoundValue };
  readonly "schema/invalid-type": { readonly field: FieldRef; readonly found: FoundValue; readonly expected: string };
  readonly "schema/unknown-key": { readonly keys: readonly string[] } | ForeignSchemaParams;
  readonly "schema/invalid-value": { readonly field: FieldRef; readonly found: FoundValue; readonly allowed: readonly string[] };
  readonly "schema/invalid-union": SchemaDetailParams;
  readonly "schema/too-small": SchemaDetailParams;
  readonly "schema/too-big": SchemaDetailParams;
  readonly "schema/invalid-format": SchemaDetailParams;
  readonly "schema/not-multiple-of": { readonly field: FieldRef; readonly detail: string };
  readonly "schema/invalid-key": { readonly field: FieldRef; readonly detail: string };
  readonly "schema/invalid-element": { readonly field: FieldRef; readonly detail: string };
  readonly "schema/custom": { readonly field: FieldRef; readonly detail: string } | ForeignSchemaParams;
  readonly "schema/version": { readonly found: string; readonly expected: string };
  // References.
  readonly "dup/blueprint": { readonly theme: string; readonly first: number };
  readonly "dup/contributor": { readonly post: string; readonly step: string };
  readonly "dup/reach-point": { readonly point: string; readonly owner: { readonly step: string } | { readonly standard: string } };
  readonly "ref/unknown-post": StudyRefParams | MeasureScopeParams;
  readonly "ref/unknown-step": StudyRefParams | HandoffStepParams | MeasureScopeParams;
  readonly "ref/unknown-department": StudyRefParams | MeasureScopeParams;
  readonly "ref/unknown-standard": MeasureScopeParams;
  readonly "ref/unknown-category": { readonly measure: string; readonly category: string };
  readonly "ref/step-in-other-blueprint": { readonly handoff: HandoffRef; readonly step: string; readonly theme: string };
  readonly "ref/duplicate-category": { readonly id: string };
  readonly "ref/duplicate-measure": { readonly id: string };
  // Ownership and themes.
  readonly "owner/missing": { readonly step: string; readonly layer: string };
  readonly "owner/customer-step": { readonly step: string; readonly post: string };
  readonly "owner/also-contributor": { readonly step: string; readonly post: string };
  readonly "theme/no-blueprint": { readonly theme: string };
  // Evaluation points and questions.
  readonly "point/no-questions": { readonly point: string };
  readonly "question/empty-range": { readonly question: string; readonly min: number; readonly max: number };
  readonly "question/reverse-unbounded": { readonly question: string; readonly scale: "numeric" | "yesno" };
  readonly "question/unit-mismatch": { readonly question: string; readonly unit: string; readonly metric: string; readonly metricUnit: string };
  readonly "question/metric-needs-numeric": { readonly question: string; readonly metric: string };
  readonly "question/pairs-kind": { readonly question: string; readonly measures: string; readonly pair: string; readonly pairMeasures: string };
  readonly "question/pairs-scale": { readonly question: string; readonly pair: string };
  readonly "question/pairs-audience": { readonly question: string; readonly pair: string };
  readonly "question/internal-on-customer-step": { readonly question: string; readonly post: string; readonly step: string };
  readonly "question/overall-kind": { readonly question: string; readonly measures: string; readonly staff: boolean };
  readonly "question/overall-twice": { readonly theme: string; readonly first: string; readonly second: string };
  // Metrics, standards and clocks.
  readonly "clock/same-event": { readonly metric: string; readonly event: string } | { readonly standard: string } | { readonly question: string };
  readonly "metric/no-clock": { readonly metric: string };
  readonly "metric/clock-on-value": { readonly metric: string };
  readonly "standard/unit-mismatch": { readonly standard: string; readonly unit: string; readonly metric: string; readonly metricUnit: string };
  readonly "standard/no-clock": { readonly standard: string; readonly metric: string };
  readonly "standard/clock-on-value": { readonly standard: string; readonly metric: string };
  readonly "standard/non-positive-duration": { readonly standard: string; readonly threshold: number; readonly unit: string };
  /** `unfinished.count: exclude-if-shorter` without its `seconds` or `end`. */
  readonly "unfinished/needs-field": { readonly owner: UnfinishedOwner; readonly field: "seconds" | "end" };
  /** `unfinished.seconds` or `end` with a rule that does not read them. */
  readonly "unfinished/field-unused": { readonly owner: UnfinishedOwner; readonly field: "seconds" | "end"; readonly count: "miss" | "exclude" };
  /** `unfinished.end` is an event of the clock itself (the start, or the stop such cases never reach). */
  readonly "unfinished/end-on-clock": { readonly owner: UnfinishedOwner; readonly end: string; readonly which: "start" | "stop" };
  readonly "standard/metric-elsewhere": { readonly standard: string; readonly steps: readonly string[]; readonly metric: string; readonly step: string };
  // The process graph.
  readonly "visibility/backoffice-to-customer": { readonly handoff: HandoffRef; readonly layer: "backoffice" | "support" };
  readonly "handoff/self-loop": { readonly step: string };
  readonly "graph/isolated-step": { readonly step: string; readonly theme: string };
  readonly "graph/disconnected": { readonly theme: string; readonly parts: number };
  readonly "graph/cycle": { readonly steps: readonly string[]; readonly rework: boolean };
  readonly "graph/dangling-handoff": { readonly handoff: string; readonly theme: string; readonly end: "from" | "to"; readonly step: string };
  readonly "graph/duplicate-step": { readonly step: string; readonly first: DocPath };
  readonly "graph/duplicate-handoff": { readonly handoff: string; readonly first: DocPath; readonly conflicting: boolean };
  readonly "internal/rater-not-downstream": { readonly question: string; readonly post: string; readonly step: string; readonly ownStep: boolean; readonly ownsNoStep: boolean };
  readonly "reach/not-downstream":
    | { readonly step: string; readonly point: string; readonly target: string; readonly otherTheme: string | null }
    | { readonly standard: string; readonly point: string; readonly target: string; readonly governed: readonly string[] };
  // Key-driver statistics.
  readonly "drivers/constant-predictor": { readonly point: string };
  readonly "drivers/no-data": { readonly point: string };
  readonly "drivers/insufficient-data":
    | { readonly reason: "no-point" }
    | { readonly reason: "constant-outcome" }
    | { readonly reason: "too-few"; readonly respondents: number; readonly points: number; readonly listwise: boolean }
    | { readonly reason: "undefined-correlation"; readonly first: string; readonly second: string | null };
  readonly "drivers/not-positive-definite": { readonly eigenvalue: number; readonly points: readonly string[] };
  readonly "drivers/singular": { readonly points: readonly string[] | null };
  readonly "drivers/negative-correlation": { readonly point: string; readonly r: number };
  readonly "drivers/no-explained-variance": { readonly rSquared: number };
  readonly "drivers/bootstrap-failed": { readonly used: number; readonly replicates: number; readonly failures: readonly { readonly kind: string; readonly count: number }[] };
  /** Two parts' overall driver regressions cannot be merged: round two ran at different slopes, or a part has none. */
  readonly "drivers/round-two-slopes": { readonly wave: string; readonly point: string; readonly reason: "different-slopes" | "no-round-two" | "slopes-not-ready" };
  readonly "drivers/bootstrap-replicates-failed": { readonly used: number; readonly replicates: number; readonly failures: readonly { readonly kind: string; readonly count: number }[] };
  readonly "drivers/too-many-predictors": { readonly predictors: number; readonly limit: number };
  // Reading data.
  readonly "data/stop-before-start": { readonly detail: string } | { readonly cases: number; readonly start: string; readonly stop: string };
  /** With `recode`: the answer is text on the question's scale, which the `recode` option can map to a code. */
  readonly "data/non-numeric": { readonly detail: string } | { readonly detail: string; readonly recode: { readonly question: string; readonly value: string } };
  readonly "data/workday-needs-calendar": { readonly start: string; readonly stop: string };
  readonly "data/no-clock": { readonly standard: string; readonly metric: string };
  /** A standard counts on another clock than its metric's, so the metric's durations given as numbers do not apply to it. */
  readonly "data/given-durations-other-clock": { readonly standard: string; readonly metric: string; readonly cases: number };
  readonly "data/not-a-duration": { readonly standard: string; readonly unit: string };
  readonly "data/unknown-column": { readonly columns: readonly string[]; readonly of: "events" | "questions" };
  readonly "data/unused-column": { readonly columns: readonly string[]; readonly linkByRespondent: boolean };
  readonly "data/internal-case-link": { readonly respondent: string; readonly post: string; readonly case: string };
  readonly "data/duplicate-column": { readonly columns: readonly string[] };
  /**
   * Required columns are absent; `delimiter` when the header is one column holding a `;` or a tab, so the file
   * looks separated by it rather than by the delimiter it was read with.
   */
  readonly "data/missing-column": { readonly missing: readonly string[]; readonly found: readonly string[]; readonly delimiter?: ";" | "\t" };
  readonly "data/empty-file": { readonly headerOnly: boolean; readonly lines: number };
  /** Response tables of several sources share respondent ids (kept apart): how many, and the first met. */
  readonly "data/respondent-in-two-sources": { readonly count: number; readonly respondent: string; readonly wave: string; readonly first: number; readonly second: number };
  /** The SQL first pass in DuckDB met bytes that are not UTF-8 (DuckDB reads CSV as UTF-8 only). */
  readonly "data/sql-not-utf8": { readonly candidates: readonly string[] };
  readonly "data/undecodable-header": { readonly encoding: string; readonly candidates: readonly string[] };
  /** The file is in the other form than it is read in: `read` is the form asked for, `columns` what shows it. */
  readonly "data/wrong-form": { readonly read: "long" | "wide"; readonly columns: readonly string[]; readonly of: "events" | "questions" };
  readonly "data/duplicate-question-id": { readonly question: string };
  readonly "data/reverse-needs-bounds": { readonly question: string };
  readonly "data/aggregate-json": { readonly detail: string } | { readonly cell: string };
  readonly "data/basis-mismatch": { readonly fn: string; readonly metric: string; readonly differences: readonly BasisDifferenceParams[]; readonly labels: readonly [string, string] };
  // Survey design.
  readonly "questionnaire/unknown-step": { readonly point: string; readonly step: string };
  readonly "plan-options/not-an-object": { readonly got: ShownValue };
  readonly "plan-options/unknown": { readonly key: string; readonly known: readonly string[] };
  readonly "plan-options/missing": { readonly key: string; readonly of: "mean" | "share" };
  readonly "plan-options/margin": { readonly key: string; readonly of: "mean" | "share"; readonly got: ShownValue };
  readonly "plan-options/confidence": { readonly got: ShownValue };
  readonly "plan-options/sd": { readonly got: ShownValue; readonly keys: readonly string[] } | { readonly key: string; readonly got: ShownValue };
  readonly "plan-options/sd-key": { readonly key: string; readonly keys: readonly string[] };
  readonly "plan-options/sd-rule": { readonly got: ShownValue };
  readonly "plan-options/proportion": { readonly got: ShownValue };
  readonly "plan-options/audience": { readonly option: string; readonly audience: string };
  readonly "plan-options/design-effect": PlanPathValue;
  readonly "plan-options/weights": { readonly path: readonly (string | number)[] };
  readonly "plan-options/design-effect-twice": { readonly audience: string };
  readonly "plan-options/response-rate": PlanPathValue;
  readonly "plan-options/populations": Record<string, never>;
  readonly "plan-options/unknown-theme": { readonly option: "populations" | "themes"; readonly index: number; readonly got: ShownValue; readonly themes: readonly string[] };
  readonly "plan-options/duplicate-theme": { readonly theme: string };
  readonly "plan-options/population-size": { readonly index: number; readonly got: ShownValue };
  readonly "plan-options/segments": Record<string, never>;
  readonly "plan-options/segment-dimension": { readonly index: number; readonly got: ShownValue };
  readonly "plan-options/segment-duplicate": { readonly dimension: string };
  readonly "plan-options/segment-audience": { readonly index: number; readonly got: ShownValue };
  readonly "plan-options/segment-values": { readonly index: number };
  readonly "plan-options/segment-value": { readonly index: number; readonly value: number; readonly got: ShownValue };
  readonly "plan-options/segment-value-duplicate": { readonly index: number; readonly value: string };
  readonly "plan-options/segment-share": { readonly index: number; readonly value: number; readonly got: ShownValue };
  readonly "plan-options/segment-shares-sum": { readonly dimension: string; readonly sum: number };
  readonly "plan-options/external-respondents": { readonly got: ShownValue };
  readonly "plan-options/themes": { readonly themes: readonly string[] };
  // Monitoring.
  /** An event the monitor rejected: its number in the stream, the field at fault and the value found there. */
  readonly "monitor/rejected": { readonly reason: MonitorReason; readonly event: number; readonly field: string | null; readonly value: string };
  /** The study's monitoring names an id the study does not define. */
  readonly "monitor/unknown-ref": { readonly at: string; readonly kind: "step" | "point" | "post" | "department"; readonly id: string };
  /** A complaint kind routes to no post or department: no owned step, no point on an owned step, no owner. */
  readonly "monitor/no-owner": { readonly kind: string };
  /** A ladder level after the first has no threshold, or a threshold lower than the level before. */
  readonly "monitor/ladder-threshold": { readonly level: string; readonly index: number };
  /** A review file (written by `gaptrace watch --review`) that cannot be read: not JSON, another shape, or ids the study lacks. */
  readonly "monitor/review-file":
    | { readonly kind: "json"; readonly detail: string }
    | { readonly kind: "shape"; readonly detail: string }
    | { readonly kind: "unknown-id"; readonly what: "post" | "department"; readonly id: string };
  // Process walkthrough records (流程穿越), read by data/walkthroughs.
  /** Walkthrough records that cannot be read at all: not JSON or YAML, another shape, required columns missing, no record. */
  readonly "walkthrough/file":
    | { readonly kind: "parse"; readonly detail: string }
    | { readonly kind: "shape"; readonly detail: string }
    | { readonly kind: "missing-columns"; readonly columns: readonly WalkthroughField[] }
    | { readonly kind: "empty" };
  /** One walkthrough record (a CSV row, or an item of the list) is rejected, and counted in the ledger. */
  readonly "walkthrough/row":
    | { readonly kind: "malformed"; readonly detail: string }
    | { readonly kind: "missing"; readonly field: WalkthroughField }
    | { readonly kind: "invalid"; readonly field: WalkthroughField; readonly value: string; readonly allowed: readonly string[] }
    | { readonly kind: "unknown-id"; readonly field: WalkthroughField; readonly what: "step" | "post" | "standard" | "organiser" | "run"; readonly id: string; readonly near: string | null }
    | { readonly kind: "inconsistent-run"; readonly run: string; readonly field: WalkthroughField; readonly value: string; readonly first: string }
    | { readonly kind: "duplicate-id"; readonly id: string }
    | { readonly kind: "other-study"; readonly study: string; readonly expected: string };
  /** A CSV column the walkthrough reader does not know: ignored, and said. */
  readonly "walkthrough/unknown-column": { readonly column: string; readonly near: string | null };
  // Targets (study.targets): the top target, its indicators, their owners and acceptance.
  /** The study's targets name an id the study does not define, with the nearest defined id (or null). */
  readonly "target/unknown-ref": { readonly at: string; readonly kind: "point" | "theme" | "post" | "department" | "person-or-post"; readonly id: string; readonly near: string | null };
  /** Two indicators with one id; `first` is the index of the first. */
  readonly "target/dup-indicator": { readonly id: string; readonly first: number };
  /** Two top targets for the same theme (null: every theme) and wave. */
  readonly "target/dup-top": { readonly theme: string | null; readonly wave: string; readonly first: number };
  /** An indicator that aggregates no evaluation point with a customer index. */
  readonly "target/empty-indicator": { readonly indicator: string };
  /** A top target for a theme (null: any theme) without an overall-satisfaction question: nothing to cascade from. */
  readonly "target/no-overall": { readonly theme: string | null };
  /** An indicator with no owner. */
  readonly "target/no-owner": { readonly indicator: string };
  /** An indicator with several owners (posts and/or departments): accountability blurs. */
  readonly "target/several-owners": { readonly indicator: string; readonly owners: readonly string[] };
  /**
   * Two indicators that overlap: they share evaluation points (`points`), or the posts that own their points' steps
   * cross while the indicators have different owners (`posts`).
   */
  readonly "target/overlap": { readonly indicator: string; readonly other: string; readonly via: "points" | "posts"; readonly shared: readonly string[] };
  /** An indicator whose target no owner accepted (handed down one way); `by` lists acceptances by others. */
  readonly "target/not-accepted": { readonly indicator: string; readonly owners: readonly string[]; readonly by: readonly string[] };
  // BPMN 2.0 in and out (gaptrace/bpmn).
  /** The text is not BPMN 2.0 XML: not XML at all, or no `definitions`; the parser's words, with line and column when it gave them. */
  readonly "bpmn/xml": { readonly detail: string; readonly line: number | null; readonly column: number | null };
  /** The XML reader read the file but warned about one part of it (an unknown element or attribute, a dangling reference). */
  readonly "bpmn/xml-warning": { readonly detail: string };
  /** A BPMN element the import does not turn into part of a blueprint, and why. */
  readonly "bpmn/unsupported": { readonly element: string; readonly type: string; readonly reason: BpmnUnsupportedReason };
  /** A lane (or a pool or process without lanes) whose layer neither the mapping gives nor its name tells. */
  readonly "bpmn/lane-layer": { readonly lane: string; readonly name: string | null; readonly kind: BpmnPerformerKind };
  /** A step in a pool with lanes that sits in none of them, so it has no owner post and no layer. */
  readonly "bpmn/no-lane": { readonly element: string; readonly process: string };
  /** A post made from a lane, with no department in the mapping. */
  readonly "bpmn/post-department": { readonly post: string; readonly lane: string; readonly kind: BpmnPerformerKind };
  /** A theme made from BPMN processes, with no service item in the mapping. */
  readonly "bpmn/theme-items": { readonly theme: string; readonly processes: readonly string[] };
  /** Something the import decided from the BPMN alone, to be confirmed in the mapping. */
  readonly "bpmn/guessed":
    | { readonly element: string; readonly field: "layer"; readonly value: string; readonly name: string; readonly kind: BpmnPerformerKind }
    | { readonly element: string; readonly field: "rework"; readonly from: string; readonly to: string }
    | { readonly element: string; readonly field: "name"; readonly type: string };
  /** The mapping file does not have the mapping's shape (zod's words). */
  readonly "bpmn/mapping": { readonly detail: string };
  /** The mapping names a BPMN element the file does not have (a renamed or deleted lane, task or flow). */
  readonly "bpmn/mapping-unknown": { readonly element: string; readonly key: "themes" | "lanes" | "steps" | "flows" };
  /** A BPMN id that is not a valid gaptrace id (too long, or characters ids do not allow), and the id used instead. */
  readonly "bpmn/id": { readonly element: string; readonly id: string };
}

/** What does a BPMN process's work: a lane, or a pool or a process that has no lanes. */
export type BpmnPerformerKind = "lane" | "pool" | "process";

/** Why a BPMN element is not imported (`bpmn/unsupported`). */
export type BpmnUnsupportedReason =
  | "not-a-step"
  | "inside-sub-process"
  | "pool-end"
  | "gateway-end"
  | "across-themes"
  | "collaboration-part"
  | "black-box-pool"
  | "no-process"
  | "gateway-loop";

/** Every problem code gaptrace reports. */
export type ProblemCode = keyof ProblemParams;

/** The text of one problem in one language. */
export interface ProblemText {
  /** What is wrong, in plain words. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

/** One language's text for every code: a missing code is a type error. */
export type ProblemTable = { readonly [C in ProblemCode]: (p: ProblemParams[C]) => ProblemText };

/**
 * One language's text for some codes: the table of one family of codes (`problems-en-study.ts`, …). A Chinese
 * family table is typed with the codes of its English one, so the two languages' families hold the same codes.
 */
export type ProblemTexts<C extends ProblemCode> = { readonly [K in C]: (p: ProblemParams[K]) => ProblemText };

/** The file-system error codes gaptrace words in plain language; any other is `other`, with its code. */
const FILE_REASONS: ReadonlyMap<string, FileReason> = new Map([
  ["ENOENT", "missing"],
  ["EACCES", "denied"],
  ["EPERM", "denied"],
  ["EISDIR", "folder"],
  ["ENOTDIR", "not-folder"],
  ["ENOSPC", "disk-full"],
  ["EROFS", "read-only"],
]);

/**
 * The reason a file could not be read, from the error the file system threw.
 *
 * @param e - the error (its `code`, such as `ENOENT`, decides).
 * @returns the reason and the raw code (or the error's text) as detail.
 * @example
 * ```ts
 * fileReason(Object.assign(new Error("x"), { code: "ENOENT" })); // { reason: "missing", detail: "ENOENT" }
 * ```
 */
export function fileReason(e: unknown): { readonly reason: FileReason; readonly detail: string } {
  const code = (e as { code?: string } | null)?.code;
  return { reason: (code === undefined ? undefined : FILE_REASONS.get(code)) ?? "other", detail: code ?? String(e) };
}
