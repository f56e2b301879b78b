/**
 * Running the SQL case pass through any engine ({@link SqlRunner}) and reading its results back as the
 * {@link CaseSummary} that `caseSummary(study, casesFromCsv(...))` computes in process: the same groups, figures and
 * ledger (rows, reasons, the kept problems worded and located as the loader words them).
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Problem } from "../../core/problem.js";
import type { Study } from "../../model/study.js";
import { CASE_SUMMARY_FORMAT, binsMoments, caseSummaryBasis, type CaseGroup, type CaseSummary, type ClockTestFigures, type StandardFigures, type ValueBins } from "../case-summary.js";
import { REJECT_REASONS, type LedgerSummary, type RejectReason } from "../ledger.js";
import { parseTime } from "../time.js";
import { show } from "../values.js";
import { casePassPlan, CASE_TABLES, type CasePassOptions, type CasePassPlan } from "./cases.js";
import type { SqlRelation } from "./first-pass.js";
import { num, type SqlRow, type SqlRunner } from "./run.js";
import { problemFrom } from "../../core/problem-from.js";
import { DATA_EN } from "../../core/messages/problems-en-data.js";

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/**
 * Run the case pass of long-form case records where they are, and read the results back as the case summary
 * (with the ledger of the load) that the in-process path computes for the same rows.
 *
 * @param study - the validated study.
 * @param runner - the engine.
 * @param relation - the rows: a FROM item, its columns and its order column.
 * @param options - as for `casesFromCsv` (long form), and the working calendar for standards in working days.
 * @param then - run on the per-case table before it is dropped (the linked pass joins respondents to it), with the summary.
 * @returns the summary.
 * @throws UsageError for an unsupported option, rows giving durations as numbers, or more segments than `maxSegments`.
 * @example
 * ```ts
 * const summary = await runCasePass(study, runner, { from: "orders", columns, order: "line" }, { segments: ["area"] });
 * ```
 */
export async function runCasePass(study: Study, runner: SqlRunner, relation: SqlRelation, options: CasePassOptions = {}, then?: (plan: CasePassPlan, summary: CaseSummary) => Promise<void>): Promise<CaseSummary> {
  const plan = casePassPlan(study, relation, runner.dialect, options);
  try {
    await runner.exec(plan.verdicts);
    const given = (await runner.query(plan.givenRows))[0];
    if (num(given?.["n"]) > 0)
      throw new UsageError("runCasePass", `${num(given?.["n"])} rows (the first at line ${num(given?.["ln"])}) give a metric's duration as a number; the SQL case pass reads event times only.`, "Read these records in process (readCasesCsv), or leave the duration rows out.");
    const segments = num((await runner.query(plan.segments))[0]?.["n"]);
    const max = options.maxSegments ?? 10_000;
    if (segments > max) throw new UsageError("runCasePass", `the rows hold ${segments} segments, more than maxSegments (${max}); the SQL case pass does not reject rows past the limit.`, "Raise maxSegments or use fewer segment dimensions.");
    await runner.exec(plan.events);
    for (const statements of plan.revoke) for (const s of statements) await runner.exec(s);
    await runner.exec(plan.cases);
    const ledger = await ledgerOf(plan, runner);
    const groups = await groupsOf(plan, runner);
    const summary: CaseSummary = { format: CASE_SUMMARY_FORMAT, study: study.id, calendar: options.calendar !== undefined, basis: caseSummaryBasis(study), groups, ledger };
    if (then !== undefined) await then(plan, summary);
    return summary;
  } finally {
    for (const t of Object.values(CASE_TABLES)) await runner.exec(`DROP TABLE IF EXISTS ${t}`);
  }
}

/** The ledger summary: rows by reason (revoked stops moved from accepted to `stop-before-start`), kept problems. */
async function ledgerOf(plan: CasePassPlan, runner: SqlRunner): Promise<LedgerSummary> {
  const reasons = await runner.query(plan.reasons);
  const revoked = num((await runner.query(plan.revoked))[0]?.["n"]);
  let rowsRead = 0;
  let accepted = 0;
  const byReason = new Map<RejectReason, number>();
  for (const row of reasons) {
    const n = num(row["n"]);
    rowsRead += n;
    if (row["reason"] === null || row["reason"] === undefined) accepted += n;
    else byReason.set(str(row["reason"]) as RejectReason, n);
  }
  accepted -= revoked;
  if (revoked > 0) byReason.set("stop-before-start", revoked);
  const kept = problemsOf(plan, await runner.query(plan.problems), await runner.query(plan.revokedProblems));
  return {
    rowsRead,
    accepted,
    rejected: rowsRead - accepted,
    values: { read: accepted, valid: accepted, missing: 0, dontKnow: 0, rejected: 0 },
    blankLines: 0,
    byReason: REJECT_REASONS.filter((x) => byReason.has(x)).map((x) => [x, byReason.get(x) ?? 0] as const),
    problems: kept,
    notes: [],
    maxProblemsPerReason: plan.options.maxProblemsPerReason ?? 100,
  };
}

