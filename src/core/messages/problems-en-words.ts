/**
 * The words the English problem texts share (quoting, the names of kinds of thing, ledger and monitor hints), for the
 * modules of one family of codes each (`problems-en-*.ts`). Exported under names ending in `En` (`_EN` for constants)
 * (the core's dist file exports every name its files export, and the two languages' words would clash).
 * The functions that make a table's entries (`dup`, `notFound`, `ref`, `parse`, `rejected`) are marked
 * `@__NO_SIDE_EFFECTS__`: a family's table calls them at its top level, and so bundlers know they may drop it.
 * @module
 * @internal
 */
import { formatPath, type DocPath } from "./path.js";
import type {
  BasisDifferenceParams,
  BpmnPerformerKind,
  BpmnUnsupportedReason,
  FieldRef,
  FileReason,
  ForeignSchemaParams,
  FoundValue,
  IdKind,
  LedgerReason,
  MonitorReason,
  NotFoundKind,
  ParseParams,
  ProblemParams,
  ProblemTable,
  ProblemText,
  RefSubject,
  ShownValue,
  StudyRefParams,
  UnfinishedOwner,
  WalkthroughField,
} from "./problem-codes.js";
import { WALKTHROUGH_HEADERS } from "./problem-codes.js";

const q = (s: string): string => JSON.stringify(s);
/** Values read from data files are quoted as they are (no JSON escaping), as the readers always wrote them. */
const dq = (s: string): string => `"${s}"`;
const qs = (xs: readonly string[]): string => xs.map(q).join(", ");
/** A walkthrough field by its English CSV header. */
const wf = (f: WalkthroughField): string => WALKTHROUGH_HEADERS[f].en;
const t = (message: string, hint: string): ProblemText => ({ message, hint });

const TARGET_KIND_EN: Readonly<Record<ProblemParams["target/unknown-ref"]["kind"], string>> = {
  point: "evaluation point",
  theme: "theme",
  post: "post",
  department: "department",
  "person-or-post": "person or post",
};

/** What to do about each kind of rejected monitor event. */
const MONITOR_HINTS_EN: Readonly<Record<MonitorReason, string>> = {
  "malformed-event": "Each event is one JSON object (one per line in JSON Lines).",
  "unknown-type": 'Give type "complaint", "order", "answer" or "tick".',
  "missing-field": "Complaints need time and kind; order events time, case and event; answers time, question and value.",
  "bad-time": "Write times as ISO 8601 with an offset (2026-03-01T09:30:00+08:00) or epoch milliseconds.",
  "bad-value": "Answers are numbers on the question's scale; ids and regions are non-empty text.",
  "unknown-kind": "Use a complaint kind declared in monitoring.complaintKinds, or declare it.",
  "unknown-event": "Use an event id of the study (events[].id).",
  "unknown-question": "Use an external perception question of the study.",
  "duplicate": "The same event was fed twice (same id, or same time, kind and customer); the first one counts.",
  "late": "The event is older than the lateness the monitor allows behind the newest event; feed events in time order or raise maxLatenessMinutes.",
  "clock-skew": "The event's time is far ahead of the stream (or of the clock given as now); check the sender's clock.",
};

/** A field as messages name it: `"name"`, `item 3`, or the document. */
function field(f: FieldRef): string {
  return f === null ? "the document" : typeof f === "number" ? `item ${f}` : `"${f}"`;
}

function found(v: FoundValue): string {
  switch (v.kind) {
    case "nothing":
      return "nothing";
    case "null":
      return "null";
    case "list":
      return "a list";
    case "object":
      return "an object";
    case "text":
      return `the text ${q(v.text)}`;
    case "other":
      return `${v.type} ${v.value}`;
  }
}

function shown(v: ShownValue): string {
  return v.kind === "list" ? "a list" : v.kind === "object" ? "an object" : v.text;
}

/**
 * Why a file could not be read or used, as the end of a sentence ("The file x.csv does not exist"): the one
 * wording of file-system failures, for problems and for the command line alike.
 *
 * @param reason - the reason from {@link fileReason}.
 * @param detail - the file system's code, said when the reason is `other`.
 * @param action - `read` (default) for a file being read; `use` where it may be read or written.
 * @returns the words after the file name, without a full stop.
 * @example
 * ```ts
 * unreadableWhy("missing", "ENOENT"); // "does not exist"
 * unreadableWhy("denied", "EACCES", "use"); // "is not accessible (permission denied)"
 * ```
 */
