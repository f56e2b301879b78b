/**
 * The names that left the root entry point in 0.2, still importable from `gaptrace` for one release (until 0.3),
 * each marked `@deprecated` with its new home. The root is now the pipeline a user scripts (src/index.ts); every
 * other name lives in the subpath of its folder (`gaptrace/stats`, `gaptrace/reports`, …), and the four report
 * writers were renamed to one pattern with one argument order (`renderHtml(study, result, options)`, …).
 * test/index.test.ts checks that every name the root exported in 0.1.0 is still here or at the root.
 * @module
 */

export {
  /** @deprecated Import from `gaptrace/core`: `import { csvCell } from "gaptrace/core"`. Leaves the root in 0.3. */
  csvCell,
  /** @deprecated Import from `gaptrace/core`: `import { escapeHtml } from "gaptrace/core"`. Leaves the root in 0.3. */
  escapeHtml,
  /** @deprecated Import from `gaptrace/core`: `import { escapeMarkdown } from "gaptrace/core"`. Leaves the root in 0.3. */
  escapeMarkdown,
  /** @deprecated Import from `gaptrace/core`: `import { escapeMarkdownCell } from "gaptrace/core"`. Leaves the root in 0.3. */
  escapeMarkdownCell,
  /** @deprecated Import from `gaptrace/core`: `import { escapeXml } from "gaptrace/core"`. Leaves the root in 0.3. */
  escapeXml,
  /** @deprecated Import from `gaptrace/core`: `import { formatPath } from "gaptrace/core"`. Leaves the root in 0.3. */
  formatPath,
  /** @deprecated Import from `gaptrace/core`: `import { formatWhere } from "gaptrace/core"`. Leaves the root in 0.3. */
  formatWhere,
  /** @deprecated Import from `gaptrace/core`: `import { hasErrors } from "gaptrace/core"`. Leaves the root in 0.3. */
  hasErrors,
  /** @deprecated Import from `gaptrace/core`: `import { labelBoth } from "gaptrace/core"`. Leaves the root in 0.3. */
  labelBoth,
  /** @deprecated Import from `gaptrace/core`: `import { problem } from "gaptrace/core"`. Leaves the root in 0.3. */
  problem,
} from "./core/index.js";

export {
  /** @deprecated Import from `gaptrace/model`: `import { Audience } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Audience,
  /** @deprecated Import from `gaptrace/model`: `import { AudienceSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  AudienceSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Basis } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Basis,
  /** @deprecated Import from `gaptrace/model`: `import { BasisSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  BasisSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Blueprint } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Blueprint,
  /** @deprecated Import from `gaptrace/model`: `import { BlueprintSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  BlueprintSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Clock } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Clock,
  /** @deprecated Import from `gaptrace/model`: `import { ClockSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  ClockSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Department } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Department,
  /** @deprecated Import from `gaptrace/model`: `import { DepartmentSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  DepartmentSchema,
  /** @deprecated Import from `gaptrace/model`: `import { EvaluationPoint } from "gaptrace/model"`. Leaves the root in 0.3. */
  type EvaluationPoint,
  /** @deprecated Import from `gaptrace/model`: `import { EvaluationPointSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  EvaluationPointSchema,
  /** @deprecated Import from `gaptrace/model`: `import { EventSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  EventSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Handoff } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Handoff,
  /** @deprecated Import from `gaptrace/model`: `import { HandoffKindSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  HandoffKindSchema,
  /** @deprecated Import from `gaptrace/model`: `import { HandoffSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  HandoffSchema,
  /** @deprecated Import from `gaptrace/model`: `import { IdSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  IdSchema,
  /** @deprecated Import from `gaptrace/model`: `import { LAYERS } from "gaptrace/model"`. Leaves the root in 0.3. */
  LAYERS,
  /** @deprecated Import from `gaptrace/model`: `import { LabelSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  LabelSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Layer } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Layer,
  /** @deprecated Import from `gaptrace/model`: `import { LayerSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  LayerSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Located } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Located,
  /** @deprecated Import from `gaptrace/model`: `import { LocatedQuestion } from "gaptrace/model"`. Leaves the root in 0.3. */
  type LocatedQuestion,
  /** @deprecated Import from `gaptrace/model`: `import { LocatedStep } from "gaptrace/model"`. Leaves the root in 0.3. */
  type LocatedStep,
  /** @deprecated Import from `gaptrace/model`: `import { Measure } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Measure,
  /** @deprecated Import from `gaptrace/model`: `import { MeasureSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  MeasureSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Metric } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Metric,
  /** @deprecated Import from `gaptrace/model`: `import { MetricSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  MetricSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Need } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Need,
  /** @deprecated Import from `gaptrace/model`: `import { NeedSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  NeedSchema,
  /** @deprecated Import from `gaptrace/model`: `import { OrganisationSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  OrganisationSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Person } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Person,
  /** @deprecated Import from `gaptrace/model`: `import { PersonSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  PersonSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Post } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Post,
  /** @deprecated Import from `gaptrace/model`: `import { PostSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  PostSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Question } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Question,
  /** @deprecated Import from `gaptrace/model`: `import { QuestionSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  QuestionSchema,
  /** @deprecated Import from `gaptrace/model`: `import { STUDY_FORMAT_VERSION } from "gaptrace/model"`. Leaves the root in 0.3. */
  STUDY_FORMAT_VERSION,
  /** @deprecated Import from `gaptrace/model`: `import { Scale } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Scale,
  /** @deprecated Import from `gaptrace/model`: `import { ScaleSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  ScaleSchema,
  /** @deprecated Import from `gaptrace/model`: `import { ServiceItem } from "gaptrace/model"`. Leaves the root in 0.3. */
  type ServiceItem,
  /** @deprecated Import from `gaptrace/model`: `import { ServiceItemSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  ServiceItemSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Standard } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Standard,
  /** @deprecated Import from `gaptrace/model`: `import { StandardOwner } from "gaptrace/model"`. Leaves the root in 0.3. */
  type StandardOwner,
  /** @deprecated Import from `gaptrace/model`: `import { StandardOwnerSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  StandardOwnerSchema,
  /** @deprecated Import from `gaptrace/model`: `import { StandardSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  StandardSchema,
  /** @deprecated Import from `gaptrace/model`: `import { Step } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Step,
  /** @deprecated Import from `gaptrace/model`: `import { StepSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  StepSchema,
  /** @deprecated Import from `gaptrace/model`: `import { StudyEvent } from "gaptrace/model"`. Leaves the root in 0.3. */
  type StudyEvent,
  /** @deprecated Import from `gaptrace/model`: `import { StudyIndex } from "gaptrace/model"`. Leaves the root in 0.3. */
  type StudyIndex,
  /** @deprecated Import from `gaptrace/model`: `import { StudySchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  StudySchema,
  /** @deprecated Import from `gaptrace/model`: `import { Theme } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Theme,
  /** @deprecated Import from `gaptrace/model`: `import { ThemeMapSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  ThemeMapSchema,
  /** @deprecated Import from `gaptrace/model`: `import { ThemeSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  ThemeSchema,
  /** @deprecated Import from `gaptrace/model`: `import { UNITS } from "gaptrace/model"`. Leaves the root in 0.3. */
  UNITS,
  /** @deprecated Import from `gaptrace/model`: `import { Unit } from "gaptrace/model"`. Leaves the root in 0.3. */
  type Unit,
  /** @deprecated Import from `gaptrace/model`: `import { UnitSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  UnitSchema,
  /** @deprecated Import from `gaptrace/model`: `import { convertUnit } from "gaptrace/model"`. Leaves the root in 0.3. */
  convertUnit,
  /** @deprecated Import from `gaptrace/model`: `import { indexStudy } from "gaptrace/model"`. Leaves the root in 0.3. */
  indexStudy,
  /** @deprecated Import from `gaptrace/model`: `import { secondsPerUnit } from "gaptrace/model"`. Leaves the root in 0.3. */
  secondsPerUnit,
  /** @deprecated Import from `gaptrace/model`: `import { studyJsonSchema } from "gaptrace/model"`. Leaves the root in 0.3. */
  studyJsonSchema,
  /** @deprecated Import from `gaptrace/model`: `import { unitsCompatible } from "gaptrace/model"`. Leaves the root in 0.3. */
  unitsCompatible,
} from "./model/index.js";

export {
  /** @deprecated Import from `gaptrace/study`: `import { BuilderIds } from "gaptrace/study"`. Leaves the root in 0.3. */
  type BuilderIds,
  /** @deprecated Import from `gaptrace/study`: `import { ClockSpec } from "gaptrace/study"`. Leaves the root in 0.3. */
  type ClockSpec,
  /** @deprecated Import from `gaptrace/study`: `import { NoIds } from "gaptrace/study"`. Leaves the root in 0.3. */
  type NoIds,
  /** @deprecated Import from `gaptrace/study`: `import { QuestionSpec } from "gaptrace/study"`. Leaves the root in 0.3. */
  type QuestionSpec,
  /** @deprecated Import from `gaptrace/study`: `import { Rule } from "gaptrace/study"`. Leaves the root in 0.3. */
  type Rule,
  /** @deprecated Import from `gaptrace/study`: `import { RuleContext } from "gaptrace/study"`. Leaves the root in 0.3. */
  type RuleContext,
  /** @deprecated Import from `gaptrace/study`: `import { STUDY_RULES } from "gaptrace/study"`. Leaves the root in 0.3. */
  STUDY_RULES,
} from "./study/index.js";

