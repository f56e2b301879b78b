/**
 * The JSON report format `gaptrace/report@4` as zod schemas: what {@link renderJson} writes and what a reader can
 * validate. A report is self-describing: every id comes with its name in the report's language, every piece of
 * evidence, every change and every graded link with its sentence and its raw numbers. Version 2 follows the
 * evidence: a customer gap lists its measured causes (share with its interval, effect, attributable points), every
 * upstream link graded (measured, internal chain, co-variation, structural) with why it has a share or none and
 * the data that would test it, and the part no measured effect explains; the report states how responses were
 * linked to their cases and the two families of tests. Version 3 adds where the rows came from (`data`). Version 4
 * writes `priorities` as `null` when the attribution's priorities were not computed. Numbers that are not finite (an
 * undefined p-value, a missing interval) are written as `null`. Documented field by field in docs/reports.md.
 * @module
 */
import * as z from "zod/mini";
import { GRADES, TAGS } from "../attribution/shared/findings.js";
import { ESTIMATORS, EXPOSURE_KINDS, REASON_KINDS, TEST_KINDS } from "./links.js";
import { CHANGE_KINDS, EVIDENCE_KINDS, TEST_FAMILIES } from "../attribution/shared/findings.js";
import { LEDGER_REASONS } from "../core/messages/problem-codes.js";
import { INDUSTRIES } from "../model/study.js";

/**
 * The format tag of a JSON report. Version 4 lets `priorities` be `null` (not computed: the attribution was not
 * given to `withPriorities`), where an empty array still means computed with no theme to rank; version 3 added
 * `data` (rows read, accepted and rejected per source, and whether the data are partial). The schema is strict, so
 * a field added or changed is a new version. {@link readReportJson} still reads version 3 and version 2 documents
 * (a version 2 document's `data` says the provenance was not given).
 *
 * @example
 * ```ts
 * buildReport(study, result).format === REPORT_FORMAT; // true
 * ```
 */
export const REPORT_FORMAT = "gaptrace/report@4" as const;

/**
 * The format tag of version 3 (priorities always an array), which {@link readReportJson} still reads.
 *
 * @example
 * ```ts
 * JSON.parse(archivedText).format === REPORT_FORMAT_V3; // an archived @3 report
 * ```
 */
export const REPORT_FORMAT_V3 = "gaptrace/report@3" as const;

/** The format tag of version 2 (before `data`), which {@link readReportJson} still reads. */
export const REPORT_FORMAT_V2 = "gaptrace/report@2" as const;

/** A number, or `null` where the value is not finite. */
const Num = z.nullable(z.number());

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
  /** Degrees of freedom of the t distribution behind the interval and p (`null`: normal); absent on link effects and older reports. */
  df: z.optional(Num),
  /** Two-sided p-value. */
  p: Num,
  /** Adjusted within the test's family. */
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
    acceptableValue: z.optional(z.strictObject({ value: Num, ci: z.tuple([Num, Num]) })),
  }),
  z.strictObject({
    kind: z.literal("clock-mismatch"),
    standard: z.string(),
    question: z.string(),
    standardClock: ClockSchema,
    customerClock: ClockSchema,
    threshold: Num,
    unit: UnitSchema,
    onStandardClock: z.optional(MeasuredSchema),
    onCustomerClock: MeasuredSchema,
    required: Num,
    medianLag: z.optional(Num),
  }),
  z.strictObject({
    kind: z.literal("compliance-below-standard"),
    standard: z.string(),
    threshold: Num,
    unit: UnitSchema,
    better: Better,
    compliance: MeasuredSchema,
    required: Num,
    valueAtRequired: z.optional(Num),
    coincidence: z.array(z.strictObject({ standard: z.string(), share: Num })),
    unfinished: z.optional(z.strictObject({
        rule: z.enum(["miss", "exclude", "exclude-if-shorter"]),
        stop: z.string(),
        seconds: z.optional(Num),
        end: z.optional(z.string()),
        cases: Num,
        misses: Num,
        excluded: Num,
        started: Num,
        abandonment: z.optional(z.strictObject({ value: Num, ci: z.tuple([Num, Num]), level: Num, n: Num })),
      })),
  }),
  z.strictObject({ kind: z.literal("internal-rating-below-target"), point: z.string(), rater: z.string(), questions: z.array(z.string()), index: MeasuredSchema, target: Num }),
]);

