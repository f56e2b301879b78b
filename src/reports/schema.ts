/**
 * The JSON report format `gaptrace/report@1` as zod schemas: what {@link toJson} writes and what a reader can
 * validate. A report is self-describing: every id comes with its name in the report's language, every piece of
 * evidence and every change with its sentence and its raw numbers. Numbers that are not finite (an undefined
 * p-value, a missing interval) are written as `null`. Documented field by field in docs/reports.md.
 * @module
 */
import { z } from "zod";
import { TAGS } from "../attribution/findings.js";
import { CHANGE_KINDS, EVIDENCE_KINDS } from "./text.js";

/** The format tag of a JSON report. */
export const REPORT_FORMAT = "gaptrace/report@1" as const;

/** A number, or `null` where the value is not finite. */
const Num = z.number().nullable();

/** An id with its name in the report's language. */
export const RefSchema = z.strictObject({ id: z.string(), name: z.string() });

/** An estimate with its interval and test (see `Measured` in the attribution). */
export const MeasuredSchema = z.strictObject({
  value: Num,
  se: Num,
  ci: z.tuple([Num, Num]),
  level: Num,
  n: Num,
  nEffective: Num,
  p: Num,
  q: Num,
});

const UnitSchema = z.enum(["s", "min", "h", "d", "workday", "%", "count", "score", "yuan"]);
const ClockSchema = z.strictObject({ start: z.string(), stop: z.string() });
const Better = z.enum(["lower", "higher"]);

/** The raw numbers of one piece of evidence, as the attribution produced them. */
export const EvidenceDataSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("perception-below-target"), point: z.string(), questions: z.array(z.string()), index: MeasuredSchema, target: Num }),
  z.strictObject({ kind: z.literal("servqual-gap"), point: z.string(), perception: z.string(), expectation: z.string(), gap: MeasuredSchema }),
  z.strictObject({
    kind: z.literal("expectation-vs-standard"),
    standard: z.string(),
    question: z.string(),
    threshold: Num,
    unit: UnitSchema,
    better: Better,
    acceptShare: MeasuredSchema,
    required: Num,
    acceptableValue: z.strictObject({ value: Num, ci: z.tuple([Num, Num]) }).optional(),
  }),
  z.strictObject({
    kind: z.literal("clock-mismatch"),
    standard: z.string(),
    question: z.string(),
    standardClock: ClockSchema,
    customerClock: ClockSchema,
    threshold: Num,
    unit: UnitSchema,
    onStandardClock: MeasuredSchema.optional(),
    onCustomerClock: MeasuredSchema,
    required: Num,
    medianLag: Num.optional(),
  }),
  z.strictObject({
    kind: z.literal("compliance-below-standard"),
    standard: z.string(),
    threshold: Num,
    unit: UnitSchema,
    better: Better,
    compliance: MeasuredSchema,
    required: Num,
    valueAtRequired: Num.optional(),
    coincidence: z.array(z.strictObject({ standard: z.string(), share: Num })),
  }),
  z.strictObject({ kind: z.literal("internal-rating-below-target"), point: z.string(), rater: z.string(), questions: z.array(z.string()), index: MeasuredSchema, target: Num }),
]);

/** The raw numbers of one change. */
export const ChangeDataSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("raise-index"), from: Num, to: Num }),
  z.strictObject({ kind: z.literal("close-servqual-gap"), gap: Num }),
  z.strictObject({ kind: z.literal("tighten-threshold"), standard: z.string(), from: Num, to: Num, unit: UnitSchema }),
  z.strictObject({ kind: z.literal("move-clock"), standard: z.string(), fromEvent: z.string(), toEvent: z.string(), which: z.enum(["start", "stop"]) }),
  z.strictObject({ kind: z.literal("raise-compliance"), standard: z.string(), from: Num, to: Num, valueAtRequired: Num.optional(), threshold: Num, unit: UnitSchema }),
]);