export {
  /** @deprecated Import from `gaptrace/graph`: `import { BlueprintConnectivity } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type BlueprintConnectivity,
  /** @deprecated Import from `gaptrace/graph`: `import { BlueprintLine } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type BlueprintLine,
  /** @deprecated Import from `gaptrace/graph`: `import { CustomerExperiencePoint } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type CustomerExperiencePoint,
  /** @deprecated Import from `gaptrace/graph`: `import { Cycle } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type Cycle,
  /** @deprecated Import from `gaptrace/graph`: `import { DanglingHandoff } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type DanglingHandoff,
  /** @deprecated Import from `gaptrace/graph`: `import { DuplicateHandoff } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type DuplicateHandoff,
  /** @deprecated Import from `gaptrace/graph`: `import { DuplicateStep } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type DuplicateStep,
  /** @deprecated Import from `gaptrace/graph`: `import { EvaluationPointKind } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type EvaluationPointKind,
  /** @deprecated Import from `gaptrace/graph`: `import { HandoffCrossing } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type HandoffCrossing,
  /** @deprecated Import from `gaptrace/graph`: `import { HandoffEdgeAttributes } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type HandoffEdgeAttributes,
  /** @deprecated Import from `gaptrace/graph`: `import { InteractionKind } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type InteractionKind,
  /** @deprecated Import from `gaptrace/graph`: `import { InteractionPoint } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type InteractionPoint,
  /** @deprecated Import from `gaptrace/graph`: `import { InternalCustomerPair } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type InternalCustomerPair,
  /** @deprecated Import from `gaptrace/graph`: `import { InternalSupportPoint } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type InternalSupportPoint,
  /** @deprecated Import from `gaptrace/graph`: `import { LINES } from "gaptrace/graph"`. Leaves the root in 0.3. */
  LINES,
  /** @deprecated Import from `gaptrace/graph`: `import { LenientStudyGraph } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type LenientStudyGraph,
  /** @deprecated Import from `gaptrace/graph`: `import { LineId } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type LineId,
  /** @deprecated Import from `gaptrace/graph`: `import { PostProfile } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type PostProfile,
  /** @deprecated Import from `gaptrace/graph`: `import { ReachSubject } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type ReachSubject,
  /** @deprecated Import from `gaptrace/graph`: `import { ReachedStep } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type ReachedStep,
  /** @deprecated Import from `gaptrace/graph`: `import { StepNodeAttributes } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type StepNodeAttributes,
  /** @deprecated Import from `gaptrace/graph`: `import { StructuralInternalCustomerPair } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type StructuralInternalCustomerPair,
  /** @deprecated Import from `gaptrace/graph`: `import { StudyReach } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type StudyReach,
  /** @deprecated Import from `gaptrace/graph`: `import { StudySummary } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type StudySummary,
  /** @deprecated Import from `gaptrace/graph`: `import { ThemeSummary } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type ThemeSummary,
  /** @deprecated Import from `gaptrace/graph`: `import { TraverseOptions } from "gaptrace/graph"`. Leaves the root in 0.3. */
  type TraverseOptions,
  /** @deprecated Import from `gaptrace/graph`: `import { buildStudyGraphLenient } from "gaptrace/graph"`. Leaves the root in 0.3. */
  buildStudyGraphLenient,
  /** @deprecated Import from `gaptrace/graph`: `import { canAffect } from "gaptrace/graph"`. Leaves the root in 0.3. */
  canAffect,
  /** @deprecated Import from `gaptrace/graph`: `import { classifyHandoff } from "gaptrace/graph"`. Leaves the root in 0.3. */
  classifyHandoff,
  /** @deprecated Import from `gaptrace/graph`: `import { compareIds } from "gaptrace/graph"`. Leaves the root in 0.3. */
  compareIds,
  /** @deprecated Import from `gaptrace/graph`: `import { components } from "gaptrace/graph"`. Leaves the root in 0.3. */
  components,
  /** @deprecated Import from `gaptrace/graph`: `import { crossingsOfLine } from "gaptrace/graph"`. Leaves the root in 0.3. */
  crossingsOfLine,
  /** @deprecated Import from `gaptrace/graph`: `import { disconnectedSteps } from "gaptrace/graph"`. Leaves the root in 0.3. */
  disconnectedSteps,
  /** @deprecated Import from `gaptrace/graph`: `import { downstreamOf } from "gaptrace/graph"`. Leaves the root in 0.3. */
  downstreamOf,
  /** @deprecated Import from `gaptrace/graph`: `import { evaluationPointKind } from "gaptrace/graph"`. Leaves the root in 0.3. */
  evaluationPointKind,
  /** @deprecated Import from `gaptrace/graph`: `import { evaluationPointKinds } from "gaptrace/graph"`. Leaves the root in 0.3. */
  evaluationPointKinds,
  /** @deprecated Import from `gaptrace/graph`: `import { findCycles } from "gaptrace/graph"`. Leaves the root in 0.3. */
  findCycles,
  /** @deprecated Import from `gaptrace/graph`: `import { graphBuildProblems } from "gaptrace/graph"`. Leaves the root in 0.3. */
  graphBuildProblems,
  /** @deprecated Import from `gaptrace/graph`: `import { handoffCrossings } from "gaptrace/graph"`. Leaves the root in 0.3. */
  handoffCrossings,
  /** @deprecated Import from `gaptrace/graph`: `import { handoffKey } from "gaptrace/graph"`. Leaves the root in 0.3. */
  handoffKey,
  /** @deprecated Import from `gaptrace/graph`: `import { interactionPoints } from "gaptrace/graph"`. Leaves the root in 0.3. */
  interactionPoints,
  /** @deprecated Import from `gaptrace/graph`: `import { internalCustomerPairs } from "gaptrace/graph"`. Leaves the root in 0.3. */
  internalCustomerPairs,
  /** @deprecated Import from `gaptrace/graph`: `import { isDownstream } from "gaptrace/graph"`. Leaves the root in 0.3. */
  isDownstream,
  /** @deprecated Import from `gaptrace/graph`: `import { linesBetween } from "gaptrace/graph"`. Leaves the root in 0.3. */
  linesBetween,
  /** @deprecated Import from `gaptrace/graph`: `import { postProfile } from "gaptrace/graph"`. Leaves the root in 0.3. */
  postProfile,
  /** @deprecated Import from `gaptrace/graph`: `import { reachOf } from "gaptrace/graph"`. Leaves the root in 0.3. */
  reachOf,
  /** @deprecated Import from `gaptrace/graph`: `import { requireStepKey } from "gaptrace/graph"`. Leaves the root in 0.3. */
  requireStepKey,
  /** @deprecated Import from `gaptrace/graph`: `import { stepIdFromKey } from "gaptrace/graph"`. Leaves the root in 0.3. */
  stepIdFromKey,
  /** @deprecated Import from `gaptrace/graph`: `import { stepKey } from "gaptrace/graph"`. Leaves the root in 0.3. */
  stepKey,
  /** @deprecated Import from `gaptrace/graph`: `import { structuralInternalCustomerPairs } from "gaptrace/graph"`. Leaves the root in 0.3. */
  structuralInternalCustomerPairs,
  /** @deprecated Import from `gaptrace/graph`: `import { summarizeStudy } from "gaptrace/graph"`. Leaves the root in 0.3. */
  summarizeStudy,
  /** @deprecated Import from `gaptrace/graph`: `import { upstreamOf } from "gaptrace/graph"`. Leaves the root in 0.3. */
  upstreamOf,
  /** @deprecated Import from `gaptrace/graph`: `import { withoutRework } from "gaptrace/graph"`. Leaves the root in 0.3. */
  withoutRework,
} from "./graph/index.js";