/** The raw numbers of one change. */
export const ChangeDataSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("raise-index"), from: Num, to: Num }),
  z.strictObject({ kind: z.literal("close-servqual-gap"), gap: Num }),
  z.strictObject({ kind: z.literal("tighten-threshold"), standard: z.string(), from: Num, to: Num, unit: UnitSchema }),
  z.strictObject({ kind: z.literal("move-clock"), standard: z.string(), fromEvent: z.string(), toEvent: z.string(), which: z.enum(["start", "stop"]) }),
  z.strictObject({ kind: z.literal("raise-compliance"), standard: z.string(), from: Num, to: Num, valueAtRequired: z.optional(Num), threshold: Num, unit: UnitSchema }),
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
  post: z.nullable(RefSchema),
  /** Hand-offs from the root cause. */
  depth: z.number(),
  text: z.string(),
  measured: z.array(ReportEvidenceSchema),
});

/** An interval. */
const Interval = z.tuple([Num, Num]);

/** A link's estimated effect on a point's satisfaction (see `LinkEffect` in the attribution). */
export const ReportEffectSchema = z.strictObject({
  estimator: z.enum(ESTIMATORS),
  estimatorName: z.string(),
  /** Index points between exposed and unexposed customers (negative: exposed rate lower); for a driver, per point. */
  value: Num,
  se: Num,
  ci: Interval,
  level: Num,
  /** Two-sided p-value, and adjusted within the run's family of link tests. */
  p: Num,
  q: Num,
  df: Num,
  /** Customers (or places, waves) behind the estimate. */
  n: Num,
  /** The segment dimensions compared within. */
  adjustedFor: z.array(z.string()),
});

/** What puts a customer "in" a candidate cause. */
export const ReportExposureSchema = z.strictObject({
  kind: z.enum(EXPOSURE_KINDS),
  /** The standard or the point it is about. */
  subject: RefSchema,
  /** Who is exposed, in words. */
  text: z.string(),
  /** Share of the (linked) customers or cases exposed; `null` for a driver point or an internal rating. */
  share: Num,
  /** For a driver point of overall satisfaction: its gap to target in index points; otherwise `null`. */
  driverGap: Num,
});

/** Why a link has its share or none: the kind, a sentence, the attribution's numbers. */
export const ReportReasonSchema = z.strictObject({
  kind: z.enum(REASON_KINDS),
  text: z.string(),
  data: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("share"), capped: z.boolean(), standardMet: z.boolean() }),
    z.strictObject({ kind: z.literal("not-significant") }),
    z.strictObject({ kind: z.literal("no-harm") }),
    z.strictObject({ kind: z.literal("negligible") }),
    z.strictObject({ kind: z.literal("confounded") }),
    z.strictObject({ kind: z.literal("ecological") }),
    z.strictObject({ kind: z.literal("too-few-exposed"), exposed: Num, unexposed: Num, unknown: Num, needed: Num }),
    z.strictObject({ kind: z.literal("internal-chain"), points: z.array(z.string()) }),
    z.strictObject({ kind: z.literal("untested") }),
  ]),
});

/** Data that would test a link: the kind, an instruction, the attribution's numbers. */
export const ReportTestDataSchema = z.strictObject({
  kind: z.enum(TEST_KINDS),
  text: z.string(),
  data: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("linked-cases"), events: z.array(z.string()) }),
    z.strictObject({ kind: z.literal("internal-ratings"), step: z.string(), post: z.optional(z.string()) }),
    z.strictObject({ kind: z.literal("segments"), needed: Num, perPlace: Num }),
    z.strictObject({ kind: z.literal("both-sides"), exposed: Num, unexposed: Num, needed: Num }),
    z.strictObject({ kind: z.literal("step-clock"), step: z.string(), post: z.optional(z.string()), link: z.boolean(), places: z.optional(Num), perPlace: z.optional(Num) }),
    z.strictObject({ kind: z.literal("unconfounded-cases"), adjustedFor: z.array(z.string()) }),
    z.strictObject({ kind: z.literal("driver-answers"), point: z.string(), needed: Num }),
  ]),
});

/**
 * A part of a measured share passed upstream through a chained standard: of the cases that missed the downstream
 * `standard`, the fraction in excess where the `upstream` one was missed too (measured on the cases, with its
 * interval and two-sided p), which passes from finding `from` to finding `to` (its post).
 */
