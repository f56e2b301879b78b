/**
 * Process-walkthrough records (流程穿越记录): what the participants of a walkthrough recorded, one problem per
 * record, so the results of the walkthrough scripts (gaptrace/walkthrough) come back as evidence. A walkthrough
 * run is one activity (客户穿越, 岗位穿越 or 部门穿越) with its date, optional wave, participants and organiser;
 * each problem names the task, the step, the post that recorded it, the post that owns it (by default the step's
 * owner), its text, its kind, and whether it was solved. Read from a CSV export (English or Chinese headers and
 * values such as 是/否/已解决), or from JSON/YAML; every record that cannot be used is a located problem with
 * English and Chinese text, counted in the ledger (`rowsRead = accepted + rejected`).
 * @module
 */
import * as z from "zod/mini";
import { yamlModule } from "#yaml";
import { UsageError, ValidationError } from "../core/errors.js";
import type { Label } from "../core/label.js";
import { WALKTHROUGH_FIELDS, WALKTHROUGH_HEADERS, type ProblemParams, type WalkthroughField } from "../core/messages/problem-codes.js";
import { nearMiss } from "../core/near.js";
import type { DocPath, Problem } from "../core/problem.js";
import type { Study } from "../model/study.js";
import { requireStudy } from "../model/arguments.js";
import { CsvLines } from "./csv.js";
import { LineReader } from "./text.js";
import { problemFrom } from "../core/problem-from.js";
import { WALKTHROUGH_EN } from "../core/messages/problems-en-walkthrough.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

/** The three kinds of walkthrough (客户穿越, 岗位穿越, 部门穿越). */
export const WALKTHROUGH_KINDS = ["customer", "post", "department"] as const;
/** A kind of walkthrough. */
export type WalkthroughKind = (typeof WALKTHROUGH_KINDS)[number];

/**
 * What kind of problem a participant recorded. Each maps to the finding tag it would corroborate
 * ({@link OBSERVATION_TAG}): `standard` an unreasonable standard (标准不合理), `execution` non-compliant execution
 * (执行不到位), `handoff` a failed hand-off between posts or departments (衔接不畅: the upstream post's execution as
 * its internal customer sees it), `customer` a pain point customers meet (客户痛点), `other` anything else (no tag).
 */
export const OBSERVATION_KINDS = ["standard", "execution", "handoff", "customer", "other"] as const;
/** A kind of walkthrough problem. */
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** The finding tag each kind of walkthrough problem corroborates (`other`: none). */
export const OBSERVATION_TAG = {
  standard: "unreasonable-standard",
  execution: "non-compliant-execution",
  handoff: "non-compliant-execution",
  customer: "customer-dissatisfaction",
  other: undefined,
} as const satisfies Readonly<Record<ObservationKind, string | undefined>>;

/** Whether a problem was solved: yes (已解决), no (未解决), partly (部分解决). */
export const SOLVED_STATES = ["yes", "no", "partly"] as const;
/** Whether a problem was solved. */
export type SolvedState = (typeof SOLVED_STATES)[number];

/** How serious the participant judged a problem. */
export const OBSERVATION_SEVERITIES = ["low", "medium", "high"] as const;
/** A problem's severity. */
export type ObservationSeverity = (typeof OBSERVATION_SEVERITIES)[number];

/** One walkthrough activity. */
export interface WalkthroughRun {
  readonly id: string;
  readonly kind: WalkthroughKind;
  /** The day it was run (YYYY-MM-DD). */
  readonly date?: string;
  /** The survey wave it belongs to; without one it counts for every wave. */
  readonly wave?: string;
  /** How many people took part. */
  readonly participants: number;
  /** The post or department that organised it. */
  readonly organiser?: string;
  /** How many tasks it walked (default: the distinct tasks of its problems). */
  readonly tasks?: number;
}

