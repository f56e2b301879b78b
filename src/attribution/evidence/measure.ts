/**
 * From estimates to tested measurements: two-sided p-values for "the figure differs from its reference" (a mean
 * against its target, a SERVQUAL gap against zero, a share against its required level), the direction of a
 * significant difference (a gap against a post, or a strength), and the 0–100 index every satisfaction figure is
 * reported on.
 * @module
 */
import { scaleRange } from "../../data/study-index.js";
import type { EvaluationPoint, Question } from "../../model/study.js";
import { normalCdf } from "../../stats/normal-cdf.js";
import type { EstimateOptions, PointEstimate } from "../../stats/estimate.js";
import { studentTCdf } from "../../stats/student-t-cdf.js";
import type { Measured } from "../shared/findings.js";
import type { QuestionAnswers } from "../shared/inputs.js";
import { answerSource } from "../shared/answer-source.js";
import type { ResolvedAttributionOptions } from "../shared/options.js";

/**
 * The 0–100 index of an answer on a question's scale: (value − min) / (max − min) × 100. Reverse coding has
 * already been applied when the answers were loaded.
 */
export function toIndex(q: Question, value: number): number {
  const r = scaleRange(q.scale);
  if (r.min === undefined || r.max === undefined || r.max === r.min) return NaN;
  return ((value - r.min) / (r.max - r.min)) * 100;
}

/**
 * True when a question's answers are ratings that can be put on the 0–100 index: likert, score and yes/no.
 * Numeric answers (minutes, yuan) have no "better" end on their own, so they are never averaged into an index.
 */
export function hasIndex(q: Question): boolean {
  if (q.scale.type === "numeric") return false;
  const r = scaleRange(q.scale);
  return r.min !== undefined && r.max !== undefined && r.max > r.min;
}

/**
 * A point's index per respondent: parallel typed arrays in respondent-rank order. Shared by every test, priority
 * and trace of the view: read, never write.
 */
export interface RespondentIndex {
  readonly respondent: Uint32Array;
  readonly value: Float64Array;
  readonly weight: Float64Array;
}

// The same questions over the same (cached) answer columns give the same index: computed once per survey view,
// and survey views are cached per table and wave, so repeat calls read it too.
const memo = new WeakMap<QuestionAnswers, Map<string, RespondentIndex>>();
/** Every index this module made and keeps: never written, so what is computed from one can be kept with it. */
const shared = new WeakSet<object>();

/**
 * Whether an index is one {@link respondentIndex} made and shares across a view's runs (read only, kept as long
 * as its view): a fit computed from such indexes can be cached by their identity.
 *
 * @param index - any index.
 * @returns true for a shared index.
 * @example
 * ```ts
 * isSharedIndex(respondentIndex(questions, (q) => view.answers(q.id))); // true
 * ```
 */
export function isSharedIndex(index: object): boolean {
  return shared.has(index);
}

/**
 * Per respondent, the mean index over several questions (those a respondent answered), with the respondent's
 * weight. This is how a point with several perception questions gets one satisfaction index per customer.
 * Answers come in respondent-rank order ({@link QuestionAnswers}), so one question needs no regrouping and several
 * are merged by rank (answers in any other order are summed in dense arrays indexed by rank; the same sums in the
 * same order): no per-respondent objects, no sort. Memoized per survey view: every
 * test, priority and trace of a run reads the same index.
 */
export function respondentIndex(questions: readonly Question[], answers: (q: Question) => QuestionAnswers): RespondentIndex {
  const first = questions[0] === undefined ? undefined : answers(questions[0]);
  // The scale is part of the key: a study changed between runs on one view must not get a stale index.
  const key = questions.map((q) => `${q.id}\u0001${JSON.stringify(q.scale)}`).join("\u0000");
  const hit = first === undefined ? undefined : memo.get(first)?.get(key);
  if (hit !== undefined) return hit;
  const out = computeIndex(questions, answers);
  if (first !== undefined) {
    shared.add(out);
    let m = memo.get(first);
    if (m === undefined) memo.set(first, (m = new Map()));
    m.set(key, out);
  }
  return out;
}

/**
 * An index's values at the rows of a target index (NaN where the index has none): a driver point's column beside
 * the overall question's, as the driver fit and the survey summary's cross-products both read it. Kept per pair of
 * shared indexes, so it is made once per view; undefined unless both are shared and strictly ascending by rank
 * (then each rank is one row, and the caller's own alignment would give the same column).
 *
 * @param target - the index whose rows the column follows.
 * @param index - the index read at those rows.
 * @returns the column (read only), or undefined.
 * @example
 * ```ts
 * alignedIndex(overallIndex, arrivalIndex)?.[0]; // the first overall respondent's arrival index, or NaN
 * ```
 */
