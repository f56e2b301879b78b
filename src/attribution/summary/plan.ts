/**
 * What a survey summary must hold for a study: the question sets of every satisfaction index the decisions read,
 * the SERVQUAL pairs, the numeric expectation questions with the scopes of their standards, and each theme's
 * driver layout. One list, read by the in-process summariser and by the SQL generator alike, so both summarise
 * exactly what the attribution looks up.
 * @module
 */
import type { Question, Study } from "../../model/study.js";
import { hasIndex, indexQuestions } from "../evidence/measure.js";
import type { SummaryScope } from "../shared/survey-summary.js";

/** A theme's driver layout: its overall question and the points that could explain it, with their questions. */
export interface DriverLayout {
  readonly theme: string;
  /** The theme's overall-satisfaction question, if it has one. */
  readonly overall: Question | undefined;
  /** Points with external rating questions other than the overall one, with those questions, in study order. */
  readonly rated: readonly { readonly point: string; readonly questions: readonly Question[] }[];
}

/** Everything a summary of a study holds, by what it is about. */
export interface SummaryPlan {
  /** Index question sets, each once, in study order. */
  readonly indexes: readonly (readonly Question[])[];
  readonly pairs: readonly { readonly perception: Question; readonly expectation: Question }[];
  readonly accepting: readonly { readonly question: Question; readonly scope: SummaryScope }[];
  readonly drivers: readonly DriverLayout[];
  /** The customer index sets summed per place (each point's, as the trace reads it). */
  readonly places: readonly (readonly Question[])[];
}

/**
 * The summary plan of a study (see the module).
 *
 * @param study - the study.
 * @returns the indexes, pairs, expectation answers and driver layouts a summary of it holds.
 * @example
 * ```ts
 * summaryPlan(study).indexes.length; // one per distinct question set
 * ```
 */
export function summaryPlan(study: Study): SummaryPlan {
  const indexes = new Map<string, Question[]>();
  const add = (qs: Question[]): void => {
    if (qs.length > 0) indexes.set(qs.map((q) => q.id).join("\u0000"), qs);
  };
  const questionById = new Map(study.evaluationPoints.flatMap((p) => p.questions.map((q) => [q.id, q] as const)));
  const pairs: { perception: Question; expectation: Question }[] = [];
  for (const p of study.evaluationPoints) {
    const external = indexQuestions(p, "external");
    add(external);
    add(external.filter((q) => !q.overall));
    add(external.filter((q) => q.overall));
    const raters = [...new Set(p.questions.flatMap((q) => (q.audience.kind === "internal" ? [q.audience.rater] : [])))].sort();
    for (const rater of raters) add(indexQuestions(p, { rater }));
    add(p.questions.filter((q) => q.measures === "importance" && hasIndex(q)));
    for (const q of p.questions) {
      if (q.pairs === undefined || q.measures !== "expectation" || q.audience.kind !== "external" || !hasIndex(q)) continue;
      const pq = questionById.get(q.pairs);
      if (pq !== undefined) pairs.push({ perception: pq, expectation: q });
    }
  }
  const expectations = study.evaluationPoints.flatMap((p) => p.questions.filter((q) => q.audience.kind === "external" && q.measures === "expectation" && q.metric !== undefined && q.scale.type === "numeric"));
  const accepting = new Map<string, { question: Question; scope: SummaryScope }>();
  for (const s of study.standards)
    for (const q of expectations.filter((x) => x.metric === s.metric)) accepting.set(`${q.id}\u0001${JSON.stringify(s.scope)}`, { question: q, scope: s.scope });
  const drivers = study.blueprints.map((bp): DriverLayout => {
    const steps = new Set(bp.steps.map((s) => s.id));
    const points = study.evaluationPoints.filter((p) => steps.has(p.step));
    const overall = points.flatMap((p) => p.questions).find((q) => q.overall && hasIndex(q));
    const rated = points.map((p) => ({ point: p.id, questions: indexQuestions(p, "external").filter((q) => !q.overall) })).filter((x) => x.questions.length > 0);
    return { theme: bp.theme, overall, rated };
  });
  const places = new Map<string, Question[]>();
  for (const p of study.evaluationPoints) {
    const qs = indexQuestions(p, "external");
    if (qs.length > 0) places.set(qs.map((q) => q.id).join("\u0000"), qs);
  }
  return { indexes: [...indexes.values()], pairs, accepting: [...accepting.values()], drivers, places: [...places.values()] };
}