export {
  /** @deprecated Import from `gaptrace/data`: `import { AGGREGATE_FORMAT } from "gaptrace/data"`. Leaves the root in 0.3. */
  AGGREGATE_FORMAT,
  /** @deprecated Import from `gaptrace/data`: `import { ANSWER_STATUS } from "gaptrace/data"`. Leaves the root in 0.3. */
  ANSWER_STATUS,
  /** @deprecated Import from `gaptrace/data`: `import { AggregateBuilder } from "gaptrace/data"`. Leaves the root in 0.3. */
  AggregateBuilder,
  /** @deprecated Import from `gaptrace/data`: `import { AggregateJSON } from "gaptrace/data"`. Leaves the root in 0.3. */
  type AggregateJSON,
  /** @deprecated Import from `gaptrace/data`: `import { AggregateJSONSchema } from "gaptrace/data"`. Leaves the root in 0.3. */
  AggregateJSONSchema,
  /** @deprecated Import from `gaptrace/data`: `import { AnswerColumns } from "gaptrace/data"`. Leaves the root in 0.3. */
  type AnswerColumns,
  /** @deprecated Import from `gaptrace/data`: `import { AudienceKind } from "gaptrace/data"`. Leaves the root in 0.3. */
  type AudienceKind,
  /** @deprecated Import from `gaptrace/data`: `import { BasisDifference } from "gaptrace/data"`. Leaves the root in 0.3. */
  type BasisDifference,
  /** @deprecated Import from `gaptrace/data`: `import { ClockSource } from "gaptrace/data"`. Leaves the root in 0.3. */
  type ClockSource,
  /** @deprecated Import from `gaptrace/data`: `import { Compliance } from "gaptrace/data"`. Leaves the root in 0.3. */
  type Compliance,
  /** @deprecated Import from `gaptrace/data`: `import { ComplianceChange } from "gaptrace/data"`. Leaves the root in 0.3. */
  type ComplianceChange,
  /** @deprecated Import from `gaptrace/data`: `import { ComplianceOptions } from "gaptrace/data"`. Leaves the root in 0.3. */
  type ComplianceOptions,
  /** @deprecated Import from `gaptrace/data`: `import { CsvCollector } from "gaptrace/data"`. Leaves the root in 0.3. */
  CsvCollector,
  /** @deprecated Import from `gaptrace/data`: `import { CsvDriver } from "gaptrace/data"`. Leaves the root in 0.3. */
  type CsvDriver,
  /** @deprecated Import from `gaptrace/data`: `import { CsvParserLike } from "gaptrace/data"`. Leaves the root in 0.3. */
  type CsvParserLike,
  /** @deprecated Import from `gaptrace/data`: `import { CsvSink } from "gaptrace/data"`. Leaves the root in 0.3. */
  type CsvSink,
  /** @deprecated Import from `gaptrace/data`: `import { DEFAULT_DONT_KNOW } from "gaptrace/data"`. Leaves the root in 0.3. */
  DEFAULT_DONT_KNOW,
  /** @deprecated Import from `gaptrace/data`: `import { DurationOptions } from "gaptrace/data"`. Leaves the root in 0.3. */
  type DurationOptions,
  /** @deprecated Import from `gaptrace/data`: `import { Durations } from "gaptrace/data"`. Leaves the root in 0.3. */
  type Durations,
  /** @deprecated Import from `gaptrace/data`: `import { EMPTY_SEGMENT } from "gaptrace/data"`. Leaves the root in 0.3. */
  EMPTY_SEGMENT,
  /** @deprecated Import from `gaptrace/data`: `import { LedgerOptions } from "gaptrace/data"`. Leaves the root in 0.3. */
  type LedgerOptions,
  /** @deprecated Import from `gaptrace/data`: `import { LinkCounts } from "gaptrace/data"`. Leaves the root in 0.3. */
  type LinkCounts,
  /** @deprecated Import from `gaptrace/data`: `import { LinkSummary } from "gaptrace/data"`. Leaves the root in 0.3. */
  type LinkSummary,
  /** @deprecated Import from `gaptrace/data`: `import { LongResponseRow } from "gaptrace/data"`. Leaves the root in 0.3. */
  type LongResponseRow,
  /** @deprecated Import from `gaptrace/data`: `import { PairedValues } from "gaptrace/data"`. Leaves the root in 0.3. */
  type PairedValues,
  /** @deprecated Import from `gaptrace/data`: `import { ParsedTime } from "gaptrace/data"`. Leaves the root in 0.3. */
  type ParsedTime,
  /** @deprecated Import from `gaptrace/data`: `import { ParsedValue } from "gaptrace/data"`. Leaves the root in 0.3. */
  type ParsedValue,
  /** @deprecated Import from `gaptrace/data`: `import { REJECT_REASONS } from "gaptrace/data"`. Leaves the root in 0.3. */
  REJECT_REASONS,
  /** @deprecated Import from `gaptrace/data`: `import { RespondentCase } from "gaptrace/data"`. Leaves the root in 0.3. */
  type RespondentCase,
  /** @deprecated Import from `gaptrace/data`: `import { RespondentColumns } from "gaptrace/data"`. Leaves the root in 0.3. */
  type RespondentColumns,
  /** @deprecated Import from `gaptrace/data`: `import { RowPlace } from "gaptrace/data"`. Leaves the root in 0.3. */
  type RowPlace,
  /** @deprecated Import from `gaptrace/data`: `import { ScaleRange } from "gaptrace/data"`. Leaves the root in 0.3. */
  type ScaleRange,
  /** @deprecated Import from `gaptrace/data`: `import { Segment } from "gaptrace/data"`. Leaves the root in 0.3. */
  type Segment,
  /** @deprecated Import from `gaptrace/data`: `import { SegmentInput } from "gaptrace/data"`. Leaves the root in 0.3. */
  type SegmentInput,
  /** @deprecated Import from `gaptrace/data`: `import { SegmentPool } from "gaptrace/data"`. Leaves the root in 0.3. */
  SegmentPool,
  /** @deprecated Import from `gaptrace/data`: `import { SourceBatches } from "gaptrace/data"`. Leaves the root in 0.3. */
  type SourceBatches,
  /** @deprecated Import from `gaptrace/data`: `import { SourceItem } from "gaptrace/data"`. Leaves the root in 0.3. */
  type SourceItem,
  /** @deprecated Import from `gaptrace/data`: `import { ValueCounts } from "gaptrace/data"`. Leaves the root in 0.3. */
  type ValueCounts,
  /** @deprecated Import from `gaptrace/data`: `import { WorkCalendar } from "gaptrace/data"`. Leaves the root in 0.3. */
  type WorkCalendar,
  /** @deprecated Import from `gaptrace/data`: `import { WorkCalendarOptions } from "gaptrace/data"`. Leaves the root in 0.3. */
  type WorkCalendarOptions,
  /** @deprecated Import from `gaptrace/data`: `import { aggregateFromJSON } from "gaptrace/data"`. Leaves the root in 0.3. */
  aggregateFromJSON,
  /** @deprecated Import from `gaptrace/data`: `import { aggregateToJSON } from "gaptrace/data"`. Leaves the root in 0.3. */
  aggregateToJSON,
  /** @deprecated Import from `gaptrace/data`: `import { assertSameBases } from "gaptrace/data"`. Leaves the root in 0.3. */
  assertSameBases,
  /** @deprecated Import from `gaptrace/data`: `import { assertSameBasis } from "gaptrace/data"`. Leaves the root in 0.3. */
  assertSameBasis,
  /** @deprecated Import from `gaptrace/data`: `import { basisDifferences } from "gaptrace/data"`. Leaves the root in 0.3. */
  basisDifferences,
  /** @deprecated Import from `gaptrace/data`: `import { browserCsvDriver } from "gaptrace/data"`. Leaves the root in 0.3. */
  browserCsvDriver,
  /** @deprecated Import from `gaptrace/data`: `import { casesFromBatches } from "gaptrace/data"`. Leaves the root in 0.3. */
  casesFromBatches,
  /** @deprecated Import from `gaptrace/data`: `import { cellKey } from "gaptrace/data"`. Leaves the root in 0.3. */
  cellKey,
  /** @deprecated Import from `gaptrace/data`: `import { cellText } from "gaptrace/data"`. Leaves the root in 0.3. */
  cellText,
  /** @deprecated Import from `gaptrace/data`: `import { compareCompliance } from "gaptrace/data"`. Leaves the root in 0.3. */
  compareCompliance,
  /** @deprecated Import from `gaptrace/data`: `import { complianceFor } from "gaptrace/data"`. Leaves the root in 0.3. */
  complianceFor,
  /** @deprecated Import from `gaptrace/data`: `import { csvRows } from "gaptrace/data"`. Leaves the root in 0.3. */
  csvRows,
  /** @deprecated Import from `gaptrace/data`: `import { describeDifferences } from "gaptrace/data"`. Leaves the root in 0.3. */
  describeDifferences,
  /** @deprecated Import from `gaptrace/data`: `import { durationsFor } from "gaptrace/data"`. Leaves the root in 0.3. */
  durationsFor,
  /** @deprecated Import from `gaptrace/data`: `import { jsonlRows } from "gaptrace/data"`. Leaves the root in 0.3. */
  jsonlRows,
  /** @deprecated Import from `gaptrace/data`: `import { makeSegment } from "gaptrace/data"`. Leaves the root in 0.3. */
  makeSegment,
  /** @deprecated Import from `gaptrace/data`: `import { mergeCells } from "gaptrace/data"`. Leaves the root in 0.3. */
  mergeCells,
  /** @deprecated Import from `gaptrace/data`: `import { objectRows } from "gaptrace/data"`. Leaves the root in 0.3. */
  objectRows,
  /** @deprecated Import from `gaptrace/data`: `import { pairedValues } from "gaptrace/data"`. Leaves the root in 0.3. */
  pairedValues,
  /** @deprecated Import from `gaptrace/data`: `import { parseNumber } from "gaptrace/data"`. Leaves the root in 0.3. */
  parseNumber,
  /** @deprecated Import from `gaptrace/data`: `import { parseOffset } from "gaptrace/data"`. Leaves the root in 0.3. */
  parseOffset,
  /** @deprecated Import from `gaptrace/data`: `import { parseTime } from "gaptrace/data"`. Leaves the root in 0.3. */
  parseTime,
  /** @deprecated Import from `gaptrace/data`: `import { parseYesNo } from "gaptrace/data"`. Leaves the root in 0.3. */
  parseYesNo,
  /** @deprecated Import from `gaptrace/data`: `import { projectSegment } from "gaptrace/data"`. Leaves the root in 0.3. */
  projectSegment,
  /** @deprecated Import from `gaptrace/data`: `import { questionColumn } from "gaptrace/data"`. Leaves the root in 0.3. */
  questionColumn,
  /** @deprecated Import from `gaptrace/data`: `import { reasonHint } from "gaptrace/data"`. Leaves the root in 0.3. */
  reasonHint,
  /** @deprecated Import from `gaptrace/data`: `import { respondentCases } from "gaptrace/data"`. Leaves the root in 0.3. */
  respondentCases,
  /** @deprecated Import from `gaptrace/data`: `import { responsesFromBatches } from "gaptrace/data"`. Leaves the root in 0.3. */
  responsesFromBatches,
  /** @deprecated Import from `gaptrace/data`: `import { sameBasis } from "gaptrace/data"`. Leaves the root in 0.3. */
  sameBasis,
  /** @deprecated Import from `gaptrace/data`: `import { scaleRange } from "gaptrace/data"`. Leaves the root in 0.3. */
  scaleRange,
  /** @deprecated Import from `gaptrace/data`: `import { segmentKey } from "gaptrace/data"`. Leaves the root in 0.3. */
  segmentKey,
  /** @deprecated Import from `gaptrace/data`: `import { segmentValue } from "gaptrace/data"`. Leaves the root in 0.3. */
  segmentValue,
  /** @deprecated Import from `gaptrace/data`: `import { workCalendar } from "gaptrace/data"`. Leaves the root in 0.3. */
  workCalendar,
} from "./data/index.js";

export {
  /** @deprecated Import from `gaptrace/design`: `import { AnchorChoice } from "gaptrace/design"`. Leaves the root in 0.3. */
  type AnchorChoice,
  /** @deprecated Import from `gaptrace/design`: `import { AnchorSet } from "gaptrace/design"`. Leaves the root in 0.3. */
  type AnchorSet,
  /** @deprecated Import from `gaptrace/design`: `import { AnswerOption } from "gaptrace/design"`. Leaves the root in 0.3. */
  type AnswerOption,
  /** @deprecated Import from `gaptrace/design`: `import { BilingualText } from "gaptrace/design"`. Leaves the root in 0.3. */
  type BilingualText,
  /** @deprecated Import from `gaptrace/design`: `import { InternalSection } from "gaptrace/design"`. Leaves the root in 0.3. */
  type InternalSection,
  /** @deprecated Import from `gaptrace/design`: `import { ItemScale } from "gaptrace/design"`. Leaves the root in 0.3. */
  type ItemScale,
  /** @deprecated Import from `gaptrace/design`: `import { PLAN_SCALE_KEYS } from "gaptrace/design"`. Leaves the root in 0.3. */
  PLAN_SCALE_KEYS,
  /** @deprecated Import from `gaptrace/design`: `import { PerAudience } from "gaptrace/design"`. Leaves the root in 0.3. */
  type PerAudience,
  /** @deprecated Import from `gaptrace/design`: `import { PlanPostRollup } from "gaptrace/design"`. Leaves the root in 0.3. */
  type PlanPostRollup,
  /** @deprecated Import from `gaptrace/design`: `import { PlanQuestion } from "gaptrace/design"`. Leaves the root in 0.3. */
  type PlanQuestion,
  /** @deprecated Import from `gaptrace/design`: `import { PlanQuota } from "gaptrace/design"`. Leaves the root in 0.3. */
  type PlanQuota,
  /** @deprecated Import from `gaptrace/design`: `import { PlanRow } from "gaptrace/design"`. Leaves the root in 0.3. */
  type PlanRow,
  /** @deprecated Import from `gaptrace/design`: `import { PlanScaleKey } from "gaptrace/design"`. Leaves the root in 0.3. */
  type PlanScaleKey,
  /** @deprecated Import from `gaptrace/design`: `import { PlanSegmentInput } from "gaptrace/design"`. Leaves the root in 0.3. */
  type PlanSegmentInput,
  /** @deprecated Import from `gaptrace/design`: `import { PlanThemeRollup } from "gaptrace/design"`. Leaves the root in 0.3. */
  type PlanThemeRollup,
  /** @deprecated Import from `gaptrace/design`: `import { PlanTotals } from "gaptrace/design"`. Leaves the root in 0.3. */
  type PlanTotals,
  /** @deprecated Import from `gaptrace/design`: `import { QUESTIONNAIRE_CSV_COLUMNS } from "gaptrace/design"`. Leaves the root in 0.3. */
  QUESTIONNAIRE_CSV_COLUMNS,
  /** @deprecated Import from `gaptrace/design`: `import { QUESTIONNAIRE_FORMAT_VERSION } from "gaptrace/design"`. Leaves the root in 0.3. */
  QUESTIONNAIRE_FORMAT_VERSION,
  /** @deprecated Import from `gaptrace/design`: `import { QUESTIONNAIRE_SECTIONS } from "gaptrace/design"`. Leaves the root in 0.3. */
  QUESTIONNAIRE_SECTIONS,
  /** @deprecated Import from `gaptrace/design`: `import { QuestionnaireCount } from "gaptrace/design"`. Leaves the root in 0.3. */
  type QuestionnaireCount,
  /** @deprecated Import from `gaptrace/design`: `import { QuestionnaireCounts } from "gaptrace/design"`. Leaves the root in 0.3. */
  type QuestionnaireCounts,
  /** @deprecated Import from `gaptrace/design`: `import { QuestionnaireItem } from "gaptrace/design"`. Leaves the root in 0.3. */
  type QuestionnaireItem,
  /** @deprecated Import from `gaptrace/design`: `import { QuestionnaireJson } from "gaptrace/design"`. Leaves the root in 0.3. */
  type QuestionnaireJson,
  /** @deprecated Import from `gaptrace/design`: `import { QuestionnaireJsonSchema } from "gaptrace/design"`. Leaves the root in 0.3. */
  QuestionnaireJsonSchema,
  /** @deprecated Import from `gaptrace/design`: `import { QuestionnairePost } from "gaptrace/design"`. Leaves the root in 0.3. */
  type QuestionnairePost,
  /** @deprecated Import from `gaptrace/design`: `import { QuestionnaireSection } from "gaptrace/design"`. Leaves the root in 0.3. */
  type QuestionnaireSection,
  /** @deprecated Import from `gaptrace/design`: `import { ResolvedPlanOptions } from "gaptrace/design"`. Leaves the root in 0.3. */
  type ResolvedPlanOptions,
  /** @deprecated Import from `gaptrace/design`: `import { SAMPLING_PLAN_CSV_COLUMNS } from "gaptrace/design"`. Leaves the root in 0.3. */
  SAMPLING_PLAN_CSV_COLUMNS,
  /** @deprecated Import from `gaptrace/design`: `import { SAMPLING_PLAN_FORMAT_VERSION } from "gaptrace/design"`. Leaves the root in 0.3. */
  SAMPLING_PLAN_FORMAT_VERSION,
  /** @deprecated Import from `gaptrace/design`: `import { SectionBasis } from "gaptrace/design"`. Leaves the root in 0.3. */
  type SectionBasis,
  /** @deprecated Import from `gaptrace/design`: `import { UnplannedQuestion } from "gaptrace/design"`. Leaves the root in 0.3. */
  type UnplannedQuestion,
  /** @deprecated Import from `gaptrace/design`: `import { anchorSetFor } from "gaptrace/design"`. Leaves the root in 0.3. */
  anchorSetFor,
  /** @deprecated Import from `gaptrace/design`: `import { answerOptions } from "gaptrace/design"`. Leaves the root in 0.3. */
  answerOptions,
  /** @deprecated Import from `gaptrace/design`: `import { bilingual } from "gaptrace/design"`. Leaves the root in 0.3. */
  bilingual,
  /** @deprecated Import from `gaptrace/design`: `import { planRows } from "gaptrace/design"`. Leaves the root in 0.3. */
  planRows,
  /** @deprecated Import from `gaptrace/design`: `import { questionnaireCounts } from "gaptrace/design"`. Leaves the root in 0.3. */
  questionnaireCounts,
  /** @deprecated Import from `gaptrace/design`: `import { questionnaireFromJson } from "gaptrace/design"`. Leaves the root in 0.3. */
  questionnaireFromJson,
  /** @deprecated Import from `gaptrace/design`: `import { questionnairesByPost } from "gaptrace/design"`. Leaves the root in 0.3. */
  questionnairesByPost,
  /** @deprecated Import from `gaptrace/design`: `import { resolvePlanOptions } from "gaptrace/design"`. Leaves the root in 0.3. */
  resolvePlanOptions,
  /** @deprecated Import from `gaptrace/design`: `import { unitName } from "gaptrace/design"`. Leaves the root in 0.3. */
  unitName,
} from "./design/index.js";

