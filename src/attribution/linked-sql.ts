/**
 * The linked summary computed where the data are: in one session holding the first pass's verdicts table and the
 * case pass's per-case table, the candidates of every traced point (from the attribution of the survey and case
 * summaries just made there) become exposure expressions, respondents are joined to their own cases, and the rows
 * come back as the {@link LinkedSummary} `summariseLinked` gives in process (counts exactly, sums to rounding).
 * @module
 */
import type { WorkCalendarRules } from "../data/calendar.js";
import { UsageError } from "../core/errors.js";
import type { CaseSummary } from "../data/case-summary.js";
import { unfinishedRuleOf } from "../data/durations.js";
import { segmentDims } from "../data/row-reader.js";
import type { CasePassPlan } from "../data/sql/cases.js";
import { driverResidualQuery, linkedCellsQuery, linkedSql, LINKED_TABLES, type ClockTestSpec, type ExposureSpec } from "../data/sql/linked.js";
import { num, type SqlRow, type SqlRunner } from "../data/sql/run.js";
import { driverQuery, INDEX_TABLE, summarySql } from "../data/sql/summary.js";
import { dataIndex, scaleRange } from "../data/study-index.js";
import { secondsPerUnit } from "../model/units.js";
import type { Clock, Question, Standard, Study } from "../model/study.js";
import type { CentredCrossProducts } from "../stats/fit-from-cross-products.js";
import type { WeightedMoments } from "../stats/weighted-moments.js";
import { attribute } from "./attribute.js";
import { clockOf } from "./evidence/standards.js";
import type { Exposure, LinkProblem, Linkage } from "./shared/findings.js";
import type { LinkedDriverSummary, LinkedSummary } from "./shared/linked-summary.js";
import { resolveAttributionOptions } from "./shared/options.js";
import type { SurveySummary } from "./shared/survey-summary.js";
import { driverSummary, finishLinkedWave, keptOf, linkedPlan, type CellDraft, type LinkedPlan, type SummariseLinkedOptions } from "./linked.js";
import { checkLinkedSlopes, slopesOf, type LinkedDriverSlopes } from "./shared/linked-slopes.js";
import { isOverallPoint } from "./trace/trace-gaps.js";

const FN = "linkedSummarySql";

/** What the linked pass reads from the session: the two passes' dimensions and summaries. */
export interface LinkedSession {
  /** The first pass's segment dimensions (its plan's `dims`). */
  readonly respondentDims: readonly string[];
  /** The case pass's plan (its segment dimensions). */
  readonly casePlan: Pick<CasePassPlan, "options">;
  /** The survey summary made in the session. */
  readonly survey: SurveySummary;
  /** The case summary made in the session. */
  readonly cases: CaseSummary;
}

/** A clock test of a standard on a clock, at a threshold. */
function testOf(study: Study, s: Standard, clock: Clock | undefined, threshold: number, calendar: WorkCalendarRules | undefined): ClockTestSpec {
  const ev = new Map(study.events.map((e, i) => [e.id, i] as const));
  const rule = unfinishedRuleOf(s, study.metrics.find((m) => m.id === s.metric));
  return {
    start: clock === undefined ? undefined : ev.get(clock.start),
    stop: clock === undefined ? undefined : ev.get(clock.stop),
    seconds: secondsPerUnit(s.unit),
    workdays: s.unit === "workday" ? calendar : undefined,
    threshold,
    better: s.better,
    scope: s.scope,
    // An end event the study lacks is never there: the case has no usable end (countsAsMiss: a miss).
    rule: { count: rule.count, seconds: rule.seconds, end: rule.end === undefined ? undefined : ev.get(rule.end) },
  };
}

