/**
 * The survey summary as SQL, from the first pass's verdicts table ({@link VERDICT_TABLE}: accepted rows with their
 * value on the analysis scale, weight, wave and respondent): each respondent's 0–100 index over a set of questions
 * (GROUP BY wave, respondent), then weighted moments by the first pass's two-pass method (means, then sums of
 * deviations from them), SERVQUAL pairs respondent by respondent, histograms of numeric answers in a segment scope,
 * respondents per audience, and the listwise cross-products of a theme's point indexes and its overall index.
 * Plain strings from a plain specification (question indexes and scale ranges), so the data layer knows nothing of
 * the attribution that reads the results; the attribution builds the specification and reads the rows back.
 * @module
 */
import { sqlNumber, sqlString, type SqlDialect } from "./dialect.js";
import { VERDICT_TABLE } from "./first-pass.js";

/** The temporary table of per-respondent indexes: `wave_e`, `rid`, `set_id`, `v` (0–100), `w`. */
export const INDEX_TABLE = "gt_summary_idx";

/** A question read as a 0–100 index: its index in the study and its scale's minimum and span (max − min > 0). */
export interface IndexedColumn {
  readonly question: number;
  readonly min: number;
  readonly span: number;
}

/** What to summarise: question sets (indexes), pairs, and numeric questions in segment scopes. */
export interface SummarySqlSpec {
  /** Index sets, numbered by position: a respondent's index is the mean over the set's questions answered. */
  readonly sets: readonly (readonly IndexedColumn[])[];
  /** SERVQUAL pairs, numbered by position. */
  readonly pairs: readonly { readonly perception: IndexedColumn; readonly expectation: IndexedColumn }[];
  /** Numeric questions in scopes, numbered by position; a scope's keys are segment dimensions. */
  readonly accepting: readonly { readonly question: number; readonly scope: readonly { readonly key: string; readonly value: string }[] }[];
}

/** The statements of a summary (the per-wave driver queries are made later, by {@link driverQuery}). */
export interface SummarySql {
  /** Creates {@link INDEX_TABLE}. */
  readonly indexTable: string;
  /** Per wave and set: `wave_e`, `k`, `n`, `sw`, `sw2`, `mu`, `mu2`, `d1`, `d2`, `e1`, `e2`. */
  readonly indexMoments: string;
  /** Per wave and pair × 3 + part (0 perception, 1 expectation, 2 gap): the same columns. */
  readonly pairMoments: string;
  /** Per wave, entry and value: `wave_e`, `k`, `x`, `n`, `sw`, `sw2`. */
  readonly accepting: string;
  /** Respondents with an answered question, per wave and audience: `wave_e`, `aud`, `n`. */
  readonly audiences: string;
  /** Waves with an accepted row: `wave_e`. */
  readonly waves: string;
}

const ACCEPTED = "reason IS NULL AND st = 0";

/** `(xv − min) / span × 100` of a verdict row `t` against a literal table `m` with `lo` and `span`. */
const INDEX = "((t.xv - m.lo) / m.span) * 100";

/**
 * Weighted moments per (wave, key) of a relation with columns `wave_e`, `k`, `v`, `w`, in two passes: the means by
 * w and by w², then the sums of deviations from them (read back as the first pass reads its numeric cells).
 */
function momentsQuery(from: string): string {
  const m = `SELECT wave_e, k, SUM(w * v) / SUM(w) AS mu, SUM(w * w * v) / SUM(w * w) AS mu2 FROM (${from}) a GROUP BY wave_e, k`;
  const dev = "(t.v - m.mu)";
  const dev2 = "(t.v - m.mu2)";
  return `SELECT t.wave_e, t.k, COUNT(*) AS n, SUM(t.w) AS sw, SUM(t.w * t.w) AS sw2, MAX(m.mu) AS mu, MAX(m.mu2) AS mu2, SUM(t.w * ${dev}) AS d1, SUM(t.w * ${dev} * ${dev}) AS d2, SUM(t.w * t.w * ${dev2}) AS e1, SUM(t.w * t.w * ${dev2} * ${dev2}) AS e2 FROM (${from}) t JOIN (${m}) m ON t.wave_e = m.wave_e AND t.k = m.k GROUP BY t.wave_e, t.k`;
}

/**
 * Plan the summary statements.
 *
 * @param spec - the sets, pairs and scoped numeric questions.
 * @param dialect - the engine's dialect.
 * @param dims - the segment dimensions of the first pass, in the order of its `s0`, `s1`… columns.
 * @returns the statements.
 * @example
 * ```ts
 * const sql = summarySql({ sets: [[{ question: 0, min: 1, span: 4 }]], pairs: [], accepting: [] }, DUCKDB, []);
 * sql.indexTable; // "CREATE OR REPLACE TEMP TABLE gt_summary_idx AS ..."
 * ```
 */