export {
  /** @deprecated Import from `gaptrace/stats`: `import { BootstrapDriverFailed } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type BootstrapDriverFailed,
  /** @deprecated Import from `gaptrace/stats`: `import { BootstrapDriverOk } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type BootstrapDriverOk,
  /** @deprecated Import from `gaptrace/stats`: `import { BootstrapDriverOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type BootstrapDriverOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { BootstrapDriverResult } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type BootstrapDriverResult,
  /** @deprecated Import from `gaptrace/stats`: `import { BootstrapEstimate } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type BootstrapEstimate,
  /** @deprecated Import from `gaptrace/stats`: `import { Cell } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type Cell,
  /** @deprecated Import from `gaptrace/stats`: `import { ComplianceExtra } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ComplianceExtra,
  /** @deprecated Import from `gaptrace/stats`: `import { ComplianceStandard } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ComplianceStandard,
  /** @deprecated Import from `gaptrace/stats`: `import { CorrelationResult } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type CorrelationResult,
  /** @deprecated Import from `gaptrace/stats`: `import { CovarianceOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type CovarianceOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { CovarianceResult } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type CovarianceResult,
  /** @deprecated Import from `gaptrace/stats`: `import { DesignEffectOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DesignEffectOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { DifferenceExtra } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DifferenceExtra,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverBase } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverBase,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverData } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverData,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverImportance } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverImportance,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverInsufficientData } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverInsufficientData,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverInterval } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverInterval,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverMethod } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverMethod,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverOk } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverOk,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverResult } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverResult,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverSingular } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverSingular,
  /** @deprecated Import from `gaptrace/stats`: `import { DriverTooManyPredictors } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DriverTooManyPredictors,
  /** @deprecated Import from `gaptrace/stats`: `import { DropReason } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DropReason,
  /** @deprecated Import from `gaptrace/stats`: `import { DroppedPredictor } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type DroppedPredictor,
  /** @deprecated Import from `gaptrace/stats`: `import { Estimate } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type Estimate,
  /** @deprecated Import from `gaptrace/stats`: `import { EstimateOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type EstimateOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { Histogram } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type Histogram,
  /** @deprecated Import from `gaptrace/stats`: `import { HistogramBin } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type HistogramBin,
  /** @deprecated Import from `gaptrace/stats`: `import { ImportancePerformanceInput } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ImportancePerformanceInput,
  /** @deprecated Import from `gaptrace/stats`: `import { ImportancePerformanceOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ImportancePerformanceOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { ImportancePerformancePoint } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ImportancePerformancePoint,
  /** @deprecated Import from `gaptrace/stats`: `import { ImportancePerformanceResult } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ImportancePerformanceResult,
  /** @deprecated Import from `gaptrace/stats`: `import { InsufficientData } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type InsufficientData,
  /** @deprecated Import from `gaptrace/stats`: `import { KishDesignEffect } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type KishDesignEffect,
  /** @deprecated Import from `gaptrace/stats`: `import { Matrix } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type Matrix,
  /** @deprecated Import from `gaptrace/stats`: `import { MissingHandling } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type MissingHandling,
  /** @deprecated Import from `gaptrace/stats`: `import { NpsExtra } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type NpsExtra,
  /** @deprecated Import from `gaptrace/stats`: `import { PairedGapExtra } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type PairedGapExtra,
  /** @deprecated Import from `gaptrace/stats`: `import { PairedGapSummary } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type PairedGapSummary,
  /** @deprecated Import from `gaptrace/stats`: `import { PointEstimate } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type PointEstimate,
  /** @deprecated Import from `gaptrace/stats`: `import { ProportionExtra } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ProportionExtra,
  /** @deprecated Import from `gaptrace/stats`: `import { ProportionMethod } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ProportionMethod,
  /** @deprecated Import from `gaptrace/stats`: `import { ProportionOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ProportionOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { ProportionSummary } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ProportionSummary,
  /** @deprecated Import from `gaptrace/stats`: `import { QUADRANTS } from "gaptrace/stats"`. Leaves the root in 0.3. */
  QUADRANTS,
  /** @deprecated Import from `gaptrace/stats`: `import { Quadrant } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type Quadrant,
  /** @deprecated Import from `gaptrace/stats`: `import { QuantileExtra } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type QuantileExtra,
  /** @deprecated Import from `gaptrace/stats`: `import { RegressionCoefficient } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type RegressionCoefficient,
  /** @deprecated Import from `gaptrace/stats`: `import { RegressionFit } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type RegressionFit,
  /** @deprecated Import from `gaptrace/stats`: `import { RegressionOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type RegressionOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { SHAPLEY_MAX_PREDICTORS } from "gaptrace/stats"`. Leaves the root in 0.3. */
  SHAPLEY_MAX_PREDICTORS,
  /** @deprecated Import from `gaptrace/stats`: `import { SamplePlan } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type SamplePlan,
  /** @deprecated Import from `gaptrace/stats`: `import { SampleSizeOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type SampleSizeOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { ScaleSdOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ScaleSdOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { SeededRandom } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type SeededRandom,
  /** @deprecated Import from `gaptrace/stats`: `import { ShareAcceptingOptions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type ShareAcceptingOptions,
  /** @deprecated Import from `gaptrace/stats`: `import { SymmetricEigen } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type SymmetricEigen,
  /** @deprecated Import from `gaptrace/stats`: `import { WeightedMoments } from "gaptrace/stats"`. Leaves the root in 0.3. */
  type WeightedMoments,
  /** @deprecated Import from `gaptrace/stats`: `import { addOutcome } from "gaptrace/stats"`. Leaves the root in 0.3. */
  addOutcome,
  /** @deprecated Import from `gaptrace/stats`: `import { addPair } from "gaptrace/stats"`. Leaves the root in 0.3. */
  addPair,
  /** @deprecated Import from `gaptrace/stats`: `import { addToHistogram } from "gaptrace/stats"`. Leaves the root in 0.3. */
  addToHistogram,
  /** @deprecated Import from `gaptrace/stats`: `import { addValue } from "gaptrace/stats"`. Leaves the root in 0.3. */
  addValue,
  /** @deprecated Import from `gaptrace/stats`: `import { adjustBenjaminiHochberg } from "gaptrace/stats"`. Leaves the root in 0.3. */
  adjustBenjaminiHochberg,
  /** @deprecated Import from `gaptrace/stats`: `import { adjustHolm } from "gaptrace/stats"`. Leaves the root in 0.3. */
  adjustHolm,
  /** @deprecated Import from `gaptrace/stats`: `import { allocateQuotas } from "gaptrace/stats"`. Leaves the root in 0.3. */
  allocateQuotas,
  /** @deprecated Import from `gaptrace/stats`: `import { betaQuantile } from "gaptrace/stats"`. Leaves the root in 0.3. */
  betaQuantile,
  /** @deprecated Import from `gaptrace/stats`: `import { bootstrapDriverIntervals } from "gaptrace/stats"`. Leaves the root in 0.3. */
  bootstrapDriverIntervals,
  /** @deprecated Import from `gaptrace/stats`: `import { cholesky } from "gaptrace/stats"`. Leaves the root in 0.3. */
  cholesky,
  /** @deprecated Import from `gaptrace/stats`: `import { choleskySolve } from "gaptrace/stats"`. Leaves the root in 0.3. */
  choleskySolve,
  /** @deprecated Import from `gaptrace/stats`: `import { compareEstimates } from "gaptrace/stats"`. Leaves the root in 0.3. */
  compareEstimates,
  /** @deprecated Import from `gaptrace/stats`: `import { covarianceToCorrelation } from "gaptrace/stats"`. Leaves the root in 0.3. */
  covarianceToCorrelation,
  /** @deprecated Import from `gaptrace/stats`: `import { defaultScaleSd } from "gaptrace/stats"`. Leaves the root in 0.3. */
  defaultScaleSd,
  /** @deprecated Import from `gaptrace/stats`: `import { designEffectOfMean } from "gaptrace/stats"`. Leaves the root in 0.3. */
  designEffectOfMean,
  /** @deprecated Import from `gaptrace/stats`: `import { emptyHistogram } from "gaptrace/stats"`. Leaves the root in 0.3. */
  emptyHistogram,
  /** @deprecated Import from `gaptrace/stats`: `import { emptyMoments } from "gaptrace/stats"`. Leaves the root in 0.3. */
  emptyMoments,
  /** @deprecated Import from `gaptrace/stats`: `import { emptyPairedGap } from "gaptrace/stats"`. Leaves the root in 0.3. */
  emptyPairedGap,
  /** @deprecated Import from `gaptrace/stats`: `import { emptyProportion } from "gaptrace/stats"`. Leaves the root in 0.3. */
  emptyProportion,
  /** @deprecated Import from `gaptrace/stats`: `import { estimateCompliance } from "gaptrace/stats"`. Leaves the root in 0.3. */
  estimateCompliance,
  /** @deprecated Import from `gaptrace/stats`: `import { estimateMean } from "gaptrace/stats"`. Leaves the root in 0.3. */
  estimateMean,
  /** @deprecated Import from `gaptrace/stats`: `import { estimateNps } from "gaptrace/stats"`. Leaves the root in 0.3. */
  estimateNps,
  /** @deprecated Import from `gaptrace/stats`: `import { estimatePairedGap } from "gaptrace/stats"`. Leaves the root in 0.3. */
  estimatePairedGap,
  /** @deprecated Import from `gaptrace/stats`: `import { estimateProportion } from "gaptrace/stats"`. Leaves the root in 0.3. */
  estimateProportion,
  /** @deprecated Import from `gaptrace/stats`: `import { estimateQuantile } from "gaptrace/stats"`. Leaves the root in 0.3. */
  estimateQuantile,
  /** @deprecated Import from `gaptrace/stats`: `import { estimateShareAccepting } from "gaptrace/stats"`. Leaves the root in 0.3. */
  estimateShareAccepting,
  /** @deprecated Import from `gaptrace/stats`: `import { estimateTopBox } from "gaptrace/stats"`. Leaves the root in 0.3. */
  estimateTopBox,
  /** @deprecated Import from `gaptrace/stats`: `import { fitWeightedRegression } from "gaptrace/stats"`. Leaves the root in 0.3. */
  fitWeightedRegression,
  /** @deprecated Import from `gaptrace/stats`: `import { histogramFromValues } from "gaptrace/stats"`. Leaves the root in 0.3. */
  histogramFromValues,
  /** @deprecated Import from `gaptrace/stats`: `import { histogramQuantile } from "gaptrace/stats"`. Leaves the root in 0.3. */
  histogramQuantile,
  /** @deprecated Import from `gaptrace/stats`: `import { importancePerformance } from "gaptrace/stats"`. Leaves the root in 0.3. */
  importancePerformance,
  /** @deprecated Import from `gaptrace/stats`: `import { kishDesignEffect } from "gaptrace/stats"`. Leaves the root in 0.3. */
  kishDesignEffect,
  /** @deprecated Import from `gaptrace/stats`: `import { kornGraubardInterval } from "gaptrace/stats"`. Leaves the root in 0.3. */
  kornGraubardInterval,
  /** @deprecated Import from `gaptrace/stats`: `import { logBeta } from "gaptrace/stats"`. Leaves the root in 0.3. */
  logBeta,
  /** @deprecated Import from `gaptrace/stats`: `import { logGamma } from "gaptrace/stats"`. Leaves the root in 0.3. */
  logGamma,
  /** @deprecated Import from `gaptrace/stats`: `import { logitInterval } from "gaptrace/stats"`. Leaves the root in 0.3. */
  logitInterval,
  /** @deprecated Import from `gaptrace/stats`: `import { mergeHistograms } from "gaptrace/stats"`. Leaves the root in 0.3. */
  mergeHistograms,
  /** @deprecated Import from `gaptrace/stats`: `import { mergeMoments } from "gaptrace/stats"`. Leaves the root in 0.3. */
  mergeMoments,
  /** @deprecated Import from `gaptrace/stats`: `import { mergePairedGaps } from "gaptrace/stats"`. Leaves the root in 0.3. */
  mergePairedGaps,
  /** @deprecated Import from `gaptrace/stats`: `import { mergeProportions } from "gaptrace/stats"`. Leaves the root in 0.3. */
  mergeProportions,
  /** @deprecated Import from `gaptrace/stats`: `import { momentsFromHistogram } from "gaptrace/stats"`. Leaves the root in 0.3. */
  momentsFromHistogram,
  /** @deprecated Import from `gaptrace/stats`: `import { momentsFromValues } from "gaptrace/stats"`. Leaves the root in 0.3. */
  momentsFromValues,
  /** @deprecated Import from `gaptrace/stats`: `import { normalCdf } from "gaptrace/stats"`. Leaves the root in 0.3. */
  normalCdf,
  /** @deprecated Import from `gaptrace/stats`: `import { normalQuantile } from "gaptrace/stats"`. Leaves the root in 0.3. */
  normalQuantile,
  /** @deprecated Import from `gaptrace/stats`: `import { proportionFromHistogram } from "gaptrace/stats"`. Leaves the root in 0.3. */
  proportionFromHistogram,
  /** @deprecated Import from `gaptrace/stats`: `import { proportionFromOutcomes } from "gaptrace/stats"`. Leaves the root in 0.3. */
  proportionFromOutcomes,
  /** @deprecated Import from `gaptrace/stats`: `import { regularizedIncompleteBeta } from "gaptrace/stats"`. Leaves the root in 0.3. */
  regularizedIncompleteBeta,
  /** @deprecated Import from `gaptrace/stats`: `import { relativeWeights } from "gaptrace/stats"`. Leaves the root in 0.3. */
  relativeWeights,
  /** @deprecated Import from `gaptrace/stats`: `import { sampleSizeForMean } from "gaptrace/stats"`. Leaves the root in 0.3. */
  sampleSizeForMean,
  /** @deprecated Import from `gaptrace/stats`: `import { sampleSizeForProportion } from "gaptrace/stats"`. Leaves the root in 0.3. */
  sampleSizeForProportion,
  /** @deprecated Import from `gaptrace/stats`: `import { shapleyR2 } from "gaptrace/stats"`. Leaves the root in 0.3. */
  shapleyR2,
  /** @deprecated Import from `gaptrace/stats`: `import { studentTCdf } from "gaptrace/stats"`. Leaves the root in 0.3. */
  studentTCdf,
  /** @deprecated Import from `gaptrace/stats`: `import { studentTQuantile } from "gaptrace/stats"`. Leaves the root in 0.3. */
  studentTQuantile,
  /** @deprecated Import from `gaptrace/stats`: `import { symmetricEigen } from "gaptrace/stats"`. Leaves the root in 0.3. */
  symmetricEigen,
  /** @deprecated Import from `gaptrace/stats`: `import { symmetricSqrt } from "gaptrace/stats"`. Leaves the root in 0.3. */
  symmetricSqrt,
  /** @deprecated Import from `gaptrace/stats`: `import { varianceOfMean } from "gaptrace/stats"`. Leaves the root in 0.3. */
  varianceOfMean,
  /** @deprecated Import from `gaptrace/stats`: `import { varianceOfProportion } from "gaptrace/stats"`. Leaves the root in 0.3. */
  varianceOfProportion,
  /** @deprecated Import from `gaptrace/stats`: `import { weightedCorrelation } from "gaptrace/stats"`. Leaves the root in 0.3. */
  weightedCorrelation,
  /** @deprecated Import from `gaptrace/stats`: `import { weightedCovariance } from "gaptrace/stats"`. Leaves the root in 0.3. */
  weightedCovariance,
  /** @deprecated Import from `gaptrace/stats`: `import { weightedVariance } from "gaptrace/stats"`. Leaves the root in 0.3. */
  weightedVariance,
  /** @deprecated Import from `gaptrace/stats`: `import { wilsonInterval } from "gaptrace/stats"`. Leaves the root in 0.3. */
  wilsonInterval,
  /** @deprecated Import from `gaptrace/stats`: `import { xoshiro128ss } from "gaptrace/stats"`. Leaves the root in 0.3. */
  xoshiro128ss,
} from "./stats/index.js";

