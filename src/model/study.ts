/**
 * The study model: plain, serialisable data validated by zod. Types are inferred from the schemas so the
 * runtime check and the static type never drift apart. A study holds the organisation, the theme association
 * map, one blueprint per theme, the standards catalogue, operational metrics and events, and the evaluation
 * points with their questions. Graphs, aggregates and findings are computed from it, never stored in it.
 * @module
 */
import * as z from "zod/mini";
import { IdSchema, LabelSchema } from "./label.js";
import { MonitoringSchema } from "./monitoring.js";
import { TargetsSchema } from "./targets.js";

/** The study file format version this library reads and writes. */
export const STUDY_FORMAT_VERSION = 1 as const;

// ── Organisation ────────────────────────────────────────────────────────────────────────────────────────────

/** A department (部门), e.g. the repair centre or the customer service centre. */
export const DepartmentSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  description: z.optional(LabelSchema),
});

/** A post (岗位): a job role in exactly one department. Attribution lands on posts. */
export const PostSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  /** The department this post belongs to. */
  department: IdSchema,
  /** How many people hold the post: the population for internal surveys (finite-population correction). */
  headcount: z.optional(z.number().check(z.int(), z.nonnegative())),
  description: z.optional(LabelSchema),
});

/** A named person in a post, so findings can reach a person where the study wants that. */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  post: IdSchema,
});

/** The organisation: departments, posts and (optionally) persons. */
export const OrganisationSchema = z.strictObject({
  departments: z.array(DepartmentSchema),
  posts: z.array(PostSchema),
  persons: z._default(z.array(PersonSchema), []),
});

// ── Theme association map (服务主题关联图) ─────────────────────────────────────────────────────────────────────

/** A customer need (客户需求), e.g. reliable supply (用好电). */
export const NeedSchema = z.strictObject({ id: IdSchema, name: LabelSchema });

/** A service item (服务项目) that serves one or more needs. */
export const ServiceItemSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  needs: z.array(IdSchema).check(z.minLength(1, "a service item serves at least one need")),
});

/** A service theme (服务主题): the unit that gets a blueprint, e.g. outages and fault repair (停电和故障抢修). */
export const ThemeSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  items: z.array(IdSchema).check(z.minLength(1, "a theme groups at least one service item")),
  description: z.optional(LabelSchema),
  /**
   * The measure categories of one service area that fit this theme (e.g. `[fault-repair, installation]` of the
   * telecom catalogue): only these service-area measures are suggested for its findings.
   */
  measureCategories: z.optional(z.array(IdSchema)),
});

/** The theme association map (服务主题关联图): needs → service items → themes. */
export const ThemeMapSchema = z.strictObject({
  needs: z.array(NeedSchema),
  items: z.array(ServiceItemSchema),
  themes: z.array(ThemeSchema),
});

// ── Blueprints (全流程详细蓝图) ─────────────────────────────────────────────────────────────────────────────────

/**
 * The four layers of a service blueprint, top to bottom. Between them run the line of interaction
 * (customer | frontline), the line of visibility (frontline | backoffice) and the line of internal interaction
 * (backoffice | support).
 */
export const LAYERS = ["customer", "frontline", "backoffice", "support"] as const;
/** Schema of a layer. */
export const LayerSchema = z.enum(LAYERS);

/** A step of a blueprint. Non-customer steps have exactly one accountable owner post. */
export const StepSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  layer: LayerSchema,
  /** The accountable post (one, required for every non-customer step; absent on customer steps). */
  owner: z.optional(IdSchema),
  /** Posts that contribute to the step without being accountable for it. */
  contributors: z._default(z.array(IdSchema), []),
  description: z.optional(LabelSchema),
  /**
   * The evaluation points this step can affect (影响范围). When given, the attribution considers it a possible
   * cause only of these points; when absent, of every point downstream of it through hand-offs. An empty list
   * means it affects no customer point.
   */
  reach: z.optional(z.array(IdSchema)),
});

/** How a hand-off relates to its siblings: in series (one after another) or in parallel. */
export const HandoffKindSchema = z.enum(["serial", "parallel"]);