export function alignedIndex(target: RespondentIndex, index: RespondentIndex): Float64Array | undefined {
  if (!shared.has(target) || !shared.has(index)) return undefined;
  let byIndex = aligned.get(target);
  const hit = byIndex?.get(index);
  if (hit !== undefined) return hit;
  if (!strictlyAscending(target.respondent) || !strictlyAscending(index.respondent)) return undefined;
  // The same respondent column (questions answered by the same respondents share it): each row is the index's own
  // row, so its values are the column, read only like it; no copy of a million values.
  if (target.respondent === index.respondent) {
    if (byIndex === undefined) aligned.set(target, (byIndex = new WeakMap()));
    byIndex.set(index, index.value);
    return index.value;
  }
  const ranks = target.respondent;
  const { respondent, value } = index;
  const out = new Float64Array(ranks.length).fill(NaN);
  let j = 0;
  for (let k = 0; k < ranks.length; k++) {
    const r = ranks[k] ?? 0;
    while (j < respondent.length && (respondent[j] ?? 0) < r) j++;
    if (j < respondent.length && respondent[j] === r) out[k] = value[j] ?? NaN;
  }
  if (byIndex === undefined) aligned.set(target, (byIndex = new WeakMap()));
  byIndex.set(index, out);
  return out;
}

const aligned = new WeakMap<RespondentIndex, WeakMap<RespondentIndex, Float64Array>>();

function strictlyAscending(xs: Uint32Array): boolean {
  for (let i = 1; i < xs.length; i++) if ((xs[i] ?? 0) <= (xs[i - 1] ?? 0)) return false;
  return true;
}

function computeIndex(questions: readonly Question[], answers: (q: Question) => QuestionAnswers): RespondentIndex {
  // The scale's range once per question, not once per answer: (v − min) / span × 100, NaN without a range.
  const rangeOf = (q: Question): { min: number; span: number } => {
    const r = scaleRange(q.scale);
    if (r.min === undefined || r.max === undefined || r.max === r.min) return { min: NaN, span: NaN };
    return { min: r.min, span: r.max - r.min };
  };
  if (questions.length === 1) {
    const q = questions[0] as Question;
    return oneQuestionIndex(answers(q), rangeOf(q));
  }
  const all = questions.map((q) => ({ ...rangeOf(q), a: answers(q) }));
  // Answers in rank order (a survey view's always are) are merged question by question: no column the size of
  // the wave's respondents per index (at 20,000 steps some 600 MB of such columns were made and dropped per call).
  if (all.every(({ a }) => ascendingRanks(a.respondent))) return mergedIndex(all);
  return denseIndex(all);
}

/** One question's answers and its scale's range, as an index over several questions reads them. */
type IndexPart = { readonly min: number; readonly span: number; readonly a: QuestionAnswers };
/** The same, its columns read out. */
type MergePart = { readonly min: number; readonly span: number; readonly respondent: Uint32Array; readonly value: Float64Array; readonly weight: Float64Array };

function ascendingRanks(xs: ArrayLike<number>): boolean {
  for (let i = 1; i < xs.length; i++) if ((xs[i] ?? 0) < (xs[i - 1] ?? 0)) return false;
  return true;
}

/**
 * The index over several questions whose answers are in ascending rank order: respondent by respondent (the
 * lowest rank left), each question's answers of that respondent in turn. The sums are made in the order
 * {@link denseIndex} makes them (question by question, answer by answer), so the values are the same to the bit.
 * Two passes: the first counts the respondents with a value, the second writes them.
 */
function mergedIndex(parts: readonly IndexPart[]): RespondentIndex {
  // Each column read once: a survey view's `value` is a getter (its column made on first read).
  const all = parts.map(({ min, span, a }) => ({ min, span, respondent: a.respondent, value: a.value, weight: a.weight }));
  let n = 0;
  mergeRespondents(all, () => void n++);
  const respondent = new Uint32Array(n);
  const value = new Float64Array(n);
  const weight = new Float64Array(n);
  let k = 0;
  mergeRespondents(all, (r, sum, count, w) => {
    respondent[k] = r;
    value[k] = sum / count;
    weight[k] = w;
    k++;
  });
  return { respondent, value, weight };
}