/** A piece of evidence: its kind and name, a sentence, a short phrase, whether it is significant, its numbers. */
export const ReportEvidenceSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  kindName: z.string(),
  /** What it is about: the evaluation point or the standard. */
  subject: z.string(),
  text: z.string(),
  brief: z.string(),
  /** Significant after the multiple-comparison adjustment. */
  significant: z.boolean(),
  data: EvidenceDataSchema,
});

/** What must change: kind and name, a sentence, the numbers. */
export const ReportChangeSchema = z.strictObject({
  kind: z.enum(CHANGE_KINDS),
  kindName: z.string(),
  text: z.string(),
  data: ChangeDataSchema,
});

/** One step of an evidence chain. */
export const ReportChainLinkSchema = z.strictObject({
  step: RefSchema,
  layer: z.string(),
  layerName: z.string(),
  post: RefSchema.nullable(),
  /** Hand-offs from the root cause. */
  depth: z.number(),
  text: z.string(),
  measured: z.array(ReportEvidenceSchema),
});

/** A root cause's part in a customer gap, with the chain from the cause to the customer. */
export const ReportCauseSchema = z.strictObject({
  finding: z.string(),
  findingName: z.string(),
  share: Num,
  severity: Num,
  path: z.string(),
  chain: z.array(ReportChainLinkSchema),
});

/** A customer gap explained: which gap, what share, in words. */
export const ReportShareSchema = z.strictObject({ gap: z.string(), gapName: z.string(), share: Num, text: z.string() });

const FindingBase = {
  id: z.string(),
  tagName: z.string(),
  title: z.string(),
  /** The headline: what is wrong, where, whose, with the key numbers. */
  text: z.string(),
  theme: RefSchema,
  step: RefSchema,
  post: RefSchema.nullable(),
  department: RefSchema.nullable(),
  persons: z.array(RefSchema),
  severity: Num,
  q: Num,
  evidence: z.array(ReportEvidenceSchema),
  changes: z.array(ReportChangeSchema),
  /** Ids of the measures attached (see `measures`). */
  measures: z.array(z.string()),
};

/** A finding of one of the three tags. */
export const ReportFindingSchema = z.discriminatedUnion("tag", [
  z.strictObject({
    ...FindingBase,
    tag: z.literal("customer-dissatisfaction"),
    point: RefSchema,
    causes: z.array(ReportCauseSchema),
    unexplained: z.boolean(),
    settleWith: z.array(z.string()),
  }),
  z.strictObject({ ...FindingBase, tag: z.literal("unreasonable-standard"), standard: RefSchema, via: z.enum(["threshold", "clock"]), owner: z.string(), explains: z.array(ReportShareSchema) }),
  z.strictObject({ ...FindingBase, tag: z.literal("non-compliant-execution"), standards: z.array(RefSchema), explainedBy: z.array(z.string()), explains: z.array(ReportShareSchema) }),
]);

/** One entry of a responsibility list. */
export const ReportEntrySchema = z.strictObject({
  finding: z.string(),
  tag: z.enum(TAGS),
  role: z.enum(["root-cause", "explained", "customer-gap"]),
  roleName: z.string(),
  title: z.string(),
  post: RefSchema.nullable(),
  department: RefSchema.nullable(),
  persons: z.array(RefSchema),
  severity: Num,
  priority: Num,
  shares: z.array(ReportShareSchema),
  /** For a customer gap: its root causes upstream with their shares; for explained execution: the causes upstream. */
  causes: z.array(z.strictObject({ finding: z.string(), findingName: z.string(), share: Num })),
  measures: z.array(z.string()),
});

/** A post's responsibility list. */
export const ReportPostListSchema = z.strictObject({
  post: RefSchema,
  department: RefSchema.nullable(),
  persons: z.array(RefSchema),
  priority: Num,
  gapShares: z.array(ReportShareSchema),
  entries: z.array(ReportEntrySchema),
});

