/**
 * Rules about evaluation points and their questions.
 * @module
 */
import type { DocPath, Problem } from "../../core/problem.js";
import { unitsCompatible } from "../../model/units.js";
import type { Question } from "../../model/study.js";
import type { RuleContext } from "./context.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";

function sameScale(a: Question["scale"], b: Question["scale"]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Evaluation points have questions; questions are internally consistent. */
export function evaluationPoints({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  study.evaluationPoints.forEach((pt, p) => {
    if (pt.questions.length === 0)
      out.push(problemFrom(STUDY_EN, "point/no-questions", "error", ["evaluationPoints", p, "questions"], { point: pt.id }));
    const step = index.steps.get(pt.step)?.item;
    pt.questions.forEach((q, j) => {
      const at: DocPath = ["evaluationPoints", p, "questions", j];
      if (q.scale.type === "numeric" && q.scale.min !== undefined && q.scale.max !== undefined && q.scale.min >= q.scale.max)
        out.push(problemFrom(STUDY_EN, "question/empty-range", "error", [...at, "scale"], { question: q.id, min: q.scale.min, max: q.scale.max }));
      if (q.reverse && (q.scale.type === "numeric" || q.scale.type === "yesno") )
        out.push(problemFrom(STUDY_EN, "question/reverse-unbounded", q.scale.type === "numeric" ? "error" : "warning", [...at, "reverse"], { question: q.id, scale: q.scale.type }));
      if (q.metric !== undefined) {
        const metric = index.metrics.get(q.metric)?.item;
        if (metric !== undefined && q.scale.type === "numeric" && !unitsCompatible(q.scale.unit, metric.unit))
          out.push(problemFrom(STUDY_EN, "question/unit-mismatch", "error", [...at, "scale", "unit"], { question: q.id, unit: q.scale.unit, metric: metric.id, metricUnit: metric.unit }));
        if (metric !== undefined && q.scale.type !== "numeric")
          out.push(problemFrom(STUDY_EN, "question/metric-needs-numeric", "warning", [...at, "metric"], { question: q.id, metric: metric.id }));
      }
      if (q.clock !== undefined && q.clock.start === q.clock.stop)
        out.push(problemFrom(STUDY_EN, "clock/same-event", "error", [...at, "clock"], { question: q.id }));
      if (q.pairs !== undefined) {
        const other = index.questions.get(q.pairs)?.item;
        if (other !== undefined) {
          if (q.measures !== "expectation" || other.measures !== "perception")
            out.push(problemFrom(STUDY_EN, "question/pairs-kind", "error", [...at, "pairs"], { question: q.id, measures: q.measures, pair: other.id, pairMeasures: other.measures }));
          if (!sameScale(q.scale, other.scale))
            out.push(problemFrom(STUDY_EN, "question/pairs-scale", "error", [...at, "pairs"], { question: q.id, pair: other.id }));
          if (q.audience.kind !== other.audience.kind)
            out.push(problemFrom(STUDY_EN, "question/pairs-audience", "error", [...at, "pairs"], { question: q.id, pair: other.id }));
        }
      }
      if (q.audience.kind === "internal" && step !== undefined && step.layer === "customer")
        out.push(problemFrom(STUDY_EN, "question/internal-on-customer-step", "error", [...at, "audience"], { question: q.id, post: q.audience.rater, step: step.id }));
    });
  });
  return out;
}

/** The overall-satisfaction question: a perception question, at most one per theme. */
export function overallQuestions({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  const perTheme = new Map<string, string>();
  study.evaluationPoints.forEach((pt, p) =>
    pt.questions.forEach((q, j) => {
      if (!q.overall) return;
      const at: DocPath = ["evaluationPoints", p, "questions", j, "overall"];
      if (q.measures !== "perception" || q.audience.kind !== "external")
        out.push(problemFrom(STUDY_EN, "question/overall-kind", "error", at, { question: q.id, measures: q.measures, staff: q.audience.kind !== "external" }));
      const theme = index.steps.get(pt.step)?.theme;
      if (theme === undefined) return;
      const prev = perTheme.get(theme);
      if (prev !== undefined)
        out.push(problemFrom(STUDY_EN, "question/overall-twice", "error", at, { theme, first: prev, second: q.id }));
      else perTheme.set(theme, q.id);
    }),
  );
  return out;
}