export const ReportPassedThroughSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  post: z.nullable(RefSchema),
  standard: RefSchema,
  upstream: RefSchema,
  fraction: Num,
  ci: Interval,
  p: Num,
  cases: Num,
});

const LinkFields = {
  /** The finding the candidate is (a root cause, or a driver point's customer gap); `null` when it is none. */
  finding: z.nullable(z.string()),
  findingName: z.string(),
  grade: z.enum(GRADES),
  gradeName: z.string(),
  step: RefSchema,
  post: z.nullable(RefSchema),
  department: z.nullable(RefSchema),
  exposure: ReportExposureSchema,
  /** Share of the gap (0–1), only for a measured (or co-variation) link; `null` otherwise. */
  share: Num,
  /** The share's interval; `null` without a share. */
  shareCi: z.nullable(Interval),
  /** The estimated effect; `null` for internal-chain and structural links. */
  effect: z.nullable(ReportEffectSchema),
  /** Index points of the gap that would close without the exposure, with its interval; `null` without an effect. */
  attributable: z.nullable(z.strictObject({ value: Num, se: Num, ci: Interval })),
  reason: ReportReasonSchema,
  /** For a link without a share: the data that would test it. */
  tests: z.array(ReportTestDataSchema),
  /** The link in one sentence: its share and effect, or why it has none and what would test it. */
  text: z.string(),
  /** The chain's steps by name, from the candidate to the customer. */
  path: z.string(),
  chain: z.array(ReportChainLinkSchema),
  /** On a share passed upstream: the chain it came through; `null` otherwise. */
  through: z.nullable(ReportPassedThroughSchema),
  /** On a downstream share: the parts passed upstream (empty when none). */
  passedUpstream: z.array(ReportPassedThroughSchema),
  /** Open process-walkthrough problems at the candidate's step, by id: qualitative support, no share (absent without any). */
  observed: z.optional(z.array(z.string())),
};

/** An upstream candidate of a customer gap, graded by its evidence. */
export const ReportLinkSchema = z.strictObject(LinkFields);

/**
 * A cause with a measured share of a customer gap (a link with a share and an effect). `finding` is `null` for the
 * misses of a standard whose compliance requirement is met: the share lands on the link's post.
 */
export const ReportCauseSchema = z.strictObject({
  ...LinkFields,
  share: z.number(),
  shareCi: Interval,
  effect: ReportEffectSchema,
  attributable: z.strictObject({ value: Num, se: Num, ci: Interval }),
});

/**
 * A finding's part in a customer gap: a measured share with its interval and grade, or (grade `null`) the part of
 * the gap no measured upstream effect explains, which stays with the front line.
 */
export const ReportShareSchema = z.strictObject({
  gap: z.string(),
  gapName: z.string(),
  share: Num,
  ci: z.nullable(Interval),
  /** Index points of the gap: share × gap. */
  points: Num,
  grade: z.nullable(z.enum(GRADES)),
  gradeName: z.nullable(z.string()),
  text: z.string(),
  /** For a table cell: "<gap> 61% (95% CI …, measured)". */
  brief: z.string(),
});

/** A finding that may cause a customer gap, with no measured share: a possible cause to test. */
export const ReportPossibleCauseSchema = z.strictObject({
  gap: z.string(),
  gapName: z.string(),
  grade: z.enum(GRADES),
  gradeName: z.string(),
  reason: z.enum(REASON_KINDS),
  /** "possible cause of … — to test (…): …", never with a percentage. */
  text: z.string(),
  /** For a table cell: "<gap> — to test (<grade>)". */
  brief: z.string(),
});

/** A list's total part in one customer gap. */
export const ReportGapShareSchema = z.strictObject({ gap: z.string(), gapName: z.string(), share: Num, points: Num, text: z.string() });

