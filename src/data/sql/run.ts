/**
 * Running the SQL first pass through any engine and reading its results back into the in-process types: an
 * {@link Aggregate} (cells with weighted moments and histograms, missing, "don't know" and "not applicable"
 * counts) whose {@link LedgerSummary} holds the same counts, reasons, kept problems and link counts as reading
 * the same rows in process. The engine is a {@link SqlRunner}: two methods, so DuckDB, PostgreSQL or a
 * distributed engine plug in without this module importing any of them.
 * @module
 */
import { nearMiss } from "../../core/near.js";
import type { Problem } from "../../core/problem.js";
import type { Study } from "../../model/study.js";
import { AGGREGATE_FORMAT, AggregateBuilder, cellKey, type Aggregate, type AggregateCell } from "../aggregate.js";
import { REJECT_REASONS, type CodedValues, type LedgerSummary, type RejectReason } from "../ledger.js";
import type { ResponseOptions } from "../responses.js";
import { makeSegment, type Segment } from "../segment.js";
import { parseAnswer, recodeKey, show } from "../values.js";
import type { SqlDialect } from "./dialect.js";
import { firstPassPlan, VERDICT_TABLE, type FirstPassPlan, type SqlRelation } from "./first-pass.js";
import { problemFrom } from "../../core/problem-from.js";
import { DATA_EN } from "../../core/messages/problems-en-data.js";

/** One result row, column name → value (numbers may come back as `bigint` or numeric strings). */
export type SqlRow = Readonly<Record<string, unknown>>;

/** An engine the first pass runs on: a dialect, a way to run a statement and a way to read a query. */
export interface SqlRunner {
  /** How the engine spells the constructs engines disagree on. */
  readonly dialect: SqlDialect;
  /**
   * Run a statement that returns no rows (e.g. `CREATE TEMP TABLE ... AS ...`).
   * @param sql - the statement.
   */
  exec(sql: string): Promise<void>;
  /**
   * Run a query and return all its rows.
   * @param sql - the query.
   * @returns the rows.
   */
  query(sql: string): Promise<readonly SqlRow[]>;
}

/**
 * Run the first pass of survey responses (long or wide form) where the data are, and read the results back as the
 * aggregate (with its ledger) that `aggregate(study, readResponsesCsv(...))` gives for the same rows.
 *
 * @param study - the validated study.
 * @param runner - the engine.
 * @param relation - the rows: a FROM item, its columns and its order column.
 * @param options - as for `readResponses`, long or wide form (see {@link firstPassPlan} for what is refused).
 * @param then - run on the verdicts table before it is dropped (e.g. the survey summary's queries), given the plan.
 * @returns the aggregate.
 * @throws UsageError for an unsupported option, or when the rows hold more segments than `maxSegments`.
 * @example
 * ```ts
 * const agg = await runFirstPass(study, runner, { from: "responses", columns, order: "line" }, { segments: ["region"] });
 * ```
 */
export async function runFirstPass(study: Study, runner: SqlRunner, relation: SqlRelation, options: ResponseOptions = {}, then?: (plan: FirstPassPlan) => Promise<void>): Promise<Aggregate> {
  const plan = firstPassPlan(study, relation, runner.dialect, options);
  try {
    for (const s of plan.before) await runner.exec(s);
    await runner.exec(plan.verdicts);
    const [reasons, cells, numeric, problems, links, internalLink, codedOrder, recoded] = [
      await runner.query(plan.reasons),
      await runner.query(plan.cells),
      await runner.query(plan.numeric),
      await runner.query(plan.problems),
      await runner.query(plan.links),
      await runner.query(plan.internalLink),
      await runner.query(plan.codedOrder),
      await runner.query(plan.recoded),
    ];
    const built = buildCells(plan, cells, numeric);
    const ledger = buildLedger(plan, { reasons, cells, problems, links, internalLink, codedOrder, recoded });
    const base = new AggregateBuilder(study).finish(ledger);
    if (then !== undefined) await then(plan);
    return { format: AGGREGATE_FORMAT, study: study.id, bases: base.bases, cells: built, ledger };
  } finally {
    for (const t of [VERDICT_TABLE, ...plan.temps]) await runner.exec(`DROP TABLE IF EXISTS ${t}`);
  }
}