/** One problem a walkthrough found. */
export interface WalkthroughObservation {
  /** Its id (given, or `<run>#<n>` in record order). */
  readonly id: string;
  readonly run: string;
  readonly task: string;
  readonly step: string;
  /** The post of the participant who recorded it. */
  readonly recordedBy?: string;
  /** The post the problem belongs to: given, else the step's owner (undefined for an unowned customer step). */
  readonly owner: string | undefined;
  /** What was found, in the participant's words (any language). */
  readonly problem: Label;
  readonly kind: ObservationKind;
  readonly severity?: ObservationSeverity;
  readonly solved: SolvedState;
  /** When it was solved (YYYY-MM-DD). */
  readonly solvedOn?: string;
  /** What was done (or is planned) about it. */
  readonly measure?: Label;
  /** The standard it concerns, when one does. */
  readonly standard?: string;
}

/** Walkthrough runs and the problems they found: what the attribution reads. */
export interface WalkthroughSet {
  readonly runs: readonly WalkthroughRun[];
  readonly observations: readonly WalkthroughObservation[];
  /** The read's ledger, when the records were read from a file ({@link readWalkthroughs}): the report states it. */
  readonly ledger?: WalkthroughLedger;
}

/** The account of one read: every record is accepted or rejected (blank lines are not records). */
export interface WalkthroughLedger {
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly blankLines: number;
}

/** Walkthrough records as read: the runs and problems accepted, the ledger, and every problem met (located). */
export interface WalkthroughRecords extends WalkthroughSet {
  readonly ledger: WalkthroughLedger;
  /** Rejected records (errors) and remarks (an ignored column), each with its file, line or path. */
  readonly problems: readonly Problem[];
}

/** Options of {@link readWalkthroughs}. */
export interface WalkthroughReadOptions {
  /** The file name, to locate problems at (and, ending in .json/.yaml/.yml/.csv, to choose the format). */
  readonly file?: string;
  /** The format; default from `file`, else JSON when the text starts with `{`, else CSV. */
  readonly format?: "csv" | "json" | "yaml";
  /** Text encoding of bytes (a byte-order mark wins); default UTF-8. Chinese exports are often `gb18030`. */
  readonly encoding?: string;
  /** CSV delimiter; default `,`. */
  readonly delimiter?: string;
}

const WalkthroughReadOptionsSchema = z.strictObject({
  file: z.optional(z.string()),
  format: z.optional(z.enum(["csv", "json", "yaml"])),
  encoding: z.optional(z.string()),
  delimiter: z.optional(z.string().check(z.minLength(1))),
});

const Text = z.pipe(z.union([z.string(), z.number()]), z.transform((v) => String(v).trim()));
const LabelIn = z.union([z.string(), z.strictObject({ en: z.string(), zh: z.string() })]);

/** The zod schema of walkthrough records as JSON or YAML (`{ study?, runs, problems }`); values are checked further by {@link readWalkthroughs}. */
export const WalkthroughFileSchema = z.strictObject({
  study: z.optional(z.string()),
  runs: z.array(
    z.strictObject({
      id: Text,
      kind: Text,
      date: z.optional(Text),
      wave: z.optional(Text),
      participants: z.union([z.number(), z.string()]),
      organiser: z.optional(Text),
      tasks: z.optional(z.union([z.number(), z.string()])),
    }),
  ),
  problems: z.array(
    z.strictObject({
      id: z.optional(Text),
      run: Text,
      task: Text,
      step: Text,
      recordedBy: z.optional(Text),
      owner: z.optional(Text),
      problem: LabelIn,
      kind: Text,
      severity: z.optional(Text),
      solved: z.union([Text, z.boolean()]),
      solvedOn: z.optional(Text),
      measure: z.optional(LabelIn),
      standard: z.optional(Text),
    }),
  ),
});