/** The SQL of an exposure, as the candidate's `perCase` reads it off a case view. */
function exposureSpec(study: Study, x: Exposure, calendar: WorkCalendarRules | undefined): ExposureSpec {
  const s = "standard" in x ? study.standards.find((y) => y.id === x.standard) : undefined;
  if (s === undefined) throw new UsageError(FN, `exposure ${JSON.stringify(x)} names no standard of the study.`, "Report this as a bug.");
  if (x.kind === "missed-standard") return { kind: "miss", test: testOf(study, s, clockOf(study, s), s.threshold, calendar) };
  if (x.kind === "beyond-acceptable") return { kind: "miss", test: testOf(study, s, clockOf(study, s), x.acceptable, calendar) };
  if (x.kind === "customer-clock") return { kind: "customer-clock", own: testOf(study, s, clockOf(study, s), s.threshold, calendar), customer: testOf(study, s, x.customerClock, s.threshold, calendar) };
  throw new UsageError(FN, `exposure ${JSON.stringify(x)} cannot be read off a case.`, "Report this as a bug.");
}

/** Moments from the two-pass sums (means and the sums of deviations from them). */
function momentsOf(row: SqlRow): WeightedMoments {
  const sw = num(row["sw"]);
  const sw2 = num(row["sw2"]);
  const d1 = num(row["d1"]);
  const e1 = num(row["e1"]);
  return { n: num(row["n"]), nZeroWeight: 0, sumW: sw, mean: num(row["mu"]) + d1 / sw, m2: Math.max(0, num(row["d2"]) - (d1 * d1) / sw), sumW2: sw2, meanW2: num(row["mu2"]) + e1 / sw2, m2W2: Math.max(0, num(row["e2"]) - (e1 * e1) / sw2) };
}

/** Index sets of the plan: every traced point's, every overall point's and every driver's, each numbered once. */
function setsOf(plan: LinkedPlan): { sets: (readonly Question[])[]; setNo: (qs: readonly Question[]) => number } {
  const sets: (readonly Question[])[] = [];
  const no = new Map<string, number>();
  const key = (qs: readonly Question[]): string => qs.map((q) => q.id).join("\u0000");
  const add = (qs: readonly Question[]): void => {
    if (qs.length > 0 && !no.has(key(qs))) {
      no.set(key(qs), sets.length);
      sets.push(qs);
    }
  };
  for (const p of plan.points) add(p.questions);
  for (const d of plan.drivers) {
    add(d.overall);
    for (const x of d.drivers) add(x.questions);
  }
  return { sets, setNo: (qs) => no.get(key(qs)) ?? -1 };
}

/**
 * Compute the linked summary on an engine, in the session holding both passes' tables (run it inside
 * `runCasePass`'s `then`, inside `runFirstPass`'s, as `linkedSummaryDuckDB` and `linkedSummaryPostgres` do).
 *
 * @param study - the study.
 * @param runner - the engine, in that session.
 * @param session - the passes' dimensions and the survey and case summaries made in the session.
 * @param options - the attribution options (which decide the findings, hence the candidates; `minExternal`), and
 *   optionally per wave the findings to plan from (a part of a whole summarised apart must use the whole's), and
 *   the whole's driver slopes (`slopes`, from `linkedSlopes`) for a part's second round.
 * @returns the linked summary of every wave of the survey summary.
 * @example
 * ```ts
 * await runCasePass(study, runner, cases, {}, async (plan, caseSummary) => {
 *   linked = await linkedSummarySql(study, runner, { respondentDims: fp.dims, casePlan: plan, survey, cases: caseSummary });
 * });
 * ```
 */
