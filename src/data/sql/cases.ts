/**
 * The case pass as SQL: from a validated study and the reading options, the statements that check long-form case
 * records (case, event, time, context, wave, segment per row) where they are, with the in-process loader's reasons
 * (a missing case id, an unknown event, a blank or unreadable time, an unknown context, a case seen before with
 * another context or segment, a repeated event; then, after every row is in, a stop event before its start on each
 * clock the study names), and summarise what the attribution's standard and execution tests read: per wave and
 * standard the measured durations as exact value bins and their moments, the unfinished and missing-event counts;
 * the clock tests' value tables, the miss coincidences of pairs of standards and the lags between events. Times are
 * parsed in SQL as `parseTime` reads them (epoch milliseconds, ISO 8601 with an offset, year-first local times), and
 * durations are computed as the duration engine computes them (`(stop − start) / 1000 / seconds per unit`, in
 * doubles; working days with the working calendar's own count, data/sql/calendar.ts), so the bins are the
 * in-process bins to the bit. Plain strings, no engine: `runCasePass` runs them.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Clock, Standard, Study, Unit } from "../../model/study.js";
import { secondsPerUnit } from "../../model/units.js";
import type { WorkCalendar, WorkCalendarRules } from "../calendar.js";
import { CASE_COLUMNS, type CaseColumns, type CaseOptions } from "../cases.js";
import { unfinishedRuleOf } from "../durations.js";
import { headerIndex } from "../row-plan.js";
import { columnNames, segmentDims } from "../row-reader.js";
import { dataIndex } from "../study-index.js";
import { parseOffset } from "../time.js";
import { workdaysSql } from "./calendar.js";
import { sqlString, trimLeading, type SqlDialect } from "./dialect.js";
import type { SqlRelation } from "./first-pass.js";

/**
 * Temporary tables of a case pass (dropped after it).
 *
 * @example
 * ```ts
 * CASE_TABLES.rows; // "gt_case_rows"
 * ```
 */
export const CASE_TABLES = { rows: "gt_case_rows", events: "gt_case_events", eventsNext: "gt_case_events_next", starts: "gt_case_starts", cases: "gt_case_times" } as const;

/** One clock a figure measures: its events' column indexes in the pivot, its unit and scope. */
interface Measure {
  readonly start: number;
  readonly stop: number;
  /**
   * How a duration is converted into the unit: seconds per unit, or a working calendar's rules for `workday`;
   * undefined when it cannot be (nothing is measured, every case unconverted).
   */
  readonly per: { readonly seconds: number } | { readonly workdays: string } | undefined;
  /** A boolean SQL condition: the case is in scope. */
  readonly scope: string;
}

/** What the figures of a case pass are computed for, in the order of the result rows' indexes. */
export interface CasePassRequests {
  /** Per standard: its id, and what its unfinished cases are counted by. */
  readonly standards: readonly { readonly standard: Standard; readonly clock: Clock; readonly convertible: boolean }[];
  readonly clockTests: readonly { readonly standard: string; readonly question: string }[];
  readonly coincidences: readonly { readonly outer: string; readonly inner: string }[];
  readonly lags: readonly { readonly from: string; readonly to: string }[];
}

/** Options of the case pass: the reading options, and the working calendar for standards in working days. */
export interface CasePassOptions extends CaseOptions {
  /**
   * The working calendar: standards in `workday` are measured with it, as in process with the same calendar;
   * without it their cases are counted as unconverted. It must come from `workCalendar(...)` (its `rules` are what
   * the SQL counts by).
   */
  readonly calendar?: WorkCalendar;
}

/** The statements of one case pass, and what reading their results needs. */
export interface CasePassPlan {
  readonly dialect: SqlDialect;
  /** Creates {@link CASE_TABLES}.rows: every row with its verdict (`reason` NULL when accepted). */
  readonly verdicts: string;
  /** Creates the accepted events table. */
  readonly events: string;
  /** Per clock the study names, in the loader's order: the statements that revoke stop events before their start. */
  readonly revoke: readonly (readonly string[])[];
  /** Creates the per-case table: a time column and an "unknown" flag per event, the segment columns. */
  readonly cases: string;
  /** Rows by reason (`reason`, `n`); `revoked` counts the stop events revoked. */
  readonly reasons: string;
  readonly revoked: string;
  /** The kept problems of the row checks, and of the revoked stops (in the loader's order). */
  readonly problems: string;
  readonly revokedProblems: string;
  /** More segments than the limit: the number of distinct segments of the accepted rows. */
  readonly segments: string;
  /** Rows naming a metric (durations given as numbers): not read in SQL. */
  readonly givenRows: string;
  /** Cases per wave. */
  readonly groups: string;
  /** Standard figures: counts, value bins, moments. */
  readonly standardCounts: string;
  readonly standardBins: string;
  readonly standardMoments: string;
  /** Clock tests' value bins (`part`: 0 on the customers' clock, 1 on the standard's, 2 lags). */
  readonly clockBins: string;
  readonly coincidences: string;
  readonly lagBins: string;
  readonly requests: CasePassRequests;
  /** Study events, by their index in the `ev` column. */
  readonly eventIds: readonly string[];
  /** The clocks the study names, in the loader's order, with who names them. */
  readonly clocks: readonly { readonly clock: Clock; readonly by: string }[];
  readonly columns: Readonly<Required<CaseColumns>>;
  readonly options: CasePassOptions;
  readonly file: string | undefined;
  readonly offset: number | undefined;
}