const FindingBase = {
  id: z.string(),
  tagName: z.string(),
  title: z.string(),
  /** The headline: what is wrong, where, whose, with the key numbers. */
  text: z.string(),
  theme: RefSchema,
  step: RefSchema,
  post: z.nullable(RefSchema),
  department: z.nullable(RefSchema),
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
    /** The gap the shares are shares of, in index points. */
    gap: Num,
    /** Measured causes, largest share first. */
    causes: z.array(ReportCauseSchema),
    /** Every upstream candidate examined, graded (the causes too). */
    links: z.array(ReportLinkSchema),
    /** Share of the gap no measured upstream effect explains; with the causes' shares it sums to 1. */
    unexplainedShare: Num,
    unexplainedText: z.string(),
    /** No measured cause at all. */
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
  role: z.enum(["root-cause", "explained", "misses", "customer-gap"]),
  roleName: z.string(),
  title: z.string(),
  post: z.nullable(RefSchema),
  department: z.nullable(RefSchema),
  persons: z.array(RefSchema),
  severity: Num,
  /** The measured attributable gap: Σ over its shares of share × gap, in index points. */
  priority: Num,
  /** Measured shares of customer gaps (and, for a customer gap, the part that stays with the front line). */
  shares: z.array(ReportShareSchema),
  /** Customer gaps it may cause, with no measured share: to test. */
  toTest: z.array(ReportPossibleCauseSchema),
  /** For a customer gap: its measured causes upstream with their shares; for explained execution: the causes upstream. */
  causes: z.array(z.strictObject({ finding: z.string(), findingName: z.string(), share: Num, grade: z.nullable(z.enum(GRADES)) })),
  measures: z.array(z.string()),
});

/** The monitoring alerts a list's owner had in the review period (when the report was given a review). */
export const ReportListAlertsSchema = z.strictObject({
  raised: z.number(),
  escalated: z.number(),
  resolved: z.number(),
  open: z.number(),
  maxLevel: z.number(),
  medianMinutesToResolve: z.nullable(z.number()),
  /** The alerts in words, in the report's language. */
  text: z.string(),
});

/** One process-walkthrough problem (流程穿越) as the report shows it. */
export const ReportWalkthroughProblemSchema = z.strictObject({
  id: z.string(),
  run: z.string(),
  task: z.string(),
  step: RefSchema,
  /** The post that owns it (null: a customer step without an owner). */
  post: z.nullable(RefSchema),
  recordedBy: z.nullable(RefSchema),
  kind: z.enum(["standard", "execution", "handoff", "customer", "other"]),
  kindName: z.string(),
  /** The participant's words, in the report's language where given in two. */
  problem: z.string(),
  severity: z.nullable(z.enum(["low", "medium", "high"])),
  solved: z.enum(["yes", "no", "partly"]),
  solvedName: z.string(),
  solvedOn: z.nullable(z.string()),
  measure: z.nullable(z.string()),
  standard: z.nullable(RefSchema),
  /** The problem in one sentence. */
  text: z.string(),
});

/** A list's walkthrough problems: open first, then solved (reported as solved, not as blame). */
export const ReportListWalkthroughSchema = z.strictObject({
  open: z.array(ReportWalkthroughProblemSchema),
  solved: z.array(ReportWalkthroughProblemSchema),
  text: z.string(),
});

/** Process walkthroughs (流程穿越): counts, problems, and what they corroborate, support or point at (qualitative: no share). */
export const ReportWalkthroughsSchema = z.strictObject({
  totals: z.strictObject({
    runs: z.number(),
    runsByKind: z.strictObject({ customer: z.number(), post: z.number(), department: z.number() }),
    participants: z.number(),
    tasks: z.number(),
    problems: z.number(),
    solved: z.number(),
    partly: z.number(),
    open: z.number(),
  }),
  otherWaves: z.strictObject({ runs: z.number(), problems: z.number() }),
  /** Records read = accepted + rejected (blank lines apart), when the records came from a file. */
  ledger: z.nullable(z.strictObject({ rowsRead: z.number(), accepted: z.number(), rejected: z.number(), blankLines: z.number() })),
  text: z.string(),
  note: z.string(),
  runs: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(["customer", "post", "department"]),
      kindName: z.string(),
      date: z.nullable(z.string()),
      wave: z.nullable(z.string()),
      participants: z.number(),
      organiser: z.nullable(RefSchema),
      tasks: z.nullable(z.number()),
    }),
  ),
  problems: z.array(ReportWalkthroughProblemSchema),
  corroborations: z.array(z.strictObject({ finding: RefSchema, problems: z.array(z.string()), text: z.string() })),
  supports: z.array(
    z.strictObject({ gap: RefSchema, step: RefSchema, post: z.nullable(RefSchema), grade: z.enum(["measured", "internal-chain", "co-variation", "structural"]), problems: z.array(z.string()), text: z.string() }),
  ),
  unconfirmed: z.array(
    z.strictObject({
      step: RefSchema,
      posts: z.array(RefSchema),
      problems: z.array(z.string()),
      tests: z.array(z.string()),
      // The customer's own step (absent for a post's step, and in reports written before it): its evaluation points.
      customerStep: z.optional(z.strictObject({ points: z.array(RefSchema) })),
      text: z.string(),
    }),
  ),
});

