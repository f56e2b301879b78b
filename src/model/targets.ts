/**
 * What a study declares about its targets (目标): the top target (the overall satisfaction index, of one theme or
 * of every theme, for a wave, with its baseline), and the indicators (指标) it is decoded into, each aggregating
 * evaluation points and/or themes, with a target, the post or department that owns it, who accepted it and when
 * (a target handed down without the owner's acceptance is 单向下达), and its targets in earlier waves. The cascade
 * and the checks are in `gaptrace/attribution` (`cascadeTargets`, `trackTargets`); this file holds only the
 * schema, so the study schema can carry it as one optional field.
 * @module
 */
import * as z from "zod/mini";
import { IdSchema, LabelSchema } from "./label.js";

/** An index target on the 0–100 scale every satisfaction index of the study uses. */
const IndexTargetSchema = z.number().check(z.gte(0), z.lte(100));

/** A calendar date written `YYYY-MM-DD`. */
const DateSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "a date is written YYYY-MM-DD"));

/**
 * The top target: the overall satisfaction index (总体满意度) to reach in a wave. With `theme`, the index of that
 * theme's overall-satisfaction question; without, the same target for every theme that has one (a study-wide
 * target: each theme's overall index must reach it; no average across themes is invented).
 */
export const TopTargetSchema = z.strictObject({
  /** The theme whose overall index the target is for; absent: every theme with an overall question. */
  theme: z.optional(IdSchema),
  /** The target, on the 0–100 index (e.g. 81). */
  target: IndexTargetSchema,
  /** The wave (year, half-year) the target is for, e.g. "2014". */
  wave: z.string().check(z.minLength(1)),
  /** The declared baseline the target was set from (e.g. 80 in 2013), reported beside the measured value. */
  baseline: z.optional(IndexTargetSchema),
  /** The wave of the baseline, e.g. "2013". */
  baselineWave: z.optional(z.string().check(z.minLength(1))),
});

/** Who owns an indicator: a post or a whole department. */
export const IndicatorOwnerSchema = z.union([z.strictObject({ post: IdSchema }), z.strictObject({ department: IdSchema })]);

/** One acceptance of a target: who accepted it (a person or a post id), on which day, with an optional note. */
export const AcceptanceSchema = z.strictObject({
  /** A person id, or a post id. */
  by: IdSchema,
  /** The day it was accepted, `YYYY-MM-DD`. */
  on: DateSchema,
  note: z.optional(LabelSchema),
});

/** An indicator's target in an earlier wave. */
export const PreviousTargetSchema = z.strictObject({ wave: z.string().check(z.minLength(1)), target: IndexTargetSchema });

/**
 * An indicator (服务指标), e.g. supply stability 85 (供电稳定 85 分): the customer index over the points it
 * aggregates (the points listed, and every point of the themes listed), its target for the top target's wave, its
 * owner(s) and their acceptance.
 */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  /** Evaluation points the indicator aggregates. */
  points: z._default(z.array(IdSchema), []),
  /** Themes whose every evaluation point the indicator aggregates (except the overall-satisfaction questions). */
  themes: z._default(z.array(IdSchema), []),
  /** The target on the 0–100 index, for the wave of the top target. */
  target: IndexTargetSchema,
  /** The owner: one post or department. Several, or none, are reported (one owner per indicator). */
  owners: z._default(z.array(IndicatorOwnerSchema), []),
  /** Who accepted the target and when. Empty: handed down one way, not accepted. */
  accepted: z._default(z.array(AcceptanceSchema), []),
  /** Its targets in earlier waves. */
  previous: z._default(z.array(PreviousTargetSchema), []),
});

/** A study's targets: the top target(s) and the indicators. */
export const TargetsSchema = z.strictObject({
  top: z._default(z.array(TopTargetSchema), []),
  indicators: z._default(z.array(IndicatorSchema), []),
});

/** A study's targets (defaults applied). */
export type Targets = z.output<typeof TargetsSchema>;
/** A top target: the overall index of a theme (or of every theme) to reach in a wave. */
export type TopTarget = z.output<typeof TopTargetSchema>;
/** An indicator with its target, owners and acceptances. */
export type Indicator = z.output<typeof IndicatorSchema>;
/** Who owns an indicator: a post or a department. */
export type IndicatorOwner = z.output<typeof IndicatorOwnerSchema>;
/** One acceptance of a target (who, when). */
export type Acceptance = z.output<typeof AcceptanceSchema>;