export {
  /** @deprecated Import from `gaptrace/attribution`: `import { AttributionOptionsSchema } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  AttributionOptionsSchema,
  /** @deprecated Import from `gaptrace/attribution`: `import { CHANGE_KINDS } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  CHANGE_KINDS,
  /** @deprecated Import from `gaptrace/attribution`: `import { CaseRecord } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type CaseRecord,
  /** @deprecated Import from `gaptrace/attribution`: `import { CaseView } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type CaseView,
  /** @deprecated Import from `gaptrace/attribution`: `import { CauseProjection } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type CauseProjection,
  /** @deprecated Import from `gaptrace/attribution`: `import { ClockDurations } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type ClockDurations,
  /** @deprecated Import from `gaptrace/attribution`: `import { EVIDENCE_KINDS } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  EVIDENCE_KINDS,
  /** @deprecated Import from `gaptrace/attribution`: `import { Exposure } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type Exposure,
  /** @deprecated Import from `gaptrace/attribution`: `import { FindingChange } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type FindingChange,
  /** @deprecated Import from `gaptrace/attribution`: `import { GRADES } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  GRADES,
  /** @deprecated Import from `gaptrace/attribution`: `import { GapProjection } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type GapProjection,
  /** @deprecated Import from `gaptrace/attribution`: `import { GapToTrace } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type GapToTrace,
  /** @deprecated Import from `gaptrace/attribution`: `import { Grade } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type Grade,
  /** @deprecated Import from `gaptrace/attribution`: `import { LinkEffect } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type LinkEffect,
  /** @deprecated Import from `gaptrace/attribution`: `import { LinkProblem } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type LinkProblem,
  /** @deprecated Import from `gaptrace/attribution`: `import { LinkReason } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type LinkReason,
  /** @deprecated Import from `gaptrace/attribution`: `import { Linkage } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type Linkage,
  /** @deprecated Import from `gaptrace/attribution`: `import { Linked } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type Linked,
  /** @deprecated Import from `gaptrace/attribution`: `import { Measured } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type Measured,
  /** @deprecated Import from `gaptrace/attribution`: `import { PointPriority } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type PointPriority,
  /** @deprecated Import from `gaptrace/attribution`: `import { QuestionAnswers } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type QuestionAnswers,
  /** @deprecated Import from `gaptrace/attribution`: `import { ResolvedAttributionOptions } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type ResolvedAttributionOptions,
  /** @deprecated Import from `gaptrace/attribution`: `import { RespondentList } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type RespondentList,
  /** @deprecated Import from `gaptrace/attribution`: `import { SurveyView } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type SurveyView,
  /** @deprecated Import from `gaptrace/attribution`: `import { TAGS } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  TAGS,
  /** @deprecated Import from `gaptrace/attribution`: `import { TestData } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type TestData,
  /** @deprecated Import from `gaptrace/attribution`: `import { TestRecord } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type TestRecord,
  /** @deprecated Import from `gaptrace/attribution`: `import { ThemePriorities } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type ThemePriorities,
  /** @deprecated Import from `gaptrace/attribution`: `import { TraceInputs } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type TraceInputs,
  /** @deprecated Import from `gaptrace/attribution`: `import { TracedGap } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  type TracedGap,
  /** @deprecated Import from `gaptrace/attribution`: `import { caseRecordList } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  caseRecordList,
  /** @deprecated Import from `gaptrace/attribution`: `import { caseView } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  caseView,
  /** @deprecated Import from `gaptrace/attribution`: `import { chainSteps } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  chainSteps,
  /** @deprecated Import from `gaptrace/attribution`: `import { changeFor } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  changeFor,
  /** @deprecated Import from `gaptrace/attribution`: `import { evidenceChain } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  evidenceChain,
  /** @deprecated Import from `gaptrace/attribution`: `import { evidenceQ } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  evidenceQ,
  /** @deprecated Import from `gaptrace/attribution`: `import { inScope } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  inScope,
  /** @deprecated Import from `gaptrace/attribution`: `import { isOverallPoint } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  isOverallPoint,
  /** @deprecated Import from `gaptrace/attribution`: `import { joinDurations } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  joinDurations,
  /** @deprecated Import from `gaptrace/attribution`: `import { linkCases } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  linkCases,
  /** @deprecated Import from `gaptrace/attribution`: `import { prioritize } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  prioritize,
  /** @deprecated Import from `gaptrace/attribution`: `import { resolveAttributionOptions } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  resolveAttributionOptions,
  /** @deprecated Import from `gaptrace/attribution`: `import { sortWaves } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  sortWaves,
  /** @deprecated Import from `gaptrace/attribution`: `import { surveyView } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  surveyView,
  /** @deprecated Import from `gaptrace/attribution`: `import { toIndex } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  toIndex,
  /** @deprecated Import from `gaptrace/attribution`: `import { traceGaps } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  traceGaps,
  /** @deprecated Import from `gaptrace/attribution`: `import { upstreamWithSelf } from "gaptrace/attribution"`. Leaves the root in 0.3. */
  upstreamWithSelf,
} from "./attribution/index.js";