/** A hand-off: work (or the customer) passes from the upstream step to the downstream step. */
export const HandoffSchema = z.strictObject({
  from: IdSchema,
  to: IdSchema,
  kind: z._default(HandoffKindSchema, "serial"),
  /** What is handed over (a work order, a scheme, a notice). */
  label: z.optional(LabelSchema),
  /** Marks a rework loop (a hand-off back upstream); cycles made only of these are information, not errors. */
  rework: z._default(z.boolean(), false),
});

/** The full-process blueprint of one theme. */
export const BlueprintSchema = z.strictObject({
  theme: IdSchema,
  steps: z.array(StepSchema),
  handoffs: z.array(HandoffSchema),
});

// ── Events, metrics and standards ───────────────────────────────────────────────────────────────────────────

/**
 * A named event in a case's life (fault reported, crew on site, arrears paid, arrears settled). Durations are
 * measured between events, so the same case records answer "from payment" and "from settlement" questions.
 */
export const EventSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  /** The step at which the event happens, when it belongs to one. */
  step: z.optional(IdSchema),
});

/** Units gaptrace understands. Time units convert into each other; the rest must match exactly. */
export const UNITS = ["s", "min", "h", "d", "workday", "%", "count", "score", "yuan"] as const;
/** Schema of a unit. */
export const UnitSchema = z.enum(UNITS);

/** A clock: the event that starts it and the event that stops it. */
export const ClockSchema = z.strictObject({ start: IdSchema, stop: IdSchema });

/**
 * The basis (取数口径) a metric is computed on, e.g. `{ serviceLevelSeconds: 20 }` or `{ repeatWindowHours: 24 }`.
 * Two figures are comparable only on the same basis.
 */
export const BasisSchema = z.array(
  z.strictObject({ key: IdSchema, value: z.union([z.string(), z.number(), z.boolean()]) }),
);

/**
 * What happens to cases that start a clock but never reach its stop (abandoned calls, orders still open): they
 * count as misses of the standard, are left out of its denominator, or are left out when they ended at `end`
 * (within `seconds` of the start, when `seconds` is given: a caller who hung up at once; without it, whenever they
 * ended there: an order the customer cancelled) and count as misses otherwise. Absent: left out (`exclude`).
 */
export const UnfinishedSchema = z.strictObject({
  count: z.enum(["miss", "exclude", "exclude-if-shorter"]),
  /**
   * `exclude-if-shorter` only: such cases that ended within this many seconds of the start are left out; absent,
   * every such case that ended at `end` is left out.
   */
  seconds: z.optional(z.number().check(z.positive())),
  /** `exclude-if-shorter` only: the event at which such a case ended (e.g. `abandoned`). */
  end: z.optional(IdSchema),
});

/** An operational metric measured per case (e.g. a work order) at a step. */
export const MetricSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  /** The step whose execution the metric measures. */
  step: IdSchema,
  unit: UnitSchema,
  /** `duration`: computed between two events; `value`: recorded directly. */
  kind: z._default(z.enum(["duration", "value"]), "duration"),
  /** For durations: the default clock. A standard may measure the same metric on another clock. */
  clock: z.optional(ClockSchema),
  basis: z._default(BasisSchema, []),
  /** Cases that start the clock but never reach its stop: misses, left out, or left out when short. Default: left out. */
  unfinished: z.optional(UnfinishedSchema),
});

/** Who owns (sets) a standard: a post or a whole department. */
export const StandardOwnerSchema = z.union([
  z.strictObject({ post: IdSchema }),
  z.strictObject({ department: IdSchema }),
]);

/**
 * A service standard (服务标准): a threshold on a metric with a direction, a clock, the share of cases that must
 * comply, the owner that sets it and its source document. The owner may differ from the post executing the step.
 */