/** A post's responsibility list. */
export const ReportPostListSchema = z.strictObject({
  post: RefSchema,
  department: z.nullable(RefSchema),
  persons: z.array(RefSchema),
  priority: Num,
  gapShares: z.array(ReportGapShareSchema),
  entries: z.array(ReportEntrySchema),
  /** Its monitoring alerts in the review period; absent without a review, or without an alert of its own. */
  alerts: z.optional(ReportListAlertsSchema),
  /** Its process-walkthrough problems; absent without walkthrough records, or without a problem of its own. */
  walkthrough: z.optional(ReportListWalkthroughSchema),
  /** Its targets from the target cascade, one sentence each; absent without a cascade, or without a move of its own. */
  targets: z.optional(z.array(z.string())),
});

/** A department's responsibility list. */
export const ReportDepartmentListSchema = z.strictObject({
  department: RefSchema,
  posts: z.array(RefSchema),
  priority: Num,
  gapShares: z.array(ReportGapShareSchema),
  entries: z.array(ReportEntrySchema),
  /** Its monitoring alerts in the review period; absent without a review, or without an alert of its own. */
  alerts: z.optional(ReportListAlertsSchema),
  /** Its process-walkthrough problems; absent without walkthrough records, or without a problem of its own. */
  walkthrough: z.optional(ReportListWalkthroughSchema),
  /** Its targets from the target cascade (parts landing on the whole department), one sentence each. */
  targets: z.optional(z.array(z.string())),
});

/** An improvement measure used in the report. */
export const ReportMeasureSchema = z.strictObject({
  id: z.string(),
  category: RefSchema,
  title: z.string(),
  description: z.string(),
});

/** Where a report's measures come from. */
export const ReportMeasuresSourceSchema = z.strictObject({
  kind: z.enum(["bundled", "file", "file-and-bundled", "none"]),
  /** The industry whose bundled measures are used; null for the shared measures alone or a file alone. */
  industry: z.nullable(z.enum(INDUSTRIES)),
  text: z.string(),
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
  /** What performance is judged against: the point's target, or (without one) the mean of the theme's points. */
  referenceKind: z.optional(z.enum(["target", "mean-of-points"])),
  /** The value of that reference; `gap` = reference − performance. */
  reference: z.optional(Num),
  /** The verdict of the point's target test (significantly below target); null without a target or a test. */
  belowTarget: z.optional(z.nullable(z.boolean())),
});

/** One theme's priorities. */
export const ReportThemePrioritiesSchema = z.strictObject({
  theme: RefSchema,
  method: z.enum(["relative-weights", "stated-importance"]),
  rSquared: Num,
  n: Num,
  note: z.nullable(z.string()),
  /** How the grid splits performance: every point at its target, at the mean of the points, or mixed; in a sentence. */
  reference: z.optional(z.strictObject({ kind: z.enum(["target", "mean-of-points", "mixed"]), mean: Num, text: z.string() })),
  points: z.array(ReportPrioritySchema),
});

/** One test of the audit trail. */
export const ReportTestSchema = z.strictObject({
  id: z.string(),
  significant: z.boolean(),
  /** The family the test was adjusted in (the kind of its evidence); absent in reports written before families. */
  family: z.optional(z.enum(TEST_FAMILIES)),
  /** Which side of its reference a significant estimate lies on (`null`: not significant). */
  direction: z.optional(z.nullable(z.enum(["below", "above"]))),
  evidence: ReportEvidenceSchema,
});

/** A strength (优势点): a point rated significantly better than its reference. */
export const ReportStrengthSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(["above-target", "perception-above-expectation", "internal-above-target"]),
  kindName: z.string(),
  point: RefSchema,
  theme: RefSchema,
  post: z.nullable(RefSchema),
  rater: z.nullable(RefSchema),
  /** The index (0–100), or the gap P − E in index points. */
  estimate: Num,
  /** The target, or 0 for a gap. */
  reference: Num,
  ci: z.tuple([Num, Num]),
  level: Num,
  n: Num,
  df: Num,
  p: Num,
  q: Num,
  text: z.string(),
});

