/**
 * The attribution engine: the three points (三点查找), upstream tracing to posts, shares and evidence chains.
 * @module
 */
export * from "./shared/findings.js";
export * from "./shared/options.js";
export * from "./shared/inputs.js";
export { coverageOf, declaredButMissing, surveyAudiences, withoutAbsentAudiences, type Coverage, type CoverageInputs, type CoverageNeed, type GapCoverage } from "./shared/coverage.js";
export * from "./attribute.js";
export { upstreamWithSelf, chainSteps, evidenceChain } from "./trace/chain.js";
export { traceGaps, isOverallPoint, type GapToTrace, type TracedGap, type TraceInputs } from "./trace/trace-gaps.js";
export { linkCases, type Linked } from "./trace/linkage.js";
export { toIndex } from "./evidence/measure.js";
export * from "./priority.js";
export { withPriorities } from "./with-priorities.js";
export { withWalkthroughs } from "./with-walkthroughs.js";
export * from "./what-if.js";
export * from "./waves.js";
export {
  cascadeTargets,
  indicatorEstimate,
  type CascadeOptions,
  type CascadePoint,
  type CascadePost,
  type EffectStatus,
  type IndicatorTargetStatus,
  type PostPart,
  type PredictionVerdict,
  type TargetCascade,
  type TargetVerdict,
  type ThemeCascade,
} from "./targets.js";
export type { OverallPrediction } from "./target-prediction.js";
export { trackTargets, type FallingRun, type TargetMet, type TargetTrack, type TrackedChange, type TrackedSeries, type TrackedValue, type TrackOptions } from "./target-waves.js";
export {
  isSurveySummary,
  surveyStats,
  type AcceptingSummary,
  type DriverSummary,
  type IndexSummary,
  type PairSummary,
  type PlaceSummary,
  type SummaryScope,
  type SurveyStats,
  type SurveySummary,
  type SurveyWaveSummary,
} from "./shared/survey-summary.js";
export { mergeSurveySummaries, summariseSurvey, summariseView } from "./summary/summarise.js";
export { summaryPlan, type DriverLayout, type SummaryPlan } from "./summary/plan.js";
export { checkSurveySummary, SurveySummarySchema } from "./shared/survey-summary-schema.js";
export { caseSummary, figureRequests, groupFigures, viewFigures, type CaseFigures, type CaseSummaryOptions, type FigureRequests } from "./evidence/figures.js";
export type { WalkthroughCorroboration, WalkthroughEvidence, WalkthroughSupport, WalkthroughTotals, WalkthroughUnconfirmed } from "./shared/walkthrough.js";
export {
  checkLinkedSummary,
  isLinkedSummary,
  mergeLinkedSummaries,
  type LinkedCell,
  type LinkedDriverSummary,
  type LinkedPointSummary,
  type LinkedRound2,
  type LinkedSummary,
  type LinkedWaveSummary,
} from "./shared/linked-summary.js";
export { LinkedSummarySchema } from "./shared/linked-summary-schema.js";
export { checkLinkedSlopes, linkedSlopes, LinkedSlopesSchema, type LinkedDriverSlopes, type LinkedSlopes } from "./shared/linked-slopes.js";
export { linkedPlan, summariseLinked, type LinkedPlan, type SummariseLinkedOptions } from "./linked.js";
export { linkedSummarySql, type LinkedSession } from "./linked-sql.js";
export { driverEffectsFromSummary, exposureFromLinked, linkedEffectsFromCells, linkedExposureFromCells } from "./trace/linked-from-summary.js";