/** The words each closed field accepts (lower case, trimmed), English and Chinese, to its value. */
const WORDS = {
  runKind: wordMap<WalkthroughKind>({
    customer: ["customer", "客户", "客户穿越"],
    post: ["post", "岗位", "岗位穿越"],
    department: ["department", "部门", "部门穿越"],
  }),
  kind: wordMap<ObservationKind>({
    standard: ["standard", "标准", "标准不合理", "标准不合理点"],
    execution: ["execution", "执行", "执行不到位", "执行不合格", "执行不合格点"],
    handoff: ["handoff", "hand-off", "衔接", "协同", "衔接不畅", "协同不畅"],
    customer: ["customer", "客户", "客户痛点", "客户不满意", "客户不满意点"],
    other: ["other", "其他", "其它"],
  }),
  solved: wordMap<SolvedState>({
    yes: ["yes", "y", "true", "1", "solved", "是", "已解决", "解决"],
    no: ["no", "n", "false", "0", "open", "unsolved", "否", "未解决", "待解决"],
    partly: ["partly", "partial", "partially", "部分", "部分解决"],
  }),
  severity: wordMap<ObservationSeverity>({ low: ["low", "低", "一般"], medium: ["medium", "中", "较重"], high: ["high", "高", "严重"] }),
} as const;

/** Marked free of side effects: WORDS calls it at the top level, and a bundle that reads no walkthrough file drops WORDS. */
/* @__NO_SIDE_EFFECTS__ */
function wordMap<T extends string>(words: Readonly<Record<T, readonly string[]>>): { readonly map: ReadonlyMap<string, T>; readonly allowed: readonly string[] } {
  const map = new Map<string, T>();
  for (const [value, ws] of Object.entries(words) as [T, readonly string[]][]) for (const w of ws) map.set(w, value);
  return { map, allowed: [...map.keys()] };
}

/** Header variants beyond the two canonical ones, normalised (lower case, no spaces, `-` or `_`). */
const HEADER_VARIANTS: Readonly<Partial<Record<WalkthroughField, readonly string[]>>> = {
  id: ["id", "problemid", "问题序号", "序号"],
  run: ["runid", "walkthrough", "穿越活动", "活动编号"],
  runKind: ["kind", "runkind", "type", "穿越方式"],
  participants: ["people", "参与人员", "参加人数", "穿越人数"],
  organiser: ["organizer", "organisedby", "organizedby", "组织部门", "组织者"],
  task: ["taskid", "任务", "穿越任务"],
  step: ["stepid", "环节", "流程环节", "步骤"],
  recordedBy: ["recorder", "recordedby", "participantpost", "记录人岗位", "穿越岗位"],
  owner: ["ownerpost", "responsiblepost", "责任单位"],
  problem: ["description", "问题", "发现问题"],
  kind: ["problemkind", "problemtype", "category", "问题类别", "问题分类"],
  solved: ["issolved", "status", "解决情况", "是否已解决"],
  solvedOn: ["solveddate", "solvedat", "解决时间"],
  measure: ["action", "fix", "整改措施", "解决措施", "措施"],
  standard: ["standardid", "标准", "相关标准"],
};

const squash = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[\s_-]+/g, "");

/** Header (normalised) → field; built in a pure-marked call, so a bundle that reads no walkthrough file drops it. */
const HEADERS: ReadonlyMap<string, WalkthroughField> = /* @__PURE__ */ (() =>
  new Map(WALKTHROUGH_FIELDS.flatMap((f) => [WALKTHROUGH_HEADERS[f].en, WALKTHROUGH_HEADERS[f].zh, ...(HEADER_VARIANTS[f] ?? [])].map((h) => [squash(h), f] as const))))();

const REQUIRED: readonly WalkthroughField[] = ["run", "task", "step", "problem", "kind", "solved"];

/** What every record is checked against: the study's ids, and the runs met so far. */
interface ReadContext {
  readonly study: Study;
  readonly stepOwner: ReadonlyMap<string, string | undefined>;
  readonly steps: ReadonlySet<string>;
  readonly posts: ReadonlySet<string>;
  readonly organisers: ReadonlySet<string>;
  readonly standards: ReadonlySet<string>;
  readonly runs: Map<string, { run: WalkthroughRun; raw: Partial<Record<WalkthroughField, string>> }>;
  readonly ids: Set<string>;
  readonly perRun: Map<string, number>;
  readonly observations: WalkthroughObservation[];
  readonly problems: Problem[];
  rowsRead: number;
  accepted: number;
  rejected: number;
  blankLines: number;
}

