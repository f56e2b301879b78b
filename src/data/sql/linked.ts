/**
 * The linked pass as SQL: survey respondents joined to their own cases where both are (the first pass's verdicts
 * table and the case pass's per-case table, in one session), with the statistics the measured links read. Each
 * respondent's case is the one its accepted customer rows name; a case named by two respondents is used once, for
 * the first by respondent id (binary order, as JavaScript compares strings), the others counted as duplicate links;
 * a case not among the wave's records is an unknown case. Each case's exposure to a candidate (1 missed, 0 met or
 * out of the standard's scope, NULL unknown) is read off its event times by the case pass's own rules (the same
 * clock, durations computed as the duration engine computes them, the standard's rule for unfinished cases). Per
 * point, the respondents' index is summed per cell (wave, segment levels, exposure pattern) as weighted moments in
 * two passes (means, then centred sums), and per overall point the driver regression's second round (residual
 * moments at given coefficients) is one more query. Plain strings from a plain specification: the attribution
 * builds it and reads the rows back.
 * @module
 */
import type { WorkCalendarRules } from "../calendar.js";
import { workdaysSql } from "./calendar.js";
import { sqlString, type SqlDialect } from "./dialect.js";
import { CASE_TABLES } from "./cases.js";
import { VERDICT_TABLE } from "./first-pass.js";
import { INDEX_TABLE } from "./summary.js";

/**
 * Temporary tables of the linked pass (dropped after it).
 *
 * @example
 * ```ts
 * LINKED_TABLES.respondents; // "gt_linked_r"
 * ```
 */
export const LINKED_TABLES = { exposures: "gt_linked_x", people: "gt_linked_p", respondents: "gt_linked_r" } as const;

/** One clock test of a case: miss when the duration is beyond the threshold (or the case is unfinished and counts as a miss). */
export interface ClockTestSpec {
  /** The clock's events, by their index in the case pass (`t{i}`, `u{i}`); undefined when the study lacks one. */
  readonly start: number | undefined;
  readonly stop: number | undefined;
  /** Seconds per unit of the threshold; undefined when the unit is not calendar time (measured only in working days with `workdays`, else unknown). */
  readonly seconds: number | undefined;
  /** For a threshold in working days: the working calendar's rules the case pass counted by (undefined: no calendar, unknown). */
  readonly workdays?: WorkCalendarRules | undefined;
  readonly threshold: number;
  readonly better: "lower" | "higher";
  /** The standard's scope, on the case pass's segment dimensions: a case outside it counts 0. */
  readonly scope: readonly { readonly key: string; readonly value: string }[];
  /** The standard's rule for unfinished cases (start, no stop): `end` is the rule's end event's index. */
  readonly rule: { readonly count: "miss" | "exclude" | "exclude-if-shorter"; readonly seconds?: number | undefined; readonly end?: number | undefined };
}

/** A candidate's exposure per case: a miss on one clock, or (customers' clock) met on its own clock and missed on the customers'. */
export type ExposureSpec = { readonly kind: "miss"; readonly test: ClockTestSpec } | { readonly kind: "customer-clock"; readonly own: ClockTestSpec; readonly customer: ClockTestSpec };

/** What the linked pass computes. */
export interface LinkedSqlSpec {
  /** Distinct exposures, numbered by position (`x0`, `x1`…). */
  readonly exposures: readonly ExposureSpec[];
  /** The case pass's segment dimensions (its `s0`, `s1`…). */
  readonly caseDims: readonly string[];
  /** The number of the first pass's segment dimensions (the respondents' `s0`, `s1`…). */
  readonly respondentDims: number;
}

/** A double literal read from its shortest decimal text (string to double parses are correctly rounded). */
const lit = (x: number, d: SqlDialect): string => `CAST('${String(x)}' AS ${d.double})`;