/** Every character JavaScript's `String.prototype.trim` removes (the in-process reader trims with it). */
const TRIM = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
/** The forms of a time cell (`parseTime`'s patterns), without capture groups: the fields are cut out by position. */
const DIGITS = "-?[0-9]+";
const ISO = "[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)?)?[[:space:]]*(?:Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)?";
/** Year-first local times; the two separators must agree (checked apart: no back-references in RE2). */
const LOCAL = "[0-9]{4}[/.-][0-9]{1,2}[/.-][0-9]{1,2}(?:[T ]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?";

/**
 * Options the SQL case pass cannot honour; each is refused by name rather than ignored. (`ignoreColumns` is
 * honoured: the pass reads only the columns it names, as the long-form loader does.)
 */
const UNSUPPORTED: readonly (keyof CaseOptions)[] = ["durationColumns"];

/** Integer division of non-negative integers, the same in every dialect. */
const idiv = (a: string, b: number, d: SqlDialect): string => `CAST(floor(CAST(${a} AS ${d.double}) / ${b}) AS BIGINT)`;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), for years ≥ 0. */
function daysFromCivil(y: string, m: string, d: string, dialect: SqlDialect): string {
  const yy = `(${y} - CASE WHEN ${m} <= 2 THEN 1 ELSE 0 END)`;
  const era = idiv(yy, 400, dialect);
  const yoe = `(${yy} - ${era} * 400)`;
  const doy = `(${idiv(`153 * (${m} + CASE WHEN ${m} > 2 THEN -3 ELSE 9 END) + 2`, 5, dialect)} + ${d} - 1)`;
  const doe = `(${yoe} * 365 + ${idiv(yoe, 4, dialect)} - ${idiv(yoe, 100, dialect)} + ${doy})`;
  return `(${era} * 146097 + ${doe} - 719468)`;
}

/**
 * Plan the case pass of long-form case records as SQL.
 *
 * @param study - the validated study.
 * @param relation - the rows: where they are, their columns and their order column (the line).
 * @param dialect - the engine's dialect.
 * @param options - as for `casesFromCsv` (long form; see docs/sql.md for what is refused).
 * @returns the statements and what reading their results needs.
 * @throws UsageError for wide form or an unsupported option; ValidationError when a required column is missing.
 * @example
 * ```ts
 * const plan = casePassPlan(study, { from: "orders", columns: ["line", "case", "event", "time"], order: "line" }, POSTGRES);
 * plan.verdicts; // "CREATE TEMP TABLE gt_case_rows AS WITH ..."
 * ```
 */