export {
  /** @deprecated Import from `gaptrace/measures`: `import { AttachMeasuresOptions } from "gaptrace/measures"`. Leaves the root in 0.3. */
  type AttachMeasuresOptions,
  /** @deprecated Import from `gaptrace/measures`: `import { DEFAULT_MEASURES_INPUT } from "gaptrace/measures"`. Leaves the root in 0.3. */
  DEFAULT_MEASURES_INPUT,
  /** @deprecated Import from `gaptrace/measures`: `import { ImprovementMeasure } from "gaptrace/measures"`. Leaves the root in 0.3. */
  type ImprovementMeasure,
  /** @deprecated Import from `gaptrace/measures`: `import { ImprovementMeasureSchema } from "gaptrace/measures"`. Leaves the root in 0.3. */
  ImprovementMeasureSchema,
  /** @deprecated Import from `gaptrace/measures`: `import { LoadMeasuresOptions } from "gaptrace/measures"`. Leaves the root in 0.3. */
  type LoadMeasuresOptions,
  /** @deprecated Import from `gaptrace/measures`: `import { MEASURES_FORMAT } from "gaptrace/measures"`. Leaves the root in 0.3. */
  MEASURES_FORMAT,
  /** @deprecated Import from `gaptrace/measures`: `import { MatchedMeasure } from "gaptrace/measures"`. Leaves the root in 0.3. */
  type MatchedMeasure,
  /** @deprecated Import from `gaptrace/measures`: `import { MeasureCatalogue } from "gaptrace/measures"`. Leaves the root in 0.3. */
  type MeasureCatalogue,
  /** @deprecated Import from `gaptrace/measures`: `import { MeasureCatalogueInput } from "gaptrace/measures"`. Leaves the root in 0.3. */
  type MeasureCatalogueInput,
  /** @deprecated Import from `gaptrace/measures`: `import { MeasureCatalogueSchema } from "gaptrace/measures"`. Leaves the root in 0.3. */
  MeasureCatalogueSchema,
  /** @deprecated Import from `gaptrace/measures`: `import { MeasureCategory } from "gaptrace/measures"`. Leaves the root in 0.3. */
  type MeasureCategory,
  /** @deprecated Import from `gaptrace/measures`: `import { MeasureCategorySchema } from "gaptrace/measures"`. Leaves the root in 0.3. */
  MeasureCategorySchema,
  /** @deprecated Import from `gaptrace/measures`: `import { MeasuresReport } from "gaptrace/measures"`. Leaves the root in 0.3. */
  type MeasuresReport,
  /** @deprecated Import from `gaptrace/measures`: `import { attachMeasures } from "gaptrace/measures"`. Leaves the root in 0.3. */
  attachMeasures,
  /** @deprecated Import from `gaptrace/measures`: `import { defaultMeasures } from "gaptrace/measures"`. Leaves the root in 0.3. */
  defaultMeasures,
  /** @deprecated Import from `gaptrace/measures`: `import { loadMeasuresText } from "gaptrace/measures"`. Leaves the root in 0.3. */
  loadMeasuresText,
  /** @deprecated Import from `gaptrace/measures`: `import { readMeasuresText } from "gaptrace/measures"`. Leaves the root in 0.3. */
  readMeasuresText,
  /** @deprecated Import from `gaptrace/measures`: `import { validateMeasures } from "gaptrace/measures"`. Leaves the root in 0.3. */
  validateMeasures,
} from "./measures/index.js";

export {
  /** @deprecated Import from `gaptrace/simulate`: `import { CauseTag } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type CauseTag,
  /** @deprecated Import from `gaptrace/simulate`: `import { ChoosePlantsOptions } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type ChoosePlantsOptions,
  /** @deprecated Import from `gaptrace/simulate`: `import { Confounder } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type Confounder,
  /** @deprecated Import from `gaptrace/simulate`: `import { DetectabilityOptions } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type DetectabilityOptions,
  /** @deprecated Import from `gaptrace/simulate`: `import { Draws } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type Draws,
  /** @deprecated Import from `gaptrace/simulate`: `import { EffectDetectability } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type EffectDetectability,
  /** @deprecated Import from `gaptrace/simulate`: `import { ExposureRule } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type ExposureRule,
  /** @deprecated Import from `gaptrace/simulate`: `import { GapVerdict } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type GapVerdict,
  /** @deprecated Import from `gaptrace/simulate`: `import { GenerateOptions } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type GenerateOptions,
  /** @deprecated Import from `gaptrace/simulate`: `import { LinkTruth } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type LinkTruth,
  /** @deprecated Import from `gaptrace/simulate`: `import { LinkedTheme } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type LinkedTheme,
  /** @deprecated Import from `gaptrace/simulate`: `import { PlantedEffect } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type PlantedEffect,
  /** @deprecated Import from `gaptrace/simulate`: `import { PlantedExposure } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type PlantedExposure,
  /** @deprecated Import from `gaptrace/simulate`: `import { RecoveryScore } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type RecoveryScore,
  /** @deprecated Import from `gaptrace/simulate`: `import { ResolvedCause } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type ResolvedCause,
  /** @deprecated Import from `gaptrace/simulate`: `import { ScoredAttribution } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type ScoredAttribution,
  /** @deprecated Import from `gaptrace/simulate`: `import { SimAnswer } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type SimAnswer,
  /** @deprecated Import from `gaptrace/simulate`: `import { SimCase } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type SimCase,
  /** @deprecated Import from `gaptrace/simulate`: `import { SimRespondent } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type SimRespondent,
  /** @deprecated Import from `gaptrace/simulate`: `import { SimSegment } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type SimSegment,
  /** @deprecated Import from `gaptrace/simulate`: `import { SimulationLink } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type SimulationLink,
  /** @deprecated Import from `gaptrace/simulate`: `import { TracingOptions } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type TracingOptions,
  /** @deprecated Import from `gaptrace/simulate`: `import { TracingScore } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  type TracingScore,
  /** @deprecated Import from `gaptrace/simulate`: `import { acceptableMinutes } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  acceptableMinutes,
  /** @deprecated Import from `gaptrace/simulate`: `import { choosePlants } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  choosePlants,
  /** @deprecated Import from `gaptrace/simulate`: `import { defaultSegments } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  defaultSegments,
  /** @deprecated Import from `gaptrace/simulate`: `import { detectableEffects } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  detectableEffects,
  /** @deprecated Import from `gaptrace/simulate`: `import { draws } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  draws,
  /** @deprecated Import from `gaptrace/simulate`: `import { exposureRule } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  exposureRule,
  /** @deprecated Import from `gaptrace/simulate`: `import { generateStudy } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  generateStudy,
  /** @deprecated Import from `gaptrace/simulate`: `import { isoWithOffset } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  isoWithOffset,
  /** @deprecated Import from `gaptrace/simulate`: `import { plantableCauses } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  plantableCauses,
  /** @deprecated Import from `gaptrace/simulate`: `import { scoreRecovery } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  scoreRecovery,
  /** @deprecated Import from `gaptrace/simulate`: `import { scoreTracing } from "gaptrace/simulate"`. Leaves the root in 0.3. */
  scoreTracing,
} from "./simulate/index.js";

