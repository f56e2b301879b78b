/**
 * From estimates to tested measurements: one-sided p-values for "there is a gap" (a mean below its target, a
 * share below its required level), and the 0–100 index every satisfaction figure is reported on.
 * @module
 */
import { scaleRange } from "../../data/study-index.js";
import type { EvaluationPoint, Question } from "../../model/study.js";
import { normalCdf } from "../../stats/normal-cdf.js";
import type { PointEstimate } from "../../stats/estimate.js";
import type { Measured } from "../shared/findings.js";
import type { QuestionAnswers } from "../shared/inputs.js";

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

/** A point's index per respondent: parallel arrays in respondent-rank order. Shared: read, never write. */
export interface RespondentIndex {
  readonly respondent: readonly number[];
  readonly value: readonly number[];
  readonly weight: readonly number[];
}

// The same questions over the same (cached) answer columns give the same index: computed once per survey view.
const memo = new WeakMap<QuestionAnswers, Map<string, RespondentIndex>>();

/**
 * Per respondent, the mean index over several questions (those a respondent answered), with the respondent's
 * weight. This is how a point with several perception questions gets one satisfaction index per customer.
 * Answers come in respondent-rank order ({@link QuestionAnswers}), so one question needs no regrouping and several
 * are summed in dense arrays indexed by rank: no per-respondent objects, no sort. Memoized per survey view: every
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
    let m = memo.get(first);
    if (m === undefined) memo.set(first, (m = new Map()));
    m.set(key, out);
  }
  return out;
}

function computeIndex(questions: readonly Question[], answers: (q: Question) => QuestionAnswers): RespondentIndex {
  // The scale's range once per question, not once per answer.
  const indexer = (q: Question): ((v: number) => number) => {
    const r = scaleRange(q.scale);
    if (r.min === undefined || r.max === undefined || r.max === r.min) return () => NaN;
    const min = r.min;
    const span = r.max - r.min;
    return (v) => ((v - min) / span) * 100;
  };
  const respondent: number[] = [];
  const value: number[] = [];
  const weight: number[] = [];
  if (questions.length === 1) {
    const q = questions[0] as Question;
    const a = answers(q);
    const index = indexer(q);
    for (let i = 0; i < a.value.length; i++) {
      const x = index(a.value[i] ?? NaN);
      if (!Number.isFinite(x)) continue;
      respondent.push(a.respondent[i] ?? 0);
      value.push(x);
      weight.push(a.weight[i] ?? 1);
    }
    return { respondent, value, weight };
  }
  const all = questions.map((q) => ({ index: indexer(q), a: answers(q) }));
  let size = 0;
  for (const { a } of all) for (let i = 0; i < a.respondent.length; i++) size = Math.max(size, (a.respondent[i] ?? 0) + 1);
  const sum = new Float64Array(size);
  const count = new Uint32Array(size);
  const w = new Float64Array(size);
  for (const { index, a } of all)
    for (let i = 0; i < a.value.length; i++) {
      const x = index(a.value[i] ?? NaN);
      if (!Number.isFinite(x)) continue;
      const r = a.respondent[i] ?? 0;
      if (count[r] === 0) w[r] = a.weight[i] ?? 1;
      sum[r] = (sum[r] ?? 0) + x;
      count[r] = (count[r] ?? 0) + 1;
    }
  for (let r = 0; r < size; r++) {
    const k = count[r] ?? 0;
    if (k === 0) continue;
    respondent.push(r);
    value.push((sum[r] ?? 0) / k);
    weight.push(w[r] ?? 1);
  }
  return { respondent, value, weight };
}

/** One-sided p-value that the true value is below `reference`, from a normal approximation. */
export function pBelow(value: number, se: number, reference: number): number {
  // No usable uncertainty (overflowing weights, NaN): no evidence of a gap, rather than certainty of one.
  if (!Number.isFinite(value) || !Number.isFinite(se)) return 1;
  if (se === 0) return value < reference ? 0 : 1;
  return normalCdf((value - reference) / se);
}

/**
 * One-sided score-test p-value that a share is below `required` (the test behind the Wilson interval): under
 * the null the standard error is √(c(1 − c)/n_eff).
 */
export function pShareBelow(share: number, nEffective: number, required: number): number {
  if (!Number.isFinite(share) || !(nEffective > 0)) return 1;
  if (required >= 1) return share < 1 ? 0 : 1;
  if (required <= 0) return 1;
  const se0 = Math.sqrt((required * (1 - required)) / nEffective);
  return normalCdf((share - required) / se0);
}

/** A point estimate with its p-value; q is filled in after the multiple-comparison adjustment. */
export function measured(e: PointEstimate, p: number): Measured {
  return { value: e.value, se: e.se, ci: e.ci, level: e.level, n: e.n, nEffective: e.nEffective, p, q: NaN };
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