export async function linkedSummarySql(study: Study, runner: SqlRunner, session: LinkedSession, options: SummariseLinkedOptions = {}): Promise<LinkedSummary> {
  const { findings, slopes, ...attribution } = options;
  const opts = resolveAttributionOptions(attribution);
  if (slopes !== undefined) checkLinkedSlopes(FN, slopes, { study: study.id, minExternal: opts.minExternal, overall: study.evaluationPoints.filter(isOverallPoint).map((p) => p.id) });
  const d = runner.dialect;
  // Working days are counted by the case pass's calendar: the attribution must count by the same one.
  const calendar = session.casePlan.options.calendar;
  if ((calendar === undefined) !== (opts.calendar === undefined) || (calendar !== undefined && calendar !== opts.calendar))
    throw new UsageError(FN, "the case pass and the attribution options were given different working calendars (or only one of them had one).", "Pass the same workCalendar(...) as cases.calendar and attribution.calendar, or neither.");
  const waves = session.survey.waves.map((w) => w.wave);
  // The candidates follow each wave's findings (its unreasonable standards): one plan per wave.
  const plans = new Map(waves.map((wave) => [wave, linkedPlan(study, findings?.get(wave) ?? attribute(study, { responses: session.survey, cases: session.cases }, { ...attribution, wave }).findings)] as const));
  const exposures = new Map<string, { n: number; spec: ExposureSpec }>();
  for (const plan of plans.values())
    for (const p of plan.points)
      for (const c of p.candidates) {
        const k = JSON.stringify(c.exposure);
        if (!exposures.has(k)) exposures.set(k, { n: exposures.size, spec: exposureSpec(study, c.exposure, calendar?.rules) });
      }
  const caseDims = segmentDims(session.casePlan.options.segments, session.casePlan.options.segmentColumns).map(([dim]) => dim);
  const rDims = session.respondentDims.length;
  const sql = linkedSql({ exposures: [...exposures.values()].map((x) => x.spec), caseDims, respondentDims: rDims }, d);
  const firstPlan = plans.get(waves[0] ?? "") ?? { points: [], drivers: [] };
  const { sets, setNo } = setsOf(firstPlan);
  const ix = dataIndex(study);
  const column = (q: Question): { question: number; min: number; span: number } => {
    const r = scaleRange(q.scale);
    return { question: ix.questions.get(q.id)?.index ?? -1, min: r.min ?? NaN, span: (r.max ?? NaN) - (r.min ?? NaN) };
  };
  await runner.exec(summarySql({ sets: sets.map((qs) => qs.map(column)), pairs: [], accepting: [] }, d, session.respondentDims).indexTable);
  try {
    await runner.exec(sql.exposures);
    await runner.exec(sql.people);
    await runner.exec(sql.respondents);
    const [linkRows, recordRows, problemRows] = [await runner.query(sql.linkage), await runner.query(sql.caseRecords), await runner.query(sql.problems)];
    const out = [];
    for (const wave of waves) {
      const plan = plans.get(wave) ?? firstPlan;
      const linkage = linkageOf(wave, linkRows, recordRows, problemRows);
      const points = [];
      for (const p of plan.points) {
        const xs = p.candidates.map((c) => exposures.get(JSON.stringify(c.exposure))?.n ?? -1);
        // A point without a candidate that a case can show has nothing to measure: no cells.
        const rows = xs.length === 0 ? [] : await runner.query(linkedCellsQuery(wave, setNo(p.questions), xs, rDims));
        const cells: CellDraft[] = rows.map((r) => ({
          segment: Array.from({ length: rDims }, (_, i) => String(r[`r${i}`] ?? "")),
          exposure: xs.map((_, j) => {
            const v = num(r[`k${j}`]);
            return v === 1 ? 1 : v === 0 ? 0 : null;
          }),
          moments: momentsOf(r),
        }));
        points.push({ point: p.point.id, exposures: p.candidates.map((c) => ({ key: c.key, exposure: c.exposure })), cells });
      }
      const drivers: LinkedDriverSummary[] = [];
      for (const dr of plan.drivers) drivers.push(await driversOf(runner, wave, dr, setNo, opts.minExternal, slopesOf(slopes, wave, dr.point.id)));
      out.push(finishLinkedWave(wave, session.respondentDims, { linkage, points, drivers }));
    }
    return { kind: "gaptrace/linked-summary", version: 1, study: study.id, minExternal: opts.minExternal, waves: out };
  } finally {
    for (const t of [INDEX_TABLE, LINKED_TABLES.respondents, LINKED_TABLES.people, LINKED_TABLES.exposures]) await runner.exec(`DROP TABLE IF EXISTS ${t}`);
  }
}