export function casePassPlan(study: Study, relation: SqlRelation, dialect: SqlDialect, options: CasePassOptions = {}): CasePassPlan {
  if ((options.form ?? "long") !== "long") throw new UsageError("casePassPlan", "the SQL case pass reads long-form case records only.", "Unpivot wide files to long form first (UNPIVOT in DuckDB, a LATERAL VALUES join in PostgreSQL), or read them in process.");
  for (const k of UNSUPPORTED) {
    if (options[k] !== undefined) throw new UsageError("casePassPlan", `the SQL case pass does not support the option ${k} yet.`, "Read these records in process (readCasesCsv), or drop the option.");
  }
  const calendar = options.calendar;
  if (calendar !== undefined && calendar.rules === undefined)
    throw new UsageError("casePassPlan", "the working calendar has no rules a database can count by (it was not made by workCalendar).", "Build the calendar with workCalendar({ utcOffset, weekend, holidays, workdays }), or summarise in process with caseSummary(study, records, { calendar }).");
  const ix = dataIndex(study);
  const columns = columnNames(CASE_COLUMNS, options.columns ?? {}) as Required<CaseColumns>;
  const dims = segmentDims(options.segments, options.segmentColumns);
  const header = relation.columns.map((c) => c.trim());
  const file = options.file ?? relation.file;
  headerIndex("readCases", header, [columns.case, columns.event, columns.time, ...dims.map(([, c]) => c)], { line: 1, ...(file === undefined ? {} : { file }) });
  const offset = options.assumeOffset === undefined ? undefined : parseOffset(options.assumeOffset);
  if (options.assumeOffset !== undefined && offset === undefined) throw new UsageError("casePassPlan", `assumeOffset ${JSON.stringify(options.assumeOffset)} is not a UTC offset.`, 'Write it like "+08:00" or "Z".');
  const d = dialect;
  const events = study.events.map((e) => e.id);
  const evIndex = new Map(events.map((e, i) => [e, i] as const));
  const col = (name: string): string => (header.includes(name) ? `COALESCE(CAST(${d.ident(relation.columns[header.indexOf(name)] ?? name)} AS ${d.text}), '')` : "''");
  const trim = (e: string): string => d.trim(e, TRIM);
  const segs = dims.map((_, i) => `s${i}`);
  const segSel = segs.map((s, i) => `, ${trim(col(dims[i]?.[1] ?? ""))} AS ${s}`).join("");
  const segList = segs.map((s) => `, ${s}`).join("");
  // Words of the event column: each event's id, and its word in the file (eventColumns, long form).
  const words = new Map<string, number>(events.map((e, i) => [e, i] as const));
  for (const [id, word] of options.eventColumns ?? []) {
    const i = evIndex.get(id);
    if (i !== undefined) words.set(word.trim(), i);
  }
  const metricWords = study.metrics.map((m) => m.id).filter((m) => !words.has(m));
  const contexts = [...new Set([...ix.metrics.keys(), ...ix.steps])];
  const defaultWave = options.defaultWave ?? "";
  const max = options.maxProblemsPerReason ?? 100;
  const wordTable = d.values("gt_ew", ["word", "idx"], [...words].map(([w, i]) => [sqlString(w), String(i)]));
  const metricTable = metricWords.length === 0 ? `gt_mw(word) AS (SELECT CAST('' AS ${d.text}) AS word WHERE 1 = 0)` : d.values("gt_mw", ["word"], metricWords.map((m) => [sqlString(m)]));
  const ctxKnown = contexts.length === 0 ? "FALSE" : `ctx IN (${contexts.map(sqlString).join(", ")})`;
  const T = CASE_TABLES;
  const ord = d.ident(relation.columns[header.indexOf(relation.order)] ?? relation.order);
  const verdicts = d.createTemp(
    T.rows,
    `WITH ${wordTable},
${metricTable},
src AS (SELECT CAST(${ord} AS BIGINT) AS ln, ${trim(col(columns.case))} AS id, ${trim(col(columns.event))} AS ev_t, ${col(columns.time)} AS t_raw,
  ${trim(col(columns.context))} AS ctx, ${trim(col(columns.wave))} AS w_t${segSel} FROM ${relation.from}),
t1 AS (SELECT src.*, ${trim("t_raw")} AS tt, gt_ew.idx AS ev, CASE WHEN gt_mw.word IS NULL THEN 0 ELSE 1 END AS is_metric,
  CASE WHEN w_t = '' THEN ${sqlString(defaultWave)} ELSE w_t END AS wave_e
  FROM src LEFT JOIN gt_ew ON gt_ew.word = src.ev_t LEFT JOIN gt_mw ON gt_mw.word = src.ev_t),
${timeStages(d, offset)},
t5 AS (SELECT t4.*, CASE WHEN id = '' THEN 'missing-case' WHEN ev IS NULL AND is_metric = 1 THEN 'given-duration' WHEN ev IS NULL THEN 'unknown-event'
  WHEN tt = '' THEN 'missing-value' WHEN ms IS NULL THEN 'unparseable-time' WHEN ctx <> '' AND NOT (${ctxKnown}) THEN 'unknown-context' END AS r0 FROM t4),
cr AS (SELECT wave_e AS cw, id AS cid, MIN(ln) AS cr_ln FROM t5 WHERE r0 IS NULL GROUP BY wave_e, id),
t6 AS (SELECT t5.*, cr.cr_ln FROM t5 LEFT JOIN cr ON cr.cw = t5.wave_e AND cr.cid = t5.id),
cs AS (SELECT wave_e AS sw, id AS sid${segs.map((s) => `, ${s} AS c_${s}`).join("")} FROM t6 WHERE ln = cr_ln),
t7 AS (SELECT t6.*${segs.map((s) => `, cs.c_${s}`).join("")} FROM t6 LEFT JOIN cs ON cs.sw = t6.wave_e AND cs.sid = t6.id),
cx AS (SELECT wave_e AS xw, id AS xid, MIN(ln) AS cx_ln FROM t7 WHERE r0 IS NULL AND ctx <> ''${segs.map((s) => ` AND ${s} = c_${s}`).join("")} GROUP BY wave_e, id),
cxc AS (SELECT cx.*, t7.ctx AS cx_ctx FROM cx JOIN t7 ON t7.wave_e = cx.xw AND t7.id = cx.xid AND t7.ln = cx.cx_ln),
t8 AS (SELECT t7.*, cxc.cx_ln, cxc.cx_ctx, CASE WHEN r0 IS NOT NULL THEN r0 WHEN ln = cr_ln THEN NULL
  WHEN ctx <> '' AND cxc.cx_ln < ln AND ctx <> cxc.cx_ctx THEN 'inconsistent-case'
  ${segs.length === 0 ? "" : `WHEN ${segs.map((s) => `${s} <> c_${s}`).join(" OR ")} THEN 'inconsistent-case'`} END AS r1,
  CASE WHEN r0 IS NULL AND ln <> cr_ln AND ctx <> '' AND cxc.cx_ln < ln AND ctx <> cxc.cx_ctx THEN 1 ELSE 0 END AS ctx_clash
  FROM t7 LEFT JOIN cxc ON cxc.xw = t7.wave_e AND cxc.xid = t7.id),
fe AS (SELECT wave_e AS fw, id AS fid, ev AS fev, MIN(ln) AS first_ln FROM t8 WHERE r0 IS NULL AND r1 IS NULL GROUP BY wave_e, id, ev)
SELECT t8.ln, t8.id, t8.ev_t, t8.t_raw, t8.ctx, t8.wave_e${segList}, t8.ev, t8.ms, t8.cr_ln, t8.cx_ctx, t8.ctx_clash, fe.first_ln,
  CASE WHEN t8.r0 IS NOT NULL THEN t8.r0 WHEN t8.r1 IS NOT NULL THEN t8.r1 WHEN t8.ln <> fe.first_ln THEN 'duplicate-event' END AS reason
FROM t8 LEFT JOIN fe ON fe.fw = t8.wave_e AND fe.fid = t8.id AND fe.fev = t8.ev`,
  );
  const requests = requestsOf(study, evIndex, calendar?.rules);
  const scopeOf = (s: Standard): string => scopeSql(s, dims.map(([dim]) => dim));
  const workdays: WorkdayColumns | undefined = calendar?.rules === undefined ? undefined : { rules: calendar.rules, used: new Map() };
  const figures = figureQueries(study, requests, evIndex, scopeOf, workdays, d);
  const { eventsTable, clocks, revoke, casesTable, events: finalEvents } = afterLoad(d, ix.clocks, evIndex, segs, workdays);
  return {
    dialect,
    verdicts,
    events: eventsTable,
    revoke,
    cases: casesTable,
    reasons: `SELECT reason, COUNT(*) AS n FROM ${T.rows} GROUP BY reason`,
    revoked: `SELECT COUNT(*) AS n FROM ${finalEvents} WHERE rv IS NOT NULL`,
    problems: `SELECT * FROM (SELECT r.*, ROW_NUMBER() OVER (PARTITION BY reason ORDER BY ln) AS k FROM ${T.rows} r WHERE reason IS NOT NULL AND reason <> 'given-duration') x WHERE k <= ${max} ORDER BY reason, ln`,
    revokedProblems: `SELECT id, ev, ms, rv, rv_start, ln FROM ${finalEvents} WHERE rv IS NOT NULL ORDER BY rv, cr_ln LIMIT ${max}`,
    segments: `SELECT COUNT(*) AS n FROM (SELECT DISTINCT ${segs.length === 0 ? "1 AS one" : segs.join(", ")} FROM ${T.rows} WHERE reason IS NULL) x`,
    givenRows: `SELECT COUNT(*) AS n, MIN(ln) AS ln FROM ${T.rows} WHERE reason = 'given-duration'`,
    groups: `SELECT wave_e, COUNT(*) AS n FROM ${T.cases} GROUP BY wave_e`,
    ...figures,
    requests,
    eventIds: events,
    clocks,
    columns,
    options,
    file,
    offset,
  };
}