export function summarySql(spec: SummarySqlSpec, dialect: SqlDialect, dims: readonly string[]): SummarySql {
  const d = dialect;
  const col = (c: IndexedColumn): string[] => [String(c.question), sqlNumber(c.min, d), sqlNumber(c.span, d)];
  const setRows = spec.sets.flatMap((qs, k) => qs.map((c) => [String(k), ...col(c)]));
  const setTable = setRows.length === 0 ? `SELECT 0 AS set_id, 0 AS qidx, ${sqlNumber(0, d)} AS lo, ${sqlNumber(1, d)} AS span WHERE 1 = 0` : `WITH ${d.values("gt_sets", ["set_id", "qidx", "lo", "span"], setRows)} SELECT * FROM gt_sets`;
  const indexTable = d.createTemp(
    INDEX_TABLE,
    `SELECT t.wave_e, t.rid, m.set_id, AVG(${INDEX}) AS v, MAX(t.w) AS w FROM ${VERDICT_TABLE} t JOIN (${setTable}) m ON m.qidx = t.qidx WHERE t.${ACCEPTED.replace(" AND ", " AND t.")} GROUP BY t.wave_e, t.rid, m.set_id`,
  );
  const indexMoments = momentsQuery(`SELECT wave_e, set_id AS k, v, w FROM ${INDEX_TABLE}`);
  const pairRows = spec.pairs.flatMap((p, k) => [[String(k), "0", ...col(p.perception)], [String(k), "1", ...col(p.expectation)]]);
  let pairMoments = `SELECT '' AS wave_e, 0 AS k, 0 AS n, 0 AS sw, 0 AS sw2, 0 AS mu, 0 AS mu2, 0 AS d1, 0 AS d2, 0 AS e1, 0 AS e2 WHERE 1 = 0`;
  if (pairRows.length > 0) {
    const pairTable = `WITH ${d.values("gt_pairs", ["pair_id", "part", "qidx", "lo", "span"], pairRows)} SELECT * FROM gt_pairs`;
    const per = `SELECT t.wave_e, t.rid, m.pair_id, MAX(CASE WHEN m.part = 0 THEN ${INDEX} END) AS pv, MAX(CASE WHEN m.part = 1 THEN ${INDEX} END) AS ev, MAX(t.w) AS w FROM ${VERDICT_TABLE} t JOIN (${pairTable}) m ON m.qidx = t.qidx WHERE t.${ACCEPTED.replace(" AND ", " AND t.")} GROUP BY t.wave_e, t.rid, m.pair_id`;
    const both = `SELECT * FROM (${per}) p WHERE pv IS NOT NULL AND ev IS NOT NULL`;
    pairMoments = momentsQuery(
      [0, 1, 2].map((part) => `SELECT wave_e, pair_id * 3 + ${part} AS k, ${part === 0 ? "pv" : part === 1 ? "ev" : "pv - ev"} AS v, w FROM (${both}) b${part}`).join(" UNION ALL "),
    );
  }
  const scope = (s: SummarySqlSpec["accepting"][number]["scope"]): string =>
    s.map((c) => (dims.includes(c.key) ? `s${dims.indexOf(c.key)} = ${sqlString(c.value)}` : "1 = 0")).map((x) => ` AND ${x}`).join("");
  const accepting =
    spec.accepting.length === 0
      ? `SELECT '' AS wave_e, 0 AS k, ${sqlNumber(0, d)} AS x, 0 AS n, 0 AS sw, 0 AS sw2 WHERE 1 = 0`
      : spec.accepting.map((a, k) => `SELECT wave_e, ${k} AS k, xv AS x, COUNT(*) AS n, SUM(w) AS sw, SUM(w * w) AS sw2 FROM ${VERDICT_TABLE} WHERE ${ACCEPTED} AND qidx = ${a.question}${scope(a.scope)} GROUP BY wave_e, xv`).join(" UNION ALL ");
  return {
    indexTable,
    indexMoments,
    pairMoments,
    accepting,
    audiences: `SELECT wave_e, aud, COUNT(*) AS n FROM (SELECT DISTINCT wave_e, rid, aud FROM ${VERDICT_TABLE} WHERE ${ACCEPTED}) z GROUP BY wave_e, aud`,
    waves: `SELECT DISTINCT wave_e FROM ${VERDICT_TABLE} WHERE reason IS NULL`,
  };
}

