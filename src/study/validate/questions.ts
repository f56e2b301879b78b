/**
 * Rules about evaluation points and their questions.
 * @module
 */
import { problem, type DocPath, type Problem } from "../../core/problem.js";
import { unitsCompatible } from "../../model/units.js";
import type { Question } from "../../model/study.js";
import type { RuleContext } from "./context.js";

function sameScale(a: Question["scale"], b: Question["scale"]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Evaluation points have questions; questions are internally consistent. */
export function evaluationPoints({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  study.evaluationPoints.forEach((pt, p) => {
    if (pt.questions.length === 0)
      out.push(problem("point/no-questions", "error", ["evaluationPoints", p, "questions"], `Evaluation point ${JSON.stringify(pt.id)} has no question.`, "Add at least one question (who is asked, what it measures, on which scale)."));
    const step = index.steps.get(pt.step)?.item;
    pt.questions.forEach((q, j) => {
      const at: DocPath = ["evaluationPoints", p, "questions", j];
      const who = `Question ${JSON.stringify(q.id)}`;
      if (q.scale.type === "numeric" && q.scale.min !== undefined && q.scale.max !== undefined && q.scale.min >= q.scale.max)
        out.push(problem("question/empty-range", "error", [...at, "scale"], `${who} has a numeric range ${q.scale.min}–${q.scale.max} that admits no answer.`, "Make min smaller than max."));
      if (q.reverse && (q.scale.type === "numeric" || q.scale.type === "yesno") )
        out.push(problem("question/reverse-unbounded", q.scale.type === "numeric" ? "error" : "warning", [...at, "reverse"], `${who} is reverse-coded on a ${q.scale.type} scale${q.scale.type === "numeric" ? " without fixed bounds to flip around" : ""}.`, q.scale.type === "numeric" ? "Reverse coding needs a bounded scale (likert or score); remove reverse." : "For yes/no, word the question positively instead."));
      if (q.metric !== undefined) {
        const metric = index.metrics.get(q.metric)?.item;
        if (metric !== undefined && q.scale.type === "numeric" && !unitsCompatible(q.scale.unit, metric.unit))
          out.push(problem("question/unit-mismatch", "error", [...at, "scale", "unit"], `${who} asks in ${q.scale.unit} about metric ${JSON.stringify(metric.id)}, measured in ${metric.unit}.`, `Ask in ${metric.unit} or a convertible unit.`));
        if (metric !== undefined && q.scale.type !== "numeric")
          out.push(problem("question/metric-needs-numeric", "warning", [...at, "metric"], `${who} is linked to metric ${JSON.stringify(metric.id)} but is not asked on a numeric scale, so its answers cannot be compared with the metric.`, "Use scale { type: numeric, unit } for expectation or performance questions about a metric."));
      }
      if (q.clock !== undefined && q.clock.start === q.clock.stop)
        out.push(problem("clock/same-event", "error", [...at, "clock"], `${who}'s clock starts and stops at the same event.`, "Choose different start and stop events."));
      if (q.pairs !== undefined) {
        const other = index.questions.get(q.pairs)?.item;
        if (other !== undefined) {
          if (q.measures !== "expectation" || other.measures !== "perception")
            out.push(problem("question/pairs-kind", "error", [...at, "pairs"], `${who} (${q.measures}) is paired with ${JSON.stringify(other.id)} (${other.measures}); a pair is an expectation question pointing to a perception question.`, "Set pairs on the expectation question, naming the perception question."));
          if (!sameScale(q.scale, other.scale))
            out.push(problem("question/pairs-scale", "error", [...at, "pairs"], `${who} and its pair ${JSON.stringify(other.id)} are on different scales, so perception − expectation is meaningless.`, "Ask both on the same scale."));
          if (q.audience.kind !== other.audience.kind)
            out.push(problem("question/pairs-audience", "error", [...at, "pairs"], `${who} and its pair ${JSON.stringify(other.id)} are asked of different audiences; a paired gap needs both answers from the same respondent.`, "Ask both of the same audience."));
        }
      }
      if (q.audience.kind === "internal" && step !== undefined && step.layer === "customer")
        out.push(problem("question/internal-on-customer-step", "error", [...at, "audience"], `${who} asks post ${JSON.stringify(q.audience.rater)} to rate customer step ${JSON.stringify(step.id)}; internal questions rate internal work.`, "Move the question to the internal step that serves this post, or ask customers (audience external)."));
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
        out.push(problem("question/overall-kind", "error", at, `Question ${JSON.stringify(q.id)} is marked overall but it measures ${q.measures}${q.audience.kind === "external" ? "" : " and is asked of staff"}.`, "Mark only the customers' overall-satisfaction perception question as overall."));
      const theme = index.steps.get(pt.step)?.theme;
      if (theme === undefined) return;
      const prev = perTheme.get(theme);
      if (prev !== undefined)
        out.push(problem("question/overall-twice", "error", at, `Theme ${JSON.stringify(theme)} has two overall-satisfaction questions (${JSON.stringify(prev)} and ${JSON.stringify(q.id)}).`, "Keep one overall question per theme."));
      else perTheme.set(theme, q.id);
    }),
  );
  return out;
}