/** The statements after the row checks: accepted events, stops before their start revoked per clock, the per-case table. */
function afterLoad(d: SqlDialect, named: readonly { readonly clock: Clock; readonly by: string }[], evIndex: ReadonlyMap<string, number>, segs: readonly string[], workdays: WorkdayColumns | undefined): { eventsTable: string; clocks: { clock: Clock; by: string }[]; revoke: string[][]; casesTable: string; events: string } {
  const T = CASE_TABLES;
  const segList = segs.map((s) => `, ${s}`).join("");
  const eventsTable = d.createTemp(T.events, `SELECT wave_e, id, ev, ms, ln, cr_ln, CAST(NULL AS INTEGER) AS rv, CAST(NULL AS BIGINT) AS rv_start FROM ${T.rows} WHERE reason IS NULL`);
  const clocks = named.filter(({ clock }) => evIndex.has(clock.start) && evIndex.has(clock.stop));
  // Each clock reads the events as the clocks before it left them and writes a new table (no UPDATE: Trino has no
  // UPDATE … FROM, Spark updates only Delta tables); the two tables take turns, and the last one written is read after.
  const turn = (k: number): string => (k % 2 === 0 ? T.events : T.eventsNext);
  const revoke = clocks.map(({ clock }, k) => {
    const s = evIndex.get(clock.start) ?? 0;
    const e = evIndex.get(clock.stop) ?? 0;
    const from = turn(k);
    const to = turn(k + 1);
    const revoked = `e.ev = ${e} AND st.id IS NOT NULL`;
    return [
      d.createTemp(T.starts, `SELECT b.wave_e, b.id, a.ms AS sms FROM ${from} b JOIN ${from} a ON a.wave_e = b.wave_e AND a.id = b.id WHERE b.ev = ${e} AND a.ev = ${s} AND a.rv IS NULL AND b.rv IS NULL AND b.ms < a.ms`),
      `DROP TABLE IF EXISTS ${to}`,
      d.createTemp(to, `SELECT e.wave_e, e.id, e.ev, e.ms, e.ln, e.cr_ln, CASE WHEN ${revoked} THEN ${k} ELSE e.rv END AS rv, CASE WHEN ${revoked} THEN st.sms ELSE e.rv_start END AS rv_start
FROM ${from} e LEFT JOIN ${T.starts} st ON st.wave_e = e.wave_e AND st.id = e.id`),
      `DROP TABLE IF EXISTS ${T.starts}`,
    ];
  });
  const events = turn(clocks.length);
  const used = usedEvents(evIndex);
  // Each clock in working days: its count once per case, NULL unless both events are there in order.
  const wd = [...(workdays?.used.values() ?? [])].map(({ start, stop, column }) => `, CASE WHEN t${start} IS NOT NULL AND t${stop} IS NOT NULL AND t${stop} >= t${start} THEN ${workdaysSql(`t${start}`, `t${stop}`, workdays?.rules as WorkCalendarRules, d)} END AS ${column}`);
  const casesTable = d.createTemp(
    T.cases,
    `SELECT pc.*${wd.join("")} FROM (WITH marks AS (SELECT wave_e, id, ev, CASE WHEN rv IS NULL THEN ms END AS ms, CASE WHEN rv IS NULL THEN 0 ELSE 1 END AS unk FROM ${events}
  UNION ALL SELECT wave_e, id, ev, CAST(NULL AS BIGINT) AS ms, 1 AS unk FROM ${T.rows} WHERE reason IN ('missing-value', 'unparseable-time')),
c AS (SELECT wave_e, id, cr_ln${segList} FROM ${T.rows} WHERE ln = cr_ln)
SELECT c.wave_e, c.id, c.cr_ln${segs.map((s) => `, c.${s}`).join("")}${used.map((i) => `, MAX(CASE WHEN marks.ev = ${i} THEN marks.ms END) AS t${i}, MAX(CASE WHEN marks.ev = ${i} THEN marks.unk ELSE 0 END) AS u${i}`).join("")}
FROM c LEFT JOIN marks ON marks.wave_e = c.wave_e AND marks.id = c.id GROUP BY c.wave_e, c.id, c.cr_ln${segs.map((s) => `, c.${s}`).join("")}) pc`,
  );
  return { eventsTable, clocks, revoke, casesTable, events };
}