export function unreadableWhy(reason: FileReason, detail: string, action: "read" | "use" = "read"): string {
  switch (reason) {
    case "missing":
      return "does not exist";
    case "denied":
      return action === "read" ? "cannot be read (permission denied)" : "is not accessible (permission denied)";
    case "folder":
      return "is a folder, not a file";
    case "not-folder":
      return "has a file where a folder is expected";
    case "disk-full":
      return "cannot be written: the disk is full";
    case "read-only":
      return "is on a read-only file system";
    case "other":
      return action === "read" ? `cannot be read (${detail})` : `cannot be used (${detail})`;
  }
}

/**
 * How two bases differ, in words ("window_h: 12 in left, 24 in right; ...").
 *
 * @param differences - the differing keys.
 * @param labels - what the two sides are called.
 * @returns the differences joined by semicolons.
 * @example
 * ```ts
 * basisDifferencesText([{ kind: "only-left", key: "k", left: 1 }], ["a", "b"]); // "k only in a (1)"
 * ```
 */
export function basisDifferencesText(differences: readonly BasisDifferenceParams[], labels: readonly [string, string]): string {
  return differences
    .map((d) =>
      d.kind === "value"
        ? `${d.key}: ${JSON.stringify(d.left)} in ${labels[0]}, ${JSON.stringify(d.right)} in ${labels[1]}`
        : d.kind === "only-left"
          ? `${d.key} only in ${labels[0]} (${JSON.stringify(d.left)})`
          : `${d.key} only in ${labels[1]} (${JSON.stringify(d.right)})`,
    )
    .join("; ");
}

const UNIQUE_KINDS: ReadonlySet<IdKind> = new Set(["step", "question"]);

/* @__NO_SIDE_EFFECTS__ */
function dup(kind: IdKind) {
  return (p: { readonly id: string; readonly first: DocPath }): ProblemText =>
    t(`The ${kind} id ${q(p.id)} is defined twice (first at ${formatPath(p.first)}).`, `Give each ${kind} its own id${UNIQUE_KINDS.has(kind) ? " (unique across the whole study)" : ""}.`);
}

/* @__NO_SIDE_EFFECTS__ */
function notFound(kind: NotFoundKind) {
  return (p: { readonly fn: string; readonly id: string }): ProblemText => t(`gaptrace/${p.fn}: no ${kind} with id ${q(p.id)}.`, `Check the ${kind} id against the study.`);
}

const SUBJECT_WORDS: Readonly<Record<Exclude<RefSubject["kind"], "blueprint">, string>> = {
  post: "Post",
  person: "Person",
  "service item": "Service item",
  theme: "Theme",
  step: "Step",
  event: "Event",
  metric: "Metric",
  standard: "Standard",
  "evaluation point": "Evaluation point",
  question: "Question",
};

function subject(s: RefSubject): string {
  if (s.kind === "blueprint") return `Blueprint ${s.index}`;
  if (s.part === "reach") return `The reach of ${s.kind} ${q(s.id)}`;
  if (s.part === "unfinished") return `The rule for unfinished cases of ${s.kind} ${q(s.id)}`;
  return `${SUBJECT_WORDS[s.kind]} ${q(s.id)}${s.part === "clock" ? "'s clock" : ""}`;
}

/** Where each kind of thing is defined in the study file. */
const DEFINED_UNDER: Readonly<Record<IdKind, string>> = {
  department: "organisation.departments",
  post: "organisation.posts",
  person: "organisation.persons",
  need: "themeMap.needs",
  "service item": "themeMap.items",
  theme: "themeMap.themes",
  step: "blueprints[].steps",
  event: "events",
  metric: "metrics",
  standard: "standards",
  "evaluation point": "evaluationPoints",
  question: "evaluationPoints[].questions",
};

function unfinishedOwner(o: UnfinishedOwner): string {
  return "metric" in o ? `Metric ${q(o.metric)}` : `Standard ${q(o.standard)}`;
}

function studyRef(kind: IdKind, p: StudyRefParams): ProblemText {
  return t(`${subject(p.subject)} names ${kind} ${q(p.id)}, which is not defined.`, `Define the ${kind} under ${DEFINED_UNDER[kind]}, or correct the id.`);
}

/* @__NO_SIDE_EFFECTS__ */
function ref(kind: IdKind) {
  return (p: StudyRefParams | { readonly measure: string; readonly id: string }): ProblemText =>
    "measure" in p
      ? t(`Measure ${q(p.measure)} is scoped to ${kind} ${q(p.id)}, which the study does not define; it will never apply.`, "Correct the id or remove it from the scope.")
      : studyRef(kind, p);
}