/** A department's responsibility list. */
export const ReportDepartmentListSchema = z.strictObject({
  department: RefSchema,
  posts: z.array(RefSchema),
  priority: Num,
  gapShares: z.array(ReportShareSchema),
  entries: z.array(ReportEntrySchema),
});

/** An improvement measure used in the report. */
export const ReportMeasureSchema = z.strictObject({
  id: z.string(),
  category: RefSchema,
  title: z.string(),
  description: z.string(),
});

/** Where the data were too thin to decide. */
export const ReportUndecidedSchema = z.strictObject({
  kind: z.enum(["point", "standard", "clock", "internal"]),
  subject: RefSchema,
  /** Subject, reason and needs in the report's language, ids replaced by names. */
  text: z.strictObject({ subject: z.string(), reason: z.string(), needs: z.string() }),
  reason: z.string(),
  needs: z.string(),
});

/** One point's priority (importance × gap) and quadrant. */
export const ReportPrioritySchema = z.strictObject({
  point: RefSchema,
  importance: Num,
  performance: Num,
  target: Num,
  gap: Num,
  priority: Num,
  rank: z.number(),
  quadrant: z.enum(["concentrate-here", "keep-up-the-good-work", "low-priority", "possible-overkill"]),
  quadrantName: z.string(),
});

/** One theme's priorities. */
export const ReportThemePrioritiesSchema = z.strictObject({
  theme: RefSchema,
  method: z.enum(["relative-weights", "stated-importance"]),
  rSquared: Num,
  n: Num,
  note: z.string().nullable(),
  points: z.array(ReportPrioritySchema),
});

/** One test of the audit trail. */
export const ReportTestSchema = z.strictObject({
  id: z.string(),
  significant: z.boolean(),
  evidence: ReportEvidenceSchema,
});

/** A whole report. */
export const ReportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  lang: z.enum(["en", "zh"]),
  study: RefSchema,
  wave: z.string(),
  options: z.strictObject({
    level: z.number(),
    alpha: z.number(),
    correction: z.enum(["benjamini-hochberg", "holm", "none"]),
    minExternal: z.number(),
    minInternal: z.number(),
    minCases: z.number(),
    defaultTarget: z.number(),
    acceptance: z.number(),
    explainedShare: z.number(),
  }),
  summary: z.strictObject({
    findings: z.strictObject({ "customer-dissatisfaction": z.number(), "unreasonable-standard": z.number(), "non-compliant-execution": z.number() }),
    rootCauses: z.number(),
    unexplainedGaps: z.number(),
    tests: z.strictObject({ total: z.number(), significant: z.number() }),
    undecided: z.number(),
    /** The largest sample behind one estimate, per source. */
    samples: z.strictObject({ customers: Num, staff: Num, cases: Num }),
    themes: z.array(RefSchema),
  }),
  findings: z.array(ReportFindingSchema),
  responsibility: z.strictObject({
    posts: z.array(ReportPostListSchema),
    departments: z.array(ReportDepartmentListSchema),
    unassigned: z.array(ReportEntrySchema),
  }),
  undecided: z.array(ReportUndecidedSchema),
  priorities: z.array(ReportThemePrioritiesSchema),
  measures: z.array(ReportMeasureSchema),
  tests: z.array(ReportTestSchema),
});

/** A JSON report (`gaptrace/report@1`). */
export type ReportDocument = z.output<typeof ReportSchema>;
/** A finding in a JSON report. */
export type ReportFinding = z.output<typeof ReportFindingSchema>;
/** A piece of evidence in a JSON report. */
export type ReportEvidence = z.output<typeof ReportEvidenceSchema>;
/** An entry of a responsibility list in a JSON report. */
export type ReportEntry = z.output<typeof ReportEntrySchema>;
/** A reference (id and name). */
export type Ref = z.output<typeof RefSchema>;