export const StandardSchema = z.strictObject({
  id: IdSchema,
  text: LabelSchema,
  metric: IdSchema,
  unit: UnitSchema,
  threshold: z.number(),
  /** Which way is better: `lower` (durations, waits) or `higher` (rates, scores). */
  better: z.enum(["lower", "higher"]),
  /** The clock this standard counts on; defaults to the metric's clock. */
  clock: z.optional(ClockSchema),
  /** Share of cases (0–1) that must meet the threshold, e.g. 0.95. */
  compliance: z._default(z.number().check(z.gte(0), z.lte(1)), 1),
  owner: StandardOwnerSchema,
  /** The steps this standard governs. */
  steps: z.array(IdSchema).check(z.minLength(1, "a standard governs at least one step")),
  /**
   * The cases (and customers) it applies to, as segment conditions that must all hold, e.g.
   * `[{ key: area, value: urban }]` for "within 45 minutes in cities". Empty: all cases.
   */
  scope: z._default(z.array(z.strictObject({ key: IdSchema, value: z.string().check(z.minLength(1)) })), []),
  /** The document it comes from, e.g. "Supply service commitments §3". */
  source: z.optional(z.string()),
  category: z.optional(z.enum(["technical", "management", "process", "rule"])),
  /**
   * The evaluation points this standard can affect (影响范围). When given, the attribution considers it a possible
   * cause only of these points; when absent, of every point downstream of it (of any step it governs) through
   * hand-offs. An empty list means it affects no customer point.
   */
  reach: z.optional(z.array(IdSchema)),
  /** Cases that start the clock but never reach its stop; overrides the metric's rule. */
  unfinished: z.optional(UnfinishedSchema),
});

// ── Evaluation points and questions (评价点) ────────────────────────────────────────────────────────────────

/** Answer scales. */
export const ScaleSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("likert"), points: z.union([z.literal(5), z.literal(7)]) }),
  z.strictObject({ type: z.literal("score"), max: z.union([z.literal(10), z.literal(100)]) }),
  z.strictObject({ type: z.literal("yesno") }),
  z.strictObject({
    type: z.literal("numeric"),
    unit: UnitSchema,
    min: z.optional(z.number()),
    max: z.optional(z.number()),
  }),
]);

/** Who answers: external customers, or an internal post rating the evaluation point's (upstream) step. */
export const AudienceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("external") }),
  z.strictObject({ kind: z.literal("internal"), rater: IdSchema }),
]);

/** What a question measures. */
export const MeasureSchema = z.enum(["perception", "expectation", "importance", "performance"]);

/** One survey question at an evaluation point. */
export const QuestionSchema = z.strictObject({
  id: IdSchema,
  audience: AudienceSchema,
  measures: MeasureSchema,
  scale: ScaleSchema,
  /** The wording is negative (agreeing means worse); scores are flipped before analysis. */
  reverse: z._default(z.boolean(), false),
  text: LabelSchema,
  /** For numeric expectation/performance questions: the operational metric they speak about. */
  metric: z.optional(IdSchema),
  /** For expectations on a clock: when customers start counting (e.g. from payment, 缴清). */
  clock: z.optional(ClockSchema),
  /** SERVQUAL pairing: the perception question this expectation question is paired with (same scale). */
  pairs: z.optional(IdSchema),
  /**
   * This perception question measures overall satisfaction with the theme (e.g. "overall, how satisfied are you
   * with fault repair?"). Key-driver analysis explains it by the evaluation points' perception questions.
   */
  overall: z._default(z.boolean(), false),
});

/** An evaluation point (评价点) at a step, with its questions. */
export const EvaluationPointSchema = z.strictObject({
  id: IdSchema,
  step: IdSchema,
  name: LabelSchema,
  /**
   * The satisfaction target of this point on a 0–100 index ((score − scale min) / (scale max − scale min) × 100),
   * e.g. 80. Perception below it is a customer gap; internal ratings below it are an execution gap. When left
   * out, the attribution's default target applies.
   */
  target: z.optional(z.number().check(z.gte(0), z.lte(100))),
  questions: z.array(QuestionSchema),
});

// ── The study ───────────────────────────────────────────────────────────────────────────────────────────────

/** The industries a study may declare; each has a bundled catalogue of improvement measures. */
export const INDUSTRIES = ["power-utility", "water-gas", "telecom", "contact-centre", "transport"] as const;

