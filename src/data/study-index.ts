/**
 * Lookup tables the loaders need from a study (questions by id with their evaluation point and scale bounds,
 * posts, events, steps, metrics, the clocks the study names). Built once per study object and cached, because
 * loaders check every row against them.
 * @module
 */
import { ValidationError } from "../core/errors.js";
import type { Problem } from "../core/problem.js";
import type { Clock, EvaluationPoint, Metric, Question, Scale, Standard, Study } from "../model/study.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_EN } from "../core/messages/problems-en-data.js";

/** The numeric range of a scale and whether it only takes whole points. */
export interface ScaleRange {
  /** Lowest value, when bounded. */
  readonly min: number | undefined;
  /** Highest value, when bounded. */
  readonly max: number | undefined;
  /** True for likert, score and yes/no scales: answers are whole points between min and max. */
  readonly discrete: boolean;
}

/** A question with what the loaders need to check an answer against it. */
export interface IndexedQuestion {
  readonly question: Question;
  readonly point: EvaluationPoint;
  /** Position of the question in study order (the question's column in datasets and aggregates). */
  readonly index: number;
  readonly range: ScaleRange;
}

/** A clock the study names, and where. */
export interface NamedClock {
  readonly clock: Clock;
  /** What names it, e.g. `metric reconnect-time` or `standard reconnect-24h`. */
  readonly by: string;
}

/** Lookup tables built from a study. */
export interface DataIndex {
  readonly study: Study;
  readonly questions: ReadonlyMap<string, IndexedQuestion>;
  /** Question ids in study order. */
  readonly questionIds: readonly string[];
  readonly posts: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  readonly steps: ReadonlySet<string>;
  readonly metrics: ReadonlyMap<string, Metric>;
  readonly standards: ReadonlyMap<string, Standard>;
  /** Every distinct clock named by a metric, a standard or a question. */
  readonly clocks: readonly NamedClock[];
}

/**
 * The numeric range of a scale.
 *
 * @param scale - a question's scale.
 * @returns min, max and whether only whole points are allowed.
 * @example
 * ```ts
 * scaleRange({ type: "likert", points: 5 }); // { min: 1, max: 5, discrete: true }
 * scaleRange({ type: "yesno" });             // { min: 0, max: 1, discrete: true }
 * ```
 */
export function scaleRange(scale: Scale): ScaleRange {
  switch (scale.type) {
    case "likert":
      return { min: 1, max: scale.points, discrete: true };
    case "score":
      return { min: 0, max: scale.max, discrete: true };
    case "yesno":
      return { min: 0, max: 1, discrete: true };
    case "numeric":
      return { min: scale.min, max: scale.max, discrete: false };
  }
}

const cache = new WeakMap<Study, DataIndex>();

/**
 * Build (or fetch from cache) the lookup tables of a study.
 *
 * @param study - a validated study.
 * @returns the index.
 * @throws ValidationError when question ids repeat or a reverse-coded numeric question has no min and max
 *   (the data cannot be loaded against such a study).
 * @example
 * ```ts
 * const ix = dataIndex(study);
 * ix.questions.get("q-sat")?.point.id; // "ep-reconnect"
 * ```
 */
export function dataIndex(study: Study): DataIndex {
  const hit = cache.get(study);
  if (hit !== undefined) return hit;
  const problems: Problem[] = [];
  const questions = new Map<string, IndexedQuestion>();
  const questionIds: string[] = [];
  study.evaluationPoints.forEach((point, pi) => {
    point.questions.forEach((question, qi) => {
      const path = ["evaluationPoints", pi, "questions", qi];
      if (questions.has(question.id)) {
        problems.push(
          problemFrom(DATA_EN, "data/duplicate-question-id", "error", [...path, "id"], { question: question.id }),
        );
        return;
      }
      const range = scaleRange(question.scale);
      if (question.reverse && (range.min === undefined || range.max === undefined)) {
        problems.push(
          problemFrom(DATA_EN, "data/reverse-needs-bounds", "error", [...path, "scale"], { question: question.id }),
        );
      }
      questions.set(question.id, { question, point, index: questionIds.length, range });
      questionIds.push(question.id);
    });
  });
  if (problems.length > 0) throw new ValidationError("gaptrace/dataIndex: the study cannot be used to load data.", problems);

  const clocks: NamedClock[] = [];
  const seenClock = new Set<string>();
  const addClock = (clock: Clock | undefined, by: string): void => {
    if (clock === undefined) return;
    const key = `${clock.start}\u0000${clock.stop}`;
    if (seenClock.has(key)) return;
    seenClock.add(key);
    clocks.push({ clock, by });
  };
  for (const m of study.metrics) addClock(m.clock, `metric ${m.id}`);
  for (const s of study.standards) addClock(s.clock, `standard ${s.id}`);
  for (const q of questions.values()) addClock(q.question.clock, `question ${q.question.id}`);

  const ix: DataIndex = {
    study,
    questions,
    questionIds,
    posts: new Set(study.organisation.posts.map((p) => p.id)),
    events: new Set(study.events.map((e) => e.id)),
    steps: new Set(study.blueprints.flatMap((b) => b.steps.map((s) => s.id))),
    metrics: new Map(study.metrics.map((m) => [m.id, m])),
    standards: new Map(study.standards.map((s) => [s.id, s])),
    clocks,
  };
  cache.set(study, ix);
  return ix;
}