/** One clock test as a 1 / 0 / NULL expression over the per-case table. */
function clockTest(t: ClockTestSpec, d: SqlDialect, caseDims: readonly string[]): string {
  const scope = t.scope.length === 0 ? "TRUE" : t.scope.map((c) => (caseDims.includes(c.key) ? `s${caseDims.indexOf(c.key)} = ${sqlString(c.value)}` : "FALSE")).join(" AND ");
  if (t.start === undefined || t.stop === undefined) return `CASE WHEN NOT (${scope}) THEN 0 END`;
  const a = `t${t.start}`;
  const b = `t${t.stop}`;
  const worse = t.better === "lower" ? ">" : "<";
  const duration = t.seconds !== undefined ? `CAST(${b} - ${a} AS ${d.double}) / 1000 / ${t.seconds}` : t.workdays !== undefined ? workdaysSql(a, b, t.workdays, d) : undefined;
  const measured = duration === undefined ? "NULL" : `CASE WHEN ${duration} ${worse} ${lit(t.threshold, d)} THEN 1 ELSE 0 END`;
  const open = `${a} IS NOT NULL AND ${b} IS NULL AND u${t.stop} = 0`;
  const end = t.rule.end === undefined ? "CAST(NULL AS BIGINT)" : `t${t.rule.end}`;
  const counts =
    t.rule.count === "miss" ? "TRUE" : t.rule.count === "exclude" ? "FALSE" : `(${end} IS NULL OR ${end} < ${a}${t.rule.seconds === undefined ? "" : ` OR ${end} - ${a} >= ${String(t.rule.seconds * 1000)}`})`;
  return `CASE WHEN NOT (${scope}) THEN 0 WHEN ${a} IS NOT NULL AND ${b} IS NOT NULL AND ${b} >= ${a} THEN ${measured} WHEN ${open} AND ${counts} THEN 1 END`;
}

/** An exposure as a 1 / 0 / NULL expression over the per-case table. */
function exposureSql(x: ExposureSpec, d: SqlDialect, caseDims: readonly string[]): string {
  if (x.kind === "miss") return clockTest(x.test, d, caseDims);
  const own = clockTest(x.own, d, caseDims);
  return `CASE WHEN (${own}) = 1 THEN 0 WHEN (${own}) = 0 THEN (${clockTest(x.customer, d, caseDims)}) END`;
}

/** The statements of a linked pass (the per-point and per-driver queries are made by the functions below). */
export interface LinkedSql {
  /** Creates {@link LINKED_TABLES}.exposures: per case of the case pass, `wave_e`, `id`, `x0`…. */
  readonly exposures: string;
  /** Creates {@link LINKED_TABLES}.people: per external respondent `wave_e`, `rid`, the case it names `cid`, segments `r0`…. */
  readonly people: string;
  /** Creates {@link LINKED_TABLES}.respondents: per external respondent `wave_e`, `rid`, `st` (status), segments `r0`…, exposures `x0`…. */
  readonly respondents: string;
  /** Per wave and status: `wave_e`, `st`, `n`. */
  readonly linkage: string;
  /** Per wave, the cases its respondents can be joined to: `wave_e`, `n`. */
  readonly caseRecords: string;
  /** The first 100 unknown and duplicate links per wave, by respondent id: `wave_e`, `rid`, `cid`, `st`. */
  readonly problems: string;
}

/**
 * Plan the linked pass's statements.
 *
 * @param spec - the exposures and the dimensions of both passes.
 * @param dialect - the engine's dialect.
 * @returns the statements.
 * @example
 * ```ts
 * linkedSql({ exposures: [], caseDims: [], respondentDims: 0 }, DUCKDB).respondents;
 * ```
 */