function foreign(p: ForeignSchemaParams): ProblemText {
  if (p.source === "report") return t(`readReportJson: ${p.detail}.`, "Compare with the format in docs/reports.md.");
  if (p.source === "options")
    return t(`${p.fn}: unknown option${p.keys.length > 1 ? "s" : ""} ${qs(p.keys)}${p.near === null ? "." : `; did you mean ${q(p.near)}?`}`, `The options are ${p.allowed.join(", ")}.`);
  return t(
    `validateMeasures: ${p.detail}${p.keys === null ? "" : ` (${qs(p.keys)})`}.`,
    p.format === null ? "Correct the value at the path shown (see docs/reports.md, Measures catalogue)." : `Start the file with format: ${p.format}.`,
  );
}

/* @__NO_SIDE_EFFECTS__ */
function parse(format: "json" | "yaml") {
  const F = format.toUpperCase();
  return (p: ParseParams): ProblemText => {
    if (p.source === "report") return t(`readReportJson: ${p.detail}`, "Pass the text renderJson wrote.");
    if (p.source === "measures")
      return p.stage === "syntax"
        ? t(`loadMeasuresText: the file is not valid ${F}: ${p.detail}`, "Fix the syntax at the location shown.")
        : t(`loadMeasuresText: the file could not be read: ${p.detail}`, "Remove excessive aliases.");
    if (p.stage === "json")
      return p.truncated === true
        ? t(`The file is not valid JSON: the file ends before the JSON is complete (${p.detail}).`, "Fix the JSON syntax at the end of the file: close every open quote, [ and { (the file may have been cut off when it was copied or saved).")
        : t(`The file is not valid JSON: ${p.detail}`, "Fix the JSON syntax at the location shown (a missing comma, quote or bracket).");
    if (p.stage === "alias")
      return t(`The alias *${p.alias} refers to an anchor that is not defined: no value before it is marked &${p.alias}.`, `Define the anchor by writing &${p.alias} before a value, above its first use as *${p.alias}; or correct the alias's name, or write the value out in full.`);
    if (p.stage === "read") return t(`The file could not be read: ${p.detail}`, "Remove excessive aliases or unusual YAML features.");
    return t(`The file is not valid ${F}: ${p.detail}`, p.duplicateKey ? "Remove or rename the repeated key." : "Fix the syntax at the location shown.");
  };
}

/** What to do about each kind of rejected row or value. */
const LEDGER_HINTS: Readonly<Record<LedgerReason, string>> = {
  "malformed-line":
    "Fix the line so it has as many fields as the header and every opening quote is closed; a field that contains commas or line breaks must be quoted. In a JSON Lines file, write one JSON object per line.",
  "invalid-encoding":
    'Read the file with the encoding it was saved in, one the message names (a Chinese Excel export: --encoding gb18030 on the command line, encoding: "gb18030" in the API); if only some lines are affected, the file mixes encodings: re-export them.',
  "missing-respondent": "Give every row a respondent id.",
  "invalid-audience": 'Write the audience as "external" or "internal" (外部/内部); external respondents have no post.',
  "missing-post": "Give every internal respondent the post (岗位) they answer as.",
  "unknown-post": "Use a post id from the study's organisation.posts, or add the post to the study.",
  "invalid-weight": "Weights must be numbers greater than 0 and at most 1e12 (weights are relative: rescale larger ones); leave the cell empty for a weight of 1.",
  "inconsistent-respondent": "A respondent keeps the same audience, post, segment and weight within a wave; correct the row or the earlier ones.",
  "conflicting-case-link":
    "A survey response is about one case (work order): within a wave, every row of a respondent names the same case id or leaves it blank; correct this row or the earlier ones.",
  "invalid-segment": "Give a segment as an object, Map or [dimension, value] pairs with each dimension once.",
  "segment-limit": "Segments are meant to be a small set (region, customer class); raise maxSegments or drop a dimension.",
  "unknown-question": "Use a question id from the study's evaluation points, or list the column in ignoreColumns.",
  "wrong-audience": "External respondents answer external questions; an internal respondent answers only questions whose rater is their post.",
  "duplicate-answer": "Each respondent answers a question once per wave; the first answer was kept. Remove the repeat.",
  "missing-value": 'Fill in the value (for a case record, the event\'s time). A blank survey answer is rejected only when loading with missing: "reject"; the default counts it as missing.',
  "non-numeric": "Write the answer as a number on the question's scale (yes/no questions also take yes/no, 是/否, true/false).",
  "out-of-range": 'Use a value on the question\'s scale; list codes such as 99 in dontKnow if they mean "don\'t know", and codes such as 0 in notApplicable if they mean "not applicable".',
  "missing-case": "Give every row a case id (e.g. the work-order number).",
  "unknown-event": "Use an event id from the study's events (in wide form, a column that is not an event can be mapped with eventColumns or skipped with ignoreColumns).",
  "unknown-context": "Use a metric or step id from the study as the context, or leave it empty.",
  "unparseable-time":
    "Write times as ISO 8601 with an offset (2024-03-01T09:30:00+08:00) or as epoch milliseconds; for local times, give their UTC offset (--assume-offset +08:00 on the command line, assumeOffset in the API).",
  "inconsistent-case": "A case keeps the same context and segment on every row; correct this row or the earlier ones.",
  "duplicate-event": "Each event happens once per case and wave; the first time was kept. Remove the repeat.",
  "stop-before-start": "The event that stops a clock cannot come before the event that starts it; check both times.",
  "invalid-duration": "Write a duration given directly as a number of zero or more in the unit declared for its column (durationColumns), e.g. 12 or 7.5; leave it blank when it was not measured.",
};

