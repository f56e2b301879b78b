/**
 * The wide form of the SQL first pass: one respondent a row, one column a question, as survey platforms (问卷星,
 * Qualtrics, SurveyMonkey) export. Two stages, as the in-process reader has them. The row stage accepts or rejects
 * each row once (no respondent id, an audience, post or weight that does not read, a respondent seen before with
 * another profile, a second case link), into a temporary table of row verdicts. The value stage unpivots each
 * accepted row's question columns into cells (a lateral join, portable between DuckDB and PostgreSQL) and reads
 * each cell against its question: a wrong audience, an answer already given by an earlier row of the respondent,
 * a parse rejection or a blank rejected are counted rejections of that value; blank cells of a question the
 * respondent was not asked or had already answered carry nothing and are not counted; non-blank cells of columns
 * that are no question are `unknown-question`.
 * @internal
 * @module
 */
import {
  answerKind,
  answerNumber,
  answerRead,
  answerStatus,
  attributeColumns,
  audienceAndWeight,
  joinOn,
  nfc,
  profileCtes,
  questionTable,
  recodes,
  recodeTable,
  respondentChecks,
  statusColumns,
  text,
  TRIM,
  type Ctx,
} from "./read.js";
import type { SqlDialect } from "./dialect.js";

/** The temporary table of row verdicts (one row per input row, with its question cells as read). */
export const WIDE_ROWS = "gt_first_pass_wide";
/** The temporary table of the accepted rows' cells, each read against its question. */
export const WIDE_CELLS = "gt_first_pass_cells";
const VERDICTS = "gt_first_pass_rows";

/** A column of the wide file that is read as answers: its position in the header and its question (−1: none). */
export interface WideAnswerColumn {
  readonly cpos: number;
  readonly column: string;
  readonly question: number;
}

/** The statements of a wide first pass. */
export interface WideStatements {
  /** Creates {@link WIDE_ROWS}. */
  readonly rows: string;
  /** Creates {@link WIDE_CELLS} from it. */
  readonly cells: string;
  /** Creates the verdicts table from it. */
  readonly verdicts: string;
  readonly reasons: string;
  readonly problems: string;
}

/**
 * Plan the wide first pass.
 *
 * @param c - the context.
 * @param relation - the rows: where they are and their order column.
 * @param wide - the columns read as answers (question columns, and unknown ones with question −1), in header order.
 * @param max - problems kept per reason.
 * @returns the statements.
 */
export function wideStatements(c: Ctx, relation: { readonly from: string; readonly order: string }, wide: readonly WideAnswerColumn[], max: number): WideStatements {
  const d = c.d;
  const segs = c.dims.map((_, i) => `s${i}`);
  const raw = wide.map((w) => `, ${text(c, w.column, false)} AS c${w.cpos}`).join("");
  const src = `SELECT CAST(${d.ident(c.raw.get(relation.order) ?? relation.order)} AS BIGINT) AS ln, ${attributeColumns(c)}${raw} FROM ${relation.from}`;
  const caseT = c.options.linkBy === "respondent" ? "CASE WHEN aud = 'external' THEN rid ELSE '' END" : "case_in";
  const k = `SELECT r.*, CASE ${respondentChecks(c)} END AS ra, CASE WHEN aud = 'internal' THEN post_t ELSE '' END AS post_e, ${caseT} AS case_t FROM (SELECT s.*, ${audienceAndWeight(c)} FROM (${src}) s) r`;
  const kk = `SELECT k0.*, CASE WHEN ra IS NULL THEN 1 ELSE 0 END AS oka FROM (${k}) k0`;
  const keep = ["ln", "rid", "wave_e", "aud", "post_e", "wn", "case_t", ...segs, "ra", "elig", "aud_t", "post_t", "w_raw", ...wide.map((w) => `c${w.cpos}`)].join(", ");
  const rows = d.createTemp(WIDE_ROWS, `WITH k AS (${kk}),\n${profileCtes(c).join(",\n")}\nSELECT ${keep} FROM p`);
  // The cells are kept in a table of their own: the stateful checks join them to themselves, and an engine that
  // inlines a WITH item would read and parse every cell again for each use (DuckDB took 20 s for 860,000 cells).
  const cells = d.createTemp(WIDE_CELLS, `WITH ${[questionTable(c), ...(recodes(c) ? [recodeTable(c)] : []), ...cellCtes(c, wide)].join(",\n")}\nSELECT * FROM o`);
  return { rows, cells, verdicts: d.createTemp(VERDICTS, verdictQuery(c)), reasons: reasonsQuery(c.d), problems: problemsQuery(max) };
}