function contextOf(study: Study): ReadContext {
  const stepOwner = new Map<string, string | undefined>();
  for (const b of study.blueprints) for (const s of b.steps) stepOwner.set(s.id, s.owner);
  const posts = new Set(study.organisation.posts.map((p) => p.id));
  return {
    study, stepOwner, posts, steps: new Set(stepOwner.keys()),
    organisers: new Set([...posts, ...study.organisation.departments.map((d) => d.id)]),
    standards: new Set(study.standards.map((s) => s.id)),
    runs: new Map(), ids: new Set(), perRun: new Map(), observations: [], problems: [],
    rowsRead: 0, accepted: 0, rejected: 0, blankLines: 0,
  };
}

/** Where a record is: a CSV line, or an item of the JSON/YAML list. */
interface Place {
  readonly file: string | undefined;
  readonly line: number | undefined;
  /** The path of the record (JSON/YAML), or [] for a CSV row. */
  readonly path: DocPath;
  /** For a CSV row: the column of each field, to locate the cell. */
  readonly columns?: ReadonlyMap<WalkthroughField, number>;
}

/** A record refused: why, and where (the field's path or column). */
class Rejection {
  /**
   * @param params - the problem's parameters.
   * @param field - the field at fault, if one is.
   */
  constructor(
    readonly params: ProblemParams["walkthrough/row"],
    readonly field: WalkthroughField | undefined,
  ) {}
}

function located(p: Problem, place: Place, field: WalkthroughField | undefined): Problem {
  const column = field === undefined ? undefined : place.columns?.get(field);
  const location = {
    ...(place.file === undefined ? {} : { file: place.file }),
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(column === undefined ? {} : { column: column + 1 }),
  };
  return Object.keys(location).length === 0 ? p : { ...p, location };
}

/** A closed field's value, by its English or Chinese word. */
function closed<T extends string>(field: "runKind" | "kind" | "solved" | "severity", raw: string): T {
  const words = WORDS[field] as { map: ReadonlyMap<string, string>; allowed: readonly string[] };
  const v = words.map.get(raw.normalize("NFKC").trim().toLowerCase());
  if (v === undefined) throw new Rejection({ kind: "invalid", field, value: raw, allowed: words.allowed }, field);
  return v as T;
}