/** A number from a result cell (engines return bigint for counts, some return numeric as text). */
export function num(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string") return Number(v);
  return Number.NaN;
}

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

type MutableCell = { -readonly [K in keyof AggregateCell]: AggregateCell[K] };

/** The segment of a result row: its dimension columns `s0`, `s1`…, blank values left out. */
function segmentOf(plan: FirstPassPlan, row: SqlRow): Segment {
  const pairs: [string, string][] = [];
  plan.dims.forEach((d, i) => {
    const v = str(row[`s${i}`]);
    if (v !== "") pairs.push([d, v]);
  });
  return makeSegment(pairs);
}

/** Weighted moments from value bins (discrete scales), in two passes: a mean, then deviations from it. */
function momentsFromBins(bins: readonly { value: number; count: number; sumW: number; sumW2: number }[]): AggregateCell["moments"] {
  let n = 0;
  let sw = 0;
  let sw2 = 0;
  let sx = 0;
  let sx2 = 0;
  for (const b of bins) {
    n += b.count;
    sw += b.sumW;
    sw2 += b.sumW2;
    sx += b.sumW * b.value;
    sx2 += b.sumW2 * b.value;
  }
  const mu = sw > 0 ? sx / sw : 0;
  const mu2 = sw2 > 0 ? sx2 / sw2 : 0;
  let d1 = 0;
  let d2 = 0;
  let e1 = 0;
  let e2 = 0;
  for (const b of bins) {
    d1 += b.sumW * (b.value - mu);
    d2 += b.sumW * (b.value - mu) ** 2;
    e1 += b.sumW2 * (b.value - mu2);
    e2 += b.sumW2 * (b.value - mu2) ** 2;
  }
  return centred(n, sw, mu, d1, d2, sw2, mu2, e1, e2);
}

/** Moments from a provisional mean and the first two sums of deviations from it. */
function centred(n: number, sw: number, mu: number, d1: number, d2: number, sw2: number, mu2: number, e1: number, e2: number): AggregateCell["moments"] {
  if (n === 0) return { n: 0, nZeroWeight: 0, sumW: 0, mean: 0, m2: 0, sumW2: 0, meanW2: 0, m2W2: 0 };
  return { n, nZeroWeight: 0, sumW: sw, mean: mu + d1 / sw, m2: Math.max(0, d2 - (d1 * d1) / sw), sumW2: sw2, meanW2: mu2 + e1 / sw2, m2W2: Math.max(0, e2 - (e1 * e1) / sw2) };
}