export {
  /** @deprecated Import from `gaptrace/reports`: `import { CAUSES_CSV_COLUMNS } from "gaptrace/reports"`. Leaves the root in 0.3. */
  CAUSES_CSV_COLUMNS,
  /** @deprecated Import from `gaptrace/reports`: `import { ChangeDataSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ChangeDataSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ChartOptions } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ChartOptions,
  /** @deprecated Import from `gaptrace/reports`: `import { DepartmentResponsibility } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type DepartmentResponsibility,
  /** @deprecated Import from `gaptrace/reports`: `import { ESTIMATORS } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ESTIMATORS,
  /** @deprecated Import from `gaptrace/reports`: `import { EXPOSURE_KINDS } from "gaptrace/reports"`. Leaves the root in 0.3. */
  EXPOSURE_KINDS,
  /** @deprecated Import from `gaptrace/reports`: `import { EntryShare } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type EntryShare,
  /** @deprecated Import from `gaptrace/reports`: `import { EvidenceDataSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  EvidenceDataSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { FINDINGS_CSV_COLUMNS } from "gaptrace/reports"`. Leaves the root in 0.3. */
  FINDINGS_CSV_COLUMNS,
  /** @deprecated Import from `gaptrace/reports`: `import { FamilyCount } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type FamilyCount,
  /** @deprecated Import from `gaptrace/reports`: `import { GapBar } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type GapBar,
  /** @deprecated Import from `gaptrace/reports`: `import { GapShare } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type GapShare,
  /** @deprecated Import from `gaptrace/reports`: `import { MeasuredSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  MeasuredSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { NO_VALUE } from "gaptrace/reports"`. Leaves the root in 0.3. */
  NO_VALUE,
  /** @deprecated Import from `gaptrace/reports`: `import { NamedKind } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type NamedKind,
  /** @deprecated Import from `gaptrace/reports`: `import { NumberFormat } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type NumberFormat,
  /** @deprecated Import from `gaptrace/reports`: `import { PossibleCause } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type PossibleCause,
  /** @deprecated Import from `gaptrace/reports`: `import { PostResponsibility } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type PostResponsibility,
  /** @deprecated Import from `gaptrace/reports`: `import { QUADRANT_COLOURS } from "gaptrace/reports"`. Leaves the root in 0.3. */
  QUADRANT_COLOURS,
  /** @deprecated Import from `gaptrace/reports`: `import { QuadrantPoint } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type QuadrantPoint,
  /** @deprecated Import from `gaptrace/reports`: `import { REASON_KINDS } from "gaptrace/reports"`. Leaves the root in 0.3. */
  REASON_KINDS,
  /** @deprecated Import from `gaptrace/reports`: `import { REPORT_FORMAT } from "gaptrace/reports"`. Leaves the root in 0.3. */
  REPORT_FORMAT,
  /** @deprecated Import from `gaptrace/reports`: `import { REPORT_WORDS } from "gaptrace/reports"`. Leaves the root in 0.3. */
  REPORT_WORDS,
  /** @deprecated Import from `gaptrace/reports`: `import { RESPONSIBILITY_CSV_COLUMNS } from "gaptrace/reports"`. Leaves the root in 0.3. */
  RESPONSIBILITY_CSV_COLUMNS,
  /** @deprecated Import from `gaptrace/reports`: `import { RESPONSIBILITY_ROLES } from "gaptrace/reports"`. Leaves the root in 0.3. */
  RESPONSIBILITY_ROLES,
  /** @deprecated Import from `gaptrace/reports`: `import { Ref } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type Ref,
  /** @deprecated Import from `gaptrace/reports`: `import { RefSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  RefSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportCauseSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportCauseSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportChainLinkSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportChainLinkSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportChangeSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportChangeSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportDepartmentListSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportDepartmentListSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportEffectSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportEffectSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportEntry } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ReportEntry,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportEntrySchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportEntrySchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportEvidence } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ReportEvidence,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportEvidenceSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportEvidenceSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportExposureSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportExposureSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportFinding } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ReportFinding,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportFindingSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportFindingSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportGapShareSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportGapShareSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportLink } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ReportLink,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportLinkSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportLinkSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportMeasureSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportMeasureSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportPossibleCauseSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportPossibleCauseSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportPostListSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportPostListSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportPrioritySchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportPrioritySchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportReasonSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportReasonSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportShare } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ReportShare,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportShareSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportShareSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportTestDataSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportTestDataSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportTestSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportTestSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportThemePrioritiesSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportThemePrioritiesSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ReportUndecidedSchema } from "gaptrace/reports"`. Leaves the root in 0.3. */
  ReportUndecidedSchema,
  /** @deprecated Import from `gaptrace/reports`: `import { ResponsibilityEntry } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ResponsibilityEntry,
  /** @deprecated Import from `gaptrace/reports`: `import { ResponsibilityLists } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ResponsibilityLists,
  /** @deprecated Import from `gaptrace/reports`: `import { ResponsibilityOptions } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ResponsibilityOptions,
  /** @deprecated Import from `gaptrace/reports`: `import { ResponsibilityRole } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type ResponsibilityRole,
  /** @deprecated Import from `gaptrace/reports`: `import { StudyLabels } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type StudyLabels,
  /** @deprecated Import from `gaptrace/reports`: `import { TEST_KINDS } from "gaptrace/reports"`. Leaves the root in 0.3. */
  TEST_KINDS,
  /** @deprecated Import from `gaptrace/reports`: `import { WordKey } from "gaptrace/reports"`. Leaves the root in 0.3. */
  type WordKey,
  /** @deprecated Import from `gaptrace/reports`: `import { blueprintMarks } from "gaptrace/reports"`. Leaves the root in 0.3. */
  blueprintMarks,
  /** @deprecated Import from `gaptrace/reports`: `import { causeId } from "gaptrace/reports"`. Leaves the root in 0.3. */
  causeId,
  /** @deprecated Import from `gaptrace/reports`: `import { causeShareText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  causeShareText,
  /** @deprecated Import from `gaptrace/reports`: `import { chainLinkText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  chainLinkText,
  /** @deprecated Import from `gaptrace/reports`: `import { chainPathText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  chainPathText,
  /** @deprecated Import from `gaptrace/reports`: `import { changeKindName } from "gaptrace/reports"`. Leaves the root in 0.3. */
  changeKindName,
  /** @deprecated Import from `gaptrace/reports`: `import { changeText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  changeText,
  /** @deprecated Import from `gaptrace/reports`: `import { compareEntries } from "gaptrace/reports"`. Leaves the root in 0.3. */
  compareEntries,
  /** @deprecated Import from `gaptrace/reports`: `import { correctionName } from "gaptrace/reports"`. Leaves the root in 0.3. */
  correctionName,
  /** @deprecated Import from `gaptrace/reports`: `import { correctionText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  correctionText,
  /** @deprecated Import from `gaptrace/reports`: `import { csvFromReport } from "gaptrace/reports"`. Leaves the root in 0.3. */
  csvFromReport,
  /** @deprecated Import from `gaptrace/reports`: `import { effectText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  effectText,
  /** @deprecated Import from `gaptrace/reports`: `import { estimatorName } from "gaptrace/reports"`. Leaves the root in 0.3. */
  estimatorName,
  /** @deprecated Import from `gaptrace/reports`: `import { evidenceBrief } from "gaptrace/reports"`. Leaves the root in 0.3. */
  evidenceBrief,
  /** @deprecated Import from `gaptrace/reports`: `import { evidenceKindName } from "gaptrace/reports"`. Leaves the root in 0.3. */
  evidenceKindName,
  /** @deprecated Import from `gaptrace/reports`: `import { evidenceSubject } from "gaptrace/reports"`. Leaves the root in 0.3. */
  evidenceSubject,
  /** @deprecated Import from `gaptrace/reports`: `import { evidenceText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  evidenceText,
  /** @deprecated Import from `gaptrace/reports`: `import { exposureSubject } from "gaptrace/reports"`. Leaves the root in 0.3. */
  exposureSubject,
  /** @deprecated Import from `gaptrace/reports`: `import { exposureText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  exposureText,
  /** @deprecated Import from `gaptrace/reports`: `import { familiesText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  familiesText,
  /** @deprecated Import from `gaptrace/reports`: `import { findingRefText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  findingRefText,
  /** @deprecated Import from `gaptrace/reports`: `import { findingText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  findingText,
  /** @deprecated Import from `gaptrace/reports`: `import { findingTitle } from "gaptrace/reports"`. Leaves the root in 0.3. */
  findingTitle,
  /** @deprecated Import from `gaptrace/reports`: `import { formatCi } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatCi,
  /** @deprecated Import from `gaptrace/reports`: `import { formatCount } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatCount,
  /** @deprecated Import from `gaptrace/reports`: `import { formatIndex } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatIndex,
  /** @deprecated Import from `gaptrace/reports`: `import { formatN } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatN,
  /** @deprecated Import from `gaptrace/reports`: `import { formatNumber } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatNumber,
  /** @deprecated Import from `gaptrace/reports`: `import { formatPercent } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatPercent,
  /** @deprecated Import from `gaptrace/reports`: `import { formatPoints } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatPoints,
  /** @deprecated Import from `gaptrace/reports`: `import { formatPriority } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatPriority,
  /** @deprecated Import from `gaptrace/reports`: `import { formatQ } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatQ,
  /** @deprecated Import from `gaptrace/reports`: `import { formatQuantity } from "gaptrace/reports"`. Leaves the root in 0.3. */
  formatQuantity,
  /** @deprecated Import from `gaptrace/reports`: `import { gapBarsSvg } from "gaptrace/reports"`. Leaves the root in 0.3. */
  gapBarsSvg,
  /** @deprecated Import from `gaptrace/reports`: `import { gapCausesText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  gapCausesText,
  /** @deprecated Import from `gaptrace/reports`: `import { gapShareText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  gapShareText,
  /** @deprecated Import from `gaptrace/reports`: `import { gradeMeaning } from "gaptrace/reports"`. Leaves the root in 0.3. */
  gradeMeaning,
  /** @deprecated Import from `gaptrace/reports`: `import { gradeName } from "gaptrace/reports"`. Leaves the root in 0.3. */
  gradeName,
  /** @deprecated Import from `gaptrace/reports`: `import { isPossibleCause } from "gaptrace/reports"`. Leaves the root in 0.3. */
  isPossibleCause,
  /** @deprecated Import from `gaptrace/reports`: `import { isToTest } from "gaptrace/reports"`. Leaves the root in 0.3. */
  isToTest,
  /** @deprecated Import from `gaptrace/reports`: `import { labelsOf } from "gaptrace/reports"`. Leaves the root in 0.3. */
  labelsOf,
  /** @deprecated Import from `gaptrace/reports`: `import { layerTitle } from "gaptrace/reports"`. Leaves the root in 0.3. */
  layerTitle,
  /** @deprecated Import from `gaptrace/reports`: `import { linkTests } from "gaptrace/reports"`. Leaves the root in 0.3. */
  linkTests,
  /** @deprecated Import from `gaptrace/reports`: `import { linkText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  linkText,
  /** @deprecated Import from `gaptrace/reports`: `import { linkageText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  linkageText,
  /** @deprecated Import from `gaptrace/reports`: `import { markdownFromReport } from "gaptrace/reports"`. Leaves the root in 0.3. */
  markdownFromReport,
  /** @deprecated Import from `gaptrace/reports`: `import { measuredOf } from "gaptrace/reports"`. Leaves the root in 0.3. */
  measuredOf,
  /** @deprecated Import from `gaptrace/reports`: `import { missesName } from "gaptrace/reports"`. Leaves the root in 0.3. */
  missesName,
  /** @deprecated Import from `gaptrace/reports`: `import { percentileWords } from "gaptrace/reports"`. Leaves the root in 0.3. */
  percentileWords,
  /** @deprecated Import from `gaptrace/reports`: `import { possibleCauseText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  possibleCauseText,
  /** @deprecated Import from `gaptrace/reports`: `import { postText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  postText,
  /** @deprecated Import from `gaptrace/reports`: `import { quadrantSvg } from "gaptrace/reports"`. Leaves the root in 0.3. */
  quadrantSvg,
  /** @deprecated Import from `gaptrace/reports`: `import { reasonText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  reasonText,
  /** @deprecated Import from `gaptrace/reports`: `import { relabelIds } from "gaptrace/reports"`. Leaves the root in 0.3. */
  relabelIds,
  /** @deprecated Import from `gaptrace/reports`: `import { responsibilityLists } from "gaptrace/reports"`. Leaves the root in 0.3. */
  responsibilityLists,
  /** @deprecated Import from `gaptrace/reports`: `import { roleName } from "gaptrace/reports"`. Leaves the root in 0.3. */
  roleName,
  /** @deprecated Import from `gaptrace/reports`: `import { rootCauseRanking } from "gaptrace/reports"`. Leaves the root in 0.3. */
  rootCauseRanking,
  /** @deprecated Import from `gaptrace/reports`: `import { shareBrief } from "gaptrace/reports"`. Leaves the root in 0.3. */
  shareBrief,
  /** @deprecated Import from `gaptrace/reports`: `import { shareInterval } from "gaptrace/reports"`. Leaves the root in 0.3. */
  shareInterval,
  /** @deprecated Import from `gaptrace/reports`: `import { shareText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  shareText,
  /** @deprecated Import from `gaptrace/reports`: `import { significanceOf } from "gaptrace/reports"`. Leaves the root in 0.3. */
  significanceOf,
  /** @deprecated Import from `gaptrace/reports`: `import { standardOwnerText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  standardOwnerText,
  /** @deprecated Import from `gaptrace/reports`: `import { studyLabels } from "gaptrace/reports"`. Leaves the root in 0.3. */
  studyLabels,
  /** @deprecated Import from `gaptrace/reports`: `import { tagMeaning } from "gaptrace/reports"`. Leaves the root in 0.3. */
  tagMeaning,
  /** @deprecated Import from `gaptrace/reports`: `import { tagName } from "gaptrace/reports"`. Leaves the root in 0.3. */
  tagName,
  /** @deprecated Import from `gaptrace/reports`: `import { testText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  testText,
  /** @deprecated Import from `gaptrace/reports`: `import { toTestBrief } from "gaptrace/reports"`. Leaves the root in 0.3. */
  toTestBrief,
  /** @deprecated Import from `gaptrace/reports`: `import { undecidedText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  undecidedText,
  /** @deprecated Import from `gaptrace/reports`: `import { unexplainedText } from "gaptrace/reports"`. Leaves the root in 0.3. */
  unexplainedText,
  /** @deprecated Import from `gaptrace/reports`: `import { unitWord } from "gaptrace/reports"`. Leaves the root in 0.3. */
  unitWord,
  /** @deprecated Import from `gaptrace/reports`: `import { untested } from "gaptrace/reports"`. Leaves the root in 0.3. */
  untested,
  /** @deprecated Import from `gaptrace/reports`: `import { word } from "gaptrace/reports"`. Leaves the root in 0.3. */
  word,
} from "./reports/index.js";

