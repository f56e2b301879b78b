/**
 * The first pass as SQL: from a validated study and the reading options, the statements that check every
 * survey-response row where the data are (the ledger's verdicts as CASE expressions, the stateful ones — a
 * respondent seen before with another profile, a second case link, a duplicate answer — as GROUP BYs over the row
 * order joined back), store the verdicts in a temporary table, and read back the small results: rejections by
 * reason, per-cell counts and histograms, centred sums for numeric questions, the first problems of each reason,
 * the link counts and the recoded labels. Long form (one answer a row) is planned here; wide form (one respondent a
 * row, as survey platforms export) in `wide.ts`, unpivoting each accepted row's question columns into answers.
 * Plain strings, no engine: {@link runFirstPass} runs them through any {@link SqlRunner}.
 * @module
 */
import { ValidationError } from "../../core/errors.js";
import type { Study } from "../../model/study.js";
import { questionCodes } from "../question-codes.js";
import { headerIndex } from "../row-plan.js";
import { columnNames, segmentDims } from "../row-reader.js";
import { RESPONSE_COLUMNS, responseOptionsSchema, type ResponseColumns, type ResponseOptions } from "../responses.js";
import { parseOptionsAt } from "../../stats/_usage.js";
import { dataIndex, type DataIndex } from "../study-index.js";
import type { AnswerCodes } from "../values.js";
import type { SqlDialect } from "./dialect.js";
import {
  answerKind,
  answerNumber,
  answerRead,
  answerStatus,
  attributeColumns,
  audienceAndWeight,
  joinOn,
  nfc,
  PARSED,
  postText,
  profileCtes,
  questionTable,
  recodes,
  recodeTable,
  respondentChecks,
  statusColumns,
  text,
  type Ctx,
} from "./read.js";
import { WIDE_CELLS, WIDE_ROWS, wideStatements, type WideAnswerColumn } from "./wide.js";
import { problemFrom } from "../../core/problem-from.js";
import { DATA_EN } from "../../core/messages/problems-en-data.js";

/** The name of the temporary table that holds one verdict per row (long form) or per row and cell (wide form). */
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
  /** `long` (one answer a row) or `wide` (one respondent a row). */
  readonly form: "long" | "wide";
  /** Statements run before {@link FirstPassPlan.verdicts} (wide form: the row verdicts' table). */
  readonly before: readonly string[];
  /** Creates {@link VERDICT_TABLE}: every row (wide: every rejected row and every counted cell) with its verdict. */
  readonly verdicts: string;
  /** Temporary tables to drop after, besides {@link VERDICT_TABLE}. */
  readonly temps: readonly string[];
  /**
   * Counts by level and reason (`lvl`, `reason`, `n`): level 0 rows (accepted rows under a NULL reason), level 1
   * rejected values of accepted wide rows.
   */
  readonly reasons: string;
  /** Accepted answers by question, wave, segment, status and (discrete scales) value: `n`, `sw`, `sw2`. */
  readonly cells: string;
  /** Numeric questions: per cell the weighted means and centred sums (`mu`, `d1`, `d2`, `mu2`, `e1`, `e2`). */
  readonly numeric: string;
  /** The first `maxProblemsPerReason` rejections of each reason, with the cells their messages quote. */
  readonly problems: string;
  /** Respondents with an accepted answer by audience and whether a row of theirs names a case. */
  readonly links: string;
  /** The first accepted internal row naming a case (the ledger notes it once). */
  readonly internalLink: string;
  /** Per question, where it was first read through a code: a recoded label, an accepted "don't know" or "not applicable". */
  readonly codedOrder: string;
  /** Per question and recoded label: its code, how many cells were read through it, and where it was first met. */
  readonly recoded: string;
  /** The segment dimensions, in the order of the `s0`, `s1`… result columns. */
  readonly dims: readonly string[];
  /** The column names the options resolve to. */
  readonly columns: Readonly<Required<ResponseColumns>>;
  /** The relation's columns, trimmed as headers are (wide form: without the order column; `cpos` indexes it). */
  readonly header: readonly string[];
  /** Header columns no option reads (long form; the ledger notes them). */
  readonly unused: readonly string[];
  /** Wide form: columns that are neither attributes, questions nor ignored (the ledger warns of them). */
  readonly unknown: readonly string[];
  readonly index: DataIndex;
  readonly codes: AnswerCodes;
  /** Per question index, its own codes where an option gives it some. */
  readonly codesByQuestion: readonly (AnswerCodes | undefined)[];
  readonly options: ResponseOptions;
  readonly file: string | undefined;
}