/** Calls `each` per respondent with at least one index value, in ascending rank: the sum, count and weight. */
function mergeRespondents(all: readonly MergePart[], each: (rank: number, sum: number, count: number, weight: number) => void): void {
  const at = all.map(() => 0);
  for (;;) {
    let r = Infinity;
    for (let q = 0; q < all.length; q++) {
      const { respondent } = all[q] as MergePart;
      const i = at[q] ?? 0;
      if (i < respondent.length) r = Math.min(r, respondent[i] ?? 0);
    }
    if (r === Infinity) return;
    let sum = 0;
    let count = 0;
    let w = 1;
    for (let q = 0; q < all.length; q++) {
      const { min, span, respondent, value, weight } = all[q] as MergePart;
      let i = at[q] ?? 0;
      for (; i < respondent.length && respondent[i] === r; i++) {
        const x = (((value[i] ?? NaN) - min) / span) * 100;
        if (!Number.isFinite(x)) continue;
        if (count === 0) w = weight[i] ?? 1;
        sum += x;
        count++;
      }
      at[q] = i;
    }
    if (count > 0) each(r, sum, count, w);
  }
}

/** The index over several questions from answers in any order: sums in columns indexed by rank. */
function denseIndex(all: readonly IndexPart[]): RespondentIndex {
  let size = 0;
  for (const { a } of all) for (let i = 0; i < a.respondent.length; i++) size = Math.max(size, (a.respondent[i] ?? 0) + 1);
  const sum = new Float64Array(size);
  const count = new Uint32Array(size);
  const w = new Float64Array(size);
  for (const { min, span, a } of all) {
    // Read once: a survey view's `value` is a getter (its column made on first read).
    const values = a.value;
    for (let i = 0; i < values.length; i++) {
      const x = (((values[i] ?? NaN) - min) / span) * 100;
      if (!Number.isFinite(x)) continue;
      const r = a.respondent[i] ?? 0;
      if (count[r] === 0) w[r] = a.weight[i] ?? 1;
      sum[r] = (sum[r] ?? 0) + x;
      count[r] = (count[r] ?? 0) + 1;
    }
  }
  let n = 0;
  for (let r = 0; r < size; r++) if ((count[r] ?? 0) > 0) n++;
  const respondent = new Uint32Array(n);
  const value = new Float64Array(n);
  const weight = new Float64Array(n);
  let k = 0;
  for (let r = 0; r < size; r++) {
    const c = count[r] ?? 0;
    if (c === 0) continue;
    respondent[k] = r;
    value[k] = (sum[r] ?? 0) / c;
    weight[k] = w[r] ?? 1;
    k++;
  }
  return { respondent, value, weight };
}

/**
 * A one-question index: each answer's (v − min) / span × 100, the answers without one left out. The values are
 * read from the table through the view's {@link answerSource} when it has one (the answers' own value column is
 * then never made) and written into the question's part of the view's per-answer column; every answer on the
 * index (the usual case) shares the answers' respondent and weight columns (both read only).
 */
function oneQuestionIndex(a: QuestionAnswers, { min, span }: { min: number; span: number }): RespondentIndex {
  const src = answerSource(a);
  const values = src === undefined ? a.value : src.values;
  const order = src?.order;
  const count = order === undefined ? values.length : order.length;
  // One pass writes the values (into the view's column when it has one, else a column of every answer) and counts
  // them; only answers without an index value (rare) need a second pass for their rows.
  const column = src?.column();
  const out = column ?? new Float64Array(count);
  let n = 0;
  if (order === undefined) {
    for (let i = 0; i < count; i++) {
      const x = (((values[i] ?? NaN) - min) / span) * 100;
      if (Number.isFinite(x)) out[n++] = x;
    }
  } else {
    for (let i = 0; i < count; i++) {
      const x = (((values[order[i] ?? 0] ?? NaN) - min) / span) * 100;
      if (Number.isFinite(x)) out[n++] = x;
    }
  }
  const value = column !== undefined ? column.subarray(0, n) : n === count ? out : out.slice(0, n);
  const whole = n === count && n === a.respondent.length && n === a.weight.length && a.respondent instanceof Uint32Array && a.weight instanceof Float64Array;
  if (whole) return { respondent: a.respondent, value, weight: a.weight };
  const respondent = new Uint32Array(n);
  const weight = new Float64Array(n);
  const at = (i: number): number => (order === undefined ? (values[i] ?? NaN) : (values[order[i] ?? 0] ?? NaN));
  let k = 0;
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(((at(i) - min) / span) * 100)) continue;
    respondent[k] = a.respondent[i] ?? 0;
    weight[k] = a.weight[i] ?? 1;
    k++;
  }
  return { respondent, value, weight };
}

/**
 * Two-sided p-value that the true value differs from `reference`: 2·P(T ≥ |t|) with t = (value − reference)/se,
 * T Student t with `df` degrees of freedom, or normal when `df` is null. The same distribution as the estimate's
 * interval, so a reference outside the interval is exactly a p-value below 1 − level.
 *
 * Source: R `2 * pt(-abs(t), df)`; survey's `confint(svymean(x, design), df = degf(design))` for the matching
 * interval (Lumley 2010, §2.2).
 *
 * @param value - The estimate.
 * @param se - Its standard error.
 * @param reference - The value tested against (a target, 0 for a gap).
 * @param df - Degrees of freedom, or null for the normal distribution.
 * @returns The p-value in [0, 1]; 1 when the standard error is unusable.
 * @example
 * ```ts
 * pTwoSided(70, 2, 75, null); // 0.0124 (z = −2.5)
 * pTwoSided(70, 2, 75, 20); // 0.0212
 * ```
 */