/** One family of tests: its kind, how many tests, how many significant on each side. */
export const ReportFamilySchema = z.strictObject({
  family: z.enum(TEST_FAMILIES),
  name: z.string(),
  tests: z.number(),
  below: z.number(),
  above: z.number(),
});

/** The points with no declared target, and what was tested there instead. */
export const ReportUntargetedSchema = z.strictObject({
  points: z.array(
    z.strictObject({ point: RefSchema, servqual: z.array(z.string()), untested: z.array(z.string()), untestedRaters: z.array(RefSchema) }),
  ),
  /** The sentence; `null` when every rated point has a target. */
  text: z.nullable(z.string()),
});

/** One data source's ledger as the report shows it: rows read = accepted + rejected, by reason. */
export const ReportDataSourceSchema = z.strictObject({
  kind: z.enum(["responses", "cases"]),
  /** "survey responses" / "调查答卷". */
  kindName: z.string(),
  /** The file name or label as the caller gave it (default: `kindName`). */
  name: z.string(),
  rowsRead: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  /** Blank lines skipped (not rows). */
  blankLines: z.number(),
  /**
   * Values (answers, event times) in accepted rows: read = valid + missing + dontKnow + notApplicable + rejected
   * (`notApplicable` there only when some value was); `null` when none were counted.
   */
  values: z.nullable(z.strictObject({ read: z.number(), valid: z.number(), missing: z.number(), dontKnow: z.number(), notApplicable: z.optional(z.number()), rejected: z.number() })),
  /**
   * Survey responses with values read through codes only: per question, the values recoded from labels (per
   * label), not applicable and "don't know" (the ledger's `coded`).
   */
  coded: z.optional(z.array(
      z.strictObject({
        question: z.string(),
        recoded: z.number(),
        labels: z.array(z.strictObject({ label: z.string(), code: z.number(), count: z.number() })),
        notApplicable: z.number(),
        dontKnow: z.number(),
      }),
    )),
  /** Rejections (rows and values together) by the ledger's reason, most first. */
  byReason: z.array(z.strictObject({ reason: z.enum(LEDGER_REASONS), reasonName: z.string(), count: z.number() })),
  /** The larger of rejected rows ÷ rows read and rejected values ÷ values read (0 when nothing was read). */
  rejectedShare: z.number(),
  /** Which of the two `rejectedShare` is. */
  rejectedShareOf: z.enum(["rows", "values"]),
  /** `rejectedShare` is above the report's `partialDataThreshold`. */
  partial: z.boolean(),
  /** "responses.csv (survey responses): 1,000 rows read = 990 accepted + 10 rejected". */
  text: z.string(),
  /** The values in one sentence; `null` without values. */
  valuesText: z.nullable(z.string()),
  /** The partial-data banner for this source; `null` when it is not partial. */
  banner: z.nullable(z.string()),
});

/** Where the report's rows came from: per source, rows read, accepted and rejected, and whether the data are partial. */
export const ReportDataSchema = z.strictObject({
  /** Whether the readers' ledgers were given; without them `sources` is empty and `text` says so. */
  given: z.boolean(),
  /** A source is partial when its rejected share is above this (0–1). */
  partialDataThreshold: z.number(),
  /** Some source is partial. */
  partial: z.boolean(),
  /** What the counts mean, or that the provenance was not given. */
  text: z.string(),
  sources: z.array(ReportDataSourceSchema),
});

const ReportHead = {
  lang: z.enum(["en", "zh"]),
  study: RefSchema,
  wave: z.string(),
};

/** The target cascade of a report: per theme the predictions in words and the points' moves, the indicators, the problems. */
export const ReportTargetsSchema = z.strictObject({
  wave: z.string(),
  targetWave: z.string(),
  themes: z.array(
    z.strictObject({
      theme: RefSchema,
      target: z.number(),
      /** The predictions in words: now, declared, consistency, proposal (those that apply). */
      lines: z.array(z.string()),
      points: z.array(
        z.strictObject({
          point: RefSchema,
          status: z.enum(["measured", "not-significant", "not-in-fit"]),
          effect: Num,
          effectCi: z.nullable(z.tuple([z.number(), z.number()])),
          current: Num,
          target: Num,
          move: z.number(),
        }),
      ),
    }),
  ),
  indicators: z.array(
    z.strictObject({
      indicator: RefSchema,
      current: Num,
      target: z.number(),
      move: Num,
      owners: z.array(RefSchema),
      /** Who accepted it and when, in words, or that no owner did. */
      acceptance: z.string(),
    }),
  ),
  /** The targets' problems (owners, overlaps, acceptance), in the report's language. */
  problems: z.array(z.strictObject({ code: z.string(), severity: z.enum(["error", "warning", "info"]), message: z.string(), hint: z.string() })),
});

