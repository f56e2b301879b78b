/**
 * The English text of every problem code: one function per code from its parameters to a message and a hint.
 * These are the `message` and `hint` every {@link Problem} carries, so changing a sentence here changes what users
 * and the golden outputs read; the Chinese table (`problems-zh.ts`) is written beside it, never derived from it.
 * @module
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

function dup(kind: IdKind) {
  return (p: { readonly id: string; readonly first: DocPath }): ProblemText =>
    t(`The ${kind} id ${q(p.id)} is defined twice (first at ${formatPath(p.first)}).`, `Give each ${kind} its own id${UNIQUE_KINDS.has(kind) ? " (unique across the whole study)" : ""}.`);
}

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

function rejected(reason: LedgerReason) {
  return (p: { readonly detail: string }): ProblemText => t(p.detail, LEDGER_HINTS[reason]);
}

const planPath = (path: readonly (string | number)[]): string => `options.${path.join(".")}`;

/** English text of every problem code. */
export const PROBLEMS_EN: ProblemTable = {
  usage: (p) => ("encoding" in p ? t(`gaptrace/${p.fn}: unknown text encoding ${q(p.encoding)}.`, 'Use an encoding TextDecoder knows, e.g. "utf-8" or "gb18030".') : t(`gaptrace/${p.fn}: ${p.detail}`, p.hint)),
  "data-description/not-a-description": (p) =>
    t(
      p.found.kind === "nothing" || p.found.kind === "null"
        ? "The data description is empty (or holds only comments)."
        : `The data description holds ${found(p.found)}, not a description: it is a mapping of keys (gaptrace-data, responses, cases, …).`,
      'Start it with "gaptrace-data: 1", then responses: and/or cases:, each with its file; docs/data.md describes every key.',
    ),
  "data-description/unknown-key": (p) =>
    t(
      `Unknown key${p.keys.length > 1 ? "s" : ""} ${qs(p.keys)} in the data description${p.near === null ? "." : `; did you mean ${q(p.near)}?`}`,
      "Remove the key or correct its spelling; docs/data.md and schema/data.schema.json list the allowed keys.",
    ),
  "data-description/unknown-id": (p) =>
    t(
      `The study has no ${p.kind} ${q(p.id)}${p.near === null ? "." : `; did you mean ${q(p.near)}?`}`,
      p.kind === "question"
        ? 'Use a question id of the study\'s evaluation points (or "*" for every question where that is allowed).'
        : p.kind === "event"
          ? "Use an event id of the study's events."
          : p.kind === "post"
            ? "Use a post id of the study's organisation (the post whose staff answered this source)."
            : "Use a metric id of the study's metrics.",
    ),
  "data-description/encoding": (p) =>
    t(`${q(p.encoding)} is not a text encoding gaptrace knows.`, "Name the encoding the file was saved in, e.g. gb18030 (Chinese Excel), big5, cp949 or euc-kr (Korean), shift_jis (Japanese), windows-1252, utf-16le."),
  "data-description/delimiter": (p) =>
    t(`The delimiter ${q(p.delimiter)} cannot separate fields: ${p.delimiter === "" ? "it is empty" : "it holds a quote or a line break"}.`, 'Give the character between the fields: ";" (European Excel), "tab", or leave it out for commas.'),
  "data-description/time-zone": (p) => t(`The time zone ${q(p.value)} is not a UTC offset.`, 'Write it like "+08:00" or "-05:00" (hours east of UTC), or "Z" for UTC.'),
  "data-description/file-and-files": (p) =>
    p.both
      ? t("The source gives both file and files.", "Keep file: for one file, or files: [a.csv, b.csv] for several read in order, not both.")
      : t("The source names no file.", "Add file: survey.csv (a path relative to the description), or files: [a.csv, b.csv]."),
  "data-description/no-source": () => t("The data description has neither responses nor cases.", "Add responses: (the survey) and/or cases: (the case records), each with its file."),
  "data-description/column-twice": (p) =>
    t(`Column ${q(p.column)} is given a second use here; it is already used at ${p.first}.`, "Give each column one use: an attribute, a question, an event, a duration, a segment, or ignored."),
  "data-description/event-name": (p) =>
    p.clash.kind === "name"
      ? t(`The event column's word ${q(p.name)} is already given to the event ${q(p.clash.first)}.`, "Give each event its own word, as the file writes it in the event column.")
      : t(`The event column's word ${q(p.name)} is the id of another event, ${q(p.clash.event)}, so a row naming it would mean two events.`, "Map the word to that event, or write the word the file uses for this event."),
  "data-description/wide-only": (p) =>
    t(`${p.key} maps ${p.key === "questions" ? "questions" : p.key === "events" ? "events" : "metrics"} to columns, which only wide-form files have; this source is read in long form.`, `Add form: wide if the file has a column per ${p.key === "questions" ? "question" : p.key === "events" ? "event" : "duration"}, or remove ${p.key}.`),
  "file/unreadable": (p) => t(`The ${p.what} file ${p.file} ${unreadableWhy(p.reason, p.detail)}.`, "Check the path (relative paths are resolved from the current folder)."),
  "not-found/department": notFound("department"),
  "not-found/post": notFound("post"),
  "not-found/person": notFound("person"),
  "not-found/need": notFound("need"),
  "not-found/service item": notFound("service item"),
  "not-found/theme": notFound("theme"),
  "not-found/step": notFound("step"),
  "not-found/event": notFound("event"),
  "not-found/metric": notFound("metric"),
  "not-found/standard": notFound("standard"),
  "not-found/evaluation point": notFound("evaluation point"),
  "not-found/question": notFound("question"),
  "not-found/blueprint": notFound("blueprint"),
  "parse/not-text": (p) => (p.source === "study" ? t("The study is not text.", "Pass the file's contents as a string.") : t("loadMeasuresText: the catalogue is not text.", "Pass the file's contents as a string.")),
  "parse/encoding": (p) =>
    t(
      `The ${p.source === "study" ? "study" : p.source === "data" ? "data description" : "measures catalogue"} file is not valid ${p.encoding} text, first on this line${p.candidates.length > 0 ? ` (it reads without error as ${p.candidates.join(", ")})` : ""}.`,
      "Save the file as UTF-8 (in most editors: Save As → Encoding: UTF-8), then load it again.",
    ),
  "parse/json": parse("json"),
  "parse/yaml": parse("yaml"),
  "owner/post-and-department": (p) =>
    t(`The owner names both post ${q(p.post)} and department ${q(p.department)}; a standard is owned by one post or one department.`, "Give either a post or a department, not both: keep owner: { post: <post id> } or owner: { department: <department id> }."),
  "owner/multiple": (p) => t(`A step has ${p.owners.length} accountable owners (${p.owners.join(", ")}); a step has exactly one.`, "Keep the one accountable post in owner and list the others under contributors."),
  "post/no-department": (p) =>
    "index" in p
      ? t(`Post at organisation.posts[${p.index}] is in no department.`, "Every post belongs to exactly one department: add department: <department id>.")
      : t(`Post ${q(p.post)} is in department ${q(p.department)}, which is not defined, so it is in no department.`, `Define the department under ${DEFINED_UNDER.department}, or correct the id.`),
  "schema/missing": (p) =>
    t(`Required field ${field(p.field)} is missing.`, `Add ${field(p.field)} (expected ${p.expected === null ? "a value" : typeof p.expected === "string" ? p.expected : `one of ${p.expected.join(", ")}`}).`),
  "schema/not-a-study": (p) =>
    t(
      p.found.kind === "nothing" || p.found.kind === "null"
        ? "The study file is empty (or holds only comments): there is no study in it."
        : `The study file holds ${found(p.found)}, not a study: a study is a mapping of fields (gaptrace, id, name, organisation, themeMap, blueprints, …).`,
      'Start the study with "gaptrace: 1", its id and name, then organisation, themeMap and blueprints; examples/studies/training.study.yaml is a small one to copy.',
    ),
  "schema/invalid-type": (p) => t(`Expected ${p.expected} at ${field(p.field)} but found ${found(p.found)}.`, `Write ${field(p.field)} as ${p.expected}.`),
  "schema/unknown-key": (p) =>
    "source" in p
      ? foreign(p)
      : t(`Unknown field${p.keys.length > 1 ? "s" : ""} ${qs(p.keys)}.`, "Remove the field or correct its spelling; the JSON Schema (schema/study.schema.json) lists the allowed fields."),
  "schema/invalid-value": (p) => t(`${field(p.field)} is ${found(p.found)}; allowed: ${p.allowed.join(", ")}.`, "Use one of the allowed values."),
  "schema/invalid-union": (p) => t(`${field(p.field)} (${found(p.found)}) matches none of its allowed forms. ${p.detail}`, "Check the field's form in docs/concepts.md or the JSON Schema."),
  "schema/too-small": (p) => t(`${field(p.field)}: ${p.detail} (found ${found(p.found)}).`, "Correct the value."),
  "schema/too-big": (p) => t(`${field(p.field)}: ${p.detail} (found ${found(p.found)}).`, "Correct the value."),
  "schema/invalid-format": (p) => t(`${field(p.field)} (${found(p.found)}): ${p.detail}.`, "Ids use letters, digits, _ . : - (any script), starting with a letter, digit or _."),
  "schema/not-multiple-of": (p) => t(`${field(p.field)}: ${p.detail}.`, "Correct the value."),
  "schema/invalid-key": (p) => t(`${field(p.field)}: ${p.detail}.`, "Correct the value."),
  "schema/invalid-element": (p) => t(`${field(p.field)}: ${p.detail}.`, "Correct the value."),
  "schema/custom": (p) => ("source" in p ? foreign(p) : t(`${field(p.field)}: ${p.detail}.`, "Correct the value.")),
  "schema/invalid_type": foreign,
  "schema/too_big": foreign,
  "schema/too_small": foreign,
  "schema/invalid_format": foreign,
  "schema/not_multiple_of": foreign,
  "schema/invalid_union": foreign,
  "schema/invalid_key": foreign,
  "schema/invalid_element": foreign,
  "schema/invalid_value": foreign,
  "schema/unrecognized_keys": foreign,
  "schema/version": (p) => t(`readReportJson: the report is ${p.found}, not ${p.expected}.`, "Write the report again with this version's renderJson (gaptrace attribute)."),
  "dup/department": dup("department"),
  "dup/post": dup("post"),
  "dup/person": dup("person"),
  "dup/need": dup("need"),
  "dup/service-item": dup("service item"),
  "dup/theme": dup("theme"),
  "dup/step": dup("step"),
  "dup/event": dup("event"),
  "dup/metric": dup("metric"),
  "dup/standard": dup("standard"),
  "dup/evaluation-point": dup("evaluation point"),
  "dup/question": dup("question"),
  "dup/blueprint": (p) => t(`Theme ${q(p.theme)} has a second blueprint (the first is blueprints[${p.first}]).`, "Merge the two blueprints: a theme has one full-process blueprint."),
  "dup/contributor": (p) => t(`Post ${q(p.post)} is listed twice as contributor of step ${q(p.step)}.`, "List each contributor once."),
  "dup/reach-point": (p) => t(`Evaluation point ${q(p.point)} is listed twice in the reach of ${"step" in p.owner ? `step ${q(p.owner.step)}` : `standard ${q(p.owner.standard)}`}.`, "List each evaluation point once."),
  "ref/unknown-post": ref("post"),
  "ref/unknown-step": (p) =>
    "handoff" in p
      ? t(`Hand-off ${q(p.handoff.from)} → ${q(p.handoff.to)} names step ${q(p.id)}, which is not defined.`, "Define the step in this blueprint's steps, or correct the id.")
      : ref("step")(p),
  "ref/unknown-department": ref("department"),
  "ref/unknown-standard": ref("standard"),
  "ref/unknown-need": (p) => studyRef("need", p),
  "ref/unknown-service-item": (p) => studyRef("service item", p),
  "ref/unknown-theme": (p) => studyRef("theme", p),
  "ref/unknown-evaluation-point": (p) => studyRef("evaluation point", p),
  "ref/unknown-event": (p) => studyRef("event", p),
  "ref/unknown-metric": (p) => studyRef("metric", p),
  "ref/unknown-question": (p) => studyRef("question", p),
  "ref/unknown-category": (p) => t(`Measure ${q(p.measure)} names category ${q(p.category)}, which is not defined.`, "Define the category under categories or correct the id."),
  "ref/step-in-other-blueprint": (p) =>
    t(
      `Hand-off ${q(p.handoff.from)} → ${q(p.handoff.to)} names step ${q(p.step)} of theme ${q(p.theme)}; a hand-off stays inside one blueprint.`,
      "Model the shared work as a step in each theme's blueprint (posts are shared across themes, steps are not).",
    ),
  "ref/duplicate-category": (p) => t(`Category id ${q(p.id)} is defined twice.`, "Give each category a unique id."),
  "ref/duplicate-measure": (p) => t(`Measure id ${q(p.id)} is defined twice.`, "Give each measure a unique id."),
  "owner/missing": (p) => t(`Step ${q(p.step)} (${p.layer}) has no accountable owner post.`, "Add owner: <post id>. Attribution lands on the owner, so every non-customer step needs exactly one."),
  "owner/customer-step": (p) =>
    t(`Customer step ${q(p.step)} names owner post ${q(p.post)}; customer actions have no internal owner.`, "Remove owner from the customer step, or move the step to the frontline layer if staff perform it."),
  "owner/also-contributor": (p) => t(`Post ${q(p.post)} is both owner and contributor of step ${q(p.step)}.`, "Remove it from contributors."),
  "theme/no-blueprint": (p) => t(`Theme ${q(p.theme)} has no blueprint.`, "Add a blueprint with theme: <this id>, or remove the theme from the map."),
  "point/no-questions": (p) => t(`Evaluation point ${q(p.point)} has no question.`, "Add at least one question (who is asked, what it measures, on which scale)."),
  "question/empty-range": (p) => t(`Question ${q(p.question)} has a numeric range ${p.min}–${p.max} that admits no answer.`, "Make min smaller than max."),
  "question/reverse-unbounded": (p) =>
    p.scale === "numeric"
      ? t(`Question ${q(p.question)} is reverse-coded on a numeric scale without fixed bounds to flip around.`, "Reverse coding needs a bounded scale (likert or score); remove reverse.")
      : t(`Question ${q(p.question)} is reverse-coded on a yesno scale.`, "For yes/no, word the question positively instead."),
  "question/unit-mismatch": (p) => t(`Question ${q(p.question)} asks in ${p.unit} about metric ${q(p.metric)}, measured in ${p.metricUnit}.`, `Ask in ${p.metricUnit} or a convertible unit.`),
  "question/metric-needs-numeric": (p) =>
    t(
      `Question ${q(p.question)} is linked to metric ${q(p.metric)} but is not asked on a numeric scale, so its answers cannot be compared with the metric.`,
      "Use scale { type: numeric, unit } for expectation or performance questions about a metric.",
    ),
  "question/pairs-kind": (p) =>
    t(
      `Question ${q(p.question)} (${p.measures}) is paired with ${q(p.pair)} (${p.pairMeasures}); a pair is an expectation question pointing to a perception question.`,
      "Set pairs on the expectation question, naming the perception question.",
    ),
  "question/pairs-scale": (p) => t(`Question ${q(p.question)} and its pair ${q(p.pair)} are on different scales, so perception − expectation is meaningless.`, "Ask both on the same scale."),
  "question/pairs-audience": (p) =>
    t(`Question ${q(p.question)} and its pair ${q(p.pair)} are asked of different audiences; a paired gap needs both answers from the same respondent.`, "Ask both of the same audience."),
  "question/internal-on-customer-step": (p) =>
    t(
      `Question ${q(p.question)} asks post ${q(p.post)} to rate customer step ${q(p.step)}; internal questions rate internal work.`,
      "Move the question to the internal step that serves this post, or ask customers (audience external).",
    ),
  "question/overall-kind": (p) =>
    t(`Question ${q(p.question)} is marked overall but it measures ${p.measures}${p.staff ? " and is asked of staff" : ""}.`, "Mark only the customers' overall-satisfaction perception question as overall."),
  "question/overall-twice": (p) => t(`Theme ${q(p.theme)} has two overall-satisfaction questions (${q(p.first)} and ${q(p.second)}).`, "Keep one overall question per theme."),
  "clock/same-event": (p) =>
    t(
      "metric" in p
        ? `Metric ${q(p.metric)}'s clock starts and stops at the same event ${q(p.event)}.`
        : "standard" in p
          ? `Standard ${q(p.standard)}'s clock starts and stops at the same event.`
          : `Question ${q(p.question)}'s clock starts and stops at the same event.`,
      "Choose different start and stop events.",
    ),
  "metric/no-clock": (p) =>
    t(`Duration metric ${q(p.metric)} has no clock; durations are computed between a start and a stop event.`, "Add clock: { start: <event id>, stop: <event id> } (standards may still give their own clock)."),
  "metric/clock-on-value": (p) => t(`Metric ${q(p.metric)} is recorded directly (kind: value) but has a clock.`, "Use kind: duration, or remove the clock."),
  "standard/unit-mismatch": (p) =>
    t(
      `Standard ${q(p.standard)} is in ${p.unit} but its metric ${q(p.metric)} is measured in ${p.metricUnit}.`,
      `Express the threshold in ${p.metricUnit} (calendar time units s/min/h/d convert; workday, %, count, score and yuan do not).`,
    ),
  "standard/no-clock": (p) =>
    t(`Standard ${q(p.standard)} limits a duration but neither it nor metric ${q(p.metric)} says when the clock starts and stops.`, "Add clock: { start, stop } to the standard or to the metric."),
  "standard/clock-on-value": (p) => t(`Standard ${q(p.standard)} has a clock but its metric ${q(p.metric)} is recorded directly.`, "Remove the clock, or make the metric a duration."),
  "unfinished/needs-field": (p) =>
    t(
      `${unfinishedOwner(p.owner)} leaves unfinished cases out when they are short (exclude-if-shorter) but gives no ${p.field === "seconds" ? "number of seconds" : "event at which they ended (end)"}.`,
      p.field === "seconds" ? "Add seconds: how soon after the start an unfinished case ended to be left out, e.g. seconds: 5." : "Add end: the event at which such a case ended, e.g. end: abandoned.",
    ),
  "unfinished/field-unused": (p) =>
    t(
      `${unfinishedOwner(p.owner)} gives ${p.field} under unfinished, but count: ${p.count} does not read it.`,
      `Use count: exclude-if-shorter to leave out only short unfinished cases, or remove ${p.field}.`,
    ),
  "unfinished/end-on-clock": (p) =>
    t(
      `${unfinishedOwner(p.owner)} names ${q(p.end)}, the ${p.which} of its own clock, as the event at which unfinished cases ended.`,
      "Name the event that ends a case which never reaches the stop, e.g. abandoned.",
    ),
  "standard/non-positive-duration": (p) => t(`Standard ${q(p.standard)} limits a duration to ${p.threshold} ${p.unit}.`, "A duration threshold is positive."),
  "standard/metric-elsewhere": (p) =>
    t(
      `Standard ${q(p.standard)} governs ${p.steps.join(", ")} but its metric ${q(p.metric)} measures step ${q(p.step)}.`,
      "Attach the standard to the step its metric measures, or measure the metric at a governed step.",
    ),
  "visibility/backoffice-to-customer": (p) =>
    t(
      `Hand-off ${q(p.handoff.from)} (${p.layer}) → ${q(p.handoff.to)} (customer) crosses the line of visibility: the customer is served straight from the ${p.layer === "support" ? "support layer" : "back office"}.`,
      "If a front-line post really passes this on (a call, an SMS, a visit), model that front-line step; otherwise confirm the back office meets the customer directly.",
    ),
  "handoff/self-loop": (p) => t(`Hand-off from step ${q(p.step)} to itself.`, "Mark it rework: true if the step repeats, or remove it."),
  "graph/isolated-step": (p) => t(`Step ${q(p.step)} in theme ${q(p.theme)} has no hand-off to or from any other step.`, "Connect it with a hand-off, or remove it if it is not part of the process."),
  "graph/disconnected": (p) => t(`The blueprint of theme ${q(p.theme)} falls into ${p.parts} unconnected parts.`, "Add the hand-offs that join the parts; tracing upstream cannot cross a gap in the process."),
  "graph/cycle": (p) =>
    p.rework
      ? t(`Rework loop among steps ${qs(p.steps)}.`, "Nothing to do: rework loops are legal; upstream tracing does not follow rework hand-offs.")
      : t(
          `Loop among steps ${qs(p.steps)} with no hand-off marked as rework.`,
          "If this is a rework loop, mark the hand-off that goes back with rework: true so upstream tracing knows which way is upstream.",
        ),
  "graph/dangling-handoff": (p) =>
    t(`Hand-off ${q(p.handoff)} in theme ${q(p.theme)} names ${p.end === "from" ? "upstream" : "downstream"} step ${q(p.step)}, which is not defined.`, "Define the step in a blueprint or correct the id."),
  "graph/duplicate-step": (p) => t(`Step id ${q(p.step)} is already used by the step at ${formatPath(p.first)}.`, "Step ids must be unique across the whole study; rename one of them."),
  "graph/duplicate-handoff": (p) =>
    t(`Hand-off ${q(p.handoff)} is already declared at ${formatPath(p.first)}${p.conflicting ? " with a different kind, rework flag or label" : ""}.`, "Declare each hand-off once; merge the two declarations."),
  "internal/rater-not-downstream": (p) =>
    t(
      p.ownStep
        ? `Question ${q(p.question)} asks post ${q(p.post)} to rate its own step ${q(p.step)}; an internal customer rates the upstream support it receives.`
        : `Question ${q(p.question)} asks post ${q(p.post)} to rate step ${q(p.step)}, but no step of that post is downstream of it${p.ownsNoStep ? " (the post owns or contributes to no step)" : ""}.`,
      "Ask a post that owns or contributes to a step downstream of the rated step (its internal customer), or add the missing hand-off.",
    ),
  "reach/not-downstream": (p) => {
    if ("step" in p)
      return t(
        `The reach of step ${q(p.step)} names evaluation point ${q(p.point)} at step ${q(p.target)}${p.otherTheme === null ? "" : ` in theme ${q(p.otherTheme)}`}, which is not downstream of ${q(p.step)} through hand-offs (rework hand-offs are not followed), so the trace from that point never reaches ${q(p.step)}.`,
        `Step ${q(p.step)} can only affect points at itself or downstream of it: remove ${q(p.point)} from its reach, or add the hand-off that leads from ${q(p.step)} to ${q(p.target)}.`,
      );
    const names = qs(p.governed);
    return t(
      `The reach of standard ${q(p.standard)} names evaluation point ${q(p.point)} at step ${q(p.target)}, which is not downstream through hand-offs of any step the standard governs (${names}; rework hand-offs are not followed), so the trace from that point never reaches the standard.`,
      `Standard ${q(p.standard)} can only affect points at or downstream of the steps it governs (${names}): remove ${q(p.point)} from its reach, or add the governed step or the hand-off that leads to ${q(p.target)}.`,
    );
  },
  "drivers/constant-predictor": (p) =>
    t(`Evaluation point ${q(p.point)} has the same score for every respondent used, so it cannot explain overall satisfaction; it was left out.`, "Nothing to fix unless the constant score is a data error."),
  "drivers/no-data": (p) => t(`Evaluation point ${q(p.point)} has fewer than two answers; it was left out.`, "Check that the column is filled in."),
  "drivers/insufficient-data": (p) => {
    switch (p.reason) {
      case "no-point":
        return t("No evaluation point is left to analyse (all constant or unanswered).", "Check the score columns.");
      case "constant-outcome":
        return t("Overall satisfaction does not vary among the respondents used, so there is nothing to explain.", "Check the overall-satisfaction column and the missing-value handling.");
      case "too-few":
        return t(
          `Only ${p.respondents} respondents can be used for ${p.points} evaluation points; at least ${p.points + 2} are needed.`,
          p.listwise ? 'Collect more complete answers, analyse fewer points, or try missing: "pairwise".' : "Collect more answers or analyse fewer points.",
        );
      case "undefined-correlation":
        return t(
          `The respondents who answered both ${q(p.first)} and ${p.second === null ? "overall satisfaction" : q(p.second)} all gave one of them the same score, so their correlation is undefined.`,
          "Use listwise deletion or collect more answers.",
        );
    }
  },
  "drivers/not-positive-definite": (p) =>
    t(
      `The pairwise correlation matrix is not positive definite (smallest eigenvalue ${p.eigenvalue.toPrecision(3)}); the pairs rest on too different respondents. Points involved: ${qs(p.points)}.`,
      "Use listwise deletion (the default), or drop one of the points involved.",
    ),
  "drivers/singular": (p) =>
    p.points === null
      ? t("A subset of the evaluation points is numerically collinear.", "Drop or merge one of them and run again.")
      : t(
          `These evaluation points are (almost) exact linear combinations of each other, so their separate importance is undefined: ${qs(p.points)}.`,
          "Drop or merge one of them (for example a total score computed from the others) and run again.",
        ),
  "drivers/round-two-slopes": (p) =>
    p.reason === "slopes-not-ready"
      ? t(
          `Wave ${q(p.wave)}, overall point ${q(p.point)}: a part was summarised with slopes that were not ready (linkedSlopes said ready: false), so it redid round one of the driver regression on the whole's drivers and has no round two; the parts cannot be merged yet.`,
          "Run linkedSlopes again on these parts (their new round one), check that it says ready: true, summarise every part again with those slopes, then merge.",
        )
      : t(
          p.reason === "different-slopes"
            ? `Wave ${q(p.wave)}, overall point ${q(p.point)}: the parts ran round two of the driver regression at different slopes (or on different drivers), so their residual moments cannot be added.`
            : `Wave ${q(p.wave)}, overall point ${q(p.point)}: a part has no round two of the driver regression (its own round one was too small to solve), so the parts cannot be merged.`,
          "Merge the parts' round one and solve it (linkedSlopes(parts)), run round two on every part with those slopes (summariseLinked with { slopes }, or attribution.slopes in linkedSummaryDuckDB and linkedSummaryPostgres), then merge; or summarise the whole in one run.",
        ),
  "drivers/negative-correlation": (p) =>
    t(
      `A higher score on ${q(p.point)} goes with lower overall satisfaction (r = ${p.r.toFixed(3)}); its importance still counts as a positive part of R².`,
      "Check that the question is not reverse-worded, or read this point as a dissatisfier.",
    ),
  "drivers/no-explained-variance": (p) =>
    t(
      `The evaluation points explain none of the variation in overall satisfaction (R² = ${p.rSquared.toPrecision(3)}), so there are no shares to divide; all shares are 0.`,
      "Check that the overall score and the evaluation points come from the same respondents.",
    ),
  "drivers/bootstrap-failed": (p) =>
    t(`Only ${p.used} of ${p.replicates} resamples could be analysed (${p.failures.map((f) => `${f.count} ${f.kind}`).join(", ")}).`, "The data are too thin for resampling; collect more respondents or analyse fewer points."),
  "drivers/bootstrap-replicates-failed": (p) =>
    t(
      `${p.replicates - p.used} of ${p.replicates} resamples could not be analysed (${p.failures.map((f) => `${f.count} ${f.kind}`).join(", ")}); the intervals use the other ${p.used} and may be too narrow.`,
      "Treat the intervals with care, or analyse fewer, less collinear points.",
    ),
  "drivers/too-many-predictors": (p) =>
    t(
      `Too many predictors for exact Shapley: ${p.predictors} evaluation points need 2^${p.predictors} regressions (the limit is ${p.limit}).`,
      "Use relativeWeights, which approximates the Shapley values closely for any number of points, or analyse fewer points at a time.",
    ),
  "data/malformed-line": rejected("malformed-line"),
  "data/invalid-encoding": rejected("invalid-encoding"),
  "data/missing-respondent": rejected("missing-respondent"),
  "data/invalid-audience": rejected("invalid-audience"),
  "data/missing-post": rejected("missing-post"),
  "data/unknown-post": rejected("unknown-post"),
  "data/invalid-weight": rejected("invalid-weight"),
  "data/inconsistent-respondent": rejected("inconsistent-respondent"),
  "data/conflicting-case-link": rejected("conflicting-case-link"),
  "data/invalid-segment": rejected("invalid-segment"),
  "data/segment-limit": rejected("segment-limit"),
  "data/unknown-question": rejected("unknown-question"),
  "data/wrong-audience": rejected("wrong-audience"),
  "data/duplicate-answer": rejected("duplicate-answer"),
  "data/missing-value": rejected("missing-value"),
  "data/non-numeric": (p) =>
    "recode" in p
      ? t(
          p.detail,
          `${LEDGER_HINTS["non-numeric"]} If ${q(p.recode.value)} is a label of the export, declare its code with the recode option: recode: { ${q(p.recode.question)}: { ${q(p.recode.value)}: <a code on the question's scale> } } (use "*" for every question).`,
        )
      : rejected("non-numeric")(p),
  "data/out-of-range": rejected("out-of-range"),
  "data/missing-case": rejected("missing-case"),
  "data/unknown-event": rejected("unknown-event"),
  "data/unknown-context": rejected("unknown-context"),
  "data/unparseable-time": rejected("unparseable-time"),
  "data/invalid-duration": rejected("invalid-duration"),
  "data/inconsistent-case": rejected("inconsistent-case"),
  "data/duplicate-event": rejected("duplicate-event"),
  "data/stop-before-start": (p) =>
    "detail" in p
      ? rejected("stop-before-start")(p)
      : t(
          `${p.cases} case(s) have ${dq(p.stop)} before ${dq(p.start)}; they were not measured.`,
          "Check the event times of those cases, or add the clock to the study so such rows are rejected at load with their line numbers.",
        ),
  "data/workday-needs-calendar": (p) =>
    t(
      `Durations from ${dq(p.start)} to ${dq(p.stop)} cannot be counted in working days without a working calendar; calendar time does not convert into working days.`,
      'Pass options.calendar (e.g. workCalendar({ utcOffset: "+08:00", holidays: [...] })), or measure in d.',
    ),
  "data/given-durations-other-clock": (p) =>
    t(
      `Standard ${dq(p.standard)} counts on another clock than its metric ${dq(p.metric)}, so the ${p.cases} durations given as numbers for that metric were not used; its compliance is measured from event times only.`,
      "Give the events of the standard's clock, or a standard on the metric's own clock, to use durations given as numbers.",
    ),
  "data/no-clock": (p) => t(`Standard ${dq(p.standard)} and its metric ${dq(p.metric)} name no clock, so compliance cannot be measured from event times.`, "Give the standard or the metric a clock { start, stop }."),
  "data/not-a-duration": (p) => t(`Standard ${dq(p.standard)} is in ${dq(p.unit)}, not a unit of time, so it cannot be checked against event times.`, "Measure this standard from recorded values instead of durations."),
  "data/unknown-column": (p) =>
    p.of === "events"
      ? t(`Column(s) ${p.columns.join(", ")} are not events of the study; their non-blank cells are rejected.`, "List such columns in ignoreColumns, or map columns to events with eventColumns.")
      : t(`Column(s) ${p.columns.join(", ")} are not questions of the study; their non-blank cells are rejected.`, "List non-question columns in ignoreColumns, or map columns to questions with questionColumns."),
  "data/unused-column": (p) =>
    p.linkByRespondent
      ? t(`Column ${p.columns.join(", ")} is not read: with linkBy "respondent", each external respondent is linked to the case whose id is its respondent id.`, 'Leave linkBy at "column" to read the case column instead.')
      : t(`Column(s) ${p.columns.join(", ")} are not used.`, "Name them in options.segments to group by them, or in ignoreColumns to silence this note."),
  "data/internal-case-link": (p) =>
    t(
      `Internal respondent ${dq(p.respondent)} (post ${dq(p.post)}) names case ${dq(p.case)}; staff answers are not linked to cases, so the case id was ignored. The ledger counts every such respondent in links.internalIgnored.`,
      "Leave the case column blank for staff, or ignore this note: the rows were used, only the case id was not.",
    ),
  "data/duplicate-column": (p) => t(`The header repeats column(s) ${p.columns.join(", ")}.`, "Give every column a distinct name."),
  "data/respondent-in-two-sources": (p) =>
    t(
      `${p.count === 1 ? "One respondent id appears" : `${p.count} respondent ids appear`} in more than one source (first: "${p.respondent}" of wave "${p.wave}", in sources ${p.first} and ${p.second}); each source's respondents are read as different people.`,
      "Nothing to do when the sources are different populations (customers and staff numbered from 1 in each export). If they are the same people in files of one layout, list the files under one source (files: [...]) so their answers join.",
    ),
  "data/empty-file": (p) =>
    p.headerOnly
      ? t(`The file has a header but no data rows (${p.lines} line${p.lines === 1 ? "" : "s"}, blank lines included).`, "Export the data rows too, or check that this is the file you meant; an empty survey or case file cannot be analysed.")
      : t(p.lines === 0 ? "The file is empty." : `The file has only blank lines (${p.lines}).`, "Check that this is the file you meant and that the export finished; a data file starts with a header line naming its columns."),
  "data/sql-not-utf8": (p) =>
    t(
      `The file is not UTF-8 text, and DuckDB reads CSV files as UTF-8 only${p.candidates.length > 0 ? `; it reads without error as ${p.candidates.join(", ")}` : ""}.`,
      `Transcode it to UTF-8 first (e.g. iconv -f ${p.candidates[0] ?? "gb18030"} -t utf-8 in.csv > out.csv) and run the SQL first pass on the copy, or read the file in process with options.encoding (--encoding ${p.candidates[0] ?? "gb18030"}).`,
    ),
  "data/undecodable-header": (p) =>
    t(
      `The header line is not valid ${p.encoding} text, so no column can be found${p.candidates.length > 0 ? `; it reads without error as ${p.candidates.join(", ")}` : ""}.`,
      `Read the file with the encoding it was saved in (options.encoding, --encoding${p.candidates.length > 0 ? ` ${p.candidates[0]}` : ""}); Excel on a Chinese Windows saves CSV as GB18030, on a Korean one as CP949 (euc-kr).`,
    ),
  "data/wrong-form": (p) =>
    p.read === "wide"
      ? t(
          `The file is read in wide form (one ${p.of === "events" ? "case" : "respondent"} a row, a column per ${p.of === "events" ? "event" : "question"}), but its header has the columns ${p.columns.join(" and ")} and no column named after a ${p.of === "events" ? "event" : "question"} of the study: it looks long (one ${p.of === "events" ? "event time" : "answer"} a row).`,
          'Read it in long form, the default: drop --form wide on the command line, or form: "wide" from the options.',
        )
      : t(
          `The file is read in long form (one ${p.of === "events" ? "event time" : "answer"} a row), but its header has no ${p.of === "events" ? "event and time" : "question and value"} columns and has columns named after ${p.of} of the study (${p.columns.join(", ")}): it looks wide (one ${p.of === "events" ? "case" : "respondent"} a row).`,
          'Read it in wide form: pass --form wide on the command line, or form: "wide" in the options.',
        ),
  "data/missing-column": (p) =>
    p.delimiter === undefined
      ? t(`The header has no column ${p.missing.join(", ")} (found: ${p.found.join(", ")}).`, "Name the columns in the header, or tell the reader which columns to use (options.columns, options.segments).")
      : t(
          `The header has no column ${p.missing.join(", ")} (found: ${p.found.join(", ")}): the file looks separated by ${p.delimiter === ";" ? "semicolons" : "tabs"}, so the whole header was read as one column.`,
          `Pass the delimiter: ${p.delimiter === ";" ? "--delimiter ';'" : "--delimiter tab"} on the command line, or ${p.delimiter === ";" ? 'delimiter: ";"' : 'delimiter: "\\t"'} in the options.`,
        ),
  "data/duplicate-question-id": (p) => t(`Question id ${dq(p.question)} is used twice.`, "Give every question a unique id; answers are matched to questions by id."),
  "data/reverse-needs-bounds": (p) => t(`Question ${dq(p.question)} is reverse-coded but its numeric scale has no min and max.`, "Give the scale a min and max (reverse coding maps v to min + max − v), or drop reverse."),
  "data/aggregate-json": (p) => ("cell" in p ? t(`Cell ${p.cell} appears twice.`, "Each question × wave × segment has one cell.") : t(p.detail, "Pass data written by aggregateToJSON (format gaptrace/aggregate@1).")),
  "data/basis-mismatch": (p) =>
    t(
      `gaptrace/${p.fn}: metric ${dq(p.metric)} is measured on different bases (${basisDifferencesText(p.differences, p.labels)}), so the figures are not comparable.`,
      "Compare or merge only figures taken on the same basis (取数口径); recompute one side on the other's basis, or report them separately.",
    ),
  "questionnaire/unknown-step": (p) =>
    t(`Evaluation point ${q(p.point)} is at step ${q(p.step)}, which no blueprint defines.`, "Correct the step id; validate the study first (validateStudy) to see every problem."),
  "plan-options/not-an-object": (p) => t(`gaptrace/samplingPlan: expecting an options object, got ${shown(p.got)}.`, "Pass at least { marginOfError: 5 } (±5 points on the 0–100 index)."),
  "plan-options/unknown": (p) => t(`gaptrace/samplingPlan: unknown option ${q(p.key)}.`, `Known options: ${p.known.join(", ")}.`),
  "plan-options/missing": (p) =>
    t(`gaptrace/samplingPlan: options.${p.key} is required.`, `Give the target margin of error of ${p.of === "mean" ? "a mean" : "a yes/no share"}, e.g. ${p.key}: 5 for ±5 points.`),
  "plan-options/margin": (p) =>
    t(
      `gaptrace/samplingPlan: options.${p.key} must be > 0 and < 100, got ${shown(p.got)}.`,
      `Give the margin of ${p.of === "mean" ? "a mean" : "a yes/no share"} in points on the 0–100 scale, e.g. 5 for ±5 points (not 0.05).`,
    ),
  "plan-options/confidence": (p) => t(`gaptrace/samplingPlan: options.confidence must be strictly between 0 and 1, got ${shown(p.got)}.`, "Write the level as a share, e.g. 0.95 for 95%."),
  "plan-options/sd": (p) =>
    "key" in p
      ? t(`gaptrace/samplingPlan: options.sd.${p.key} must be a positive number, got ${shown(p.got)}.`, "Give the standard deviation in the scale's own units (about 1 on a 1–5 scale).")
      : t(`gaptrace/samplingPlan: options.sd must be an object of scale keys, got ${shown(p.got)}.`, `Use keys ${p.keys.join(", ")}, …, e.g. { likert5: 0.9 }.`),
  "plan-options/sd-key": (p) => t(`gaptrace/samplingPlan: unknown scale key ${q(p.key)} in options.sd.`, `Use one of ${p.keys.join(", ")}.`),
  "plan-options/sd-rule": (p) =>
    t(`gaptrace/samplingPlan: options.sdRule must be "range/4" or "maximum", got ${shown(p.got)}.`, 'Use "range/4" (the usual planning value) or "maximum" (the largest possible spread).'),
  "plan-options/proportion": (p) =>
    t(`gaptrace/samplingPlan: options.expectedProportion must be strictly between 0 and 1, got ${shown(p.got)}.`, "Give a guess of the yes share (e.g. 0.8), or leave it out for the conservative 0.5."),
  "plan-options/audience": (p) => t(`gaptrace/samplingPlan: options.${p.option} has an unknown audience ${q(p.audience)}.`, "Give one value, or { external: …, internal: … }."),
  "plan-options/design-effect": (p) =>
    t(`gaptrace/samplingPlan: ${planPath(p.path)} must be a positive number, got ${shown(p.got)}.`, "Pass the expected design effect (1 for simple random sampling, e.g. 1.3 with weights)."),
  "plan-options/weights": (p) => t(`gaptrace/samplingPlan: ${planPath(p.path)} must be a list of finite weights ≥ 0, at least one positive.`, "Pass the sampling weights of an earlier wave's respondents."),
  "plan-options/design-effect-twice": (p) =>
    t(`gaptrace/samplingPlan: options.designEffect and options.weights both set the ${p.audience} design effect.`, "Pass one of them: weights are turned into Kish's design effect."),
  "plan-options/response-rate": (p) => t(`gaptrace/samplingPlan: ${planPath(p.path)} must be in (0, 1], got ${shown(p.got)}.`, "Write the response rate as a share, e.g. 0.6 for 60%."),
  "plan-options/populations": () => t("gaptrace/samplingPlan: options.populations must be a list of { theme, size }.", 'e.g. populations: [{ theme: "theme_outage_repair", size: 48000 }].'),
  "plan-options/unknown-theme": (p) =>
    t(
      p.option === "populations" ? `gaptrace/samplingPlan: options.populations[${p.index}] names unknown theme ${shown(p.got)}.` : `gaptrace/samplingPlan: options.themes[${p.index}] is unknown theme ${shown(p.got)}.`,
      `Use theme ids of the study: ${p.themes.join(", ")}.`,
    ),
  "plan-options/duplicate-theme": (p) => t(`gaptrace/samplingPlan: options.populations gives theme ${q(p.theme)} twice.`, "Give each theme's population once."),
  "plan-options/population-size": (p) =>
    t(`gaptrace/samplingPlan: options.populations[${p.index}].size must be a positive whole number, got ${shown(p.got)}.`, "Give the number of customers who went through the theme's process in the period."),
  "plan-options/segments": () =>
    t(
      "gaptrace/samplingPlan: options.segments must be a list of { dimension, values: [{ value, share }] }.",
      'e.g. segments: [{ dimension: "city", values: [{ value: "A", share: 0.6 }, { value: "B", share: 0.4 }] }].',
    ),
  "plan-options/segment-dimension": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}].dimension must be a non-empty name, got ${shown(p.got)}.`, 'Name the dimension, e.g. "city".'),
  "plan-options/segment-duplicate": (p) => t(`gaptrace/samplingPlan: options.segments names dimension ${q(p.dimension)} twice.`, "Give each dimension once, with all its values."),
  "plan-options/segment-audience": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}].audience must be "external", "internal" or "all", got ${shown(p.got)}.`, 'Leave it out for "external".'),
  "plan-options/segment-values": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}].values must be a non-empty list of { value, share }.`, "List every value of the dimension with its share."),
  "plan-options/segment-value": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}].values[${p.value}].value must be a non-empty text, got ${shown(p.got)}.`, "Name the segment value."),
  "plan-options/segment-value-duplicate": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}] lists value ${q(p.value)} twice.`, "List each value once."),
  "plan-options/segment-share": (p) =>
    t(`gaptrace/samplingPlan: options.segments[${p.index}].values[${p.value}].share must be between 0 and 1, got ${shown(p.got)}.`, "Write shares as fractions of 1 (0.25, not 25)."),
  "plan-options/segment-shares-sum": (p) =>
    t(
      `gaptrace/samplingPlan: the shares of segment dimension ${q(p.dimension)} sum to ${Number(p.sum.toPrecision(6))}, not 1.`,
      "Make the shares add up to 1 (list every value, including an 'other' value if needed).",
    ),
  "plan-options/external-respondents": (p) =>
    t(`gaptrace/samplingPlan: options.externalRespondents must be "theme" or "point", got ${shown(p.got)}.`, '"theme": one customer answers the whole theme; "point": a sample per evaluation point.'),
  "plan-options/themes": (p) => t("gaptrace/samplingPlan: options.themes must be a list of theme ids.", `Use theme ids of the study: ${p.themes.join(", ")}.`),
  "monitor/rejected": (p) => t(`Event ${p.event} is rejected (${p.reason})${p.field === null ? "" : ` at ${p.field}`}: ${dq(p.value)}.`, MONITOR_HINTS_EN[p.reason]),
  "monitor/unknown-ref": (p) => t(`monitoring.${p.at} names ${p.kind} ${q(p.id)}, which the study does not define.`, `Use an id defined in the study (its ${p.kind}s), or remove it.`),
  "monitor/no-owner": (p) => t(`Complaint kind ${q(p.kind)} maps to no owned step or point, so its alerts reach no post.`, "Give it steps (non-customer steps with an owner), points, or an explicit owner."),
  "monitor/review-file": (p) =>
    p.kind === "json"
      ? t(`The monitoring review is not JSON: ${p.detail}`, "Pass the file gaptrace watch --review wrote (JSON).")
      : p.kind === "shape"
        ? t(`The monitoring review does not have a review's shape: ${p.detail}`, "Pass the file gaptrace watch --review wrote, unchanged.")
        : t(`The monitoring review names ${p.what} ${q(p.id)}, which the study does not have.`, "Review alerts with the same study (gaptrace watch <study> --review), or correct the id."),
  "walkthrough/file": (p) =>
    p.kind === "parse"
      ? t(`The walkthrough records cannot be parsed: ${p.detail}`, "Give a CSV export (one row per problem found), or JSON/YAML with runs and problems.")
      : p.kind === "shape"
        ? t(`The walkthrough records do not have the expected shape: ${p.detail}`, "Give { runs: [...], problems: [...] } (see docs/walkthroughs.md), or a CSV export.")
        : p.kind === "missing-columns"
          ? t(`The walkthrough records lack the column${p.columns.length > 1 ? "s" : ""} ${p.columns.map(wf).join(", ")}.`, "Every row needs the run, the task, the step, the problem, its kind and whether it was solved; headers may be English or Chinese (docs/walkthroughs.md).")
          : t("The walkthrough records hold no record.", "Export the problems the participants recorded, one row per problem."),
  "walkthrough/row": (p) =>
    p.kind === "malformed"
      ? t(`Walkthrough record rejected: ${p.detail}`, "Fix the line (a quote opened and never closed, or a wrong number of cells).")
      : p.kind === "missing"
        ? t(`Walkthrough record rejected: ${wf(p.field)} is empty.`, `Fill in ${wf(p.field)} on every row.`)
        : p.kind === "invalid"
          ? t(`Walkthrough record rejected: ${wf(p.field)} ${dq(p.value)} is not valid.`, `Use one of: ${p.allowed.join(", ")}.`)
          : p.kind === "unknown-id"
            ? t(
                `Walkthrough record rejected: ${wf(p.field)} names ${p.what === "organiser" ? "post or department" : p.what} ${q(p.id)}, which ${p.what === "run" ? "the runs do not declare" : "the study does not have"}${p.near === null ? "." : `; did you mean ${q(p.near)}?`}`,
                p.what === "run" ? "Declare the run under runs, or correct the run id." : `Use the ${p.what === "organiser" ? "post or department" : p.what} ids of the study (gaptrace walkthrough lists them).`,
              )
            : p.kind === "inconsistent-run"
              ? t(`Walkthrough record rejected: run ${q(p.run)} has ${wf(p.field)} ${dq(p.value)} here but ${dq(p.first)} on its first row.`, "Give a run's date, kind, participants and organiser alike on every row of the run.")
              : p.kind === "duplicate-id"
                ? t(`Walkthrough record rejected: problem id ${q(p.id)} is used twice.`, "Give each problem its own id, or leave the id column out.")
                : t(`The walkthrough records are of study ${q(p.study)}, not ${q(p.expected)}.`, "Record walkthroughs against the study they are read with."),
  "walkthrough/unknown-column": (p) =>
    t(`Column ${dq(p.column)} of the walkthrough records is not a walkthrough field and is ignored${p.near === null ? "." : `; did you mean ${q(p.near)}?`}`, "Rename it to a field of docs/walkthroughs.md, or leave it: it is not read."),
  "monitor/ladder-threshold": (p) =>
    t(`Ladder level ${q(p.level)} (number ${p.index + 1}) has no threshold, or one below the level before it.`, "Give every level after the first an after.count or after.minutes, rising from level to level."),
  "target/unknown-ref": (p) =>
    t(
      `targets.${p.at} names ${TARGET_KIND_EN[p.kind]} ${q(p.id)}, which the study does not define${p.near === null ? "" : ` (did you mean ${q(p.near)}?)`}.`,
      p.near === null ? `Use an id of the study's ${TARGET_KIND_EN[p.kind]}s, or remove it.` : `Write ${q(p.near)} if that is what you meant.`,
    ),
  "target/dup-indicator": (p) => t(`Indicator id ${q(p.id)} is used twice (first at targets.indicators[${p.first}]).`, "Give every indicator its own id."),
  "target/dup-top": (p) =>
    t(`Two top targets for ${p.theme === null ? "every theme" : `theme ${q(p.theme)}`} in wave ${q(p.wave)} (first at targets.top[${p.first}]).`, "Keep one top target per theme and wave."),
  "target/empty-indicator": (p) =>
    t(`Indicator ${q(p.indicator)} aggregates no evaluation point with a customer perception question, so it has no value to track.`, "List its evaluation points (points) or themes (themes)."),
  "target/no-overall": (p) =>
    t(
      `The top target for ${p.theme === null ? "every theme" : `theme ${q(p.theme)}`} cannot be cascaded: ${p.theme === null ? "no theme has" : "the theme has no"} overall-satisfaction question.`,
      "Mark the theme's overall question with overall: true, so the driver regression can measure what each point contributes.",
    ),
  "target/no-owner": (p) => t(`Indicator ${q(p.indicator)} has no owner: nobody is accountable for its target.`, "Give it one owner (owners: [{ post: ... }] or [{ department: ... }])."),
  "target/several-owners": (p) =>
    t(`Indicator ${q(p.indicator)} has ${p.owners.length} owners (${qs(p.owners)}): accountability blurs between them.`, "Give it one owner; split the indicator if the owners answer for different parts."),
  "target/overlap": (p) =>
    t(
      p.via === "points"
        ? `Indicators ${q(p.indicator)} and ${q(p.other)} share evaluation points ${qs(p.shared)}: one score counts toward two targets.`
        : `Indicators ${q(p.indicator)} and ${q(p.other)} have different owners, but posts ${qs(p.shared)} do the work behind both: their owners cross.`,
      p.via === "points" ? "Give each point to one indicator, or say which indicator owns it." : "Agree which owner answers for those posts' work, or give both indicators one owner.",
    ),
  "target/not-accepted": (p) =>
    t(
      `The target of indicator ${q(p.indicator)} was not accepted by its owner${p.owners.length === 0 ? "" : ` (${qs(p.owners)})`}${p.by.length === 0 ? "" : `; accepted only by ${qs(p.by)}`}: it is handed down one way.`,
      "Record the owner's acceptance: accepted: [{ by: <person or post of the owner>, on: YYYY-MM-DD }].",
    ),
  "bpmn/xml": (p) =>
    t(
      `The file is not BPMN 2.0 XML${p.line === null ? "" : ` (line ${p.line}${p.column === null ? "" : `, column ${p.column}`})`}: ${p.detail}`,
      "Export the diagram from the BPMN tool as BPMN 2.0 XML (.bpmn) and pass the file's text.",
    ),
  "bpmn/xml-warning": (p) => t(`The BPMN reader warned: ${p.detail}`, "The rest of the file was read; check the element in the BPMN tool if it matters to the blueprint."),
  "bpmn/unsupported": (p) => t(`BPMN ${p.type} ${q(p.element)} is not imported: ${UNSUPPORTED_EN[p.reason]}`, UNSUPPORTED_HINT_EN[p.reason]),
  "bpmn/lane-layer": (p) =>
    t(
      `${PERFORMER_EN[p.kind]} ${q(p.lane)}${p.name === null ? "" : ` (${q(p.name)})`} has no blueprint layer: the mapping does not give one and its name does not say.`,
      "Set its layer in the mapping's lanes (customer, frontline, backoffice or support).",
    ),
  "bpmn/no-lane": (p) => t(`BPMN element ${q(p.element)} sits in no lane of process ${q(p.process)}, so it has no owner post and no layer.`, "Put it in a lane in the BPMN tool, or give its layer and owner in the mapping's steps."),
  "bpmn/post-department": (p) => t(`Post ${q(p.post)}, made from ${PERFORMER_EN[p.kind].toLowerCase()} ${q(p.lane)}, has no department.`, "Give the post's department in the mapping's organisation.posts, and define the department."),
  "bpmn/theme-items": (p) => t(`Theme ${q(p.theme)}, made from BPMN process ${qs(p.processes)}, serves no service item.`, "List its service items in the mapping's themes, and define them (and their needs) in the mapping's themeMap."),
  "bpmn/guessed": (p) => {
    switch (p.field) {
      case "layer":
        return t(`${PERFORMER_EN[p.kind]} ${q(p.element)} (${q(p.name)}) is taken as the ${p.value} layer, from its name.`, "Confirm or change its layer in the mapping's lanes.");
      case "rework":
        return t(`BPMN flow ${q(p.element)} from ${q(p.from)} back to ${q(p.to)} closes a loop, so it is taken as a rework hand-off.`, "Confirm it in the mapping's flows (rework: true), or set rework: false and redraw the loop.");
      case "name":
        return t(`BPMN ${p.type} ${q(p.element)} has no name, so its step is named by its id.`, "Name it in the BPMN tool, or give the step a name in the mapping's steps.");
    }
  },
  "bpmn/mapping": (p) => t(`The BPMN mapping is not valid: ${p.detail}`, "Correct the mapping file at the path shown (importBpmn writes a complete one to start from)."),
  "bpmn/mapping-unknown": (p) => t(`The mapping's ${p.key} name BPMN element ${q(p.element)}, which the file does not have.`, "Remove the entry, or correct the id (it may have been renamed in the BPMN tool)."),
  "bpmn/id": (p) => t(`BPMN id ${q(p.element)} is not a valid gaptrace id; ${q(p.id)} is used instead.`, "Keep it, or give the element another id in the mapping."),
};

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