/** Rows (accepted under a NULL reason, level 0) and rejected values (level 1), by reason. */
function reasonsQuery(d: SqlDialect): string {
  return `SELECT 0 AS lvl, CAST(NULL AS ${d.text}) AS reason, (SELECT COUNT(*) FROM ${WIDE_ROWS}) - (SELECT COUNT(*) FROM ${VERDICTS} WHERE lvl = 0) AS n UNION ALL SELECT lvl, reason, COUNT(*) AS n FROM ${VERDICTS} WHERE reason IS NOT NULL GROUP BY lvl, reason`;
}

/** The first rejections of each reason in file order (line, then column), with the cells their messages quote. */
function problemsQuery(max: number): string {
  const cols = "ln, cpos, lvl, reason, rid, wave_e, case_t, link_case, qidx, aud, post_e, v_raw, aud_t, post_t, w_raw";
  return `SELECT ${cols} FROM (SELECT ${cols}, ROW_NUMBER() OVER (PARTITION BY reason ORDER BY ln, cpos) AS rn FROM ${VERDICTS} WHERE reason IS NOT NULL) z WHERE rn <= ${max}`;
}

/** The cells of the accepted rows, read against their questions: `wrong`, `ok` (answered, may be kept), status. */
function cellCtes(c: Ctx, wide: readonly WideAnswerColumn[]): string[] {
  const segs = c.dims.map((_, i) => `, r.s${i}`).join("");
  // A file with no answer column still has rows: one blank cell of no question stands in, and is dropped.
  const items = wide.length === 0 ? [["0", "-1", "''"]] : wide.map((w) => [String(w.cpos), String(w.question), `r.c${w.cpos}`]);
  const un = c.d.unpivot("v", ["cpos", "qidx", "v_raw"], items);
  const u = `SELECT r.ln, r.rid, r.wave_e, r.aud, r.post_e, r.wn, r.case_t${segs}, v.cpos, v.qidx, v.v_raw FROM ${WIDE_ROWS} r ${un} WHERE r.elig = 1`;
  const vt = c.d.trim("u.v_raw", TRIM);
  const ar = answerRead(c);
  const a = `SELECT s.*, q.*, ${ar.select} FROM (SELECT u.*, ${vt} AS v_t, ${nfc(c, vt)} AS v_nfc FROM u) s LEFT JOIN gt_q q ON q.q_idx = s.qidx${ar.joins}`;
  const wrong = "CASE WHEN q_aud = 'external' AND aud <> 'external' THEN 1 WHEN q_aud = 'internal' AND (aud = 'external' OR post_e <> q_rater) THEN 1 ELSE 0 END";
  const b = `SELECT a2.*, ${statusColumns(c)} FROM (SELECT a1.*, ${answerStatus(c)} AS st0 FROM (SELECT a.*, ${answerKind(c)} AS kind, ${answerNumber(c)} AS x, ${wrong} AS wrong FROM a) a1) a2`;
  const ok = "CASE WHEN qidx >= 0 AND wrong = 0 AND pr IS NULL AND mrej = 0 THEN 1 ELSE 0 END";
  return [`u AS (${u})`, `a AS (${a})`, `b AS (${b})`, `o AS (SELECT b.*, ${ok} AS ok FROM b)`];
}

/**
 * The verdicts: every rejected row once (level 0), and every counted cell of the accepted rows (level 1). The first
 * row of a respondent to keep an answer with a case names its link; a later row naming another case is rejected
 * whole, and "answered already" is then decided among the rows left.
 */