/** A number cell's digits without its sign and leading zeros. */
const NUMBER_DIGITS = trimLeading(trimLeading("tt", "'-'"), "'0'");

/** The length of the run of digits a text starts with. */
const digitRun = (x: string): string => `(length(${x}) - length(${trimLeading(x, "'0123456789'")}))`;

/**
 * The CTE stages that read a time cell into epoch milliseconds (`ms`, NULL when it cannot be read). Which form a
 * cell has is decided by whole-string matches without capture groups (fast in every engine: PostgreSQL's matching
 * with capture groups cost 34 s for 200,000 cells); the fields are then cut out by position, which the match makes
 * safe. In PostgreSQL each stage is MATERIALIZED: inlined, the date arithmetic would repeat each field's expression
 * once per use, exponentially.
 */
function timeStages(d: SqlDialect, offset: number | undefined): string {
  const kept = d.name === "postgres" ? " MATERIALIZED" : "";
  const int = (e: string): string => `CAST(${e} AS BIGINT)`;
  const assumed = offset === undefined ? "NULL" : String(offset);
  return `t2 AS${kept} (SELECT t1.*, CASE WHEN ${d.fullMatch("tt", DIGITS)} THEN 'n' WHEN ${d.fullMatch("tt", ISO)} THEN 'i' WHEN ${d.fullMatch("tt", LOCAL)} THEN 'l' END AS kind0,
  substr(tt, 6) AS lx FROM t1),
t2b AS${kept} (SELECT t2.*, ${digitRun("lx")} AS lmo_len FROM t2),
t2c AS${kept} (SELECT t2b.*, substr(lx, lmo_len + 2) AS lr, substr(lx, lmo_len + 1, 1) AS lsep2 FROM t2b),
t2d AS${kept} (SELECT t2c.*, ${digitRun("lr")} AS ld_len,
  CASE WHEN kind0 = 'l' AND lsep2 <> substr(tt, 5, 1) THEN NULL ELSE kind0 END AS kind,
  CASE WHEN kind0 = 'i' AND length(tt) >= 16 AND substr(tt, 11, 1) IN ('T', ' ') AND substr(tt, 14, 1) = ':' THEN 1 ELSE 0 END AS i_t FROM t2c),
t2e AS${kept} (SELECT t2d.*, ${trimLeading("substr(lr, ld_len + 1)", "'T '")} AS ltp,
  CASE WHEN i_t = 1 AND substr(tt, 17, 1) = ':' THEN 1 ELSE 0 END AS i_s FROM t2d),
t2f AS${kept} (SELECT t2e.*, CASE WHEN i_s = 1 AND substr(tt, 20, 1) IN ('.', ',') THEN ${digitRun("substr(tt, 21)")} ELSE 0 END AS i_f FROM t2e),
t3 AS${kept} (SELECT t2f.*,
  CASE WHEN kind IN ('i', 'l') THEN ${int("substr(tt, 1, 4)")} END AS y0,
  CASE WHEN kind = 'i' THEN ${int("substr(tt, 6, 2)")} WHEN kind = 'l' THEN ${int("substr(lx, 1, lmo_len)")} END AS mo,
  CASE WHEN kind = 'i' THEN ${int("substr(tt, 9, 2)")} WHEN kind = 'l' THEN ${int("substr(lr, 1, ld_len)")} END AS dd,
  CASE WHEN kind = 'i' AND i_t = 1 THEN ${int("substr(tt, 12, 2)")} WHEN kind = 'l' AND ltp <> '' THEN ${int("split_part(ltp, ':', 1)")} ELSE 0 END AS hh,
  CASE WHEN kind = 'i' AND i_t = 1 THEN ${int("substr(tt, 15, 2)")} WHEN kind = 'l' AND ltp <> '' THEN ${int("split_part(ltp, ':', 2)")} ELSE 0 END AS mi,
  CASE WHEN kind = 'i' AND i_s = 1 THEN ${int("substr(tt, 18, 2)")} WHEN kind = 'l' AND split_part(ltp, ':', 3) <> '' THEN ${int("split_part(ltp, ':', 3)")} ELSE 0 END AS se,
  CASE WHEN kind = 'i' AND i_f > 0 THEN substr(tt, 21, i_f) END AS frac,
  CASE WHEN kind = 'i' THEN NULLIF(${trimLeading("substr(tt, CASE WHEN i_f > 0 THEN 21 + i_f WHEN i_s = 1 THEN 20 WHEN i_t = 1 THEN 17 ELSE 11 END)", "' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)")}, '') END AS off,
  length(${NUMBER_DIGITS}) AS n_len, ${NUMBER_DIGITS} AS n_abs FROM t2f),
t3b AS${kept} (SELECT t3.*, CASE WHEN y0 BETWEEN 0 AND 99 THEN y0 + 1900 ELSE y0 END AS ye,
  CASE WHEN off IS NULL THEN ${assumed} WHEN off IN ('Z', 'z') THEN 0
    WHEN ${int("substr(off, 2, 2)")} > 18 OR (length(off) > 3 AND ${int("substr(off, length(off) - 1, 2)")} > 59) THEN NULL
    ELSE (CASE WHEN substr(off, 1, 1) = '-' THEN -1 ELSE 1 END) * (${int("substr(off, 2, 2)")} * 60 + CASE WHEN length(off) > 3 THEN ${int("substr(off, length(off) - 1, 2)")} ELSE 0 END) END AS offm FROM t3),
t3c AS${kept} (SELECT t3b.*, CASE WHEN mo = 2 THEN CASE WHEN (ye % 4 = 0 AND ye % 100 <> 0) OR ye % 400 = 0 THEN 29 ELSE 28 END WHEN mo IN (4, 6, 9, 11) THEN 30 ELSE 31 END AS dim FROM t3b),
t4 AS${kept} (SELECT t3c.*, CASE
    WHEN kind = 'n' THEN CASE WHEN n_len > 16 OR (n_len = 16 AND n_abs > '9007199254740991') OR n_len BETWEEN 9 AND 11 THEN NULL ELSE CAST(tt AS BIGINT) END
    WHEN kind IN ('i', 'l') THEN CASE WHEN mo < 1 OR mo > 12 OR dd < 1 OR dd > dim OR hh > 23 OR mi > 59 OR se > 59 OR offm IS NULL THEN NULL
      ELSE ${daysFromCivil("ye", "mo", "dd", d)} * 86400000 + hh * 3600000 + mi * 60000 + se * 1000
        + CASE WHEN frac IS NULL THEN 0 ELSE CAST(floor(CAST(CONCAT('0.', frac) AS ${d.double}) * 1000 + 0.5) AS BIGINT) END - offm * 60000 END
  END AS ms FROM t3c)`;
}

