/**
 * Survey design (测评方案): the questionnaire each audience answers and the sampling plan that sizes it, both derived
 * from the study before any data are collected.
 * @module
 */
export {
  QUESTIONNAIRE_SECTIONS,
  questionnaire,
  questionnaireOptionsSchema,
  questionnairesByPost,
  questionnaireCounts,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireOptions,
  type QuestionnaireSection,
  type InternalSection,
  type SectionBasis,
  type ItemScale,
  type QuestionnairePost,
  type QuestionnaireCount,
  type QuestionnaireCounts,
} from "./questionnaire.js";
export { answerOptions, anchorSetFor, unitName, bilingual, type AnswerOption, type AnchorSet, type AnchorChoice, type BilingualText } from "./questionnaire-scales.js";
export { questionnaireToCsv, QUESTIONNAIRE_CSV_COLUMNS, type QuestionnaireCsvOptions } from "./questionnaire-csv.js";
export * from "./questionnaire-json.js";
export * from "./plan.js";
export { resolvePlanOptions, PLAN_SCALE_KEYS, type SamplingPlanOptions, type PlanScaleKey, type PlanSegmentInput, type PerAudience, type ResolvedPlanOptions } from "./plan-options.js";
export * from "./plan-csv.js";