export function pTwoSided(value: number, se: number, reference: number, df: number | null): number {
  if (!Number.isFinite(value) || !Number.isFinite(se) || !Number.isFinite(reference)) return 1;
  if (se === 0) return value === reference ? 1 : 0;
  const t = -Math.abs((value - reference) / se);
  return Math.min(1, 2 * (df === null ? normalCdf(t) : studentTCdf(t, df)));
}

/**
 * One-sided score-test p-value that a share is below `required` (the test behind the Wilson interval): under
 * the null the standard error is √(c(1 − c)/n_eff). Used only as an internal gate; reported tests are two-sided
 * ({@link pShareTwoSided}).
 */
export function pShareBelow(share: number, nEffective: number, required: number): number {
  if (!Number.isFinite(share) || !(nEffective > 0)) return 1;
  if (required >= 1) return share < 1 ? 0 : 1;
  if (required <= 0) return 1;
  const se0 = Math.sqrt((required * (1 - required)) / nEffective);
  return normalCdf((share - required) / se0);
}

/**
 * Two-sided score-test p-value that a share differs from `required` (the test whose inversion is the Wilson
 * interval): z = (c − required)/√(required(1 − required)/n_eff), p = 2Φ(−|z|).
 *
 * Source: Wilson (1927); Agresti (2013), *Categorical Data Analysis*, §1.3.
 *
 * @param share - The estimated share.
 * @param nEffective - The sample size its interval used (n over the design effect).
 * @param required - The share tested against.
 * @returns The p-value in [0, 1].
 * @example
 * ```ts
 * pShareTwoSided(0.7, 100, 0.8); // 0.0124
 * ```
 */
export function pShareTwoSided(share: number, nEffective: number, required: number): number {
  if (!Number.isFinite(share) || !(nEffective > 0)) return 1;
  if (required >= 1 || required <= 0) return share === required ? 1 : 0;
  const se0 = Math.sqrt((required * (1 - required)) / nEffective);
  return Math.min(1, 2 * normalCdf(-Math.abs((share - required) / se0)));
}

/**
 * The estimator options of the means and paired gaps of a run: level, minimum sample, and the interval
 * distribution the `interval` option names (t with n − 1 degrees of freedom, or normal).
 *
 * @param options - The resolved attribution options.
 * @param minN - The fewest observations (customers, staff answers).
 * @param noun - What the observations are called.
 * @returns Options for {@link stats!estimateMean} and {@link stats!estimatePairedGap}.
 * @example
 * ```ts
 * estimateMean(moments, meanOptions(opts, opts.minExternal, ["customer", "customers"]));
 * ```
 */
export function meanOptions(options: ResolvedAttributionOptions, minN: number, noun: readonly [string, string]): EstimateOptions {
  return { level: options.level, minN, noun, interval: options.interval };
}

/** A point estimate with its p-value and degrees of freedom; q is filled in after the multiple-comparison adjustment. */
export function measured(e: PointEstimate, p: number): Measured {
  return { value: e.value, se: e.se, ci: e.ci, level: e.level, n: e.n, nEffective: e.nEffective, df: e.df, p, q: NaN };
}

/**
 * The sample size a share's test should use: the one its Wilson interval used (n divided by the design effect),
 * so the test and the interval agree; Kish's effective n where the interval has none.
 */
export function testN(e: { readonly nEffective: number; readonly intervalN?: number | null }): number {
  return e.intervalN ?? e.nEffective;
}

/**
 * The questions of a point that make up its satisfaction index for an audience: customers' perception ratings,
 * or one internal post's perception (and performance) ratings; rating scales only. One rule for every place an
 * index is computed (attribution, priorities, wave comparison), so the same point has the same index everywhere.
 *
 * @param point - the evaluation point.
 * @param audience - `"external"`, or `{ rater }` for an internal post.
 * @returns the questions, in study order.
 */
export function indexQuestions(point: EvaluationPoint, audience: "external" | { readonly rater: string }): Question[] {
  return point.questions.filter((q) =>
    audience === "external"
      ? q.audience.kind === "external" && q.measures === "perception" && hasIndex(q)
      : q.audience.kind === "internal" && q.audience.rater === audience.rater && (q.measures === "perception" || q.measures === "performance") && hasIndex(q),
  );
}
