/**
 * The pieces both forms of the SQL first pass share: a cell's text as the in-process reader takes it (trimmed with
 * JavaScript's white space, numbers read as `parseNumber` reads them, full-width and other compatibility digits
 * folded as NFKC folds them), the row's respondent attributes and their checks, the literal question and recode
 * tables, and an answer's status under its question's own codes (`recode`, per-question missing, "don't know" and
 * "not applicable" codes). Kept apart from the long and wide plans so each imports it without a cycle.
 * @internal
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { ResponseColumns, ResponseOptions } from "../responses.js";
import type { DataIndex } from "../study-index.js";
import { MAX_WEIGHT, type AnswerCodes } from "../values.js";
import { sqlNumber, sqlString, type SqlDialect } from "./dialect.js";

/** Every character JavaScript's `String.prototype.trim` removes (the in-process reader trims with it). */
export const TRIM = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
/** Plain decimal notation (the in-process NUMBER), with at most a two-digit exponent (see docs/sql.md). */
const NUMBER = "[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?0*[0-9]{1,2})?";
const YES = ["yes", "y", "true", "是"];
const NO = ["no", "n", "false", "否"];
export const EXTERNAL = ["external", "ext", "外部", "外部客户"];
const INTERNAL = ["internal", "int", "内部", "内部客户"];
/** What a number's text may hold once folded: the characters of NUMBER and the white space trimming removes. */
const NUMBER_CHARS = /^[0-9.+\-eE \t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$/;

/** Everything the statements of one first pass are written from. */
export interface Ctx {
  readonly d: SqlDialect;
  readonly ix: DataIndex;
  readonly columns: Required<ResponseColumns>;
  /** The relation's columns, trimmed as headers are. */
  readonly header: ReadonlySet<string>;
  /** Trimmed header name → the column as the relation spells it (a header cell may carry stray spaces). */
  readonly raw: ReadonlyMap<string, string>;
  /** Segment columns, in dimension order. */
  readonly dims: readonly string[];
  /** The global codes, and per question index its own codes where an option gives it some. */
  readonly codes: AnswerCodes;
  readonly byQuestion: readonly (AnswerCodes | undefined)[];
  readonly options: ResponseOptions;
}

let folds: [string, string][] | undefined;

/**
 * Every non-ASCII character that NFKC turns into characters a number may hold (full-width "４", circled "⑩",
 * mathematical "𝟒", ideographic space…), with what it turns into: a string reads as a number after NFKC exactly
 * when each of its characters does, since NFKC composes nothing out of ASCII, so folding character by character
 * is the in-process fold. Computed once, from the JavaScript engine's own Unicode tables.
 */
export function nfkcNumberFolds(): readonly (readonly [string, string])[] {
  if (folds !== undefined) return folds;
  const out: [string, string][] = [];
  for (let cp = 0x80; cp <= 0x1ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const to = ch.normalize("NFKC");
    if (to !== ch && NUMBER_CHARS.test(to)) out.push([ch, to]);
  }
  folds = out;
  return out;
}

/** A column's text, `''` when the column is absent or the cell is NULL; trimmed unless asked not to. */
export function text(c: Ctx, column: string, trimmed = true): string {
  if (!c.header.has(column)) return "''";
  const raw = `COALESCE(CAST(${c.d.ident(c.raw.get(column) ?? column)} AS ${c.d.text}), '')`;
  return trimmed ? c.d.trim(raw, TRIM) : raw;
}

/** A number read from trimmed text as `parseNumber` reads it (plain decimals; NFKC-folded digits), else NULL. */
export function number(d: SqlDialect, t: string): string {
  const all = nfkcNumberFolds();
  const single = all.filter(([, to]) => to.length === 1);
  let folded = `translate(${t}, ${sqlString(single.map(([f]) => f).join(""))}, ${sqlString(single.map(([, to]) => to).join(""))})`;
  for (const [from, to] of all.filter(([, x]) => x.length > 1)) folded = `replace(${folded}, ${sqlString(from)}, ${sqlString(to)})`;
  const trimmed = d.trim(folded, TRIM);
  // Only text made of number characters and characters that fold to them can read as a number once folded: one
  // character-class match keeps words (非常满意) away from the fold's translate and 66 replaces.
  const foldable = `${d.fullMatch(t, `[-0-9.+eE${TRIM}${all.map(([f]) => f).join("")}]+`)}`;
  return `CASE WHEN ${d.fullMatch(t, NUMBER)} THEN ${d.toDouble(t)} WHEN NOT ${foldable} THEN NULL WHEN ${d.fullMatch(trimmed, NUMBER)} THEN ${d.toDouble(trimmed)} END`;
}

/** Whether the trimmed text is a number in plain decimal notation. */
export function isNumber(d: SqlDialect, t: string): string {
  return d.fullMatch(t, NUMBER);
}

export const inList = (xs: Iterable<string>): string => [...xs].map(sqlString).join(", ");

/** `expr IN (...)` over numbers, or FALSE for none. */
export function inNumbers(d: SqlDialect, expr: string, xs: ReadonlySet<number>): string {
  return xs.size === 0 ? "1 = 0" : `${expr} IN (${[...xs].map((n) => sqlNumber(n, d)).join(", ")})`;
}

/** `expr IN (...)` over texts, or FALSE for none. */
export function inTexts(expr: string, xs: ReadonlySet<string> | readonly string[]): string {
  const list = [...xs];
  return list.length === 0 ? "1 = 0" : `${expr} IN (${inList(list)})`;
}

/**
 * The respondent attributes of a row, as a select list over the relation: `rid`, `aud_t`, `post_t` (the row's post,
 * or `defaultPost` where the row names none and does not say it is a customer's), `w_raw`, `w_t`, `wave_e`,
 * `case_in`, `s0`…
 */
export function attributeColumns(c: Ctx): string {
  const col = c.columns;
  const wave = text(c, col.wave);
  const segs = c.dims.map((dim, i) => `, ${text(c, dim)} AS s${i}`).join("");
  const post = postText(c);
  const linkBy = c.options.linkBy ?? "column";
  return `${text(c, col.respondent)} AS rid, ${text(c, col.audience)} AS aud_t, ${post} AS post_t, ${text(c, col.weight, false)} AS w_raw, ${text(c, col.weight)} AS w_t, CASE WHEN ${wave} = '' THEN ${sqlString(c.options.defaultWave ?? "1")} ELSE ${wave} END AS wave_e, ${linkBy === "column" ? text(c, col.case) : "''"} AS case_in${segs}`;
}

/** The row's post: its own, or `defaultPost` where it names none and does not say it is a customer's. */
export function postText(c: Ctx): string {
  const own = text(c, c.columns.post);
  const dp = c.options.defaultPost ?? "";
  return dp === "" ? own : `CASE WHEN ${own} <> '' OR ${inTexts(`lower(${text(c, c.columns.audience)})`, EXTERNAL)} THEN ${own} ELSE ${sqlString(dp)} END`;
}

/** The audience (`'external'`, `'internal'`, NULL when the text is neither) and the weight (NULL when invalid) of `s`. */
export function audienceAndWeight(c: Ctx): string {
  const aud = `CASE WHEN s.aud_t = '' THEN CASE WHEN s.post_t = '' THEN 'external' ELSE 'internal' END WHEN ${inTexts("lower(s.aud_t)", EXTERNAL)} THEN 'external' WHEN ${inTexts("lower(s.aud_t)", INTERNAL)} THEN 'internal' END`;
  return `${aud} AS aud, CASE WHEN s.w_t = '' THEN ${sqlNumber(1, c.d)} ELSE ${number(c.d, "s.w_t")} END AS wn`;
}

/** The WHEN branches of the row's own checks, in the in-process reader's order (respondent, audience, post, weight). */
export function respondentChecks(c: Ctx): string {
  const posts = c.ix.posts.size === 0 ? "1 = 1" : `post_t NOT IN (${inList(c.ix.posts.keys())})`;
  return `WHEN rid = '' THEN 'missing-respondent' WHEN aud IS NULL THEN 'invalid-audience' WHEN aud = 'external' AND post_t <> '' THEN 'invalid-audience' WHEN aud = 'internal' AND post_t = '' THEN 'missing-post' WHEN aud = 'internal' AND ${posts} THEN 'unknown-post' WHEN wn IS NULL OR wn <= 0 OR wn > ${sqlNumber(MAX_WEIGHT, c.d)} THEN 'invalid-weight'`;
}

/** The literal question table: id, index, audience, rater, scale range, discrete, reverse, yes/no. */
export function questionTable(c: Ctx): string {
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

/** Whether any question reads labels through `recode`. */
export function recodes(c: Ctx): boolean {
  return c.codes.recode !== undefined || c.byQuestion.some((k) => k?.recode !== undefined);
}

/**
 * The literal recode table `gt_rc(rc_q, rc_label, rc_code)`: the global (`"*"`) labels under question −1, and each
 * question with codes of its own under its index (its own labels merged over `"*"`, as the in-process reader
 * merges them). Labels are keyed as `recodeKey` keys them: trimmed, NFC.
 */
export function recodeTable(c: Ctx): string {
  const rows: string[][] = [];
  const add = (q: number, k: AnswerCodes | undefined): void => {
    for (const [label, code] of k?.recode ?? []) rows.push([String(q), sqlString(label), sqlNumber(code, c.d)]);
  };
  add(-1, c.codes);
  c.byQuestion.forEach((k, i) => add(i, k));
  return c.d.values("gt_rc", ["rc_q", "rc_label", "rc_code"], rows);
}

/**
 * The answer read against its question, over a relation `s` with the trimmed text `v_t` (and `v_nfc`, its NFC
 * form, when something is recoded) joined to `gt_q` as `q`: the select list (`vdirect`, `vn`, `vl`, `rc` the
 * recoded code, `rl` the label it matched) and the joins it needs.
 */
export function answerRead(c: Ctx): { readonly select: string; readonly joins: string } {
  const d = c.d;
  const base = `${isNumber(d, "s.v_t")} AS vdirect, ${number(d, "s.v_t")} AS vn, lower(s.v_t) AS vl`;
  if (!recodes(c)) return { select: `${base}, CAST(NULL AS ${d.double}) AS rc, CAST(NULL AS ${d.text}) AS rl`, joins: "" };
  const code = "COALESCE(rq.rc_code, rs.rc_code)";
  return {
    select: `${base}, ${code} AS rc, CASE WHEN ${code} IS NOT NULL THEN s.v_nfc END AS rl`,
    joins: ` LEFT JOIN gt_rc rq ON rq.rc_q = q.q_idx AND rq.rc_label = s.v_nfc LEFT JOIN gt_rc rs ON rs.rc_q = -1 AND rs.rc_label = s.v_nfc`,
  };
}

/** The NFC form of a trimmed text, for matching recode labels (refused where the dialect has no NFC). */
export function nfc(c: Ctx, t: string): string {
  if (!recodes(c)) return "''";
  const f = c.d.nfc;
  if (f === undefined) throw new UsageError("firstPassPlan", `the ${c.d.name} dialect has no Unicode NFC function, which recode labels are matched with.`, "Run the first pass in DuckDB or PostgreSQL, or read these data in process.");
  return f(t);
}

/** An expression per question's codes: one CASE over the question index, the global codes in the ELSE branch. */
function perQuestion(c: Ctx, f: (k: AnswerCodes) => string): string {
  const groups = new Map<string, { codes: AnswerCodes; qs: number[] }>();
  const key = (k: AnswerCodes): string => JSON.stringify([k.missingText, k.missingNumbers, k.dontKnowText, k.dontKnowNumbers, k.notApplicableText, k.notApplicableNumbers].map((s) => [...s].map(String).sort()));
  const global = key(c.codes);
  c.byQuestion.forEach((k, i) => {
    if (k === undefined || key(k) === global) return;
    const g = groups.get(key(k)) ?? { codes: k, qs: [] };
    g.qs.push(i);
    groups.set(key(k), g);
  });
  if (groups.size === 0) return f(c.codes);
  return `CASE ${[...groups.values()].map((g) => `WHEN q_idx IN (${g.qs.join(", ")}) THEN ${f(g.codes)}`).join(" ")} ELSE ${f(c.codes)} END`;
}

/**
 * The answer's kind (`num`, `missing`, `dk`, `na`, `nonnum`) as `parseAnswer` decides it: a recoded label first,
 * then a number, blank and the text codes, yes/no words, folded digits.
 */
export function answerKind(c: Ctx): string {
  return perQuestion(
    c,
    (k) =>
      `CASE WHEN rc IS NOT NULL THEN 'num' WHEN vdirect THEN 'num' WHEN v_t = '' THEN 'missing' WHEN ${inTexts("vl", k.missingText)} THEN 'missing' WHEN ${inTexts("vl", k.dontKnowText)} THEN 'dk' WHEN ${inTexts("vl", k.notApplicableText)} THEN 'na' WHEN q_yn = 1 AND (${inTexts("vl", YES)} OR ${inTexts("vl", NO)}) THEN 'num' WHEN vn IS NOT NULL THEN 'num' ELSE 'nonnum' END`,
  );
}

/** The number an answer of kind `num` reads as (before the codes and the scale are checked). */
export function answerNumber(c: Ctx): string {
  const d = c.d;
  return `CASE WHEN rc IS NOT NULL THEN rc WHEN vdirect THEN vn WHEN q_yn = 1 AND ${inTexts("vl", YES)} THEN ${sqlNumber(1, d)} WHEN q_yn = 1 AND ${inTexts("vl", NO)} THEN ${sqlNumber(0, d)} ELSE vn END`;
}

/** The answer's status (`value`, `missing`, `dk`, `na`, `out-of-range`, `non-numeric`) from `kind` and `x`. */
export function answerStatus(c: Ctx): string {
  const d = c.d;
  return perQuestion(
    c,
    (k) =>
      `CASE WHEN kind = 'num' THEN CASE WHEN ${inNumbers(d, "x", k.missingNumbers)} THEN 'missing' WHEN ${inNumbers(d, "x", k.dontKnowNumbers)} THEN 'dk' WHEN ${inNumbers(d, "x", k.notApplicableNumbers)} THEN 'na' WHEN q_yn = 1 AND x <> 0 AND x <> 1 THEN 'out-of-range' WHEN x < q_lo OR x > q_hi THEN 'out-of-range' WHEN q_disc = 1 AND x <> floor(x) THEN 'out-of-range' ELSE 'value' END WHEN kind = 'nonnum' THEN 'non-numeric' ELSE kind END`,
  );
}

/** The status columns from `st0`: `pr` (a parse rejection), `mrej` (a blank rejected), `st` (0–3), `xv` (reverse-coded). */
export function statusColumns(c: Ctx): string {
  const missingReject = c.options.missing === "reject" ? "1 = 1" : "1 = 0";
  return `CASE WHEN st0 IN ('value', 'missing', 'dk', 'na') THEN NULL ELSE st0 END AS pr, CASE WHEN st0 = 'missing' AND ${missingReject} THEN 1 ELSE 0 END AS mrej, CASE st0 WHEN 'value' THEN 0 WHEN 'missing' THEN 1 WHEN 'dk' THEN 2 WHEN 'na' THEN 3 END AS st, CASE WHEN st0 = 'value' THEN CASE WHEN q_rev = 1 THEN q_lo + q_hi - x ELSE x END END AS xv`;
}

/** Rejections a cell gets once it is parsed: parsing happened for accepted cells and these. */
export const PARSED = "reason IS NULL OR reason IN ('non-numeric', 'out-of-range', 'missing-value')";

/** `a.k1 = b.k1 AND ...`. */
export const joinOn = (a: string, b: string, keys: readonly string[]): string => keys.map((k) => `${a}.${k} = ${b}.${k}`).join(" AND ");

/**
 * The respondent check, as two items of a WITH list over `k` (rows with `ln`, `wave_e`, `rid`, `oka` 1 when the
 * row's own checks pass, and the profile `aud`, `post_e`, `wn`, `s0`…): the first such row of a respondent (id ×
 * wave) fixes its profile (`f`), and `p` is `k` with `elig` 0 for rows failing a check or differing from it.
 */
export function profileCtes(c: Ctx): string[] {
  const segs = c.dims.map((_, i) => `s${i}`);
  const profile = ["aud", "post_e", "wn", ...segs];
  const same = profile.map((x) => `k.${x} = f.f_${x}`).join(" AND ");
  const first = "SELECT wave_e, rid, MIN(ln) AS first_ln FROM k WHERE oka = 1 GROUP BY wave_e, rid";
  const prof = `SELECT k.wave_e, k.rid, ${profile.map((x) => `k.${x} AS f_${x}`).join(", ")} FROM k JOIN (${first}) r ON ${joinOn("k", "r", ["wave_e", "rid"])} AND k.ln = r.first_ln`;
  const withProfile = `SELECT k.*, CASE WHEN k.oka = 1 AND NOT (${same}) THEN 0 ELSE k.oka END AS elig FROM k LEFT JOIN f ON ${joinOn("k", "f", ["wave_e", "rid"])}`;
  return [`f AS (${prof})`, `p AS (${withProfile})`];
}