/** A date as YYYY-MM-DD (also read: 2026/3/5, 2026.3.5, 2026年3月5日). */
function dateOf(field: "date" | "solvedOn", raw: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(raw.normalize("NFKC").trim());
  const bad = (): never => {
    throw new Rejection({ kind: "invalid", field, value: raw, allowed: ["YYYY-MM-DD"] }, field);
  };
  if (m === null) return bad();
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return bad();
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function countOf(field: "participants" | "tasks", raw: string): number {
  const n = Number(raw.normalize("NFKC").trim());
  if (!Number.isInteger(n) || n < 0) throw new Rejection({ kind: "invalid", field, value: raw, allowed: ["0, 1, 2, …"] }, field);
  return n;
}

function knownId(field: WalkthroughField, what: "step" | "post" | "standard" | "organiser", id: string, known: Iterable<string> & { has(x: string): boolean }): string {
  if (!known.has(id)) throw new Rejection({ kind: "unknown-id", field, what, id, near: nearMiss(id, known) ?? null }, field);
  return id;
}

/** The run a record names: the first record of a run declares it; later ones must agree. */
function runOf(ctx: ReadContext, raw: Partial<Record<WalkthroughField, string>>, runId: string): WalkthroughRun {
  const seen = ctx.runs.get(runId);
  if (seen !== undefined) {
    for (const f of ["runKind", "date", "wave", "participants", "organiser", "tasks"] as const) {
      const v = raw[f];
      const first = seen.raw[f];
      if (v !== undefined && v !== "" && first !== undefined && first !== "" && v !== first) throw new Rejection({ kind: "inconsistent-run", run: runId, field: f, value: v, first }, f);
    }
    return seen.run;
  }
  const need = (f: WalkthroughField): string => {
    const v = raw[f];
    if (v === undefined || v === "") throw new Rejection({ kind: "missing", field: f }, f);
    return v;
  };
  const opt = (f: WalkthroughField): string | undefined => (raw[f] === undefined || raw[f] === "" ? undefined : raw[f]);
  const date = opt("date");
  const wave = opt("wave");
  const organiser = opt("organiser");
  const tasks = opt("tasks");
  return {
    id: runId,
    kind: closed<WalkthroughKind>("runKind", need("runKind")),
    participants: countOf("participants", need("participants")),
    ...(date === undefined ? {} : { date: dateOf("date", date) }),
    ...(wave === undefined ? {} : { wave }),
    ...(organiser === undefined ? {} : { organiser: knownId("organiser", "organiser", organiser, ctx.organisers) }),
    ...(tasks === undefined ? {} : { tasks: countOf("tasks", tasks) }),
  };
}

/** The labels of a JSON/YAML record (text or `{ en, zh }`), and whether its runs were declared apart. */
interface RecordLabels {
  readonly problem?: Label;
  readonly measure?: Label;
  readonly declaredRuns?: boolean;
}

/** One record's fields checked against the study: the observation, or a {@link Rejection}. */
function observationOf(ctx: ReadContext, raw: Partial<Record<WalkthroughField, string>>, labels: RecordLabels): { run: WalkthroughRun; obs: WalkthroughObservation } {
  const need = (f: WalkthroughField): string => {
    const v = raw[f];
    if (v === undefined || v === "") throw new Rejection({ kind: "missing", field: f }, f);
    return v;
  };
  const opt = (f: WalkthroughField): string | undefined => (raw[f] === undefined || raw[f] === "" ? undefined : raw[f]);
  const runId = need("run");
  // In JSON/YAML the runs are declared apart: a problem must name one of them.
  if (labels.declaredRuns === true && !ctx.runs.has(runId)) throw new Rejection({ kind: "unknown-id", field: "run", what: "run", id: runId, near: nearMiss(runId, ctx.runs.keys()) ?? null }, "run");
  const task = need("task");
  const step = knownId("step", "step", need("step"), ctx.steps);
  const problemText = labels.problem ?? need("problem");
  const kind = closed<ObservationKind>("kind", need("kind"));
  const solved = closed<SolvedState>("solved", need("solved"));
  const recordedBy = opt("recordedBy");
  const ownerGiven = opt("owner");
  const severity = opt("severity");
  const solvedOn = opt("solvedOn");
  const standard = opt("standard");
  const measure = labels.measure ?? opt("measure");
  const run = runOf(ctx, raw, runId);
  const n = (ctx.perRun.get(runId) ?? 0) + 1;
  const id = opt("id") ?? `${runId}#${n}`;
  if (ctx.ids.has(id)) throw new Rejection({ kind: "duplicate-id", id }, "id");
  const obs: WalkthroughObservation = {
    id, run: runId, task, step,
    ...(recordedBy === undefined ? {} : { recordedBy: knownId("recordedBy", "post", recordedBy, ctx.posts) }),
    owner: ownerGiven === undefined ? ctx.stepOwner.get(step) : knownId("owner", "post", ownerGiven, ctx.posts),
    problem: problemText,
    kind,
    ...(severity === undefined ? {} : { severity: closed<ObservationSeverity>("severity", severity) }),
    solved,
    ...(solvedOn === undefined ? {} : { solvedOn: dateOf("solvedOn", solvedOn) }),
    ...(measure === undefined ? {} : { measure }),
    ...(standard === undefined ? {} : { standard: knownId("standard", "standard", standard, ctx.standards) }),
  };
  return { run, obs };
}

/** Read one record into the context: accepted, or rejected with a located problem. */
function take(ctx: ReadContext, raw: Partial<Record<WalkthroughField, string>>, place: Place, labels: RecordLabels = {}): void {
  ctx.rowsRead++;
  try {
    const { run, obs } = observationOf(ctx, raw, labels);
    if (!ctx.runs.has(run.id)) ctx.runs.set(run.id, { run, raw });
    ctx.perRun.set(run.id, (ctx.perRun.get(run.id) ?? 0) + 1);
    ctx.ids.add(obs.id);
    ctx.observations.push(obs);
    ctx.accepted++;
  } catch (e) {
    if (!(e instanceof Rejection)) throw e;
    ctx.rejected++;
    const path = e.field === undefined || place.path.length === 0 ? place.path : [...place.path, e.field];
    ctx.problems.push(located(problemFrom(WALKTHROUGH_EN, "walkthrough/row", "error", path, e.params), place, e.field));
  }
}

function finish(ctx: ReadContext, extraRuns: readonly WalkthroughRun[] = []): WalkthroughRecords {
  const runs = new Map<string, WalkthroughRun>(extraRuns.map((r) => [r.id, r] as const));
  for (const [id, r] of ctx.runs) if (!runs.has(id)) runs.set(id, r.run);
  return {
    runs: [...runs.values()],
    observations: ctx.observations,
    ledger: { rowsRead: ctx.rowsRead, accepted: ctx.accepted, rejected: ctx.rejected, blankLines: ctx.blankLines },
    problems: ctx.problems,
  };
}

/** Stop on input that cannot be read at all (no record can be counted). */
function unreadable(params: ProblemParams["walkthrough/file"], file: string | undefined, path: DocPath = []): never {
  const p = problemFrom(WALKTHROUGH_EN, "walkthrough/file", "error", path, params);
  throw new ValidationErrorOf(file, [file === undefined ? p : { ...p, location: { file } }]);
}

class ValidationErrorOf extends ValidationError {
  /**
   * @param file - the file, for the message.
   * @param problems - what is wrong.
   */
  constructor(file: string | undefined, problems: Problem[]) {
    super(`gaptrace/readWalkthroughs: ${file ?? "the walkthrough records"} cannot be read.`, problems);
  }
}

/** Read CSV text or bytes: one record per row. */
function readCsv(ctx: ReadContext, input: string | Uint8Array, options: WalkthroughReadOptions): WalkthroughRecords {
  const reader = new LineReader(options.encoding, "readWalkthroughs");
  const csv = new CsvLines({ ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }), facts: () => reader.facts });
  const items = [...csv.push(reader.push(input)), ...csv.push(reader.end()), ...csv.end()];
  const file = options.file;
  let columns: Map<WalkthroughField, number> | undefined;
  for (const item of items) {
    if (item.kind === "blank") {
      ctx.blankLines++;
      continue;
    }
    if (item.kind === "header") {
      columns = headerColumns(ctx, item.columns.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, "") : c)), file, item.line);
      continue;
    }
    if (item.kind === "malformed") {
      ctx.rowsRead++;
      ctx.rejected++;
      ctx.problems.push(located(problemFrom(WALKTHROUGH_EN, "walkthrough/row", "error", [], { kind: "malformed", detail: item.detail }), { file, line: item.line, path: [] }, undefined));
      continue;
    }
    if (item.kind !== "cells" || columns === undefined) continue;
    const raw: Partial<Record<WalkthroughField, string>> = {};
    for (const [f, i] of columns) raw[f] = (item.cells[i] ?? "").trim();
    take(ctx, raw, { file, line: item.line, path: [], columns });
  }
  if (columns === undefined || ctx.rowsRead === 0) unreadable({ kind: "empty" }, file);
  return finish(ctx);
}