/**
 * What to do about a rejected row or value, in English.
 *
 * @param reason - the ledger's rejection reason.
 * @returns the hint every problem of that reason carries.
 * @example
 * ```ts
 * ledgerHint("missing-case"); // "Give every row a case id (e.g. the work-order number)."
 * ```
 */
export function ledgerHint(reason: LedgerReason): string {
  return LEDGER_HINTS[reason];
}

/* @__NO_SIDE_EFFECTS__ */
function rejected(reason: LedgerReason) {
  return (p: { readonly detail: string }): ProblemText => t(p.detail, LEDGER_HINTS[reason]);
}

const planPath = (path: readonly (string | number)[]): string => `options.${path.join(".")}`;

const PERFORMER_EN: Readonly<Record<BpmnPerformerKind, string>> = { lane: "Lane", pool: "Pool", process: "Process" };

const UNSUPPORTED_EN: Readonly<Record<BpmnUnsupportedReason, string>> = {
  "not-a-step": "it is neither an activity nor an event, so it is no step of the blueprint.",
  "inside-sub-process": "it sits inside a sub-process, which is imported as one step.",
  "pool-end": "the message flow ends at a whole pool, not at a step.",
  "gateway-end": "the message flow ends at a gateway, not at a step.",
  "across-themes": "the message flow joins two processes that are mapped to different themes.",
  "collaboration-part": "choreographies and conversations have no place in a blueprint.",
  "black-box-pool": "the pool has no process, so it has no steps.",
  "no-process": "the file has no process with steps.",
  "gateway-loop": "its gateways loop back to themselves without reaching a step.",
};

const UNSUPPORTED_HINT_EN: Readonly<Record<BpmnUnsupportedReason, string>> = {
  "not-a-step": "Nothing to do if it does not matter to the blueprint; model it as a task or event if it does.",
  "inside-sub-process": "Draw the sub-process's steps in the parent process if each of them needs an owner and evaluation points.",
  "pool-end": "Draw the message flow to the task or event in that pool that receives it (model the pool's process).",
  "gateway-end": "Draw the message flow to the task or event that sends or receives it.",
  "across-themes": "Map both processes to the same theme in the mapping's themes if they are one service.",
  "collaboration-part": "Model the interaction as processes with tasks and message flows.",
  "black-box-pool": "Model the pool's process if its steps belong to the blueprint (the customer's actions, for instance).",
  "no-process": "Export a diagram with at least one process (pool) with tasks or events.",
  "gateway-loop": "Redraw the gateways so every path reaches a task or event.",
};

export { q as qEn, dq as dqEn, qs as qsEn, wf as wfEn, t as tEn, TARGET_KIND_EN, MONITOR_HINTS_EN, field as fieldEn, found as foundEn, shown as shownEn, UNIQUE_KINDS as UNIQUE_KINDS_EN, dup as dupEn, notFound as notFoundEn, SUBJECT_WORDS as SUBJECT_WORDS_EN, subject as subjectEn, DEFINED_UNDER as DEFINED_UNDER_EN, unfinishedOwner as unfinishedOwnerEn, studyRef as studyRefEn, ref as refEn, foreign as foreignEn, parse as parseEn, LEDGER_HINTS as LEDGER_HINTS_EN, rejected as rejectedEn, planPath as planPathEn, PERFORMER_EN, UNSUPPORTED_EN, UNSUPPORTED_HINT_EN };