export function linkedSql(spec: LinkedSqlSpec, dialect: SqlDialect): LinkedSql {
  const d = dialect;
  const T = LINKED_TABLES;
  const xs = spec.exposures.map((x, j) => `, ${exposureSql(x, d, spec.caseDims)} AS x${j}`).join("");
  const exposures = d.createTemp(T.exposures, `SELECT wave_e, id${xs} FROM ${CASE_TABLES.cases}`);
  const segs = Array.from({ length: spec.respondentDims }, (_, i) => `, MAX(s${i}) AS r${i}`).join("");
  const people = d.createTemp(T.people, `SELECT wave_e, rid, MAX(case_t) AS cid${segs} FROM ${VERDICT_TABLE} WHERE reason IS NULL AND aud = 'external' GROUP BY wave_e, rid`);
  const resp = T.people;
  // The cases of a survey wave: those of the wave, and those that name none (a case of the wave first).
  const waves = `SELECT DISTINCT wave_e AS sw FROM ${resp}`;
  const cw = `SELECT w.sw, c.*, 0 AS pref FROM (${waves}) w JOIN ${T.exposures} c ON c.wave_e = w.sw UNION ALL SELECT w.sw, c.*, 1 AS pref FROM (${waves}) w CROSS JOIN ${T.exposures} c WHERE c.wave_e = '' AND w.sw <> ''`;
  const first = `SELECT * FROM (SELECT cw.*, ROW_NUMBER() OVER (PARTITION BY sw, id ORDER BY pref) AS k FROM (${cw}) cw) z WHERE k = 1`;
  const records = `SELECT sw, COUNT(*) AS n FROM (${cw}) c GROUP BY sw`;
  const order = d.name === "postgres" ? 'rid COLLATE "C"' : "rid";
  const joined = `SELECT r.*, c.id AS hit, COALESCE(cr.n, 0) AS ncr${spec.exposures.map((_, j) => `, c.x${j}`).join("")} FROM ${resp} r LEFT JOIN (${records}) cr ON cr.sw = r.wave_e LEFT JOIN (${first}) c ON c.sw = r.wave_e AND c.id = r.cid`;
  const ranked = `SELECT j.*, CASE WHEN hit IS NULL THEN NULL ELSE ROW_NUMBER() OVER (PARTITION BY wave_e, hit ORDER BY ${order}) END AS lk FROM (${joined}) j`;
  const status = "CASE WHEN cid = '' OR ncr = 0 THEN 'unlinked' WHEN hit IS NULL THEN 'unknown-case' WHEN lk = 1 THEN 'linked' ELSE 'duplicate-link' END";
  const respondents = d.createTemp(
    T.respondents,
    `SELECT wave_e, rid, cid, ${status} AS st${Array.from({ length: spec.respondentDims }, (_, i) => `, r${i}`).join("")}${spec.exposures.map((_, j) => `, x${j}`).join("")} FROM (${ranked}) q`,
  );
  return {
    exposures,
    people,
    respondents,
    linkage: `SELECT wave_e, st, COUNT(*) AS n FROM ${T.respondents} GROUP BY wave_e, st`,
    caseRecords: `SELECT sw AS wave_e, n FROM (${records}) c`,
    problems: `SELECT * FROM (SELECT wave_e, rid, cid, st, ROW_NUMBER() OVER (PARTITION BY wave_e ORDER BY ${order}) AS k FROM ${T.respondents} WHERE st IN ('unknown-case', 'duplicate-link')) p WHERE k <= 100`,
  };
}

/**
 * The cells of one point in one wave: per respondent segment levels (`r0`…) and the point's exposures (`k0`…: 0, 1,
 * or 2 for unknown), the weighted moments of the point's index over its linked respondents (`n`, `sw`, `sw2`,
 * `mu`, `mu2`, `d1`, `d2`, `e1`, `e2`, as the survey summary's moments).
 *
 * @param wave - the wave.
 * @param set - the point's index set in {@link INDEX_TABLE}.
 * @param exposures - the point's exposures, by their numbers in the specification.
 * @param respondentDims - the number of the respondents' segment dimensions.
 * @returns the query.
 * @example
 * ```ts
 * linkedCellsQuery("2026H1", 3, [0, 2], 1);
 * ```
 */