/** The field of each header cell; unknown headers are remarked on, required ones missing stop the read. */
function headerColumns(ctx: ReadContext, header: readonly string[], file: string | undefined, line: number): Map<WalkthroughField, number> {
  const columns = new Map<WalkthroughField, number>();
  const canonical = WALKTHROUGH_FIELDS.flatMap((f) => [WALKTHROUGH_HEADERS[f].en, WALKTHROUGH_HEADERS[f].zh]);
  header.forEach((h, i) => {
    const f = HEADERS.get(squash(h));
    if (f !== undefined && !columns.has(f)) columns.set(f, i);
    else if (f === undefined && h.trim() !== "") {
      const p = problemFrom(WALKTHROUGH_EN, "walkthrough/unknown-column", "warning", [], { column: h, near: nearMiss(h, canonical) ?? null });
      ctx.problems.push({ ...p, location: { ...(file === undefined ? {} : { file }), line, column: i + 1 } });
    }
  });
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length > 0) unreadable({ kind: "missing-columns", columns: missing }, file);
  return columns;
}

/** Read the structured form (`{ study?, runs, problems }`): runs first (each checked), then the problems. */
function readStructured(ctx: ReadContext, value: unknown, file: string | undefined): WalkthroughRecords {
  const parsed = WalkthroughFileSchema.safeParse(value, ZOD_ENGLISH);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    const path = (i?.path ?? []).filter((k): k is string | number => typeof k !== "symbol");
    return unreadable({ kind: "shape", detail: `${path.join(".") || "(top)"}: ${i?.message ?? ""}` }, file, path);
  }
  const doc = parsed.data;
  if (doc.study !== undefined && doc.study !== ctx.study.id) unreadable({ kind: "shape", detail: `study: ${doc.study}` }, file, ["study"]);
  const runRaw = new Map<string, Partial<Record<WalkthroughField, string>>>();
  const runProblems: Problem[] = [];
  const declared: WalkthroughRun[] = [];
  doc.runs.forEach((r, i) => {
    const raw: Partial<Record<WalkthroughField, string>> = {
      run: r.id, runKind: r.kind, participants: String(r.participants),
      ...(r.date === undefined ? {} : { date: r.date }), ...(r.wave === undefined ? {} : { wave: r.wave }),
      ...(r.organiser === undefined ? {} : { organiser: r.organiser }), ...(r.tasks === undefined ? {} : { tasks: String(r.tasks) }),
    };
    try {
      if (runRaw.has(r.id)) throw new Rejection({ kind: "duplicate-id", id: r.id }, "run");
      const run = runOf(ctx, raw, r.id);
      ctx.runs.set(r.id, { run, raw });
      runRaw.set(r.id, raw);
      declared.push(run);
    } catch (e) {
      if (!(e instanceof Rejection)) throw e;
      const fieldKey = e.field === "runKind" ? "kind" : e.field === "run" ? "id" : e.field;
      runProblems.push(located(problemFrom(WALKTHROUGH_EN, "walkthrough/row", "error", fieldKey === undefined ? ["runs", i] : ["runs", i, fieldKey], e.params), { file, line: undefined, path: [] }, undefined));
    }
  });
  doc.problems.forEach((o, i) => {
    const solved = typeof o.solved === "boolean" ? (o.solved ? "yes" : "no") : o.solved;
    const raw: Partial<Record<WalkthroughField, string>> = {
      run: o.run, task: o.task, step: o.step, kind: o.kind, solved,
      ...Object.fromEntries((["id", "recordedBy", "owner", "severity", "solvedOn", "standard"] as const).flatMap((k) => (o[k] === undefined ? [] : [[k, o[k]]]))),
      ...(runRaw.get(o.run) ?? {}),
    };
    const problemText = typeof o.problem === "string" ? o.problem.trim() : o.problem;
    const measure = o.measure === undefined ? {} : { measure: typeof o.measure === "string" ? o.measure.trim() : o.measure };
    // An empty text is a missing problem, as an empty CSV cell is.
    const labels: RecordLabels = { declaredRuns: true, ...measure, ...(problemText === "" ? {} : { problem: problemText }) };
    take(ctx, raw, { file, line: undefined, path: ["problems", i] }, labels);
  });
  ctx.problems.unshift(...runProblems);
  return finish(ctx, declared);
}