/**
 * The industry a study is about: power utility (供电), water or gas supply (供水、燃气), telecom operator (通信运营商),
 * contact centre (客服中心) or transport (airline, rail, bus: 交通运输). It chooses the bundled catalogue of
 * improvement measures; a study that declares none gets only the measures that fit any industry.
 */
export const IndustrySchema = z.enum(INDUSTRIES);

/** A whole study, as written in a study file (YAML or JSON) or produced by the builder. */
export const StudySchema = z.strictObject({
  gaptrace: z.literal(STUDY_FORMAT_VERSION),
  id: IdSchema,
  name: LabelSchema,
  description: z.optional(LabelSchema),
  /** The industry (chooses the bundled improvement measures); optional. */
  industry: z.optional(IndustrySchema),
  organisation: OrganisationSchema,
  themeMap: ThemeMapSchema,
  blueprints: z.array(BlueprintSchema),
  events: z._default(z.array(EventSchema), []),
  metrics: z._default(z.array(MetricSchema), []),
  standards: z._default(z.array(StandardSchema), []),
  evaluationPoints: z._default(z.array(EvaluationPointSchema), []),
  /** Monitoring between surveys: complaint kinds, the escalation ladder, the signals' settings (gaptrace/monitor). */
  monitoring: z.optional(MonitoringSchema),
  /** Targets: the top target (overall index), the indicators it cascades to, their owners and acceptance. */
  targets: z.optional(TargetsSchema),
});

/** A validated study (defaults applied). */
export type Study = z.output<typeof StudySchema>;
/** A study as it may be written (optional fields with defaults may be left out). */
export type StudyInput = z.input<typeof StudySchema>;
/** An industry a study may declare (`power-utility`, `water-gas`, `telecom`, `contact-centre`, `transport`). */
export type Industry = z.output<typeof IndustrySchema>;
/** A department (部门). */
export type Department = z.output<typeof DepartmentSchema>;
/** A post (岗位) in a department. */
export type Post = z.output<typeof PostSchema>;
/** A named person in a post. */
export type Person = z.output<typeof PersonSchema>;
/** A customer need (客户需求). */
export type Need = z.output<typeof NeedSchema>;
/** A service item (服务项目). */
export type ServiceItem = z.output<typeof ServiceItemSchema>;
/** A service theme (服务主题). */
export type Theme = z.output<typeof ThemeSchema>;
/** A blueprint layer: customer, frontline, backoffice or support. */
export type Layer = z.output<typeof LayerSchema>;
/** A step of a blueprint. */
export type Step = z.output<typeof StepSchema>;
/** A hand-off from an upstream step to a downstream step. */
export type Handoff = z.output<typeof HandoffSchema>;
/** The blueprint of one theme. */
export type Blueprint = z.output<typeof BlueprintSchema>;
/** A named event in a case's life (the start or stop of clocks). */
export type StudyEvent = z.output<typeof EventSchema>;
/** A unit of a metric, standard or numeric answer. */
export type Unit = z.output<typeof UnitSchema>;
/** A clock: start and stop events. */
export type Clock = z.output<typeof ClockSchema>;
/** The basis (取数口径) a metric is computed on. */
export type Basis = z.output<typeof BasisSchema>;
/** The rule for cases that start a clock but never reach its stop. */
export type Unfinished = z.output<typeof UnfinishedSchema>;
/** An operational metric measured per case. */
export type Metric = z.output<typeof MetricSchema>;
/** Who sets a standard: a post or a department. */
export type StandardOwner = z.output<typeof StandardOwnerSchema>;
/** A service standard (服务标准). */
export type Standard = z.output<typeof StandardSchema>;
/** An answer scale. */
export type Scale = z.output<typeof ScaleSchema>;
/** Who answers a question. */
export type Audience = z.output<typeof AudienceSchema>;
/** What a question measures. */
export type Measure = z.output<typeof MeasureSchema>;
/** A survey question. */
export type Question = z.output<typeof QuestionSchema>;
/** An evaluation point (评价点) with its questions. */
export type EvaluationPoint = z.output<typeof EvaluationPointSchema>;
