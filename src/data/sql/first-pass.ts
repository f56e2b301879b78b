/**
 * The first pass as SQL: from a validated study and the reading options, the statements that check every
 * long-form survey-response row where the data are (the ledger's verdicts as CASE expressions, the stateful ones —
 * a respondent seen before with another profile, a second case link, a duplicate answer — as window functions
 * over the row order), store the verdicts in a temporary table, and read back the small results: rejections by
 * reason, per-cell counts and histograms, centred sums for numeric questions, the first problems of each reason
 * and the link counts. Plain strings, no engine: {@link runFirstPass} runs them through any {@link SqlRunner}.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Study } from "../../model/study.js";
import { headerIndex } from "../row-plan.js";
import { columnNames, segmentDims } from "../row-reader.js";
import { RESPONSE_COLUMNS, type ResponseColumns, type ResponseOptions } from "../responses.js";
import { dataIndex, type DataIndex } from "../study-index.js";
import { answerCodes, DEFAULT_DONT_KNOW, MAX_WEIGHT, type AnswerCodes } from "../values.js";
import { sqlNumber, sqlString, type SqlDialect } from "./dialect.js";

/** The name of the temporary table that holds one verdict per row. */
export const VERDICT_TABLE = "gt_first_pass_rows";

/** What the first pass reads: a relation (table, view or table function) with one row per input line. */
export interface SqlRelation {
  /** A table name or any FROM item, e.g. `responses` or `read_csv('a.csv', all_varchar = true)`. */
  readonly from: string;
  /** Its column names, in order (as a CSV header or the table declare them; trimmed as headers are). */
  readonly columns: readonly string[];
  /**
   * The column giving the rows' order (the line number for a file): "first answer kept" and "the first row of
   * a respondent sets its profile" follow it. It is also reported as the line of each problem.
   */
  readonly order: string;
  /** The file name to put in problems. */
  readonly file?: string;
}

/** The statements of one first pass, and what is needed to read their results back. */
export interface FirstPassPlan {
  readonly dialect: SqlDialect;
  /** Creates {@link VERDICT_TABLE}: every row with its verdict (`reason` NULL when accepted). */
  readonly verdicts: string;
  /** Rows by reason (`reason`, `n`), accepted rows under a NULL reason. */
  readonly reasons: string;
  /** Accepted rows by question, wave, segment, status and (discrete scales) value: `n`, `sw`, `sw2`. */
  readonly cells: string;
  /** Numeric questions: per cell the weighted means and centred sums (`mu`, `d1`, `d2`, `mu2`, `e1`, `e2`). */
  readonly numeric: string;
  /** The first `maxProblemsPerReason` rejected rows of each reason, with the cells their messages quote. */
  readonly problems: string;
  /** Respondents with an accepted answer by audience and whether a row of theirs names a case. */
  readonly links: string;
  /** The first accepted internal row naming a case (the ledger notes it once). */
  readonly internalLink: string;
  /** Per question, the first line of an accepted "don't know" or "not applicable" answer (the ledger's order). */
  readonly codedOrder: string;
  /** The segment dimensions, in the order of the `s0`, `s1`… result columns. */
  readonly dims: readonly string[];
  /** The column names the options resolve to. */
  readonly columns: Readonly<Required<ResponseColumns>>;
  /** The relation's columns, trimmed as headers are. */
  readonly header: readonly string[];
  /** Header columns no option reads (the ledger notes them). */
  readonly unused: readonly string[];
  readonly index: DataIndex;
  readonly codes: AnswerCodes;
  readonly options: ResponseOptions;
  readonly file: string | undefined;
}

/** Every character JavaScript's `String.prototype.trim` removes (the in-process reader trims with it). */
const TRIM = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
/** Plain decimal notation (the in-process NUMBER), with at most a two-digit exponent (see docs/sql.md). */
const NUMBER = "[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?0*[0-9]{1,2})?";
/** Full-width digits, point, signs and exponent letters, and their ASCII forms (the NFKC folds numbers need). */
const FULL_WIDTH = ["０１２３４５６７８９．＋－ｅＥ", "0123456789.+-eE"] as const;
const YES = ["yes", "y", "true", "是"];
const NO = ["no", "n", "false", "否"];
const EXTERNAL = ["external", "ext", "外部", "外部客户"];
const INTERNAL = ["internal", "int", "内部", "内部客户"];