/** The kept problems, reason by reason in the ledger's order, each worded and located as the loader does. */
function problemsOf(plan: CasePassPlan, rows: readonly SqlRow[], revoked: readonly SqlRow[]): Problem[] {
  const c = plan.columns;
  const where = (line: number): { line: number; file?: string } => (plan.file === undefined ? { line } : { file: plan.file, line });
  const made = new Map<RejectReason, Problem[]>();
  const add = (reason: RejectReason, column: string, line: number, message: string): void => {
    const list = made.get(reason) ?? [];
    made.set(reason, list);
    list.push({ ...problemFrom(DATA_EN, `data/${reason}`, "warning", [column], { detail: message }), location: where(line) });
  };
  for (const row of [...rows].sort((a, b) => num(a["ln"]) - num(b["ln"]))) {
    const reason = str(row["reason"]) as RejectReason;
    const id = str(row["id"]);
    const event = plan.eventIds[num(row["ev"])] ?? "";
    const line = num(row["ln"]);
    switch (reason) {
      case "missing-case":
        add(reason, c.case, line, "The row has no case id.");
        break;
      case "unknown-event": {
        const e = str(row["ev_t"]);
        add(reason, c.event, line, e === "" ? "The row names no event." : `Event "${e}" is not in the study.`);
        break;
      }
      case "missing-value":
        add(reason, c.time, line, `No time for event "${event}" of case "${id}".`);
        break;
      case "unparseable-time": {
        const raw = str(row["t_raw"]);
        const t = parseTime(raw, plan.offset);
        add(reason, c.time, line, `Time ${show(raw)} of event "${event}" (case "${id}") cannot be read: ${t.ok ? `it reads as ${t.ms} in process` : t.why}.`);
        break;
      }
      case "unknown-context":
        add(reason, c.context, line, `Context "${str(row["ctx"])}" of case "${id}" is neither a metric nor a step of the study.`);
        break;
      case "inconsistent-case":
        if (num(row["ctx_clash"]) === 1) add(reason, c.context, line, `Case "${id}" was about "${str(row["cx_ctx"])}" on an earlier row, and "${str(row["ctx"])}" here.`);
        else add(reason, c.segment, line, `Case "${id}" had another segment on an earlier row.`);
        break;
      case "duplicate-event":
        add(reason, c.event, line, `Case "${id}" already has event "${event}" (line ${num(row["first_ln"])}); the first time was kept.`);
        break;
      default:
        add(reason, c.time, line, `The row was rejected (${reason}).`);
    }
  }
  for (const row of revoked) {
    const { clock, by } = plan.clocks[num(row["rv"])] ?? { clock: { start: "", stop: "" }, by: "" };
    const a = num(row["rv_start"]);
    const b = num(row["ms"]);
    add("stop-before-start", c.time, num(row["ln"]), `Case "${str(row["id"])}": "${clock.stop}" (${new Date(b).toISOString()}) comes before "${clock.start}" (${new Date(a).toISOString()}) on the clock of ${by}; the "${clock.stop}" time was not used.`);
  }
  return REJECT_REASONS.flatMap((r) => made.get(r) ?? []);
}

/** Bins from result rows of one key, ascending (`-0` as 0). */
function binsFrom(rows: readonly SqlRow[]): ValueBins {
  const m = new Map<number, number>();
  for (const row of rows) {
    const v = num(row["v"]) || 0;
    m.set(v, (m.get(v) ?? 0) + num(row["n"]));
  }
  return [...m].sort((a, b) => a[0] - b[0]);
}

function byKey(rows: readonly SqlRow[], key: (row: SqlRow) => string): Map<string, SqlRow[]> {
  const out = new Map<string, SqlRow[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k) ?? [];
    out.set(k, list);
    list.push(row);
  }
  return out;
}