/** A place in the input: the line, then the column's position (wide form), as one sortable number. */
const ORDER_KEY = "ln * 1048576 + cpos";

/**
 * Plan the first pass of survey responses as SQL, long form or wide.
 *
 * @param study - the validated study.
 * @param relation - the rows: where they are, their columns and their order column.
 * @param dialect - the engine's dialect.
 * @param options - as for `readResponses` (form, columns, question columns, codes, recode…).
 * @returns the statements and what reading their results needs.
 * @throws ValidationError when a required column is missing, repeated, or the file's form is not the one read;
 *   UsageError for `recode` on a dialect without Unicode NFC.
 * @example
 * ```ts
 * const plan = firstPassPlan(study, { from: "responses", columns: ["line", "respondent", "question", "value"], order: "line" }, POSTGRES);
 * plan.verdicts; // "CREATE TEMP TABLE gt_first_pass_rows AS WITH ..."
 * ```
 */
export function firstPassPlan(study: Study, relation: SqlRelation, dialect: SqlDialect, options: ResponseOptions = {}): FirstPassPlan {
  // The options are checked as the in-process reader checks them (a misspelt question id must not read nothing).
  parseOptionsAt("firstPassPlan", responseOptionsSchema(study, "rows"), options, {});
  const form = options.form ?? "long";
  const ix = dataIndex(study);
  const columns = columnNames(RESPONSE_COLUMNS, options.columns ?? {}) as Required<ResponseColumns>;
  const dims = segmentDims(options.segments, options.segmentColumns);
  const raw = new Map<string, string>();
  for (const c of relation.columns) if (!raw.has(c.trim())) raw.set(c.trim(), c);
  // Wide rows are read column by column: the order column is the engine's, not the file's.
  const header = relation.columns.map((c) => c.trim()).filter((c) => form === "long" || c !== relation.order.trim());
  const file = options.file ?? relation.file;
  const where = { line: 1, ...(file === undefined ? {} : { file }) };
  const targets = new Map(ix.questionIds.map((id) => [options.questionColumns?.get(id) ?? id, id] as const));
  checkForm(form, header, columns, targets, where);
  const required = [columns.respondent, ...(form === "long" ? [columns.question, columns.value] : []), ...(options.columns?.case !== undefined ? [columns.case] : []), ...dims.map(([, c]) => c)];
  headerIndex("readResponses", header, required, where);
  const ignore = new Set((options.ignoreColumns ?? []).map((c) => c.trim()));
  const segCols = new Set(dims.map(([, c]) => c));
  const [codes, codesByQuestion] = questionCodes(ix, options);
  const ctx: Ctx = { d: dialect, ix, columns, header: new Set(header), raw, dims: dims.map(([, c]) => c), codes, byQuestion: codesByQuestion, options };
  const segs = dims.map((_, i) => `s${i}`);
  const max = options.maxProblemsPerReason ?? 100;
  const common = {
    dialect,
    form,
    cells: cellsQuery(segs.map((s) => `, ${s}`).join("")),
    numeric: numericQuery(segs),
    links: `SELECT aud, named, COUNT(*) AS n FROM (SELECT wave_e, rid, MAX(aud) AS aud, MAX(CASE WHEN case_t <> '' THEN 1 ELSE 0 END) AS named FROM ${VERDICT_TABLE} WHERE reason IS NULL GROUP BY wave_e, rid) z GROUP BY aud, named`,
    internalLink: `SELECT ln, rid, post_e, case_t FROM ${VERDICT_TABLE} WHERE reason IS NULL AND aud = 'internal' AND case_t <> '' ORDER BY ln, cpos LIMIT 1`,
    codedOrder: `SELECT qidx, MIN(${ORDER_KEY}) AS first_at FROM ${VERDICT_TABLE} WHERE (${PARSED}) AND (rc IS NOT NULL OR (reason IS NULL AND st IN (2, 3))) GROUP BY qidx`,
    recoded: `SELECT qidx, rl, MAX(rc) AS rc, COUNT(*) AS n, MIN(${ORDER_KEY}) AS first_at FROM ${VERDICT_TABLE} WHERE (${PARSED}) AND rc IS NOT NULL GROUP BY qidx, rl`,
    dims: dims.map(([d]) => d),
    columns,
    header,
    index: ix,
    codes,
    codesByQuestion,
    options,
    file,
  };
  if (form === "wide") {
    const attributes = new Set<string>([...Object.entries(columns).filter(([k]) => k !== "question" && k !== "value").map(([, v]) => v), ...segCols]);
    const wide: WideAnswerColumn[] = [];
    const unknown: string[] = [];
    header.forEach((column, cpos) => {
      if (attributes.has(column) || ignore.has(column)) return;
      const id = targets.get(column);
      if (id === undefined) unknown.push(column);
      wide.push({ cpos, column, question: id === undefined ? -1 : (ix.questions.get(id)?.index ?? -1) });
    });
    const w = wideStatements(ctx, relation, wide, max);
    return { ...common, before: [w.rows, w.cells], verdicts: w.verdicts, temps: [WIDE_CELLS, WIDE_ROWS], reasons: w.reasons, problems: w.problems, unused: [], unknown };
  }
  const named = new Set<string>(Object.values(columns));
  const unused = header.filter((c) => c !== relation.order && !named.has(c) && !segCols.has(c) && !ignore.has(c));
  return {
    ...common,
    before: [],
    verdicts: dialect.createTemp(VERDICT_TABLE, verdictQuery(ctx, relation)),
    temps: [],
    reasons: `SELECT 0 AS lvl, reason, COUNT(*) AS n FROM ${VERDICT_TABLE} GROUP BY reason`,
    problems: problemsQuery(ctx, relation, max),
    unused,
    unknown: [],
  };
}