/** Options the SQL first pass cannot honour yet; each is refused by name rather than ignored. */
const UNSUPPORTED: readonly (keyof ResponseOptions)[] = ["recode", "missingCodesByQuestion", "dontKnowByQuestion", "notApplicableByQuestion", "questionColumns"];

/**
 * Plan the first pass of long-form survey responses as SQL.
 *
 * @param study - the validated study.
 * @param relation - the rows: where they are, their columns and their order column.
 * @param dialect - the engine's dialect.
 * @param options - as for `readResponses` (long form; per-question codes and `recode` are not supported yet).
 * @returns the statements and what reading their results needs.
 * @throws UsageError for wide form or an unsupported option; ValidationError when a required column is missing.
 * @example
 * ```ts
 * const plan = firstPassPlan(study, { from: "responses", columns: ["line", "respondent", "question", "value"], order: "line" }, POSTGRES);
 * plan.verdicts; // "CREATE TEMP TABLE gt_first_pass_rows AS WITH ..."
 * ```
 */
export function firstPassPlan(study: Study, relation: SqlRelation, dialect: SqlDialect, options: ResponseOptions = {}): FirstPassPlan {
  if ((options.form ?? "long") !== "long") throw new UsageError("firstPassPlan", "the SQL first pass reads long-form responses only.", "Unpivot wide files to long form first (UNPIVOT in DuckDB, a LATERAL VALUES join in PostgreSQL), or read them in process.");
  for (const k of UNSUPPORTED) {
    if (options[k] !== undefined) throw new UsageError("firstPassPlan", `the SQL first pass does not support the option ${k} yet.`, "Read these data in process (readResponsesCsv), or drop the option.");
  }
  const ix = dataIndex(study);
  const columns = columnNames(RESPONSE_COLUMNS, options.columns ?? {}) as Required<ResponseColumns>;
  const dims = segmentDims(options.segments, options.segmentColumns);
  const header = relation.columns.map((c) => c.trim());
  const required = [columns.respondent, columns.question, columns.value, ...(options.columns?.case !== undefined ? [columns.case] : []), ...dims.map(([, c]) => c)];
  const file = options.file ?? relation.file;
  headerIndex("readResponses", header, required, { line: 1, ...(file === undefined ? {} : { file }) });
  const named = new Set<string>(Object.values(columns));
  const ignore = new Set((options.ignoreColumns ?? []).map((c) => c.trim()));
  const segCols = new Set(dims.map(([, c]) => c));
  const unused = header.filter((c) => c !== relation.order && !named.has(c) && !segCols.has(c) && !ignore.has(c));
  const codes = answerCodes(options.missingCodes ?? [], options.dontKnow ?? DEFAULT_DONT_KNOW, options.notApplicable ?? []);
  const ctx: Ctx = { d: dialect, ix, columns, header: new Set(header), dims: dims.map(([, c]) => c), codes, options };
  const segs = dims.map((_, i) => `s${i}`);
  const segList = segs.map((s) => `, ${s}`).join("");
  const max = options.maxProblemsPerReason ?? 100;
  return {
    dialect,
    verdicts: dialect.createTemp(VERDICT_TABLE, verdictQuery(ctx, relation)),
    reasons: `SELECT reason, COUNT(*) AS n FROM ${VERDICT_TABLE} GROUP BY reason`,
    cells: cellsQuery(segList),
    numeric: numericQuery(segs),
    problems: problemsQuery(ctx, relation, max),
    links: `SELECT aud, named, COUNT(*) AS n FROM (SELECT wave_e, rid, MAX(aud) AS aud, MAX(CASE WHEN case_t <> '' THEN 1 ELSE 0 END) AS named FROM ${VERDICT_TABLE} WHERE reason IS NULL GROUP BY wave_e, rid) z GROUP BY aud, named`,
    internalLink: `SELECT ln, rid, post_e, case_t FROM ${VERDICT_TABLE} WHERE reason IS NULL AND aud = 'internal' AND case_t <> '' ORDER BY ln LIMIT 1`,
    codedOrder: `SELECT qidx, MIN(ln) AS first_ln FROM ${VERDICT_TABLE} WHERE reason IS NULL AND st IN (2, 3) GROUP BY qidx`,
    dims: dims.map(([d]) => d),
    columns,
    header,
    unused,
    index: ix,
    codes,
    options,
    file,
  };
}