/**
 * Read walkthrough records (流程穿越记录): a CSV export (one row per problem found; English or Chinese headers;
 * UTF-8 with or without a byte-order mark, or a declared `encoding` such as `gb18030`), or JSON/YAML
 * (`{ study?, runs: [...], problems: [...] }`), or the parsed object. Every record is checked against the study:
 * an unknown step, post or standard (with the nearest id as a suggestion), an unknown word, an empty required
 * field, a run described differently on two rows, a repeated id: each rejects its record with a located problem
 * (file, line and column; or the path in JSON/YAML), counted in the ledger.
 *
 * @param study - the study the walkthroughs were run on.
 * @param input - CSV, JSON or YAML text, bytes, or the parsed `{ runs, problems }` object.
 * @param options - `file` (to locate problems and choose the format), `format`, `encoding`, `delimiter`.
 * @returns the runs and problems accepted, the ledger (`rowsRead = accepted + rejected`), and every problem met.
 * @throws {@link core!ValidationError} with `walkthrough/file` problems when nothing can be read (not parseable,
 *   another shape, required columns missing, no record).
 * @example
 * ```ts
 * const records = readWalkthroughs(study, "run,walkthrough_kind,participants,task,step,problem,problem_kind,solved\n" +
 *   "w1,customer,12,t1,or_bo_dispatch,Dispatcher waits for a callback,execution,no\n");
 * records.observations[0]?.owner; // the dispatch step's owner post
 * records.ledger; // { rowsRead: 1, accepted: 1, rejected: 0, blankLines: 0 }
 * ```
 */