export {
  /** @deprecated Import from `gaptrace/blueprint`: `import { BLUEPRINT_FONT_FAMILY } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  BLUEPRINT_FONT_FAMILY,
  /** @deprecated Import from `gaptrace/blueprint`: `import { BLUEPRINT_LINES } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  BLUEPRINT_LINES,
  /** @deprecated Import from `gaptrace/blueprint`: `import { BlueprintLayout } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type BlueprintLayout,
  /** @deprecated Import from `gaptrace/blueprint`: `import { BlueprintMark } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type BlueprintMark,
  /** @deprecated Import from `gaptrace/blueprint`: `import { BlueprintOptions } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type BlueprintOptions,
  /** @deprecated Import from `gaptrace/blueprint`: `import { BlueprintSvgOptions } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type BlueprintSvgOptions,
  /** @deprecated Import from `gaptrace/blueprint`: `import { EdgeRoute } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type EdgeRoute,
  /** @deprecated Import from `gaptrace/blueprint`: `import { LAYER_TITLES } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  LAYER_TITLES,
  /** @deprecated Import from `gaptrace/blueprint`: `import { LAYOUT } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  LAYOUT,
  /** @deprecated Import from `gaptrace/blueprint`: `import { LaneBox } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type LaneBox,
  /** @deprecated Import from `gaptrace/blueprint`: `import { LegendItem } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type LegendItem,
  /** @deprecated Import from `gaptrace/blueprint`: `import { LegendPlacement } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type LegendPlacement,
  /** @deprecated Import from `gaptrace/blueprint`: `import { LinePlacement } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type LinePlacement,
  /** @deprecated Import from `gaptrace/blueprint`: `import { MARK_STYLES } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  MARK_STYLES,
  /** @deprecated Import from `gaptrace/blueprint`: `import { MARK_TAGS } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  MARK_TAGS,
  /** @deprecated Import from `gaptrace/blueprint`: `import { MarkLine } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type MarkLine,
  /** @deprecated Import from `gaptrace/blueprint`: `import { MarkStyle } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type MarkStyle,
  /** @deprecated Import from `gaptrace/blueprint`: `import { MarkTag } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type MarkTag,
  /** @deprecated Import from `gaptrace/blueprint`: `import { Point } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type Point,
  /** @deprecated Import from `gaptrace/blueprint`: `import { Rect } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type Rect,
  /** @deprecated Import from `gaptrace/blueprint`: `import { StepBox } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  type StepBox,
  /** @deprecated Import from `gaptrace/blueprint`: `import { escapeDot } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  escapeDot,
  /** @deprecated Import from `gaptrace/blueprint`: `import { escapeMermaid } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  escapeMermaid,
  /** @deprecated Import from `gaptrace/blueprint`: `import { layoutBlueprint } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  layoutBlueprint,
  /** @deprecated Import from `gaptrace/blueprint`: `import { renderBlueprintSvg } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  renderBlueprintSvg,
  /** @deprecated Import from `gaptrace/blueprint`: `import { svgFromLayout } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  svgFromLayout,
  /** @deprecated Import from `gaptrace/blueprint`: `import { textWidth } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  textWidth,
  /** @deprecated Import from `gaptrace/blueprint`: `import { toDot } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  toDot,
  /** @deprecated Import from `gaptrace/blueprint`: `import { toMermaid } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  toMermaid,
  /** @deprecated Import from `gaptrace/blueprint`: `import { wrapText } from "gaptrace/blueprint"`. Leaves the root in 0.3. */
  wrapText,
} from "./reports/blueprint/index.js";

export {
  /** @deprecated Import from `gaptrace/walkthrough`: `import { ProcessOrder } from "gaptrace/walkthrough"`. Leaves the root in 0.3. */
  type ProcessOrder,
  /** @deprecated Import from `gaptrace/walkthrough`: `import { ProcessStage } from "gaptrace/walkthrough"`. Leaves the root in 0.3. */
  type ProcessStage,
  /** @deprecated Import from `gaptrace/walkthrough`: `import { WalkthroughOptions } from "gaptrace/walkthrough"`. Leaves the root in 0.3. */
  type WalkthroughOptions,
  /** @deprecated Import from `gaptrace/walkthrough`: `import { customerWalkthrough } from "gaptrace/walkthrough"`. Leaves the root in 0.3. */
  customerWalkthrough,
  /** @deprecated Import from `gaptrace/walkthrough`: `import { departmentWalkthrough } from "gaptrace/walkthrough"`. Leaves the root in 0.3. */
  departmentWalkthrough,
  /** @deprecated Import from `gaptrace/walkthrough`: `import { postWalkthrough } from "gaptrace/walkthrough"`. Leaves the root in 0.3. */
  postWalkthrough,
  /** @deprecated Import from `gaptrace/walkthrough`: `import { processOrder } from "gaptrace/walkthrough"`. Leaves the root in 0.3. */
  processOrder,
} from "./walkthrough/index.js";

export {
  /** @deprecated Import from `gaptrace/notebook`: `import { DisplayAttributionOptions } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  type DisplayAttributionOptions,
  /** @deprecated Import from `gaptrace/notebook`: `import { DisplayBlueprintOptions } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  type DisplayBlueprintOptions,
  /** @deprecated Import from `gaptrace/notebook`: `import { DisplayLedgerOptions } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  type DisplayLedgerOptions,
  /** @deprecated Import from `gaptrace/notebook`: `import { DisplayStudyOptions } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  type DisplayStudyOptions,
  /** @deprecated Import from `gaptrace/notebook`: `import { DisplayWhatIfOptions } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  type DisplayWhatIfOptions,
  /** @deprecated Import from `gaptrace/notebook`: `import { Displayable } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  type Displayable,
  /** @deprecated Import from `gaptrace/notebook`: `import { JUPYTER_DISPLAY } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  JUPYTER_DISPLAY,
  /** @deprecated Import from `gaptrace/notebook`: `import { LedgerLike } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  type LedgerLike,
  /** @deprecated Import from `gaptrace/notebook`: `import { MimeBundle } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  type MimeBundle,
  /** @deprecated Import from `gaptrace/notebook`: `import { NotebookView } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  NotebookView,
  /** @deprecated Import from `gaptrace/notebook`: `import { displayAttribution } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  displayAttribution,
  /** @deprecated Import from `gaptrace/notebook`: `import { displayBlueprint } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  displayBlueprint,
  /** @deprecated Import from `gaptrace/notebook`: `import { displayLedger } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  displayLedger,
  /** @deprecated Import from `gaptrace/notebook`: `import { displayStudy } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  displayStudy,
  /** @deprecated Import from `gaptrace/notebook`: `import { displayWhatIf } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  displayWhatIf,
  /** @deprecated Import from `gaptrace/notebook`: `import { isNotebookView } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  isNotebookView,
  /** @deprecated Import from `gaptrace/notebook`: `import { show } from "gaptrace/notebook"`. Leaves the root in 0.3. */
  show,
} from "./notebook/index.js";

export {
  /** @deprecated Renamed: `renderJson(study, result, options)`, the study first (the old name takes `(result, study, options)`). Leaves the root in 0.3. */
  toJson,
} from "./reports/json.js";

export {
  /** @deprecated Renamed: `renderMarkdown(study, result, options)`, the study first (the old name takes `(result, study, options)`). Leaves the root in 0.3. */
  toMarkdown,
} from "./reports/markdown.js";

export {
  /** @deprecated Renamed: `renderCsv(study, result, options)`, the study first (the old name takes `(result, study, options)`). Leaves the root in 0.3. */
  toCsv,
} from "./reports/csv.js";

export {
  /** @deprecated Renamed: `renderHtml(study, result, options)`, the study first (the old name takes `(result, study, options)`). Leaves the root in 0.3. */
  renderHtmlReport,
} from "./reports/html-page.js";