interface Ctx {
  readonly d: SqlDialect;
  readonly ix: DataIndex;
  readonly columns: Required<ResponseColumns>;
  readonly header: ReadonlySet<string>;
  /** Segment columns, in dimension order. */
  readonly dims: readonly string[];
  readonly codes: AnswerCodes;
  readonly options: ResponseOptions;
}

/**
 * The first rejected rows of each reason, with the cells their messages quote: read again from the input by line
 * (only these few rows need them, so the verdict table does not carry the raw text of every row).
 */
function problemsQuery(c: Ctx, relation: SqlRelation, max: number): string {
  const col = c.columns;
  const raw = `SELECT CAST(${c.d.ident(relation.order)} AS BIGINT) AS ln, ${text(c, col.question)} AS qid, ${text(c, col.value, false)} AS v_raw, ${text(c, col.audience)} AS aud_t, ${text(c, col.post)} AS post_t, ${text(c, col.weight, false)} AS w_raw FROM ${relation.from}`;
  const sample = `SELECT * FROM (SELECT ln, reason, rid, wave_e, case_t, link_case, qidx, aud, ROW_NUMBER() OVER (PARTITION BY reason ORDER BY ln) AS rn FROM ${VERDICT_TABLE} WHERE reason IS NOT NULL) z WHERE rn <= ${max}`;
  return `SELECT s.*, r.qid, r.v_raw, r.aud_t, r.post_t, r.w_raw FROM (${sample}) s JOIN (${raw}) r ON r.ln = s.ln`;
}

/** Accepted rows by cell, status and (discrete scales) value. */
function cellsQuery(segList: string): string {
  const hx = "CASE WHEN st = 0 AND disc = 1 THEN xv END";
  return `SELECT qidx, wave_e${segList}, st, ${hx} AS hx, COUNT(*) AS n, SUM(w) AS sw, SUM(w * w) AS sw2 FROM ${VERDICT_TABLE} WHERE reason IS NULL GROUP BY qidx, wave_e${segList}, st, ${hx}`;
}

/** Numeric questions: per cell, means (by w and by w²) and the sums of deviations from them, in two passes. */
function numericQuery(segs: readonly string[]): string {
  const keys = ["qidx", "wave_e", ...segs];
  const where = "reason IS NULL AND st = 0 AND disc = 0";
  const on = keys.map((k) => `t.${k} = m.${k}`).join(" AND ");
  const m = `SELECT ${keys.join(", ")}, SUM(w * xv) / SUM(w) AS mu, SUM(w * w * xv) / SUM(w * w) AS mu2 FROM ${VERDICT_TABLE} WHERE ${where} GROUP BY ${keys.join(", ")}`;
  const dev = "(t.xv - m.mu)";
  const dev2 = "(t.xv - m.mu2)";
  return `SELECT ${keys.map((k) => `t.${k}`).join(", ")}, MAX(m.mu) AS mu, MAX(m.mu2) AS mu2, SUM(t.w * ${dev}) AS d1, SUM(t.w * ${dev} * ${dev}) AS d2, SUM(t.w * t.w * ${dev2}) AS e1, SUM(t.w * t.w * ${dev2} * ${dev2}) AS e2 FROM ${VERDICT_TABLE} t JOIN (${m}) m ON ${on} WHERE t.${where.replaceAll(" AND ", " AND t.")} GROUP BY ${keys.map((k) => `t.${k}`).join(", ")}`;
}

/** The literal question table: id, index, point, audience, rater, scale range, discrete, reverse, yes/no. */
function questionTable(c: Ctx): string {
  const d = c.d;
  const rows = c.ix.questionIds.map((id) => {
    const q = c.ix.questions.get(id);
    if (q === undefined) throw new UsageError("firstPassPlan", `question "${id}" is missing from the study index.`, "Report this as a bug.");
    const a = q.question.audience;
    const num = (n: number | undefined): string => (n === undefined ? `CAST(NULL AS ${d.double})` : sqlNumber(n, d));
    return [sqlString(id), String(q.index), sqlString(a.kind), sqlString(a.kind === "internal" ? a.rater : ""), num(q.range.min), num(q.range.max), q.range.discrete ? "1" : "0", q.question.reverse ? "1" : "0", q.question.scale.type === "yesno" ? "1" : "0"];
  });
  return d.values("gt_q", ["q_id", "q_idx", "q_aud", "q_rater", "q_lo", "q_hi", "q_disc", "q_rev", "q_yn"], rows);
}