/** A standard's scope as a condition on the segment columns (a key that is not a segment dimension: no case). */
function scopeSql(s: Standard, dims: readonly string[]): string {
  if (s.scope.length === 0) return "TRUE";
  return s.scope.map((c) => (dims.includes(c.key) ? `s${dims.indexOf(c.key)} = ${sqlString(c.value)}` : "FALSE")).join(" AND ");
}

/** What the figures are computed for: the attribution's requests, by ids. */
function requestsOf(study: Study, evIndex: ReadonlyMap<string, number>, calendar: WorkCalendarRules | undefined): CasePassRequests & { readonly clockTestClocks: readonly { s: Standard; sClock: Clock; cClock: Clock }[]; readonly pairs: readonly { outer: Standard; inner: Standard; oc: Clock; ic: Clock }[] } {
  const metrics = new Map(study.metrics.map((m) => [m.id, m] as const));
  const clockOf = (s: Standard): Clock | undefined => s.clock ?? metrics.get(s.metric)?.clock;
  const standards = study.standards.flatMap((s) => {
    const m = metrics.get(s.metric);
    const clock = clockOf(s);
    return m !== undefined && m.kind === "duration" && clock !== undefined ? [{ standard: s, clock, convertible: secondsPerUnit(s.unit) !== undefined || (s.unit === "workday" && calendar !== undefined) }] : [];
  });
  standards.sort((a, b) => (a.standard.id < b.standard.id ? -1 : a.standard.id > b.standard.id ? 1 : 0));
  const expectations = study.evaluationPoints.flatMap((p) => p.questions.filter((q) => q.audience.kind === "external" && q.measures === "expectation" && q.metric !== undefined && q.scale.type === "numeric"));
  const clockTestClocks = study.standards.flatMap((s) => {
    const sClock = clockOf(s);
    return expectations.flatMap((q) => (q.metric !== s.metric || sClock === undefined || q.clock === undefined || (q.clock.start === sClock.start && q.clock.stop === sClock.stop) ? [] : [{ s, q: q.id, sClock, cClock: q.clock }]));
  });
  clockTestClocks.sort((a, b) => (`${a.s.id}\u0000${a.q}` < `${b.s.id}\u0000${b.q}` ? -1 : 1));
  const anyClock = study.standards.flatMap((s) => {
    const clock = clockOf(s);
    return clock === undefined ? [] : [{ s, clock }];
  });
  const pairs = anyClock.flatMap((o) => anyClock.flatMap((i) => (o.s.id === i.s.id || (o.clock.start === i.clock.start && o.clock.stop === i.clock.stop) ? [] : [{ outer: o.s, inner: i.s, oc: o.clock, ic: i.clock }])));
  pairs.sort((a, b) => (`${a.outer.id}\u0000${a.inner.id}` < `${b.outer.id}\u0000${b.inner.id}` ? -1 : 1));
  const lagKeys = new Map<string, { from: string; to: string }>();
  // The signs of the lags, per pair of events: the attribution reads only the sign of their medians.
  for (const c of pairs) for (const [from, to] of [[c.oc.start, c.ic.start], [c.ic.stop, c.oc.stop], [c.ic.start, c.oc.stop]] as const) lagKeys.set(`${from}\u0000${to}`, { from, to });
  void evIndex;
  return {
    standards,
    clockTests: clockTestClocks.map((c) => ({ standard: c.s.id, question: c.q })),
    clockTestClocks,
    coincidences: pairs.map((p) => ({ outer: p.outer.id, inner: p.inner.id })),
    pairs,
    lags: [...lagKeys.values()].sort((a, b) => (`${a.from}\u0000${a.to}` < `${b.from}\u0000${b.to}` ? -1 : 1)),
  };
}

