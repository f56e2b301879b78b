/**
 * What a study declares for monitoring between surveys (事前预警、事中控制、事后总结): the kinds of complaint and
 * the blueprint steps or evaluation points each maps to (so an alert reaches the post that owns the cause), the
 * escalation ladder (the owning post, then its department head, up to company management, or the three
 * supervision levels), the thresholds in count and duration for each level, de-escalation, and the settings of
 * each signal. The monitor itself is in `gaptrace/monitor`; this file holds only the schema, so the study
 * schema can carry it as one optional field.
 * @module
 */
import * as z from "zod/mini";
import { IdSchema, LabelSchema } from "./label.js";

/** A kind of complaint (投诉类别), e.g. billing errors, mapped to the blueprint steps or points that cause it. */
export const ComplaintKindSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  /** The steps whose failure produces this kind of complaint; the first step with an owner routes its alerts. */
  steps: z._default(z.array(IdSchema), []),
  /** The evaluation points it speaks about; used for routing when no step is given (the point's step's owner). */
  points: z._default(z.array(IdSchema), []),
  /** An explicit owner, overriding the steps and points (a post or a whole department). */
  owner: z.optional(z.union([z.strictObject({ post: IdSchema }), z.strictObject({ department: IdSchema })])),
});

/**
 * Whom a level of the ladder notifies: the post that owns the cause, that post's department (its head), a
 * named post or department, or a role outside the organisation chart (company management, a supervision centre).
 */
export const NotifySchema = z.union([
  z.enum(["owner-post", "owner-department"]),
  z.strictObject({ post: IdSchema }),
  z.strictObject({ department: IdSchema }),
  /** A role; with `perRegion`, the role in the alert's region (a region's supervision office, 地市级督办). */
  z.strictObject({ role: LabelSchema, perRegion: z.optional(z.boolean()) }),
]);

/**
 * One level of the escalation ladder. An open alert reaches this level when it has gathered `count` events
 * (complaints, orders at risk, repeat complaints, low survey windows) or its events have kept coming for
 * `minutes` (first to latest), whichever comes first; the first level has no threshold (every alert starts
 * there).
 */
export const LadderLevelSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  notify: NotifySchema,
  after: z.optional(z.strictObject({
      count: z.optional(z.number().check(z.int(), z.positive())),
      minutes: z.optional(z.number().check(z.positive())),
    })),
});

/** The complaint-surge rule: a Poisson control limit over a seasonal exponentially weighted baseline. */
export const SurgeSettingsSchema = z.strictObject({
  /** Width of a counting window, in minutes. Default 60. */
  binMinutes: z._default(z.number().check(z.int(), z.positive(), z.lte(10_080)), 60),
  /** The baseline's seasonal cycle: none, by time of day, or by time of week. Default `daily`. */
  season: z._default(z.enum(["none", "daily", "weekly"]), "daily"),
  /** Upper-tail probability of the limit in one window of one series when nothing is wrong. Default 0.001. */
  alpha: z._default(z.number().check(z.gt(0), z.lt(0.5)), 0.001),
  /** A window alarms only with at least this many complaints (the preset value). Default 5. */
  minCount: z._default(z.number().check(z.int(), z.positive()), 5),
  /** Weight of the newest window in the baseline (EWMA λ). Default 0.1. */
  smoothing: z._default(z.number().check(z.gt(0), z.lte(1)), 0.1),
  /** Windows each seasonal slot must have seen before it may alarm. Default 4. */
  warmup: z._default(z.number().check(z.int(), z.positive()), 4),
  /** Also watch each kind per region (region × kind), besides each kind overall. Default true. */
  byRegion: z._default(z.boolean(), true),
});

/** When an open work order counts as at risk of missing its standard. */
export const DeadlineSettingsSchema = z.strictObject({
  /** At risk when no more than this share of the standard's time is left. Default 0.2. */
  riskShare: z._default(z.number().check(z.gt(0), z.lt(1)), 0.2),
});

/** The repeat-complaint rule. */
export const RepeatSettingsSchema = z.strictObject({
  /** A complaint by a customer who complained within this many hours before is a repeat. Default 72. */
  windowHours: z._default(z.number().check(z.positive()), 72),
});

/** The satisfaction-dip rule on continuous surveys. */
export const DipSettingsSchema = z.strictObject({
  /** Width of an answer window, in minutes. Default 1440 (a day). */
  binMinutes: z._default(z.number().check(z.int(), z.positive()), 1440),
  /** Confidence of the window's interval. Default 0.95. */
  confidence: z._default(z.number().check(z.gt(0.5), z.lt(1)), 0.95),
  /** A window is judged only with at least this many answers. Default 30. */
  minAnswers: z._default(z.number().check(z.int(), z.gte(2)), 30),
  /** Windows of baseline a question needs before it may alarm. Default 7. */
  warmup: z._default(z.number().check(z.int(), z.positive()), 7),
  /** Weight of the newest window in the baseline mean. Default 0.1. */
  smoothing: z._default(z.number().check(z.gt(0), z.lte(1)), 0.1),
});

/** The monitoring a study declares: complaint kinds, the ladder, de-escalation and the signals' settings. */
export const MonitoringSchema = z.strictObject({
  complaintKinds: z._default(z.array(ComplaintKindSchema), []),
  /** The escalation ladder, lowest level first. */
  ladder: z.array(LadderLevelSchema).check(z.minLength(1, "the ladder has at least one level")),
  /** An open alert drops one level after this many quiet minutes (no new event), and closes below the first. */
  deescalate: z._default(z.strictObject({ quietMinutes: z.number().check(z.positive()) }), { quietMinutes: 240 }),
  surge: z._default(SurgeSettingsSchema, () => SurgeSettingsSchema.parse({})),
  deadlines: z._default(DeadlineSettingsSchema, () => DeadlineSettingsSchema.parse({})),
  repeat: z._default(RepeatSettingsSchema, () => RepeatSettingsSchema.parse({})),
  satisfaction: z._default(DipSettingsSchema, () => DipSettingsSchema.parse({})),
});

/** The monitoring a study declares (defaults applied). */
export type Monitoring = z.output<typeof MonitoringSchema>;
/** A kind of complaint and what it maps to. */
export type ComplaintKind = z.output<typeof ComplaintKindSchema>;
/** One level of the escalation ladder. */
export type LadderLevel = z.output<typeof LadderLevelSchema>;
/** Whom a ladder level notifies. */
export type Notify = z.output<typeof NotifySchema>;
/** The complaint-surge rule's settings. */
export type SurgeSettings = z.output<typeof SurgeSettingsSchema>;
/** The satisfaction-dip rule's settings. */
export type DipSettings = z.output<typeof DipSettingsSchema>;