/** A column's text, trimmed, `''` when the column is absent or the cell is NULL. */
function text(c: Ctx, column: string, trimmed = true): string {
  if (!c.header.has(column)) return "''";
  const raw = `COALESCE(CAST(${c.d.ident(column)} AS VARCHAR), '')`;
  return trimmed ? c.d.trim(raw, TRIM) : raw;
}

/** A number read from trimmed text as `parseNumber` reads it (plain decimals, full-width digits folded), else NULL. */
function number(d: SqlDialect, t: string): string {
  const folded = d.trim(`translate(${t}, '${FULL_WIDTH[0]}', '${FULL_WIDTH[1]}')`, TRIM);
  return `CASE WHEN ${d.fullMatch(t, NUMBER)} THEN ${d.toDouble(t)} WHEN ${d.fullMatch(folded, NUMBER)} THEN ${d.toDouble(folded)} END`;
}

const inList = (xs: Iterable<string>): string => [...xs].map(sqlString).join(", ");

/** `expr IN (...)` over numbers, or FALSE for none. */
function inNumbers(d: SqlDialect, expr: string, xs: ReadonlySet<number>): string {
  return xs.size === 0 ? "1 = 0" : `${expr} IN (${[...xs].map((n) => sqlNumber(n, d)).join(", ")})`;
}

/** `expr IN (...)` over texts, or FALSE for none. */
function inTexts(expr: string, xs: ReadonlySet<string> | readonly string[]): string {
  const list = [...xs];
  return list.length === 0 ? "1 = 0" : `${expr} IN (${inList(list)})`;
}

/** The rows as read: order, trimmed attributes, the question joined, the weight and the answer read as numbers. */
function readStage(c: Ctx, relation: SqlRelation): string {
  const d = c.d;
  const col = c.columns;
  const linkBy = c.options.linkBy ?? "column";
  const wave = text(c, col.wave);
  const segs = c.dims.map((dim, i) => `, ${text(c, dim)} AS s${i}`).join("");
  const src = `SELECT CAST(${d.ident(relation.order)} AS BIGINT) AS ln, ${text(c, col.respondent)} AS rid, ${text(c, col.audience)} AS aud_t, ${text(c, col.post)} AS post_t, ${text(c, col.weight, false)} AS w_raw, ${text(c, col.weight)} AS w_t, CASE WHEN ${wave} = '' THEN ${sqlString(c.options.defaultWave ?? "1")} ELSE ${wave} END AS wave_e, ${text(c, col.question)} AS qid, ${text(c, col.value, false)} AS v_raw, ${text(c, col.value)} AS v_t, ${linkBy === "column" ? text(c, col.case) : "''"} AS case_in${segs} FROM ${relation.from}`;
  const aud = `CASE WHEN s.aud_t = '' THEN CASE WHEN s.post_t = '' THEN 'external' ELSE 'internal' END WHEN ${inTexts("lower(s.aud_t)", EXTERNAL)} THEN 'external' WHEN ${inTexts("lower(s.aud_t)", INTERNAL)} THEN 'internal' END`;
  const read = `SELECT s.*, q.*, ${aud} AS aud, CASE WHEN s.w_t = '' THEN ${sqlNumber(1, d)} ELSE ${number(d, "s.w_t")} END AS wn, ${d.fullMatch("s.v_t", NUMBER)} AS vdirect, ${number(d, "s.v_t")} AS vn, lower(s.v_t) AS vl FROM (${src}) s LEFT JOIN gt_q q ON q.q_id = s.qid`;
  return read;
}