/** The event indexes the figures may read: every event of the study (clocks, the unfinished rules' end events, lags). */
function usedEvents(evIndex: ReadonlyMap<string, number>): number[] {
  return [...evIndex.values()].sort((x, y) => x - y);
}

/** The time column of an event in the per-case table (NULL for an event the study does not have). */
const tcol = (evIndex: ReadonlyMap<string, number>, e: string): string => (evIndex.has(e) ? `t${evIndex.get(e) ?? 0}` : "CAST(NULL AS BIGINT)");

/** Both events present, the stop not before the start. */
const measured = (m: Measure): string => `(t${m.start} IS NOT NULL AND t${m.stop} IS NOT NULL AND t${m.stop} >= t${m.start})`;
/**
 * The duration in the unit, as the duration engine computes it: (stop − start) / 1000 / seconds, or the working
 * days of the per-case table's column for the clock (only for a measure that converts).
 */
const dur = (m: Measure, d: SqlDialect): string => (m.per !== undefined && "workdays" in m.per ? m.per.workdays : `CAST(t${m.stop} - t${m.start} AS ${d.double}) / 1000 / ${m.per?.seconds ?? 1}`);

/**
 * The clocks measured in working days, each a column of the per-case table: the calendar's count is a long
 * expression, written once per clock there rather than in every figure that reads the duration.
 */
interface WorkdayColumns {
  readonly rules: WorkCalendarRules;
  /** Column name by "start:stop" event indexes. */
  readonly used: Map<string, { readonly start: number; readonly stop: number; readonly column: string }>;
}

function measureOf(evIndex: ReadonlyMap<string, number>, clock: Clock, unit: Unit, scope: string, workdays: WorkdayColumns | undefined): Measure | undefined {
  const start = evIndex.get(clock.start);
  const stop = evIndex.get(clock.stop);
  if (start === undefined || stop === undefined) return undefined;
  const seconds = secondsPerUnit(unit);
  if (seconds !== undefined) return { start, stop, per: { seconds }, scope };
  if (unit !== "workday" || workdays === undefined) return { start, stop, per: undefined, scope };
  const key = `${start}:${stop}`;
  const column = workdays.used.get(key)?.column ?? `wd_${start}_${stop}`;
  workdays.used.set(key, { start, stop, column });
  return { start, stop, per: { workdays: column }, scope };
}

const union = (parts: readonly string[], empty: string): string => (parts.length === 0 ? empty : parts.join("\nUNION ALL "));