/** A whole report. */
export const ReportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  ...ReportHead,
  /** Rows read, accepted and rejected per data source (version 3). */
  data: ReportDataSchema,
  options: z.strictObject({
    level: z.number(),
    alpha: z.number(),
    correction: z.enum(["benjamini-hochberg", "holm", "none"]),
    minExternal: z.number(),
    minInternal: z.number(),
    minCases: z.number(),
    /** `null`: no default target (points without their own are not tested against a target). */
    defaultTarget: Num,
    /** The reference distribution of means and gaps (absent in reports written before the option: normal). */
    interval: z.optional(z.enum(["t", "z"])),
    acceptance: z.number(),
    explainedShare: z.number(),
    minSeverity: z.number(),
    minExposed: z.number(),
    minGroups: z.number(),
    /** The segment dimensions measured effects are adjusted for; `null`: every dimension the survey records. */
    adjustFor: z.nullable(z.array(z.string())),
  }),
  /** How external survey responses were joined to their own cases: respondents = linked + unlinked + unknown + duplicate. */
  linkage: z.strictObject({
    respondents: z.number(),
    linked: z.number(),
    unlinked: z.number(),
    unknownCase: z.number(),
    duplicate: z.number(),
    text: z.string(),
    problems: z.array(z.strictObject({ respondent: z.string(), case: z.string(), reason: z.enum(["unknown-case", "duplicate-link"]) })),
  }),
  /**
   * What the run's data could show: per kind of gap whether it was testable, and for each kind (and the links to
   * customers) that was not, the data that would test it. `shown`: some kind or the links were not testable, or data
   * the study declares are missing, so the writers print the statement. Absent from reports written before it existed.
   */
  /** The target cascade (cascadeTargets of gaptrace/attribution), when the report was given one. */
  targets: z.optional(ReportTargetsSchema),
  /** The review of a period's monitoring alerts (gaptrace/monitor), when the report was given one. */
  monitoring: z.optional(z.strictObject({
      from: z.nullable(z.string()),
      to: z.nullable(z.string()),
      total: z.strictObject({ raised: z.number(), escalated: z.number(), resolved: z.number(), open: z.number(), maxLevel: z.number(), medianMinutesToResolve: z.nullable(z.number()) }),
      byDepartment: z.array(z.strictObject({ department: z.strictObject({ id: z.string(), name: z.string() }), raised: z.number(), escalated: z.number(), resolved: z.number(), open: z.number(), maxLevel: z.number(), medianMinutesToResolve: z.nullable(z.number()) })),
      byPost: z.array(z.strictObject({ post: z.strictObject({ id: z.string(), name: z.string() }), raised: z.number(), escalated: z.number(), resolved: z.number(), open: z.number(), maxLevel: z.number(), medianMinutesToResolve: z.nullable(z.number()) })),
      unrouted: z.number(),
    })),
  /** Process walkthroughs (流程穿越), when the attribution read walkthrough records. */
  walkthroughs: z.optional(ReportWalkthroughsSchema),
  coverage: z.optional(z.strictObject({
      complete: z.boolean(),
      shown: z.boolean(),
      data: z.strictObject({ customers: z.number(), staff: z.number(), cases: z.number(), linked: z.number() }),
      text: z.string(),
      gaps: z.array(
        z.strictObject({
          tag: z.enum(["customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution"]),
          tagName: z.string(),
          testable: z.boolean(),
          tests: z.number(),
          ways: z.array(z.string()),
          text: z.string(),
          needs: z.array(z.strictObject({ kind: z.string(), text: z.string() })),
        }),
      ),
      links: z.strictObject({ testable: z.boolean(), text: z.string(), needs: z.array(z.strictObject({ kind: z.string(), text: z.string() })) }),
    })),
  /** The two families of tests, each adjusted on its own. */
  comparisons: z.strictObject({
    /** The findings' family. */
    correction: z.enum(["benjamini-hochberg", "holm", "none"]),
    correctionName: z.string(),
    /** The link tests' family. */
    linkCorrection: z.enum(["benjamini-hochberg", "holm", "none"]),
    linkCorrectionName: z.string(),
    alpha: z.number(),
    findings: z.strictObject({ tests: z.number(), significant: z.number() }),
    links: z.strictObject({ tests: z.number(), significant: z.number() }),
    /** One family per kind of test, each adjusted on its own (absent in older reports). */
    families: z.optional(z.array(ReportFamilySchema)),
    text: z.string(),
  }),
  summary: z.strictObject({
    findings: z.strictObject({ "customer-dissatisfaction": z.number(), "unreasonable-standard": z.number(), "non-compliant-execution": z.number() }),
    rootCauses: z.number(),
    unexplainedGaps: z.number(),
    tests: z.strictObject({ total: z.number(), significant: z.number() }),
    undecided: z.number(),
    /** Upstream links examined, per grade. */
    grades: z.strictObject({ measured: z.number(), "internal-chain": z.number(), "co-variation": z.number(), structural: z.number() }),
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
  /** Per theme, importance × gap; `null` when the attribution's priorities were not computed (version 4). */
  priorities: z.nullable(z.array(ReportThemePrioritiesSchema)),
  measures: z.array(ReportMeasureSchema),
  /** Where the measures come from (the bundled catalogue of the study's industry, the shared measures alone, a file), in a sentence. */
  measuresSource: z.optional(ReportMeasuresSourceSchema),
  tests: z.array(ReportTestSchema),
  /** Strengths (优势点), absent in reports written before them. */
  strengths: z.optional(z.array(ReportStrengthSchema)),
  /** Points with no declared target (absent in older reports). */
  untargeted: z.optional(ReportUntargetedSchema),
});