/**
 * The listwise cross-products of one theme in one wave, from {@link INDEX_TABLE}: rows are the respondents with an
 * overall index; `rows`, `a0`… (answers per predictor among them); over the rows complete on every predictor:
 * `n`, `sw`, `sw2`, the means `m0`… (`m{p}` the overall), `lo0`/`hi0`…, and the centred products `c{j}_{k}`, k ≤ j.
 *
 * @param wave - the wave.
 * @param overall - the overall question's set number.
 * @param predictors - the predictors' set numbers, in order.
 * @returns the query (one row).
 * @example
 * ```ts
 * driverQuery("2026H1", 7, [1, 3, 5]);
 * ```
 */
export function driverQuery(wave: string, overall: number, predictors: readonly number[]): string {
  const p = predictors.length;
  const cols = [...predictors.map((_, j) => `x${j}`), `x${p}`];
  const pick = [...predictors, overall].map((s, j) => `MAX(CASE WHEN set_id = ${s} THEN v END) AS x${j}`).join(", ");
  const rows = `SELECT rid, MAX(w) AS w, ${pick} FROM ${INDEX_TABLE} WHERE wave_e = ${sqlString(wave)} AND set_id IN (${[...predictors, overall].join(", ")}) GROUP BY rid`;
  const r = `SELECT * FROM (${rows}) d WHERE x${p} IS NOT NULL`;
  const u = `SELECT * FROM (${r}) r0 WHERE ${cols.map((c) => `${c} IS NOT NULL`).join(" AND ")}`;
  const means = `SELECT COUNT(*) AS n, SUM(w) AS sw, SUM(w * w) AS sw2, ${cols.map((c, j) => `SUM(w * ${c}) / SUM(w) AS m${j}, MIN(${c}) AS lo${j}, MAX(${c}) AS hi${j}`).join(", ")} FROM (${u}) u0`;
  const products: string[] = [];
  for (let j = 0; j <= p; j++) for (let k = 0; k <= j; k++) products.push(`SUM(u.w * (u.x${j} - m.m${j}) * (u.x${k} - m.m${k})) AS c${j}_${k}`);
  const answered = `SELECT COUNT(*) AS rows${predictors.map((_, j) => `, COUNT(x${j}) AS a${j}`).join("")} FROM (${r}) r1`;
  const stats = `SELECT ${["n", "sw", "sw2", ...cols.flatMap((_, j) => [`m${j}`, `lo${j}`, `hi${j}`])].map((c) => `MAX(m.${c}) AS ${c}`).join(", ")}, ${products.join(", ")} FROM (${means}) m LEFT JOIN (${u}) u ON 1 = 1`;
  return `SELECT * FROM (${answered}) a CROSS JOIN (${stats}) s`;
}

/**
 * Index sets summed per place of one segment dimension, from {@link INDEX_TABLE} joined to each respondent's level
 * (blank levels left out, as in process): `wave_e`, `k`, `level`, `n`, `sw`, `swv`.
 *
 * @param dim - the dimension's position among the first pass's segment columns (`s0`, `s1`…).
 * @param sets - the set numbers to sum.
 * @returns the query.
 * @example
 * ```ts
 * placesQuery(0, [1, 4]);
 * ```
 */
export function placesQuery(dim: number, sets: readonly number[]): string {
  if (sets.length === 0) return "SELECT '' AS wave_e, 0 AS k, '' AS level, 0 AS n, 0 AS sw, 0 AS swv WHERE 1 = 0";
  const level = `SELECT wave_e, rid, MAX(s${dim}) AS lv FROM ${VERDICT_TABLE} WHERE reason IS NULL GROUP BY wave_e, rid`;
  return `SELECT i.wave_e, i.set_id AS k, r.lv AS level, COUNT(*) AS n, SUM(i.w) AS sw, SUM(i.w * i.v) AS swv FROM ${INDEX_TABLE} i JOIN (${level}) r ON r.wave_e = i.wave_e AND r.rid = i.rid WHERE r.lv <> '' AND i.set_id IN (${sets.join(", ")}) GROUP BY i.wave_e, i.set_id, r.lv`;
}

/**
 * Which segment dimensions have a value on some accepted row: `d0`, `d1`… 1 or 0.
 *
 * @param dims - the number of segment dimensions.
 * @returns the query (one row).
 * @example
 * ```ts
 * dimensionsPresent(2); // "SELECT MAX(CASE WHEN s0 <> '' THEN 1 ELSE 0 END) AS d0, ..."
 * ```
 */
export function dimensionsPresent(dims: number): string {
  const cols = Array.from({ length: dims }, (_, i) => `MAX(CASE WHEN s${i} <> '' THEN 1 ELSE 0 END) AS d${i}`);
  return `SELECT ${cols.length === 0 ? "0 AS none" : cols.join(", ")} FROM ${VERDICT_TABLE} WHERE reason IS NULL`;
}