/** The figure queries over the per-case table. */
function figureQueries(study: Study, r: ReturnType<typeof requestsOf>, evIndex: ReadonlyMap<string, number>, scopeOf: (s: Standard) => string, calendar: WorkdayColumns | undefined, d: SqlDialect): Pick<CasePassPlan, "standardCounts" | "standardBins" | "standardMoments" | "clockBins" | "coincidences" | "lagBins"> {
  const T = CASE_TABLES.cases;
  const metrics = new Map(study.metrics.map((m) => [m.id, m] as const));
  const counts: string[] = [];
  const values: string[] = [];
  r.standards.forEach(({ standard: s, clock }, k) => {
    const m = measureOf(evIndex, clock, s.unit, scopeOf(s), calendar);
    const start = tcol(evIndex, clock.start);
    const stop = tcol(evIndex, clock.stop);
    const unknownStop = evIndex.has(clock.stop) ? `u${evIndex.get(clock.stop) ?? 0} = 1` : "FALSE";
    const open = `(${start} IS NOT NULL AND ${stop} IS NULL AND NOT (${unknownStop}))`;
    const rule = unfinishedRuleOf(s, metrics.get(s.metric));
    const end = rule.end === undefined ? "CAST(NULL AS BIGINT)" : tcol(evIndex, rule.end);
    const noEnd = `(${end} IS NULL OR ${end} < ${start})`;
    const miss = rule.count === "miss" ? open : rule.count === "exclude" ? "FALSE" : rule.seconds === undefined ? `(${open} AND ${noEnd})` : `(${open} AND (${noEnd} OR ${end} - ${start} >= ${String(rule.seconds * 1000)}))`;
    const woe = rule.count === "exclude-if-shorter" ? `(${open} AND ${noEnd})` : "FALSE";
    const sum = (c: string): string => `SUM(CASE WHEN ${c} THEN 1 ELSE 0 END)`;
    const both = m === undefined ? "FALSE" : measured(m);
    counts.push(
      `SELECT ${k} AS si, wave_e, ${sum(both)} AS measurable, ${sum(`(${start} IS NULL AND ${stop} IS NOT NULL)`)} AS mstart, ${sum(`(${start} IS NOT NULL AND ${stop} IS NULL)`)} AS mstop,
  ${sum(`(${start} IS NOT NULL AND ${stop} IS NOT NULL AND ${stop} < ${start})`)} AS sbs, ${sum(open)} AS unf, ${sum(miss)} AS mis, ${sum(woe)} AS woe FROM ${T} WHERE ${scopeOf(s)} GROUP BY wave_e`,
    );
    if (m !== undefined && m.per !== undefined) values.push(`SELECT ${k} AS si, wave_e, ${dur(m, d)} AS v FROM ${T} WHERE ${m.scope} AND ${measured(m)}`);
  });
  const noValues = `SELECT 0 AS si, CAST('' AS ${d.text}) AS wave_e, CAST(0 AS ${d.double}) AS v WHERE 1 = 0`;
  const vals = union(values, noValues);
  const standardBins = `SELECT si, wave_e, v, COUNT(*) AS n FROM (${vals}) x GROUP BY si, wave_e, v`;
  const standardMoments = `WITH x AS (${vals}), m AS (SELECT si, wave_e, COUNT(*) AS n, AVG(v) AS mu FROM x GROUP BY si, wave_e)
SELECT m.si, m.wave_e, m.n, m.mu, SUM(x.v - m.mu) AS d1, SUM((x.v - m.mu) * (x.v - m.mu)) AS d2 FROM x JOIN m ON m.si = x.si AND m.wave_e = x.wave_e GROUP BY m.si, m.wave_e, m.n, m.mu`;
  const clock: string[] = [];
  r.clockTestClocks.forEach(({ s, sClock, cClock }, k) => {
    const scope = scopeOf(s);
    const sm = measureOf(evIndex, sClock, s.unit, scope, calendar);
    const cm = measureOf(evIndex, cClock, s.unit, scope, calendar);
    const meets = (v: string): string => (s.better === "lower" ? `${v} <= ${String(s.threshold)}` : `${v} >= ${String(s.threshold)}`);
    if (sm === undefined || sm.per === undefined) return;
    clock.push(`SELECT ${k} AS ci, 1 AS part, wave_e, ${dur(sm, d)} AS v FROM ${T} WHERE ${scope} AND ${measured(sm)}`);
    if (cm !== undefined) clock.push(`SELECT ${k} AS ci, 0 AS part, wave_e, ${dur(cm, d)} AS v FROM ${T} WHERE ${scope} AND ${measured(sm)} AND ${meets(dur(sm, d))} AND ${measured(cm)}`);
    const lagClock = cClock.start !== sClock.start ? { start: cClock.start, stop: sClock.start } : cClock.stop !== sClock.stop ? { start: sClock.stop, stop: cClock.stop } : undefined;
    const lm = lagClock === undefined ? undefined : measureOf(evIndex, lagClock, s.unit, scope, calendar);
    if (lm !== undefined) clock.push(`SELECT ${k} AS ci, 2 AS part, wave_e, ${dur(lm, d)} AS v FROM ${T} WHERE ${scope} AND ${measured(lm)}`);
  });
  const clockBins = `SELECT ci, part, wave_e, v, COUNT(*) AS n FROM (${union(clock, `SELECT 0 AS ci, 0 AS part, CAST('' AS ${d.text}) AS wave_e, CAST(0 AS ${d.double}) AS v WHERE 1 = 0`)}) x GROUP BY ci, part, wave_e, v`;
  const co: string[] = [];
  r.pairs.forEach(({ outer, inner, oc, ic }, k) => {
    const om = measureOf(evIndex, oc, outer.unit, scopeOf(outer), calendar);
    const im = measureOf(evIndex, ic, inner.unit, scopeOf(inner), calendar);
    if (om === undefined || im === undefined || om.per === undefined || im.per === undefined) return;
    const miss = (s: Standard, v: string): string => (s.better === "lower" ? `${v} > ${String(s.threshold)}` : `${v} < ${String(s.threshold)}`);
    const o = miss(outer, dur(om, d));
    const i = miss(inner, dur(im, d));
    co.push(`SELECT ${k} AS pi, wave_e, SUM(CASE WHEN ${o} THEN 1 ELSE 0 END) AS missed, SUM(CASE WHEN ${o} AND ${i} THEN 1 ELSE 0 END) AS both_,
  SUM(CASE WHEN NOT (${o}) THEN 1 ELSE 0 END) AS met, SUM(CASE WHEN NOT (${o}) AND ${i} THEN 1 ELSE 0 END) AS iwm FROM ${T} WHERE ${om.scope} AND ${im.scope} AND ${measured(om)} AND ${measured(im)} GROUP BY wave_e`);
  });
  const coincidences = union(co, `SELECT 0 AS pi, CAST('' AS ${d.text}) AS wave_e, 0 AS missed, 0 AS both_, 0 AS met, 0 AS iwm WHERE 1 = 0`);
  const lags: string[] = [];
  r.lags.forEach((l, k) => {
    const a = evIndex.get(l.from);
    const b = evIndex.get(l.to);
    if (a === undefined || b === undefined) return;
    lags.push(`SELECT ${k} AS li, wave_e, SUM(CASE WHEN t${b} < t${a} THEN 1 ELSE 0 END) AS neg, SUM(CASE WHEN t${b} = t${a} THEN 1 ELSE 0 END) AS zer, SUM(CASE WHEN t${b} > t${a} THEN 1 ELSE 0 END) AS pos
  FROM ${T} WHERE t${a} IS NOT NULL AND t${b} IS NOT NULL GROUP BY wave_e`);
  });
  const lagBins = union(lags, `SELECT 0 AS li, CAST('' AS ${d.text}) AS wave_e, 0 AS neg, 0 AS zer, 0 AS pos WHERE 1 = 0`);
  return { standardCounts: union(counts, `SELECT 0 AS si, CAST('' AS ${d.text}) AS wave_e, 0 AS measurable, 0 AS mstart, 0 AS mstop, 0 AS sbs, 0 AS unf, 0 AS mis, 0 AS woe WHERE 1 = 0`), standardBins, standardMoments, clockBins, coincidences, lagBins };
}