/** One wave's linkage account from the status counts, the case records and the kept problems. */
function linkageOf(wave: string, rows: readonly SqlRow[], records: readonly SqlRow[], problems: readonly SqlRow[]): Linkage {
  const n = (st: string): number => num(rows.find((r) => String(r["wave_e"]) === wave && r["st"] === st)?.["n"] ?? 0);
  const linked = n("linked");
  const unlinked = n("unlinked");
  const unknownCase = n("unknown-case");
  const duplicate = n("duplicate-link");
  const kept: LinkProblem[] = problems
    .filter((r) => String(r["wave_e"]) === wave)
    .sort((a, b) => num(a["k"]) - num(b["k"]))
    .map((r) => ({ respondent: String(r["rid"]), case: String(r["cid"]), reason: r["st"] === "unknown-case" ? "unknown-case" : "duplicate-link" }));
  return { respondents: linked + unlinked + unknownCase + duplicate, linked, unlinked, unknownCase, duplicate, caseRecords: num(records.find((r) => String(r["wave_e"]) === wave)?.["n"] ?? 0), problems: kept };
}

/** One overall point's driver regression in one wave: answered counts, round 1 on the kept drivers, round 2. */
async function driversOf(runner: SqlRunner, wave: string, dr: LinkedPlan["drivers"][number], setNo: (qs: readonly Question[]) => number, minN: number, given: LinkedDriverSlopes | undefined): Promise<LinkedDriverSummary> {
  const overall = setNo(dr.overall);
  const all = dr.drivers.map((x) => setNo(x.questions));
  const [count] = await runner.query(driverQuery(wave, overall, all));
  const rows = num(count?.["rows"] ?? 0);
  const answered = all.map((_, j) => num(count?.[`a${j}`] ?? 0));
  // A part of a whole runs round 1 on the whole's drivers (linkedSlopes), not on those its own counts keep.
  const keptIdx = given === undefined ? answered.flatMap((a, j) => (a >= minN && a >= 0.5 * rows ? [j] : [])) : keptOf(dr, given, FN);
  const kept = keptIdx.map((j) => all[j] ?? -1);
  const base = { point: dr.point.id, rows, drivers: dr.drivers.map((x, j) => ({ point: x.point.id, answered: answered[j] ?? 0 })), kept: keptIdx.map((j) => dr.drivers[j]?.point.id ?? "") };
  const k = kept.length;
  // Usually every driver is kept: the first query's cross-products are then round 1's.
  const row = k === 0 ? undefined : k === all.length ? count : (await runner.query(driverQuery(wave, overall, kept)))[0];
  const n = num(row?.["n"] ?? 0);
  const v = (c: string): number => (row === undefined || n === 0 || row[c] === null || row[c] === undefined ? 0 : num(row[c]));
  const sw = v("sw");
  const xBar = Array.from({ length: k }, (_, j) => v(`m${j}`));
  // The lower triangle, as the solver reads it (and as the in-process route stores it).
  const sxx = Array.from({ length: k * k }, (_, i) => (i % k > Math.floor(i / k) ? 0 : v(`c${Math.floor(i / k)}_${i % k}`)));
  const cross: CentredCrossProducts = { n, sumW: sw, yBar: v(`m${k}`), xBar, sxx, sxy: Array.from({ length: k }, (_, j) => v(`c${k}_${j}`)), scale: xBar.map((m, j) => (sxx[j * k + j] ?? 0) + sw * m * m) };
  return driverSummary(base, cross, minN, async (at) => {
    const beta = keptIdx.map((_, j) => (at.kept.includes(j) ? (at.beta[at.kept.indexOf(j)] ?? null) : null));
    const [r] = await runner.query(driverResidualQuery(wave, overall, kept, { yBar: at.yBar, xBar: at.xBar, beta }, runner.dialect));
    const p = 1 + at.kept.length;
    const meat = Array.from({ length: p * p }, (_, i) => num(r?.[`m${Math.max(Math.floor(i / p), i % p)}_${Math.min(Math.floor(i / p), i % p)}`] ?? 0));
    return { meat, score: Array.from({ length: p }, (_, a) => num(r?.[`s${a}`] ?? 0)) };
  }, given);
}