export function linkedCellsQuery(wave: string, set: number, exposures: readonly number[], respondentDims: number): string {
  const keys = [...Array.from({ length: respondentDims }, (_, i) => `r${i}`), ...exposures.map((_, j) => `k${j}`)];
  // An unknown exposure is a level of its own (2): no NULL in a key, so the join on the means is a plain equi-join.
  const rows = `SELECT i.v, i.w${Array.from({ length: respondentDims }, (_, k) => `, COALESCE(r.r${k}, '') AS r${k}`).join("")}${exposures.map((x, j) => `, COALESCE(r.x${x}, 2) AS k${j}`).join("")} FROM ${INDEX_TABLE} i JOIN ${LINKED_TABLES.respondents} r ON r.wave_e = i.wave_e AND r.rid = i.rid WHERE i.wave_e = ${sqlString(wave)} AND i.set_id = ${set} AND r.st = 'linked'`;
  if (keys.length === 0) keys.push("one");
  const rowsKeyed = keys[0] === "one" ? `SELECT a0.*, 1 AS one FROM (${rows}) a0` : rows;
  const on = keys.map((k) => `t.${k} = m.${k}`).join(" AND ");
  const means = `SELECT ${keys.join(", ")}, SUM(w * v) / SUM(w) AS mu, SUM(w * w * v) / SUM(w * w) AS mu2 FROM (${rowsKeyed}) a GROUP BY ${keys.join(", ")}`;
  const dev = "(t.v - m.mu)";
  const dev2 = "(t.v - m.mu2)";
  return `SELECT ${keys.map((k) => `m.${k}`).join(", ")}, COUNT(*) AS n, SUM(t.w) AS sw, SUM(t.w * t.w) AS sw2, MAX(m.mu) AS mu, MAX(m.mu2) AS mu2, SUM(t.w * ${dev}) AS d1, SUM(t.w * ${dev} * ${dev}) AS d2, SUM(t.w * t.w * ${dev2}) AS e1, SUM(t.w * t.w * ${dev2} * ${dev2}) AS e2 FROM (${rowsKeyed}) t JOIN (${means}) m ON ${on} GROUP BY ${keys.map((k) => `m.${k}`).join(", ")}`;
}

/**
 * Round 2 of a driver regression in one wave: over the respondents with an overall index and every kept driver,
 * with eᵢ = yᵢ − ȳ − Σ βⱼ(xᵢⱼ − x̄ⱼ) at the given literals and ž = (1, x − x̄) over the drivers with a slope:
 * `n`, `s{a}` = Σ w e ž_a and `m{a}_{b}` = Σ w² e² ž_a ž_b (b ≤ a).
 *
 * @param wave - the wave.
 * @param overall - the overall question set's number.
 * @param kept - the kept drivers' set numbers, in order.
 * @param at - ȳ, x̄ (one per kept driver) and the slopes (null for an aliased driver).
 * @param dialect - the engine's dialect.
 * @returns the query (one row).
 * @example
 * ```ts
 * driverResidualQuery("2026H1", 7, [1, 3], { yBar: 71.2, xBar: [70, 68], beta: [0.4, null] }, DUCKDB);
 * ```
 */
export function driverResidualQuery(wave: string, overall: number, kept: readonly number[], at: { readonly yBar: number; readonly xBar: readonly number[]; readonly beta: readonly (number | null)[] }, dialect: SqlDialect): string {
  const p = kept.length;
  const pick = [...kept, overall].map((s, j) => `MAX(CASE WHEN set_id = ${s} THEN v END) AS x${j}`).join(", ");
  const rows = `SELECT rid, MAX(w) AS w, ${pick} FROM ${INDEX_TABLE} WHERE wave_e = ${sqlString(wave)} AND set_id IN (${[...kept, overall].join(", ")}) GROUP BY rid`;
  const complete = `SELECT * FROM (${rows}) d WHERE ${[...kept.map((_, j) => `x${j}`), `x${p}`].map((c) => `${c} IS NOT NULL`).join(" AND ")}`;
  const slopes = at.beta.flatMap((b, j) => (b === null ? [] : [{ j, b }]));
  const z = ["1", ...slopes.map(({ j }) => `(x${j} - ${lit(at.xBar[j] ?? 0, dialect)})`)];
  const e = `(x${p} - ${lit(at.yBar, dialect)}${slopes.map(({ j, b }) => ` - ${lit(b, dialect)} * (x${j} - ${lit(at.xBar[j] ?? 0, dialect)})`).join("")})`;
  const sums: string[] = [];
  z.forEach((za, a) => {
    sums.push(`SUM(w * e * ${za}) AS s${a}`);
    for (let b = 0; b <= a; b++) sums.push(`SUM(w * w * e * e * ${za} * ${z[b] ?? "1"}) AS m${a}_${b}`);
  });
  const withE = `SELECT c.*, ${e} AS e FROM (${complete}) c`;
  return `SELECT COUNT(*) AS n, ${sums.join(", ")} FROM (${withE}) r`;
}
