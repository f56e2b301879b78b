/**
 * The share of a point's linked customers exposed to a cause, in any data: what a measured effect is multiplied by.
 * `whatIf` and `compareWaves` use it to carry the same measured effects to changed or later data: the gap a
 * cause should close is −effect × (exposed before − exposed after).
 * @module
 */
import type { EvaluationPoint, Study } from "../../model/study.js";
import type { Exposure } from "../shared/findings.js";
import { indexQuestions, respondentIndex } from "../evidence/measure.js";
import type { CaseView, SurveyView } from "../shared/inputs.js";
import { perCaseOf } from "./candidates.js";
import { linkCases } from "./linkage.js";
import { weightedShare } from "./linked-effects.js";

/**
 * The weighted share of a point's linked customers whose own case shows an exposure.
 *
 * @param study - the study.
 * @param survey - the survey view (one wave).
 * @param cases - the case view of the same wave.
 * @param point - the evaluation point.
 * @param exposure - the exposure (a missed standard, a wait beyond what customers accept, the customers' clock).
 * @returns the share, its standard error and the customers behind it; undefined when the exposure cannot be read off cases or no
 *   customer of the point is linked.
 * @example
 * ```ts
 * linkedExposure(study, surveyView(table), caseView(records), point, { kind: "missed-standard", standard: "std_arrival_urban_45min" })?.share;
 * ```
 */
export function linkedExposure(study: Study, survey: SurveyView, cases: CaseView, point: EvaluationPoint, exposure: Exposure): { share: number; se: number; n: number } | undefined {
  const perCase = perCaseOf(study, exposure)?.(cases);
  if (perCase === undefined) return undefined;
  const { caseOf } = linkCases(survey, cases);
  const idx = respondentIndex(indexQuestions(point, "external"), (q) => survey.answers(q.id));
  const x = new Float64Array(idx.respondent.length);
  idx.respondent.forEach((r, k) => {
    const c = caseOf[r] ?? -1;
    x[k] = c < 0 || !Number.isFinite(idx.value[k] ?? NaN) ? NaN : (perCase[c] ?? NaN);
  });
  const s = weightedShare(x, idx.weight);
  return s.n === 0 ? undefined : s;
}
