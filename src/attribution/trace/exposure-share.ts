/**
 * The share of a point's linked customers exposed to a cause, in any data: what a measured effect is multiplied by.
 * `whatIf` and `compareWaves` use it to carry the same measured effects to changed or later data: the gap a
 * cause should close is −effect × (exposed before − exposed after).
 * @module
 */
import type { EvaluationPoint, Study } from "../../model/study.js";
import type { Exposure } from "../findings.js";
import { indexQuestions, respondentIndex } from "../evidence/measure.js";
import type { CaseView, SurveyView } from "../inputs.js";
import { perCaseOf } from "./candidates.js";
import { linkCases } from "./linkage.js";

/**
 * The weighted share of a point's linked customers whose own case shows an exposure.
 *
 * @param study - the study.
 * @param survey - the survey view (one wave).
 * @param cases - the case view of the same wave.
 * @param point - the evaluation point.
 * @param exposure - the exposure (a missed standard, a wait beyond what customers accept, the customers' clock).
 * @returns the share and the customers behind it; undefined when the exposure cannot be read off cases or no
 *   customer of the point is linked.
 * @example
 * ```ts
 * linkedExposure(study, surveyView(table), caseView(records), point, { kind: "missed-standard", standard: "std_arrival_urban_45min" })?.share;
 * ```
 */
export function linkedExposure(study: Study, survey: SurveyView, cases: CaseView, point: EvaluationPoint, exposure: Exposure): { share: number; n: number } | undefined {
  const perCase = perCaseOf(study, exposure)?.(cases);
  if (perCase === undefined) return undefined;
  const { caseOf } = linkCases(survey, cases);
  const idx = respondentIndex(indexQuestions(point, "external"), (q) => survey.answers(q.id));
  let wx = 0;
  let w = 0;
  let n = 0;
  idx.respondent.forEach((r, k) => {
    const c = caseOf[r] ?? -1;
    const x = c < 0 ? NaN : (perCase[c] ?? NaN);
    if (!Number.isFinite(x) || !Number.isFinite(idx.value[k] ?? NaN)) return;
    const wk = idx.weight[k] ?? 1;
    wx += wk * x;
    w += wk;
    n += 1;
  });
  return n === 0 || w <= 0 ? undefined : { share: wx / w, n };
}