/** The cells: counts by status, histograms of discrete scales, moments (from the bins, or the numeric query). */
function buildCells(plan: FirstPassPlan, rows: readonly SqlRow[], numeric: readonly SqlRow[]): Map<string, AggregateCell> {
  const cells = new Map<string, MutableCell>();
  const bins = new Map<string, Map<number, { value: number; count: number; sumW: number; sumW2: number }>>();
  // Numeric questions: answered count, Σw and Σw² per cell (their moments come from the numeric query).
  const counts = new Map<string, [number, number, number]>();
  const cellOf = (row: SqlRow): [string, MutableCell] => {
    const qi = num(row["qidx"]);
    const id = plan.index.questionIds[qi] as string;
    const q = plan.index.questions.get(id);
    const wave = str(row["wave_e"]);
    const segment = segmentOf(plan, row);
    const key = cellKey(id, wave, segment);
    let cell = cells.get(key);
    if (cell === undefined) {
      const empty = { n: 0, nZeroWeight: 0, sumW: 0, mean: 0, m2: 0, sumW2: 0, meanW2: 0, m2W2: 0 };
      cell = { point: q?.point.id ?? "", question: id, wave, segment, moments: empty, histogram: q?.range.discrete === true ? { bins: [], nZeroWeight: 0 } : null, missing: 0, dontKnow: 0, missingWeight: 0, dontKnowWeight: 0, notApplicable: 0, notApplicableWeight: 0 };
      cells.set(key, cell);
    }
    return [key, cell];
  };
  for (const row of rows) {
    const [key, cell] = cellOf(row);
    const st = num(row["st"]);
    const n = num(row["n"]);
    const sw = num(row["sw"]);
    if (st === 1) [cell.missing, cell.missingWeight] = [cell.missing + n, cell.missingWeight + sw];
    else if (st === 2) [cell.dontKnow, cell.dontKnowWeight] = [cell.dontKnow + n, cell.dontKnowWeight + sw];
    else if (st === 3) [cell.notApplicable, cell.notApplicableWeight] = [cell.notApplicable + n, cell.notApplicableWeight + sw];
    else if (cell.histogram === null) {
      const [c0, w0, v0] = counts.get(key) ?? [0, 0, 0];
      counts.set(key, [c0 + n, w0 + sw, v0 + num(row["sw2"])]);
    } else {
      const value = num(row["hx"]) || 0; // -0 and 0 are one bin, as in addToHistogram
      const m = bins.get(key) ?? new Map();
      bins.set(key, m);
      const b = m.get(value) ?? { value, count: 0, sumW: 0, sumW2: 0 };
      m.set(value, { value, count: b.count + n, sumW: b.sumW + sw, sumW2: b.sumW2 + num(row["sw2"]) });
    }
  }
  for (const [key, m] of bins) {
    const cell = cells.get(key) as MutableCell;
    const sorted = [...m.values()].sort((a, b) => a.value - b.value);
    cell.histogram = { bins: sorted, nZeroWeight: 0 };
    cell.moments = momentsFromBins(sorted);
  }
  for (const row of numeric) {
    const [key, cell] = cellOf(row);
    const [n, sw, sw2] = counts.get(key) ?? [0, 0, 0];
    cell.moments = centred(n, sw, num(row["mu"]), num(row["d1"]), num(row["d2"]), sw2, num(row["mu2"]), num(row["e1"]), num(row["e2"]));
  }
  checkSegments(plan, cells);
  return new Map([...cells].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** More distinct segments than `maxSegments`: the in-process reader would reject rows; SQL refuses the load. */
function checkSegments(plan: FirstPassPlan, cells: ReadonlyMap<string, AggregateCell>): void {
  const max = plan.options.maxSegments ?? 10_000;
  const seen = new Set<string>();
  for (const c of cells.values()) seen.add(JSON.stringify(c.segment));
  if (seen.size > max) {
    throw new Error(`gaptrace/runFirstPass: the rows hold ${seen.size} segments, more than maxSegments (${max}); the SQL first pass does not reject rows past the limit. Raise maxSegments or use fewer segment dimensions.`);
  }
}

interface LedgerRows {
  readonly reasons: readonly SqlRow[];
  readonly cells: readonly SqlRow[];
  readonly problems: readonly SqlRow[];
  readonly links: readonly SqlRow[];
  readonly internalLink: readonly SqlRow[];
  readonly codedOrder: readonly SqlRow[];
  readonly recoded: readonly SqlRow[];
}

/** The ledger summary: rows, value counts by status, reasons, kept problems, notes, links and coded counts. */
function buildLedger(plan: FirstPassPlan, r: LedgerRows): LedgerSummary {
  let rowsRead = 0;
  let accepted = 0;
  let valuesRejected = 0;
  const byReason = new Map<RejectReason, number>();
  for (const row of r.reasons) {
    const n = num(row["n"]);
    const reason = row["reason"] === null || row["reason"] === undefined ? undefined : (str(row["reason"]) as RejectReason);
    // Level 0: rows (accepted under no reason); level 1: rejected values of accepted wide rows.
    if (num(row["lvl"]) === 1) valuesRejected += n;
    else rowsRead += n;
    if (reason === undefined) accepted += n;
    else byReason.set(reason, (byReason.get(reason) ?? 0) + n);
  }
  const values = { read: valuesRejected, valid: 0, missing: 0, dontKnow: 0, notApplicable: 0, rejected: valuesRejected };
  const perQuestion = new Map<number, { dontKnow: number; notApplicable: number }>();
  for (const row of r.cells) {
    const st = num(row["st"]);
    const n = num(row["n"]);
    values.read += n;
    const key = (["valid", "missing", "dontKnow", "notApplicable"] as const)[st] ?? "valid";
    values[key] += n;
    if (st === 2 || st === 3) {
      const q = perQuestion.get(num(row["qidx"])) ?? { dontKnow: 0, notApplicable: 0 };
      if (st === 2) q.dontKnow += n;
      else q.notApplicable += n;
      perQuestion.set(num(row["qidx"]), q);
    }
  }
  const { notApplicable, ...rest } = values;
  const kept = problemsOf(plan, r.problems);
  const coded = codedOf(plan, perQuestion, r.codedOrder, r.recoded);
  return {
    rowsRead,
    accepted,
    rejected: rowsRead - accepted,
    values: notApplicable > 0 ? { ...rest, notApplicable } : rest,
    blankLines: 0,
    byReason: REJECT_REASONS.filter((x) => byReason.has(x)).map((x) => [x, byReason.get(x) ?? 0] as const),
    problems: kept,
    notes: notesOf(plan, r.internalLink),
    maxProblemsPerReason: plan.options.maxProblemsPerReason ?? 100,
    links: linksOf(r.links, byReason.get("conflicting-case-link") ?? 0),
    ...(coded.some((c) => c.recoded > 0 || c.notApplicable > 0) ? { coded } : {}),
  };
}

/** Per question, recoded labels, don't-know and not-applicable counts, in the order the questions were first met. */
function codedOf(plan: FirstPassPlan, perQuestion: ReadonlyMap<number, { dontKnow: number; notApplicable: number }>, order: readonly SqlRow[], recoded: readonly SqlRow[]): CodedValues[] {
  const first = new Map(order.map((row) => [num(row["qidx"]), num(row["first_at"])] as const));
  const labels = new Map<number, { label: string; code: number; count: number; at: number }[]>();
  for (const row of recoded) {
    const qi = num(row["qidx"]);
    const list = labels.get(qi) ?? [];
    list.push({ label: str(row["rl"]), code: num(row["rc"]), count: num(row["n"]), at: num(row["first_at"]) });
    labels.set(qi, list);
  }
  const questions = new Set([...perQuestion.keys(), ...labels.keys()]);
  return [...questions]
    .sort((a, b) => (first.get(a) ?? 0) - (first.get(b) ?? 0))
    .map((qi) => {
      const c = perQuestion.get(qi) ?? { dontKnow: 0, notApplicable: 0 };
      const ls = (labels.get(qi) ?? []).sort((x, y) => x.at - y.at).map(({ label, code, count }) => ({ label, code, count }));
      return { question: plan.index.questionIds[qi] as string, recoded: ls.reduce((s, l) => s + l.count, 0), labels: ls, notApplicable: c.notApplicable, dontKnow: c.dontKnow };
    });
}

/** Link counts: external respondents linked (some accepted row names a case) or not; staff whose rows name one. */
function linksOf(rows: readonly SqlRow[], conflicting: number): NonNullable<LedgerSummary["links"]> {
  let linked = 0;
  let unlinked = 0;
  let internalIgnored = 0;
  for (const row of rows) {
    const n = num(row["n"]);
    const named = num(row["named"]) === 1;
    if (row["aud"] === "internal") internalIgnored += named ? n : 0;
    else if (named) linked += n;
    else unlinked += n;
  }
  return { linked, unlinked, internalIgnored, conflicting };
}

/** The header's and the links' notes, as the in-process reader writes them. */
function notesOf(plan: FirstPassPlan, internalLink: readonly SqlRow[]): Problem[] {
  const where = plan.file === undefined ? { line: 1 } : { file: plan.file, line: 1 };
  const notes: Problem[] = [];
  if (plan.options.linkBy === "respondent" && plan.header.includes(plan.columns.case)) notes.push({ ...problemFrom(DATA_EN, "data/unused-column", "info", [], { columns: [plan.columns.case], linkByRespondent: true }), location: where });
  if (plan.unused.length > 0) notes.push({ ...problemFrom(DATA_EN, "data/unused-column", "info", [], { columns: plan.unused, linkByRespondent: false }), location: where });
  if (plan.unknown.length > 0) notes.push({ ...problemFrom(DATA_EN, "data/unknown-column", "warning", [], { columns: plan.unknown, of: "questions" }), location: where });
  const first = internalLink[0];
  if (first !== undefined) {
    const line = num(first["ln"]);
    const p = problemFrom(DATA_EN, "data/internal-case-link", "info", [plan.columns.case], { respondent: str(first["rid"]), post: str(first["post_e"]), case: str(first["case_t"]) });
    notes.push({ ...p, location: plan.file === undefined ? { line } : { file: plan.file, line } });
  }
  return notes.slice(0, plan.options.maxProblemsPerReason ?? 100);
}

/** The kept problems, each reason's first rows in line order, worded as the in-process reader words them. */
function problemsOf(plan: FirstPassPlan, rows: readonly SqlRow[]): Problem[] {
  const sorted = [...rows].sort((a, b) => REJECT_REASONS.indexOf(str(a["reason"]) as RejectReason) - REJECT_REASONS.indexOf(str(b["reason"]) as RejectReason) || num(a["ln"]) - num(b["ln"]) || num(a["cpos"]) - num(b["cpos"]));
  return sorted.map((row) => {
    const reason = str(row["reason"]) as RejectReason;
    const line = num(row["ln"]);
    const [message, column, extra] = plan.form === "wide" && num(row["lvl"]) === 1 ? valueWording(plan, reason, row) : wording(plan, reason, row);
    const location = plan.file === undefined ? { line } : { file: plan.file, line };
    return { ...problemFrom(DATA_EN, `data/${reason}`, "warning", [column], { detail: message, ...extra }), location };
  });
}

/** The message, column and extra parameters of one rejected row, as `responses.ts` words them. */
function wording(plan: FirstPassPlan, reason: RejectReason, row: SqlRow): [string, string, { recode?: { question: string; value: string } }] {
  const c = plan.columns;
  const id = str(row["rid"]);
  const wave = str(row["wave_e"]);
  const qid = str(row["qid"]);
  const post = str(row["post_t"]);
  switch (reason) {
    case "missing-respondent":
      return ["The row has no respondent id.", c.respondent, {}];
    case "invalid-audience":
      return row["aud"] === null || row["aud"] === undefined ? [`Audience ${show(str(row["aud_t"]))} is neither external nor internal.`, c.audience, {}] : [`Respondent "${id}" is external but has post "${post}".`, c.post, {}];
    case "missing-post":
      return [`Internal respondent "${id}" has no post.`, c.post, {}];
    case "unknown-post":
      return [`Post "${post}" of respondent "${id}" is not in the study.`, c.post, {}];
    case "invalid-weight":
      return [`Weight ${show(str(row["w_raw"]))} of respondent "${id}" is not a number greater than 0 and at most 1e12.`, c.weight, {}];
    case "unknown-question": {
      const near = nearMiss(qid, plan.index.questionIds);
      return [qid === "" ? "The row names no question." : `Question "${qid}" is not in the study${near === undefined ? "" : `; did you mean "${near}"?`}.`, c.question, {}];
    }
    case "wrong-audience":
      return [audienceMismatch(plan, qid, id, str(row["aud"]), post), c.question, {}];
    case "inconsistent-respondent":
      return [`Respondent "${id}" (wave "${wave}") appears earlier with a different audience, post, segment or weight; this row was not used.`, c.respondent, {}];
    case "conflicting-case-link":
      return [`Respondent "${id}" (wave "${wave}") is linked to case "${str(row["link_case"])}" by an earlier row; this row names case "${str(row["case_t"])}" and was not used.`, c.case, {}];
    case "duplicate-answer":
      return [`Respondent "${id}" already answered "${qid}" in wave "${wave}"; the first answer was kept.`, c.question, {}];
    case "missing-value":
      return [`No answer to "${qid}" from respondent "${id}".`, c.value, {}];
    default:
      return parseWording(plan, qid, str(row["v_raw"]), reason);
  }
}

/** The message, column and extra parameters of one rejected value of an accepted wide row, as `responses.ts` words them. */
function valueWording(plan: FirstPassPlan, reason: RejectReason, row: SqlRow): [string, string, { recode?: { question: string; value: string } }] {
  const column = plan.header[num(row["cpos"])] ?? "";
  const id = str(row["rid"]);
  const qi = row["qidx"] === null || row["qidx"] === undefined ? -1 : num(row["qidx"]);
  const qid = plan.index.questionIds[qi] ?? "";
  const raw = str(row["v_raw"]);
  switch (reason) {
    case "unknown-question": {
      const near = nearMiss(column, plan.index.questionIds);
      return [`Column "${column}" is not a question of the study (value ${show(raw)})${near === undefined ? "" : `; did you mean "${near}"?`}.`, column, {}];
    }
    case "wrong-audience":
      return [`${audienceMismatch(plan, qid, id, str(row["aud"]), str(row["post_e"]))} (value ${show(raw)})`, column, {}];
    case "duplicate-answer":
      return [`Respondent "${id}" already answered "${qid}" in wave "${str(row["wave_e"])}"; the first answer was kept.`, column, {}];
    case "missing-value":
      return [`No answer to "${qid}" from respondent "${id}".`, column, {}];
    default: {
      const [message, , extra] = parseWording(plan, qid, raw, reason);
      return [message, column, extra];
    }
  }
}

/** The wording of a value the parser rejected: `parseAnswer` itself words it again from the raw cell. */
function parseWording(plan: FirstPassPlan, qid: string, raw: string, reason: RejectReason): [string, string, { recode?: { question: string; value: string } }] {
  const q = plan.index.questions.get(qid);
  if (q === undefined) return [`${show(raw)} was rejected (${reason}).`, plan.columns.value, {}];
  const p = parseAnswer(raw, q, plan.codesByQuestion[q.index] ?? plan.codes);
  if (p.kind !== "reject") return [`${show(raw)} was rejected (${reason}) in SQL but reads as ${p.kind} in process.`, plan.columns.value, {}];
  return [p.message, plan.columns.value, p.text === undefined ? {} : { recode: { question: qid, value: recodeKey(raw) } }];
}

/** Why a respondent may not answer a question, as the in-process reader words it. */
function audienceMismatch(plan: FirstPassPlan, qid: string, id: string, aud: string, post: string): string {
  const a = plan.index.questions.get(qid)?.question.audience;
  if (a === undefined || a.kind === "external") return `Question "${qid}" is for external customers; respondent "${id}" answers as internal post "${post}".`;
  if (aud === "external") return `Question "${qid}" is for internal post "${a.rater}"; respondent "${id}" is an external customer.`;
  return `Question "${qid}" is rated by post "${a.rater}"; respondent "${id}" answers as "${post}".`;
}