/** A file read in the other form than it has: refused by name, as the in-process reader refuses it. */
function checkForm(form: "long" | "wide", header: readonly string[], columns: Required<ResponseColumns>, targets: ReadonlyMap<string, string>, where: { line: number; file?: string }): void {
  const longColumns = [columns.question, columns.value];
  const items = header.filter((c) => targets.has(c));
  const hasLong = longColumns.every((c) => header.includes(c));
  const read = form === "wide" && hasLong && items.length === 0 ? "wide" : form === "long" && !hasLong && items.length > 0 ? "long" : undefined;
  if (read === undefined) return;
  throw new ValidationError(`gaptrace/readResponses: the file looks ${read === "wide" ? "long" : "wide"} but is read in ${read} form.`, [
    { ...problemFrom(DATA_EN, "data/wrong-form", "error", [], { read, columns: read === "wide" ? longColumns : items.slice(0, 5), of: "questions" }), location: where },
  ]);
}

/**
 * The first rejected rows of each reason, with the cells their messages quote: read again from the input by line
 * (only these few rows need them, so the verdict table does not carry the raw text of every row).
 */
function problemsQuery(c: Ctx, relation: SqlRelation, max: number): string {
  const col = c.columns;
  const raw = `SELECT CAST(${c.d.ident(relation.order)} AS BIGINT) AS ln, ${text(c, col.question)} AS qid, ${text(c, col.value, false)} AS v_raw, ${text(c, col.audience)} AS aud_t, ${postText(c)} AS post_t, ${text(c, col.weight, false)} AS w_raw FROM ${relation.from}`;
  const sample = `SELECT * FROM (SELECT ln, cpos, reason, rid, wave_e, case_t, link_case, qidx, aud, ROW_NUMBER() OVER (PARTITION BY reason ORDER BY ln) AS rn FROM ${VERDICT_TABLE} WHERE reason IS NOT NULL) z WHERE rn <= ${max}`;
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


/** The rows as read: order, trimmed attributes, the question joined, the weight and the answer read as numbers. */
function readStage(c: Ctx, relation: SqlRelation): string {
  const d = c.d;
  const col = c.columns;
  const v = text(c, col.value);
  const src = `SELECT CAST(${d.ident(c.raw.get(relation.order) ?? relation.order)} AS BIGINT) AS ln, ${attributeColumns(c)}, ${text(c, col.question)} AS qid, ${v} AS v_t, ${nfc(c, v)} AS v_nfc FROM ${relation.from}`;
  const a = answerRead(c);
  return `SELECT s.*, q.*, ${audienceAndWeight(c)}, ${a.select} FROM (${src}) s LEFT JOIN gt_q q ON q.q_id = s.qid${a.joins}`;
}

/** The stateless verdicts: the row's own checks (reason `ra`), and the answer's status and parse rejection. */
function checkStage(c: Ctx, relation: SqlRelation): string {
  const ra = `CASE ${respondentChecks(c)} WHEN q_idx IS NULL THEN 'unknown-question' WHEN q_aud = 'external' AND aud <> 'external' THEN 'wrong-audience' WHEN q_aud = 'internal' AND (aud = 'external' OR post_t <> q_rater) THEN 'wrong-audience' END`;
  const caseT = c.options.linkBy === "respondent" ? "CASE WHEN aud = 'external' THEN rid ELSE '' END" : "case_in";
  const s1 = `SELECT r.*, ${ra} AS ra, ${answerKind(c)} AS kind, ${answerNumber(c)} AS x, CASE WHEN aud = 'internal' THEN post_t ELSE '' END AS post_e, ${caseT} AS case_t FROM (${readStage(c, relation)}) r`;
  return `SELECT ln, rid, wave_e, q_idx, q_disc, aud, post_e, wn, case_t, ra, rc, rl${c.dims.map((_, i) => `, s${i}`).join("")}, CASE WHEN ra IS NULL THEN 1 ELSE 0 END AS oka, ${statusColumns(c)} FROM (SELECT b.*, ${answerStatus(c)} AS st0 FROM (${s1}) b) a`;
}

/**
 * The verdict query of long form. The stateful checks are "first row wins" rules; each is a GROUP BY (the first
 * line per respondent, or per respondent × question) joined back to the rows — hash aggregates and joins, which
 * every engine runs in parallel and a distributed engine runs per respondent partition.
 */
function verdictQuery(c: Ctx, relation: SqlRelation): string {
  const segs = c.dims.map((_, i) => `s${i}`);
  const rk = "wave_e, rid";
  const ok = "CASE WHEN elig = 1 AND pr IS NULL AND mrej = 0 THEN 1 ELSE 0 END";
  const qk = ["wave_e", "rid", "q_idx"];
  const firstOk = (where: string): string => `SELECT wave_e, rid, q_idx, MIN(ln) AS fo FROM o WHERE ${where} GROUP BY wave_e, rid, q_idx`;
  const ctes = [questionTable(c), ...(recodes(c) ? [recodeTable(c)] : []), `k AS (${checkStage(c, relation)})`, ...profileCtes(c), `o AS (SELECT p.*, ${ok} AS ok FROM p)`, `o1 AS (SELECT o.*, a.fo AS fo1 FROM o LEFT JOIN (${firstOk("ok = 1")}) a ON ${joinOn("o", "a", qk)})`];
  const hasCase = c.options.linkBy !== "respondent" && c.header.has(c.columns.case);
  if (hasCase) {
    // Before the respondent's link is set no row can conflict, so the first accepted row naming a case, found
    // without conflicts, is the link; later rows naming another case conflict, and duplicates are found again.
    const ll = `SELECT wave_e, rid, MIN(ln) AS link_line FROM o1 WHERE ok = 1 AND ln = fo1 AND aud = 'external' AND case_t <> '' GROUP BY ${rk}`;
    const lc = `SELECT o1.wave_e, o1.rid, o1.ln AS link_line, o1.case_t AS link_case FROM o1 JOIN (${ll}) x ON ${joinOn("o1", "x", ["wave_e", "rid"])} AND o1.ln = x.link_line`;
    const cf = "CASE WHEN o1.elig = 1 AND o1.aud = 'external' AND o1.case_t <> '' AND l.link_line IS NOT NULL AND o1.ln > l.link_line AND o1.case_t <> l.link_case THEN 1 ELSE 0 END";
    ctes.push(`o2 AS (SELECT o1.*, l.link_case, ${cf} AS cf FROM o1 LEFT JOIN (${lc}) l ON ${joinOn("o1", "l", ["wave_e", "rid"])})`);
    ctes.push(`o3 AS (SELECT o2.*, b.fo AS fo2 FROM o2 LEFT JOIN (SELECT wave_e, rid, q_idx, MIN(ln) AS fo FROM o2 WHERE ok = 1 AND cf = 0 GROUP BY wave_e, rid, q_idx) b ON ${joinOn("o2", "b", qk)})`);
  } else {
    ctes.push(`o3 AS (SELECT o1.*, CAST(NULL AS ${c.d.text}) AS link_case, 0 AS cf, fo1 AS fo2 FROM o1)`);
  }
  const reason = "CASE WHEN ra IS NOT NULL THEN ra WHEN elig = 0 THEN 'inconsistent-respondent' WHEN cf = 1 THEN 'conflicting-case-link' WHEN ln > fo2 THEN 'duplicate-answer' WHEN pr IS NOT NULL THEN pr WHEN mrej = 1 THEN 'missing-value' END";
  const keep = ["ln", "0 AS cpos", "0 AS lvl", "rid", "wave_e", "post_e", "case_t", "link_case", "aud", "st", "xv", ...segs, "reason", "q_idx AS qidx", "q_disc AS disc", "wn AS w", "rc", "rl"].join(", ");
  return `WITH ${ctes.join(",\n")}\nSELECT ${keep} FROM (SELECT o3.*, ${reason} AS reason FROM o3) v`;
}
