/**
 * Customer-side evidence (客户不满意点, and strengths 优势点): at every evaluation point with customer questions,
 * satisfaction against the point's declared target (no target, no test: targets are never invented), and SERVQUAL
 * perception − expectation gaps where questions are paired. Every test is two-sided; which side a significant
 * difference falls on (a gap, or a strength) is decided in `attribute`.
 * @module
 */
import type { Question, Study } from "../../model/study.js";
import { estimateMean } from "../../stats/estimate-mean.js";
import { estimatePairedGap } from "../../stats/estimate-paired-gap.js";
import type { ResolvedAttributionOptions } from "../shared/options.js";
import type { SurveyStats } from "../shared/survey-summary.js";
import type { Built } from "./candidate.js";
import { scarcityOf, undecidedItem } from "../shared/undecided.js";
import { hasIndex, indexQuestions, meanOptions, measured, pTwoSided } from "./measure.js";

/**
 * Test every external evaluation point: does satisfaction differ from its declared target (points without one are
 * not tested against any), and does perception differ from expectation?
 *
 * @param study - the study.
 * @param survey - the statistics of the wave analysed (a survey summary's wave).
 * @param options - resolved options.
 * @returns candidates and the points where data were too thin.
 * @example
 * ```ts
 * const { candidates } = customerEvidence(study, surveyStats(summariseSurvey(study, table).waves[0]), resolveAttributionOptions());
 * ```
 */
export function customerEvidence(study: Study, survey: SurveyStats, options: ResolvedAttributionOptions): Built {
  const out: Built = { candidates: [], undecided: [] };
  const est = meanOptions(options, options.minExternal, ["customer", "customers"]);
  const questionById = new Map(study.evaluationPoints.flatMap((p) => p.questions.map((q) => [q.id, q] as const)));
  for (const point of study.evaluationPoints) {
    const target = point.target ?? options.defaultTarget;
    const perception = indexQuestions(point, "external");
    if (perception.length > 0 && target !== undefined) {
      const e = estimateMean(survey.index(perception.map((q) => q.id)), est);
      if (e.kind === "insufficient")
        out.undecided.push(undecidedItem(point.id, "point", { kind: "perception-scarce", scarcity: scarcityOf(e, "customer") }, { kind: "customers-answering", n: e.minN, questions: perception.map((q) => q.id), inScope: false }));
      else {
        const p = pTwoSided(e.value, e.se, target, e.df);
        out.candidates.push({
          id: `perception:${point.id}`,
          subject: { kind: "point", point: point.id, step: point.step },
          evidence: { kind: "perception-below-target", point: point.id, questions: perception.map((q) => q.id), index: measured(e, p), target },
          severity: Math.max(0, (target - e.value) / Math.max(target, 1)),
          p,
        });
      }
    }
    for (const q of point.questions) {
      if (q.pairs === undefined || q.measures !== "expectation" || q.audience.kind !== "external" || !hasIndex(q)) continue;
      const pq: Question | undefined = questionById.get(q.pairs);
      if (pq === undefined) continue;
      const e = estimatePairedGap(survey.pair(pq.id, q.id), est);
      if (e.kind === "insufficient") {
        out.undecided.push(
          undecidedItem(point.id, "point", { kind: "servqual-scarce", perception: pq.id, expectation: q.id, scarcity: scarcityOf(e, "customer") }, { kind: "customers-answering-both", n: e.minN, perception: pq.id, expectation: q.id }),
        );
        continue;
      }
      const p = pTwoSided(e.value, e.se, 0, e.df);
      out.candidates.push({
        id: `servqual:${point.id}:${q.id}`,
        subject: { kind: "point", point: point.id, step: point.step },
        evidence: { kind: "servqual-gap", point: point.id, perception: pq.id, expectation: q.id, gap: measured(e, p) },
        severity: Math.max(0, -e.value / 100),
        p,
      });
    }
  }
  return out;
}