/** The stateless verdicts: the row's own checks (reason `ra`), and the answer's status and parse rejection. */
function checkStage(c: Ctx): string {
  const d = c.d;
  const k = c.codes;
  const posts = c.ix.posts.size === 0 ? "1 = 1" : `post_t NOT IN (${inList(c.ix.posts.keys())})`;
  const ra = `CASE WHEN rid = '' THEN 'missing-respondent' WHEN aud IS NULL THEN 'invalid-audience' WHEN aud = 'external' AND post_t <> '' THEN 'invalid-audience' WHEN aud = 'internal' AND post_t = '' THEN 'missing-post' WHEN aud = 'internal' AND ${posts} THEN 'unknown-post' WHEN wn IS NULL OR wn <= 0 OR wn > ${sqlNumber(MAX_WEIGHT, d)} THEN 'invalid-weight' WHEN q_idx IS NULL THEN 'unknown-question' WHEN q_aud = 'external' AND aud <> 'external' THEN 'wrong-audience' WHEN q_aud = 'internal' AND (aud = 'external' OR post_t <> q_rater) THEN 'wrong-audience' END`;
  // The answer read as parseAnswer reads it: a number first, then blank and the text codes, yes/no words, folded digits.
  const kind = `CASE WHEN vdirect THEN 'num' WHEN v_t = '' THEN 'missing' WHEN ${inTexts("vl", k.missingText)} THEN 'missing' WHEN ${inTexts("vl", k.dontKnowText)} THEN 'dk' WHEN ${inTexts("vl", k.notApplicableText)} THEN 'na' WHEN q_yn = 1 AND (${inTexts("vl", YES)} OR ${inTexts("vl", NO)}) THEN 'num' WHEN vn IS NOT NULL THEN 'num' ELSE 'nonnum' END`;
  const x = `CASE WHEN vdirect THEN vn WHEN q_yn = 1 AND ${inTexts("vl", YES)} THEN ${sqlNumber(1, d)} WHEN q_yn = 1 AND ${inTexts("vl", NO)} THEN ${sqlNumber(0, d)} ELSE vn END`;
  const st = `CASE WHEN kind = 'num' THEN CASE WHEN ${inNumbers(d, "x", k.missingNumbers)} THEN 'missing' WHEN ${inNumbers(d, "x", k.dontKnowNumbers)} THEN 'dk' WHEN ${inNumbers(d, "x", k.notApplicableNumbers)} THEN 'na' WHEN q_yn = 1 AND x <> 0 AND x <> 1 THEN 'out-of-range' WHEN x < q_lo OR x > q_hi THEN 'out-of-range' WHEN q_disc = 1 AND x <> floor(x) THEN 'out-of-range' ELSE 'value' END WHEN kind = 'nonnum' THEN 'non-numeric' ELSE kind END`;
  const caseT = c.options.linkBy === "respondent" ? "CASE WHEN aud = 'external' THEN rid ELSE '' END" : "case_in";
  const s1 = `SELECT r.*, ${ra} AS ra, ${kind} AS kind, ${x} AS x, CASE WHEN aud = 'internal' THEN post_t ELSE '' END AS post_e, ${caseT} AS case_t FROM (%READ%) r`;
  const missingReject = c.options.missing === "reject" ? "1 = 1" : "1 = 0";
  return `SELECT ln, rid, wave_e, q_idx, q_disc, aud, post_e, wn, case_t, ra${c.dims.map((_, i) => `, s${i}`).join("")}, CASE WHEN ra IS NULL THEN 1 ELSE 0 END AS oka, CASE WHEN st0 IN ('value', 'missing', 'dk', 'na') THEN NULL ELSE st0 END AS pr, CASE WHEN st0 = 'missing' AND ${missingReject} THEN 1 ELSE 0 END AS mrej, CASE st0 WHEN 'value' THEN 0 WHEN 'missing' THEN 1 WHEN 'dk' THEN 2 WHEN 'na' THEN 3 END AS st, CASE WHEN st0 = 'value' THEN CASE WHEN q_rev = 1 THEN q_lo + q_hi - x ELSE x END END AS xv FROM (SELECT b.*, ${st} AS st0 FROM (${s1}) b) a`;
}

/**
 * The verdict query. The stateful checks are "first row wins" rules; each is a GROUP BY (the first line per
 * respondent, or per respondent × question) joined back to the rows — hash aggregates and joins, which every
 * engine runs in parallel and a distributed engine runs per respondent partition.
 */