/**
 * A version 3 report (`gaptrace/report@3`): the same fields, with `priorities` always an array.
 *
 * @example
 * ```ts
 * ReportSchemaV3.safeParse(JSON.parse(oldText)).success; // true for an archived @3 report
 * ```
 */
export const ReportSchemaV3 = z.extend(ReportSchema, { format: z.literal(REPORT_FORMAT_V3), priorities: z.array(ReportThemePrioritiesSchema) });

/**
 * A version 2 report (`gaptrace/report@2`): the fields of version 3 without `data`.
 *
 * @example
 * ```ts
 * ReportSchemaV2.safeParse(JSON.parse(oldText)).success; // true for an archived @2 report
 * ```
 */
export const ReportSchemaV2 = z.extend(z.omit(ReportSchemaV3, { data: true }), { format: z.literal(REPORT_FORMAT_V2) });

/** A JSON report (`gaptrace/report@4`). */
export type ReportDocument = z.output<typeof ReportSchema>;
/** The data summary of a JSON report. */
export type ReportData = z.output<typeof ReportDataSchema>;
/** One data source of a JSON report. */
export type ReportDataSource = z.output<typeof ReportDataSourceSchema>;
/** A finding in a JSON report. */
export type ReportFinding = z.output<typeof ReportFindingSchema>;
/** A piece of evidence in a JSON report. */
export type ReportEvidence = z.output<typeof ReportEvidenceSchema>;
/** An entry of a responsibility list in a JSON report. */
export type ReportEntry = z.output<typeof ReportEntrySchema>;
/** A graded link in a JSON report. */
export type ReportLink = z.output<typeof ReportLinkSchema>;
/** A measured share in a JSON report. */
export type ReportShare = z.output<typeof ReportShareSchema>;
/** The monitoring review of a JSON report. */
export type ReportMonitoring = NonNullable<ReportDocument["monitoring"]>;
/** The target cascade of a JSON report. */
export type ReportTargets = NonNullable<ReportDocument["targets"]>;
/** The coverage statement of a JSON report. */
export type ReportCoverage = NonNullable<ReportDocument["coverage"]>;
/** The process-walkthrough section of a report. */
export type ReportWalkthroughs = z.output<typeof ReportWalkthroughsSchema>;
/** One process-walkthrough problem as a report shows it. */
export type ReportWalkthroughProblem = z.output<typeof ReportWalkthroughProblemSchema>;
/** A reference (id and name). */
export type Ref = z.output<typeof RefSchema>;