function verdictQuery(c: Ctx): string {
  const segs = c.dims.map((_, i) => `s${i}`);
  const qk = ["wave_e", "rid", "qidx"];
  const rk = ["wave_e", "rid"];
  const ctes = [`o1 AS (SELECT o.*, f.fo AS fo1 FROM ${WIDE_CELLS} o LEFT JOIN (SELECT wave_e, rid, qidx, MIN(ln) AS fo FROM ${WIDE_CELLS} WHERE ok = 1 GROUP BY wave_e, rid, qidx) f ON ${joinOn("o", "f", qk)})`];
  const hasCase = c.options.linkBy !== "respondent" && c.header.has(c.columns.case);
  if (hasCase) {
    const ll = `SELECT wave_e, rid, MIN(ln) AS link_line FROM o1 WHERE ok = 1 AND ln = fo1 AND aud = 'external' AND case_t <> '' GROUP BY wave_e, rid`;
    ctes.push(`lc AS (SELECT DISTINCT r.wave_e, r.rid, r.ln AS link_line, r.case_t AS link_case FROM ${WIDE_ROWS} r JOIN (${ll}) x ON ${joinOn("r", "x", rk)} AND r.ln = x.link_line)`);
    const cf = "CASE WHEN r.elig = 1 AND r.aud = 'external' AND r.case_t <> '' AND l.link_line IS NOT NULL AND r.ln > l.link_line AND r.case_t <> l.link_case THEN 1 ELSE 0 END";
    ctes.push(`rw AS (SELECT r.*, l.link_case, ${cf} AS cf FROM ${WIDE_ROWS} r LEFT JOIN lc l ON ${joinOn("r", "l", rk)})`);
  } else {
    ctes.push(`rw AS (SELECT r.*, CAST(NULL AS ${c.d.text}) AS link_case, 0 AS cf FROM ${WIDE_ROWS} r)`);
  }
  ctes.push(`o2 AS (SELECT o1.*, w.link_case, w.cf FROM o1 JOIN rw w ON w.ln = o1.ln)`);
  ctes.push(`o3 AS (SELECT o2.*, g.fo AS fo2 FROM o2 LEFT JOIN (SELECT wave_e, rid, qidx, MIN(ln) AS fo FROM o2 WHERE ok = 1 AND cf = 0 GROUP BY wave_e, rid, qidx) g ON ${joinOn("o2", "g", qk)})`);
  const reason = "CASE WHEN qidx < 0 THEN 'unknown-question' WHEN wrong = 1 THEN 'wrong-audience' WHEN ln > fo2 THEN 'duplicate-answer' WHEN pr IS NOT NULL THEN pr WHEN mrej = 1 THEN 'missing-value' END";
  // A blank cell of a column that is no question, of a question not asked, or of one already answered: nothing.
  const dropped = "v_t = '' AND (qidx < 0 OR wrong = 1 OR ln > fo2)";
  ctes.push(`e AS (SELECT o3.*, ${reason} AS reason FROM o3 WHERE cf = 0 AND NOT (${dropped}))`);
  const dbl = c.d.double;
  const segList = segs.map((s) => `, ${s}`).join("");
  const values = `SELECT ln, cpos, 1 AS lvl, rid, wave_e, post_e, case_t, link_case, aud, CASE WHEN reason IS NULL THEN st END AS st, xv${segList}, reason, qidx, q_disc AS disc, wn AS w, rc, rl, CASE WHEN reason IS NOT NULL THEN v_raw END AS v_raw, CAST(NULL AS ${c.d.text}) AS aud_t, CAST(NULL AS ${c.d.text}) AS post_t, CAST(NULL AS ${c.d.text}) AS w_raw FROM e`;
  const rowReason = "CASE WHEN ra IS NOT NULL THEN ra WHEN elig = 0 THEN 'inconsistent-respondent' ELSE 'conflicting-case-link' END";
  const rejected = `SELECT ln, 0 AS cpos, 0 AS lvl, rid, wave_e, post_e, case_t, link_case, aud, CAST(NULL AS INTEGER) AS st, CAST(NULL AS ${dbl}) AS xv${segList}, ${rowReason} AS reason, CAST(NULL AS INTEGER) AS qidx, CAST(NULL AS INTEGER) AS disc, wn AS w, CAST(NULL AS ${dbl}) AS rc, CAST(NULL AS ${c.d.text}) AS rl, CAST(NULL AS ${c.d.text}) AS v_raw, aud_t, post_t, w_raw FROM rw WHERE ra IS NOT NULL OR elig = 0 OR cf = 1`;
  return `WITH ${ctes.join(",\n")}\n${values}\nUNION ALL\n${rejected}`;
}