export function readWalkthroughs(study: Study, input: string | Uint8Array | object, options: WalkthroughReadOptions = {}): WalkthroughRecords {
  requireStudy("readWalkthroughs", study);
  const opts = WalkthroughReadOptionsSchema.safeParse(options, ZOD_ENGLISH);
  if (!opts.success) throw new UsageError("readWalkthroughs", `options are not valid: ${opts.error.issues[0]?.message ?? ""}.`, "Options are { file?, format?: \"csv\" | \"json\" | \"yaml\", encoding?, delimiter? }.");
  const o = opts.data as WalkthroughReadOptions;
  const ctx = contextOf(study);
  if (!(typeof input === "string" || input instanceof Uint8Array)) {
    if (input === null || typeof input !== "object") throw new UsageError("readWalkthroughs", "the input is neither text, bytes nor an object.", "Pass the file's text or bytes, or { runs, problems }.");
    return readStructured(ctx, input, o.file);
  }
  const format = o.format ?? formatOf(o.file, input);
  if (format === "csv") return readCsv(ctx, input, o);
  const text = typeof input === "string" ? input : new TextDecoder(o.encoding ?? "utf-8").decode(input);
  let value: unknown;
  try {
    value = format === "json" ? JSON.parse(text.replace(/^\uFEFF/, "")) : yamlValue(text);
  } catch (e) {
    return unreadable({ kind: "parse", detail: e instanceof Error ? e.message : String(e) }, o.file);
  }
  return readStructured(ctx, value, o.file);
}

/** A YAML document's value; its first error, if any, thrown as a parse error. */
function yamlValue(text: string): unknown {
  const doc = yamlModule().parseDocument(text);
  const first = doc.errors[0];
  if (first !== undefined) throw new Error(first.message);
  return doc.toJS();
}

function formatOf(file: string | undefined, input: string | Uint8Array): "csv" | "json" | "yaml" {
  const ext = file?.toLowerCase().match(/\.(json|ya?ml|csv|txt)$/)?.[1];
  if (ext === "json") return "json";
  if (ext === "yaml" || ext === "yml") return "yaml";
  if (ext === "csv" || ext === "txt") return "csv";
  const head = typeof input === "string" ? input.slice(0, 64) : new TextDecoder().decode(input.slice(0, 64));
  return /^\uFEFF?\s*\{/.test(head) ? "json" : "csv";
}