function verdictQuery(c: Ctx, relation: SqlRelation): string {
  const segs = c.dims.map((_, i) => `s${i}`);
  const check = checkStage(c).replace("%READ%", () => readStage(c, relation));
  const rk = "wave_e, rid";
  const on = (a: string, b: string, keys: readonly string[]): string => keys.map((k) => `${a}.${k} = ${b}.${k}`).join(" AND ");
  // The first row of a respondent (id × wave) that reaches the respondent check fixes its profile.
  const profile = ["aud", "post_e", "wn", ...segs];
  const same = profile.map((x) => `k.${x} = f.f_${x}`).join(" AND ");
  const first = `SELECT ${rk}, MIN(ln) AS first_ln FROM k WHERE oka = 1 GROUP BY ${rk}`;
  const prof = `SELECT k.wave_e, k.rid, ${profile.map((x) => `k.${x} AS f_${x}`).join(", ")} FROM k JOIN (${first}) r ON ${on("k", "r", ["wave_e", "rid"])} AND k.ln = r.first_ln`;
  const withProfile = `SELECT k.*, CASE WHEN k.oka = 1 AND NOT (${same}) THEN 0 ELSE k.oka END AS elig FROM k LEFT JOIN f ON ${on("k", "f", ["wave_e", "rid"])}`;
  const ok = "CASE WHEN elig = 1 AND pr IS NULL AND mrej = 0 THEN 1 ELSE 0 END";
  const qk = ["wave_e", "rid", "q_idx"];
  const firstOk = (where: string): string => `SELECT wave_e, rid, q_idx, MIN(ln) AS fo FROM o WHERE ${where} GROUP BY wave_e, rid, q_idx`;
  const ctes = [questionTable(c), `k AS (${check})`, `f AS (${prof})`, `p AS (${withProfile})`, `o AS (SELECT p.*, ${ok} AS ok FROM p)`, `o1 AS (SELECT o.*, a.fo AS fo1 FROM o LEFT JOIN (${firstOk("ok = 1")}) a ON ${on("o", "a", qk)})`];
  const hasCase = c.options.linkBy !== "respondent" && c.header.has(c.columns.case);
  let last: string;
  if (hasCase) {
    // Before the respondent's link is set no row can conflict, so the first accepted row naming a case, found
    // without conflicts, is the link; later rows naming another case conflict, and duplicates are found again.
    const ll = `SELECT wave_e, rid, MIN(ln) AS link_line FROM o1 WHERE ok = 1 AND ln = fo1 AND aud = 'external' AND case_t <> '' GROUP BY ${rk}`;
    const lc = `SELECT o1.wave_e, o1.rid, o1.ln AS link_line, o1.case_t AS link_case FROM o1 JOIN (${ll}) x ON ${on("o1", "x", ["wave_e", "rid"])} AND o1.ln = x.link_line`;
    const cf = "CASE WHEN o1.elig = 1 AND o1.aud = 'external' AND o1.case_t <> '' AND l.link_line IS NOT NULL AND o1.ln > l.link_line AND o1.case_t <> l.link_case THEN 1 ELSE 0 END";
    ctes.push(`o2 AS (SELECT o1.*, l.link_case, ${cf} AS cf FROM o1 LEFT JOIN (${lc}) l ON ${on("o1", "l", ["wave_e", "rid"])})`);
    ctes.push(`o3 AS (SELECT o2.*, b.fo AS fo2 FROM o2 LEFT JOIN (SELECT wave_e, rid, q_idx, MIN(ln) AS fo FROM o2 WHERE ok = 1 AND cf = 0 GROUP BY wave_e, rid, q_idx) b ON ${on("o2", "b", qk)})`);
    last = "o3";
  } else {
    ctes.push(`o3 AS (SELECT o1.*, CAST(NULL AS VARCHAR) AS link_case, 0 AS cf, fo1 AS fo2 FROM o1)`);
    last = "o3";
  }
  const reason = "CASE WHEN ra IS NOT NULL THEN ra WHEN elig = 0 THEN 'inconsistent-respondent' WHEN cf = 1 THEN 'conflicting-case-link' WHEN ln > fo2 THEN 'duplicate-answer' WHEN pr IS NOT NULL THEN pr WHEN mrej = 1 THEN 'missing-value' END";
  const keep = ["ln", "rid", "wave_e", "post_e", "case_t", "link_case", "aud", "st", "xv", ...segs].join(", ");
  return `WITH ${ctes.join(",\n")}\nSELECT ${keep}, ${reason} AS reason, q_idx AS qidx, q_disc AS disc, wn AS w FROM ${last}`;
}