/** The groups: per wave, every requested figure (zero where the wave has no case for it). */
async function groupsOf(plan: CasePassPlan, runner: SqlRunner): Promise<CaseGroup[]> {
  const r = plan.requests;
  const [groups, counts, bins, moments, clock, co, lags] = [
    await runner.query(plan.groups),
    await runner.query(plan.standardCounts),
    await runner.query(plan.standardBins),
    await runner.query(plan.standardMoments),
    await runner.query(plan.clockBins),
    await runner.query(plan.coincidences),
    await runner.query(plan.lagBins),
  ];
  const countBy = new Map(counts.map((row) => [`${num(row["si"])}\u0000${str(row["wave_e"])}`, row] as const));
  const binBy = byKey(bins, (row) => `${num(row["si"])}\u0000${str(row["wave_e"])}`);
  const momentBy = new Map(moments.map((row) => [`${num(row["si"])}\u0000${str(row["wave_e"])}`, row] as const));
  const clockBy = byKey(clock, (row) => `${num(row["ci"])}\u0000${num(row["part"])}\u0000${str(row["wave_e"])}`);
  const coBy = new Map(co.map((row) => [`${num(row["pi"])}\u0000${str(row["wave_e"])}`, row] as const));
  const lagBy = new Map(lags.map((row) => [`${num(row["li"])}\u0000${str(row["wave_e"])}`, row] as const));
  return groups
    .map((g) => [str(g["wave_e"]), num(g["n"])] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([wave, cases]): CaseGroup => ({
      wave,
      cases,
      standards: r.standards.map((x, k) => standardFigures(x, countBy.get(`${k}\u0000${wave}`), binsFrom(binBy.get(`${k}\u0000${wave}`) ?? []), momentBy.get(`${k}\u0000${wave}`))),
      clockTests: r.clockTests.map((x, k): ClockTestFigures => ({
        standard: x.standard,
        question: x.question,
        onCustomer: binsFrom(clockBy.get(`${k}\u00000\u0000${wave}`) ?? []),
        onStandard: binsFrom(clockBy.get(`${k}\u00001\u0000${wave}`) ?? []),
        lags: binsFrom(clockBy.get(`${k}\u00002\u0000${wave}`) ?? []),
      })),
      coincidences: r.coincidences.map((x, k) => {
        const row = coBy.get(`${k}\u0000${wave}`);
        return { outer: x.outer, inner: x.inner, missed: num(row?.["missed"] ?? 0), both: num(row?.["both_"] ?? 0), met: num(row?.["met"] ?? 0), innerWhenMet: num(row?.["iwm"] ?? 0) };
      }),
      lags: r.lags.map((x, k) => {
        const row = lagBy.get(`${k}\u0000${wave}`);
        return { from: x.from, to: x.to, negative: num(row?.["neg"] ?? 0), zero: num(row?.["zer"] ?? 0), positive: num(row?.["pos"] ?? 0) };
      }),
    }));
}

/** One standard's figures from its count row, its bins and its moment row (the SQL's own two-pass moments). */
function standardFigures(x: CasePassPlan["requests"]["standards"][number], row: SqlRow | undefined, values: ValueBins, m: SqlRow | undefined): StandardFigures {
  const n = (k: string): number => num(row?.[k] ?? 0);
  const unf = n("unf");
  const mis = n("mis");
  const rule = x.standard.unfinished;
  void rule;
  const moments = m === undefined ? binsMoments([]) : centred(num(m["n"]), num(m["mu"]), num(m["d1"]), num(m["d2"]));
  return {
    standard: x.standard.id,
    values,
    moments,
    unfinished: { cases: unf, misses: mis, excluded: unf - mis, withoutEnd: n("woe") },
    given: 0,
    givenOtherClock: 0,
    unconverted: x.convertible ? 0 : n("measurable"),
    measurable: n("measurable"),
    missingStart: n("mstart"),
    missingStop: n("mstop"),
    stopBeforeStart: n("sbs"),
  };
}

/** Unweighted moments from a provisional mean and the first two sums of deviations from it. */
function centred(n: number, mu: number, d1: number, d2: number): StandardFigures["moments"] {
  if (n === 0) return binsMoments([]);
  const mean = mu + d1 / n;
  const m2 = Math.max(0, d2 - (d1 * d1) / n);
  return { n, nZeroWeight: 0, sumW: n, mean, m2, sumW2: n, meanW2: mean, m2W2: m2 };
}
